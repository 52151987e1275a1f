# A variable captured through an intermediate function that never uses it itself, and lambdas returning lambdas.
def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return middle

print(outer(1)(2)(3), outer(4)(5)(6))
m = outer(7)
print(m(8)(9), m(0)(1))
add = lambda x: lambda y: lambda z: x + y + z
print(add(1)(2)(3), add("a")("b")("c"))
compose = lambda f, g: lambda x: f(g(x))
double_then_inc = compose(lambda v: v + 1, lambda v: v * 2)
print(double_then_inc(5), [double_then_inc(i) for i in range(4)])
