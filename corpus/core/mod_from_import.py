# from math/sys import names (with aliases): functions are called, values read, in functions too
from math import sqrt, pi as PI, floor
from sys import argv
def area(r):
    return PI * r * r
print(sqrt(16), PI, floor(-0.5), area(2), len(argv))
print([sqrt(x) for x in range(4)])
