# Multiple inheritance follows C3: a diamond calls each class once through cooperative super() calls.
class Base:
    def __init__(self):
        self.log = ["Base"]

    def who(self):
        return "Base"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def who(self):
        return "Right>" + super().who()

class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")

    def who(self):
        return "Bottom>" + super().who()

b = Bottom()
print(b.log)
print(b.who())
print(isinstance(b, Left), isinstance(b, Right), isinstance(b, Base))

