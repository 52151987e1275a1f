# Comparison sequence of sorting long lists, observed through __lt__
class Key:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.log.append((self.v, other.v))
        return self.v < other.v


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


gen = lcg(7)
for n in [63, 64, 65, 100, 257, 1000, 3000]:
    for shape in ["random", "sorted", "reversed", "sawtooth", "few"]:
        if shape == "random":
            vals = [next(gen) % 1000 for _ in range(n)]
        elif shape == "sorted":
            vals = list(range(n))
        elif shape == "reversed":
            vals = list(range(n, 0, -1))
        elif shape == "sawtooth":
            vals = [i % 37 for i in range(n)]
        else:
            vals = [next(gen) % 3 for _ in range(n)]
        Key.log = []
        out = sorted([Key(v) for v in vals])
        h = 0
        for a, b in Key.log:
            h = (h * 1000003 + a * 31 + b) % 4294967296
        print(n, shape, len(Key.log), h, [k.v for k in out] == sorted(vals))
nan = float("nan")
xs = [next(gen) % 100 / 7 for _ in range(200)]
for i in range(0, 200, 17):
    xs[i] = nan
print(sorted(xs))
ys = [next(gen) % 50 for _ in range(150)]
ys[120] = "str"
try:
    ys.sort()
except TypeError as e:
    print("TypeError:", e)
print(ys)
zs = [(next(gen) % 10, i) for i in range(300)]
print(sorted(zs, key=lambda t: t[0])[:20], sorted(zs, key=lambda t: t[0], reverse=True)[:20])
ws = [next(gen) % 40 for _ in range(500)]
ws[450] = None
try:
    sorted(ws, reverse=True)
except TypeError as e:
    print("TypeError:", e)
