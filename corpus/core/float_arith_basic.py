# Checks basic float arithmetic, accumulation error, and str()/repr() of the results at each step.
s = 0.0
for i in range(30):
    s += 0.1
    print(i, s, s * 3, s / 7, s - 1.5, -s)
p = 1.0
for i in range(1, 21):
    p *= 1.1
    print(i, p, p ** 0.5, p ** -1)
print(1.0 / 3.0 * 3.0, 0.1 * 0.1, 1e308 / 1e-10, 1e-308 * 1e-10, 2.5 ** 3, (-2.5) ** 3, (-8.0) ** 2)
print(+1.5, -(-1.5), abs(-3.75), 7.0 / 2, 7 / 2.0, 1e5 * 1e5, 0.1 + 0.2 == 0.3)
