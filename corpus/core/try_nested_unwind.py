# Checks nested finally blocks unwinding several levels, including break out of an inner loop and return.
def run():
    out = []
    for i in range(3):
        try:
            for j in range(4):
                try:
                    try:
                        if i == 1 and j == 2:
                            break
                        if i == 2 and j == 1:
                            return out
                        out.append((i, j))
                    finally:
                        out.append("f3")
                finally:
                    out.append("f2")
        finally:
            out.append("f1-" + str(i))
    return out
print(run())
def exc_through():
    trail = []
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                trail.append("a")
        except KeyError:
            trail.append("not reached")
        finally:
            trail.append("b")
    except ValueError as e:
        trail.append("caught " + str(e))
    finally:
        trail.append("c")
    return trail
print(exc_through())
