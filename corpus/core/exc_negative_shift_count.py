# Checks that shifting by a negative count raises ValueError: negative shift count.
for s in (0, 1, 47, 64):
    print(s, 5 << s, -5 >> s)
n = 3
n -= 4
print("shifting by", n)
print(1 << n)
