# Checks hex, oct and bin of zero, negatives, bools and huge ints.
for v in (0, 1, -1, 7, 8, 15, 16, 255, -255, 256, 2 ** 32 - 1, 2 ** 64, -(2 ** 64) + 1, 10 ** 30, True, False):
    print(v, hex(v), oct(v), bin(v))
print(int(hex(2 ** 100 + 5), 16), int(oct(-12345), 8), int(bin(999), 0))
