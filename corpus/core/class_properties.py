# @property getters and setters, @staticmethod and @classmethod (called on the class and on instances), and a read-only property.
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._c = (value - 32) * 5 / 9

    @property
    def celsius(self):
        return self._c

    @staticmethod
    def describe(value):
        return f"{value:.1f} degrees"

    @classmethod
    def freezing(cls):
        return cls(0)

t = Temperature(100)
print(t.fahrenheit, t.celsius)
t.fahrenheit = 212 - 180
print(t.celsius, t.fahrenheit)
print(Temperature.describe(3.14159), t.describe(2))
f = Temperature.freezing()
print(f.celsius, f.fahrenheit, t.freezing().celsius)
try:
    t.celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
