# Checks every augmented assignment operator applied to globals from inside functions, including type changes.
g = 7
fs = 1.5
gs = "a"
def step(op):
    global g, fs, gs
    if op == "+":
        g += 2 ** 47
    elif op == "-":
        g -= 3 * 2 ** 47
    elif op == "*":
        g *= -(2 ** 20)
    elif op == "//":
        g //= 7
    elif op == "%":
        g %= 1000003
    elif op == "**":
        g **= 3
    elif op == "<<":
        g <<= 17
    elif op == ">>":
        g >>= 5
    elif op == "&":
        g &= 0xFFFF_FFFF_FFFF
    elif op == "|":
        g |= 1 << 64
    elif op == "^":
        g ^= -1
    elif op == "/":
        fs /= 3
    elif op == "f*":
        fs *= g
    elif op == "s+":
        gs += gs + "b"
    elif op == "s*":
        gs *= 2
for op in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "/", "f*", "s+", "s*", "s+", "+", "-"):
    step(op)
    print(op, g, fs, gs)
def make_new():
    global created
    created = "fresh"
    created += "!"
make_new()
print(created)
count = 0
def tick(n):
    global count
    for i in range(n):
        count += i
    return count
print(tick(10), tick(5), count)
g = 2 ** 47 - 1
def inc():
    global g
    g += 1
inc()
print(g, g == 2 ** 47)
g = -(2 ** 47)
def dec():
    global g
    g -= 1
dec()
print(g, g == -(2 ** 47) - 1)
