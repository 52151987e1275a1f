# A class body may run expressions, if statements and loops: loop targets and names assigned in branches become class attributes, as in CPython.
import sys

log = []


class Table:
    log.append("body start")
    squares = {}
    for i in range(4):
        squares[i] = i * i
    if len(sys.argv) > 10:
        mode = "verbose"
    else:
        mode = "quiet"
    n = 0
    while n < 3:
        n += 1
    total = sum(squares.values())
    for name, value in [("a", 1), ("b", 2)]:
        log.append(name + "=" + str(value))
    log.append("body end")

    def describe(self):
        return self.mode + " " + str(self.total)


print(log)
print(Table.squares, Table.i, Table.mode, Table.n, Table.total, Table.name, Table.value)
print(Table().describe(), hasattr(Table, "i"))
