# Checks that after a caught RecursionError a later uncaught one still ends the program normally.
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print("first caught:", e)
print("recursing again, uncaught")
down(0)
