# Checks that indexing a str with an int beyond ssize_t raises IndexError: cannot fit 'int' into an index-sized integer.
s = "abc"
print(s[2 ** 62 // 2 ** 61], s[-(2 ** 1)])
print(s[2 ** 64])
