# Checks that SystemExit with a string message raised from a nested call prints the message and exits 1.
def inner(n):
    print("inner", n)
    if n == 0:
        raise SystemExit("stopped at zero")
    inner(n - 1)
inner(3)
print("unreachable")
