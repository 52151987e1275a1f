# Checks that a caught exception is the same object that was raised and re-raised, with mutable args kept.
box = [0]
err = RuntimeError("boxed", box)
def thrower():
    raise err
def rethrower():
    try:
        thrower()
    except RuntimeError:
        raise
try:
    rethrower()
except RuntimeError as e:
    print(e is err, e.args[1] is box)
    box.append(1)
    print(e.args, err)
caught = []
for i in range(3):
    try:
        if i == 1:
            raise ValueError("v" + str(i))
        raise IndexError("i" + str(i))
    except LookupError as e:
        caught.append(e)
    except ValueError as e:
        caught.append(e)
print(caught)
print(caught[0] is caught[2], isinstance(caught[1], ValueError))
