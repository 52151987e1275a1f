# A module-level lambda made in a comprehension reads the comprehension variable through a closure (never the global of the same name).
x = "global"
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
