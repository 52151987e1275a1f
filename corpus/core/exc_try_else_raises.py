# Checks that an exception raised in else escapes its own except clause and ends the program.
def run(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("handled zero")
        return None
    else:
        print("else with", r)
        return 10 // (r - 5)
    finally:
        print("finally", x)
print(run(0))
print(run(2))
