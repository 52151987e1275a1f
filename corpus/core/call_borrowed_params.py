# Checks calls to functions whose parameters borrow the caller's reference: arguments that are locals, temporaries and defaults; callees that store, return, raise with, or free other references to them; calls through function objects, methods and map(); generators and closures (which own theirs).
def length_after_clear(x, holder):
    holder.clear()
    return len(x), x


def keep(x, box):
    box.append(x)
    return x


def fail(x):
    raise ValueError(len(x))


def nested(node, depth):
    if depth == 0:
        return node
    return nested([node], depth - 1)


def with_default(x, acc=[]):
    acc.append(len(x))
    return list(acc)


def deep(x, n):
    return deep(x, n + 1)


def caller():
    data = [1, 2, 3]
    holder = [data]
    print(length_after_clear(data, holder), holder)
    print(length_after_clear([4, 5], [[6]]))
    box = []
    for i in range(3):
        keep(data + [i], box)
    print(box, keep(data, box) is data, len(box))
    try:
        fail(data)
    except ValueError as e:
        print("caught", e, data)
    print(nested("leaf", 3))
    print(with_default(data), with_default("ab"), with_default([]))
    for round_ in range(2):
        # At the frame limit the innermost call fails before its body: a lent argument
        # must not be released there either.
        try:
            deep(data, 0)
        except RecursionError:
            print("recursion", data)
        data.append(round_)
        print(data, len(data))


caller()

items = [[1], [2]]


def doubled(x):
    items.clear()
    return x * 2


print(list(map(doubled, items)), items)


class Registry:
    def __init__(self, name):
        self.name = name

    def drop(self, registry):
        registry.clear()
        return self.name + "!"


reg = [Registry("a"), Registry("b")]
print(reg[0].drop(reg), reg)


def gen(x):
    yield len(x)
    yield x


def make_closure(x):
    def inner():
        return len(x)
    return inner


def use_gen():
    s = "hello"
    g = gen(s)
    c = make_closure([s, s])
    return list(g), c()


print(use_gen())


def count_nodes(node):
    left, right = node
    if left is None:
        return 1
    return 1 + count_nodes(left) + count_nodes(right)


def tree(d):
    if d == 0:
        return (None, None)
    return (tree(d - 1), tree(d - 1))


print(count_nodes(tree(10)))
f = length_after_clear
print(f("xyz", []))
