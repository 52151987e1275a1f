# Checks mutual recursion several hundred frames deep, plus recursion carrying big ints and strings.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
for n in (0, 1, 2, 77, 400, 401, 900):
    print(n, is_even(n), is_odd(n))
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)
print(sum_to(950), 950 * 951 // 2)
def pow_rec(b, e):
    if e == 0:
        return 1
    return b * pow_rec(b, e - 1)
print(pow_rec(2, 200) == 2 ** 200, pow_rec(-3, 151) == (-3) ** 151, pow_rec(2, 47), pow_rec(2, 64))
def rev(s):
    if len(s) <= 1:
        return s
    return rev(s[1:]) + s[0]
print(rev("recursion builds strings"), rev("é😀x" * 100) == ("é😀x" * 100)[::-1])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(2, 20), ackermann(3, 3))
def F(n):
    if n == 0:
        return 1
    return n - M(F(n - 1))
def M(n):
    if n == 0:
        return 0
    return n - F(M(n - 1))
out = ""
for i in range(25):
    out = out + str(F(i)) + " "
print(out)
out = ""
for i in range(25):
    out = out + str(M(i)) + " "
print(out)
