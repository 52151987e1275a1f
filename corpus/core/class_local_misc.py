# Classes inside methods and generators, generator methods using super(), defaults reading class names, break in a class-body try.
class Service:
    def handler_class(self, prefix):
        class Handler:
            size = len(prefix)
            def handle(self, msg, width=size):
                return f"{prefix}{msg}".ljust(width + 4, ".")
        return Handler
    def run(self):
        return self.handler_class(">>")().handle("go")

print(Service().run(), Service().handler_class("x").__qualname__)

class Source:
    def items(self):
        yield 1
        yield 2

def gen_classes(n):
    for i in range(n):
        class Scaled(Source):
            factor = i + 1
            def items(self):
                for v in super().items():
                    yield v * self.factor
        yield Scaled

print([list(c().items()) for c in gen_classes(3)])

class Table:
    rows = []
    for n in range(5):
        try:
            if n == 3:
                break
            rows.append(10 // (n - 1))
        except ZeroDivisionError as problem:
            rows.append(str(problem))
            continue
print(Table.rows, Table.n, hasattr(Table, "problem"))

def before_definition():
    try:
        print(Later)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    class Later:
        pass
    return Later.__name__
print(before_definition())

def lambdas():
    class Holder:
        base = 10
        pick = lambda self: base_global
        fns = [1, 2]
    return Holder().pick()
base_global = "lambda reads globals, not the class body"
print(lambdas())

def closures_in_loop():
    out = []
    for tag in "ab":
        class Tagged:
            def name(self):
                return tag
        out.append(Tagged())
    return [t.name() for t in out]
print(closures_in_loop())
