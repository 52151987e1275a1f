# Realistic: Collatz sequence lengths for 1..300, tracking the longest chain and peak value (peaks exceed 2**32 for big seeds).
def collatz(n):
    steps = 0
    peak = n
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
        steps += 1
    return divmod(steps * 10 ** 30 + peak, 10 ** 30)
best = 0
best_n = 0
for n in range(1, 301):
    steps, peak = collatz(n)
    if n % 10 == 0 or steps > best:
        print(n, steps, peak)
    if steps > best:
        best = steps
        best_n = n
print("longest", best_n, best)
for seed in (27, 77031, 837799, 2 ** 70 + 1, 3 ** 50):
    s, p = collatz(seed)
    print("seed", seed, "steps", s, "peak", p)
