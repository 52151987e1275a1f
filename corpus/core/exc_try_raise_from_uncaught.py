# Checks an uncaught raise X from e (explicit chain; the last line is X's).
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config value " + repr(s)) from e
print(parse("12"))
print(parse("1 2"))
