# Checks that pow(a, -1, m) with gcd(a, m) != 1 raises ValueError (uncaught).
print(pow(3, -1, 10))
print(pow(2, -1, 9))
print("now non-invertible")
print(pow(4, -1, 10))
print("not reached")
