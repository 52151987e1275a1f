# String building and parsing: f-string formatting and join to build CSV-like records, then split/strip/partition/int()/float() to parse them back
# molt: max-slowdown=0.8 max-allocs=5324701
# FIXME: only 2.3x faster than CPython (0.16 s vs 0.36 s, decision 0023): every split piece, formatted field and int() result is still its own allocation, and str methods are dispatched by name; speed floor 1.25x.
def build_records(n):
    lines = []
    for i in range(n):
        name = f"user{i % 997:03d}"
        qty = (i * 7919) % 1000
        price = (i * 31) % 10000 / 100
        tag = "ab"[i % 2] + "xyz"[i % 3]
        lines.append(f"{i},{name},{qty},{price:.2f},{tag}")
    return "\n".join(lines)


def parse_records(text):
    total_qty = 0
    total_cents = 0
    by_tag = {}
    names = {}
    for line in text.split("\n"):
        fields = line.split(",")
        ident = int(fields[0])
        name = fields[1]
        qty = int(fields[2])
        dollars, _, cents = fields[3].partition(".")
        amount = int(dollars) * 100 + int(cents)
        tag = fields[4]
        total_qty += qty
        total_cents += amount * qty
        by_tag[tag] = by_tag.get(tag, 0) + amount
        if ident % 5 == 0:
            names[name] = names.get(name, 0) + 1
    return total_qty, total_cents, by_tag, names


def build_kv(n):
    parts = []
    for i in range(n):
        parts.append("k" + str(i) + "=" + str(i * i % 65521))
    return "; ".join(parts)


def parse_kv(text):
    acc = 0
    for item in text.split(";"):
        key, value = item.strip().split("=")
        acc = (acc * 7 + int(key[1:]) + int(value)) % 1000000007
    return acc


def floats_roundtrip(n):
    s = 0.0
    out = []
    for i in range(n):
        x = i / 7
        out.append(repr(x))
    for t in out:
        s += float(t)
    return s, out[-1]


text = build_records(120000)
qty, cents, by_tag, names = parse_records(text)
print(len(text), qty, cents, f"{cents / 100:,.2f}")
print(sorted(by_tag.items()), len(names), names["user003"])
kv = build_kv(120000)
print(len(kv), parse_kv(kv))
print(floats_roundtrip(80000))
