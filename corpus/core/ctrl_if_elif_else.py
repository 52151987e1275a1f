# Checks if/elif/else chains including ones without else, nested ifs and pass bodies.
def classify(n):
    if n < 0:
        if n < -100:
            return "very negative"
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 2 ** 64:
        return "medium"
    else:
        return "huge"
for n in (-1000, -5, 0, 3, 9, 10, 2 ** 64 - 1, 2 ** 64, 10 ** 100):
    print(n, classify(n))
for x in range(16):
    if x % 15 == 0:
        print("FizzBuzz")
    elif x % 3 == 0:
        print("Fizz")
    elif x % 5 == 0:
        print("Buzz")
    else:
        print(x)
if 0:
    print("no")
elif "":
    print("no")
if None:
    pass
else:
    print("else after pass-if")
