# A property named like an attribute the methods store wins over the instance's slot, as a data descriptor wins over the instance dict in CPython; reading __dict__ anywhere keeps the general layout.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def kelvin(self):
        return self.celsius + 273

    @kelvin.setter
    def kelvin(self, k):
        self.celsius = k - 273

    def reset(self):
        self.kelvin = 273


class ReadOnly:
    @property
    def value(self):
        return 42

    def overwrite(self):
        self.value = 0


t = Temperature(20)
print(t.celsius, t.kelvin)
t.kelvin = 300
print(t.celsius, t.kelvin)
t.reset()
print(t.celsius, t.kelvin)
r = ReadOnly()
try:
    r.overwrite()
except AttributeError as e:
    print(e)
print(r.value)


class Plain:
    def __init__(self):
        self.b = 2
        self.a = 1


p = Plain()
p.c = 3
print(p.__dict__, list(p.__dict__))
