# Spectral norm (benchmarks game): float arithmetic and integer index math in tight nested loops over lists
# molt: max-slowdown=0.35 max-allocs=667
# Speed floor 2.9x (measured 6.1x, decision 0016).
def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def a_times_u(u, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        out.append(s)
    return out


def at_times_u(u, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        out.append(s)
    return out


def ata_times_u(u, n):
    return at_times_u(a_times_u(u, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = ata_times_u(u, n)
        u = ata_times_u(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5, u[0], v[n - 1]


norm, first, last = spectral_norm(250)
print(f"{norm:.9f}")
print(first, last)
