# An exception raised inside a generator and not caught: the traceback passes through the consumer's frames, exit status 1.
def parse(lines):
    for line in lines:
        yield int(line)

def total(lines):
    s = 0
    for v in parse(lines):
        s += v
    return s

print(total(["1", "2"]))
print(total(["3", "x"]))
