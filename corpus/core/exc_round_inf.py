# Checks that round(inf) raises OverflowError while round(inf, n) returns inf (uncaught error).
inf = float("inf")
print(round(inf, 2), round(-inf, 0), round(float("nan"), 1))
print(round(inf))
