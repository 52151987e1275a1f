# A module-level lambda bound to a name and called through it.
double = lambda x: x * 2
print(double(21))
