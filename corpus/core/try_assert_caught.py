# Checks that assert failures raise AssertionError that except clauses catch, with and without messages.
def check(n):
    assert n >= 0, "negative: " + str(n)
    assert n % 2 == 0
    return n // 2
for n in [4, -1, 3, 10]:
    try:
        print(n, "->", check(n))
    except AssertionError as e:
        print(n, "failed:", repr(e), e.args, "[" + str(e) + "]")
failures = 0
for i in range(20):
    try:
        assert i % 7 != 0, i
    except AssertionError as e:
        failures += 1
        print("assert failed for", e)
print("failures", failures)
try:
    assert False, ["a", 1]
except Exception as e:
    print(isinstance(e, AssertionError), e.args)
