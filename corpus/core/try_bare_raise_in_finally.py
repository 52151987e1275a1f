# Checks bare raise inside a finally body while an exception propagates re-raises that exception.
try:
    try:
        raise ValueError("in flight")
    finally:
        print("finally")
        raise
except ValueError as e:
    print("caught", e, e.__context__)
try:
    try:
        print("no exception")
    finally:
        raise
except RuntimeError as e:
    print("caught", e)
