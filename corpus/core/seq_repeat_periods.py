# Checks sequence repetition: one-item and multi-item periods, empty and negative counts, shared mutable items, heap items outliving their name, and sum() over bools.
a = [1, 2, 3] * 5
b = [[0]] * 3
b[0].append(1)
c = [None] * 0, [1] * -2, [] * 5, [True] * 7, ["ab", 2.5] * 3, (1, 2) * 4, ((),) * 2
print(a, b, c, len([0] * 100000), sum([True, False] * 10), sum([1] * 5 + [True]))
x = "s" + "t"
d = [x] * 1000
x = None
print(len(d), d[999], d.count("st"))
