# molt: expect=reject MOLT0003
# A module-level lambda made in a comprehension reads the comprehension's variable: that needs a closure (a global of the same name must not be read instead).
x = "global"
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
