# Fannkuch-redux (benchmarks game): permutation generation, list slicing and reversal, small-int loops
# molt: max-slowdown=0.7 max-allocs=5556857
# Speed floor 1.43x (measured 2.8x, decision 0022); the list built by each `perm[k::-1]` and the dyn items of every list are what remains.
def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        perm_count += 1
        while True:
            if r == n:
                return checksum, max_flips, perm_count
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


for n in (7, 8, 9):
    checksum, max_flips, perms = fannkuch(n)
    print(f"{checksum}\nPfannkuchen({n}) = {max_flips} ({perms} permutations)")
