# with statements call __enter__ and __exit__ around the body: the 'as' target gets __enter__'s result, and __exit__ runs on normal exit, return, break and continue.
class Tracer:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type} {exc!r}")
        return False

log = []
with Tracer("a", log) as value:
    log.append("body " + value)
print(log)

def early(log):
    with Tracer("ret", log):
        return "returned"
    return "not reached"

log = []
print(early(log), log)

log = []
for i in range(4):
    with Tracer(str(i), log) as v:
        if i == 1:
            continue
        if i == 2:
            break
        log.append("work " + v)
print(log)

log = []
with Tracer("outer", log) as a, Tracer("inner", log) as b:
    log.append(a + b)
print(log)

log = []
with Tracer("nested", log):
    with Tracer("deeper", log) as d:
        log.append(d)
print(log)
