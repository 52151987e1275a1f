# Checks that pow() with a zero modulus raises ValueError: pow() 3rd argument cannot be 0.
print(pow(3, 4, 5), pow(3, -1, 7), pow(2 ** 70, 3, 2 ** 64 + 1))
m = 5 - 5
print(pow(3, 4, m))
