# Checks reading module globals from functions, 'global' declarations that rebind them, and local shadowing.
counter = 0
name = "module"
LIMIT = 2 ** 65
def bump(by=1):
    global counter
    counter += by
    return counter
def read():
    return counter, name
def shadow():
    name = "local"
    return name
def set_name(v):
    global name
    name = v
for i in range(5):
    print(bump(), bump(10))
print(read(), shadow(), name)
set_name("changed")
print(read(), name)
def over_limit(x):
    return x > LIMIT
print(over_limit(2 ** 64), over_limit(2 ** 66))
def create_new_global():
    global fresh
    fresh = "created inside function"
create_new_global()
print(fresh)
