# A misspelt method of a class reached through its base ends with CPython's suggestion.
class Base:
    def describe(self):
        return "base"
class Child(Base):
    pass
print(Child().describe())
Child().describ()
