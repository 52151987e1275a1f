# Stacked decorator factories: factories run top to bottom, decorators apply bottom to top, defaults of the decorated def are its own.
log = []

def tag(name):
    log.append("factory " + name)
    def deco(fn):
        log.append("apply " + name)
        def wrapped(a, b=10):
            log.append("call " + name)
            return "<" + name + ">" + str(fn(a, b)) + "</" + name + ">"
        return wrapped
    return deco

@tag("outer")
@tag("inner")
def add(a, b=1):
    return a + b

print(add(1))
print(add(1, 2))
for line in log:
    print(line)
