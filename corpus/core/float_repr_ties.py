# Floats exactly halfway between two equally short decimal candidates: repr picks the
# even last digit (CPython's dtoa), where a shortest-digits algorithm may round up.
values = []
for k in range(1, 6):
    # Doubles whose spacing lies between 10**-k and 2**-(k+1): quarter, eighth, ... steps.
    base = 2.0 ** (53 - k - 2) if k == 1 else 2.0 ** (52 - 3 * k)
    step = 2.0 ** -(k + 1)
    for j in range(1, 12, 2):
        values.append(base + j * step)
values += [562949953421312.25, 562949953421312.75, 1125899906842623.75, 2.0 ** 49 + 0.25 * 3]
for v in values:
    print(repr(v), str(v), repr(-v))
print(sum(1 for v in values if repr(v)[-1] in "02468"))
