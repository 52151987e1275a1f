# Context managers in service code: a lock-like guard, a timer-style scope, a connection pool that returns connections, and with inside loops and functions.
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []

    def connection(self):
        return Lease(self)

class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        if not self.pool.free:
            raise RuntimeError("pool exhausted")
        self.conn = self.pool.free.pop(0)
        self.pool.log.append(f"take {self.conn}")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.pool.free.append(self.conn)
        self.pool.log.append(f"give {self.conn}" + (" after " + exc_type.__name__ if exc_type else ""))
        return False

pool = Pool(2)

def query(n):
    with pool.connection() as conn:
        if n % 3 == 0:
            raise ValueError(f"bad query {n}")
        return f"q{n}@c{conn}"

results = []
for n in range(1, 7):
    try:
        results.append(query(n))
    except ValueError as e:
        results.append(str(e))
print(results)
print(pool.log)
print(sorted(pool.free))

with pool.connection() as a:
    with pool.connection() as b:
        try:
            with pool.connection() as c:
                print("never", c)
        except RuntimeError as e:
            print("inner failed:", e, a, b)
print(sorted(pool.free))

class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return "  " * Indent.level

    def __exit__(self, *exc):
        Indent.level -= 1

def show(tree, prefix=""):
    for name, children in tree:
        with Indent() as pad:
            print(pad + name)
            show(children)

show([("root", [("a", [("a1", [])]), ("b", [])])])
print(Indent.level)

total = 0
for i in range(5):
    with Indent():
        if i == 3:
            break
        total += Indent.level
print(total, Indent.level)
