# __str__ and __repr__ on user exceptions drive print, str(), repr(), f-strings and the uncaught traceback's last line.
class Invalid(ValueError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"{self.field} has invalid value {self.value!r}"

class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"

class Wrapped(Exception):
    def __str__(self):
        return "[" + super().__str__() + "]"

e = Invalid("age", -1)
print(e)
print(str(e), repr(e))
print(f"{e} / {e!r}")
q = Quiet("hidden")
print(q, repr(q), [q])
print(Wrapped("inner"), Wrapped(), repr(Wrapped(1, 2)), str(Wrapped(1, 2)))
raise Invalid("name", "")
