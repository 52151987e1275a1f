# int.bit_length and int.bit_count (small, big, negative ints and bools) and float.is_integer, with CPython's errors for extra arguments.
for n in [0, 1, -1, 255, 256, -256, 2**63 - 1, 2**63, -(2**63), 2**200 + 12345, True, False]:
    print(n, n.bit_length(), n.bit_count())
for x in [1.0, 1.5, -0.0, 1e300, float("inf"), float("nan"), 2.0**60 + 0.5]:
    print(x, x.is_integer())
m = (7).bit_length
print(m(), sorted([9, 1, 1024, 3], key=int.bit_length))
for call in [lambda: (5).bit_length(1), lambda: True.bit_count(2), lambda: (1.5).is_integer(0)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
