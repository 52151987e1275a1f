# Checks that a bare raise in a handler, never caught, ends the program with the original KeyError.
def fetch(d, k):
    try:
        return d[k]
    except KeyError:
        print("logging missing key", k)
        raise
    finally:
        print("fetch finally", k)
d = {"x": 1}
print(fetch(d, "x"))
print(fetch(d, "it's"))
