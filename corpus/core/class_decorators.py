# Class decorators: evaluated before the class body, applied innermost first, may register, modify or replace the class; super() in methods still finds the class the statement made.
registry = {}
order = []


def register(name):
    order.append("register(" + name + ") evaluated")

    def wrap(cls):
        order.append("register applied to " + cls.__name__)
        registry[name] = cls
        return cls

    return wrap


def add_greeting(cls):
    order.append("add_greeting applied")
    cls.greeting = "hello from " + cls.__name__
    return cls


def trace(label):
    order.append(label + " evaluated")
    return lambda cls: cls


@register("base")
class Base:
    def describe(self):
        return "Base"


@trace("outer")
@register("plugin")
@add_greeting
class Plugin(Base):
    order.append("Plugin body runs")

    def describe(self):
        return "Plugin<" + super().describe() + ">"


print(order)
print(registry["plugin"] is Plugin, Plugin.greeting, Plugin().describe(), isinstance(Plugin(), Base))


class Wrapper:
    def __init__(self, cls):
        self.cls = cls

    def __call__(self, *args):
        print("making", self.cls.__name__, args)
        return self.cls(*args)


@Wrapper
class Point(Base):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ") after " + super().describe()


p = Point(1, 2)
print(type(Point).__name__, p.describe(), isinstance(p, Point.cls))


def singleton(cls):
    return cls()


@singleton
class Settings:
    debug = False

    def toggle(self):
        self.debug = not self.debug
        return self.debug


print(Settings.toggle(), Settings.toggle(), type(Settings).__name__)
