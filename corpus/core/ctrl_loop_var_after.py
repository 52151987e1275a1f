# Checks loop variable values after loops finish or break, and that range(0) leaves a prior value untouched.
i = "untouched"
for i in range(0):
    pass
print(i)
for i in range(5):
    pass
print(i)
for i in range(10, 0, -3):
    if i < 5:
        break
print(i)
for ch in "abc":
    pass
print(ch)
total = 0
for i in range(1, 101):
    total += i
print(total, i)
