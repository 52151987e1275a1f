# Checks finally on every way out: normal, handled exception, unhandled exception caught further out.
events = []
def work(mode):
    try:
        events.append("start " + str(mode))
        if mode == 1:
            raise KeyError(mode)
        if mode == 2:
            raise ValueError(mode)
        events.append("normal end")
    except KeyError:
        events.append("handled KeyError")
    finally:
        events.append("finally " + str(mode))
    events.append("after " + str(mode))
for mode in range(3):
    try:
        work(mode)
    except ValueError as e:
        events.append("outer got ValueError " + str(e))
for ev in events:
    print(ev)
def no_handler(x):
    try:
        return [x][x]
    finally:
        print("cleanup for", x)
print(no_handler(0))
try:
    no_handler(1)
except IndexError as e:
    print("propagated:", e)
