# Checks that bools behave as ints 0 and 1 in arithmetic but print as True/False.
t = True
f = False
print(t + t, t - f, t * 10, f * 10, t / 2, t // 1, t % 2, -t, +t, ~t, -f)
print(t + 0.5, f + 0.5, t ** 10, 2 ** t, t ** f, f ** f)
print(t == 1, f == 0, t is True, t + t == 2, (3 > 2) + (2 > 1) + (1 > 0))
print(abs(t), abs(f), int(t), float(t), str(t), repr(f))
total = 0
for i in range(20):
    total += i % 3 == 0
print(total)
print(divmod(t, 3), pow(t, 5), pow(2, t, 3), t << 10, t & f, t | f, t ^ t)
print(t * "ab", "ab" * f, repr("x" * t))
