# A call with more positional arguments than the function accepts raises TypeError only if it runs.
def f(a, b=2):
    return a + b
print(f(1))
if len("abc") > 5:
    print(f(1, 2, 3))
for thunk in [lambda: f(1, 2, 3), lambda: f(), lambda: f(1, c=2), lambda: f(1, a=2), lambda: f(b=1)]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
