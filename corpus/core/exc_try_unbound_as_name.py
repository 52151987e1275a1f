# Checks that reading the except-as name after the handler raises UnboundLocalError (uncaught).
def f():
    try:
        raise ValueError("temporary")
    except ValueError as err:
        print("handled", err)
    print("now reading err")
    return err
f()
