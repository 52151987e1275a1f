# Class bodies inside functions: names the body assigns are read from the namespace, else as globals (skipping the function's variables); other names read the function's variables.
scale = "global scale"

def build(scale, label):
    class Config:
        factor = scale * 2
        name = label
        print("body sees", factor, name)
        if False:
            scale = 0
        print("assigned-later name reads the global:", scale)
        scale = "class scale"
        def show(self):
            return f"{self.name} {self.factor} {scale} {label}"
    return Config

c = build(3, "cfg")
print(c().show(), c.scale, c.factor)

def late_binding():
    value = 1
    class Probe:
        def read(self):
            return value
    p = Probe()
    value = 2
    return p.read()
print(late_binding())

def refers_to_itself():
    class Node:
        def __init__(self, depth):
            self.child = Node(depth - 1) if depth > 0 else None
        def depth(self):
            return 0 if self.child is None else 1 + self.child.depth()
    return Node(4).depth()
print(refers_to_itself())

def counts():
    total = 0
    class Tally:
        def add(self, n):
            nonlocal total
            total += n
            return total
    t = Tally()
    t.add(3)
    t.add(4)
    return total
print(counts())

try:
    def missing():
        class Bad:
            x = undefined_name_here
        return Bad
    missing()
except NameError as e:
    print("NameError:", e)
