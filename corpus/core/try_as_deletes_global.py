# Checks that except-as at module level deletes a global of the same name, seen from functions.
err = "global value"
def show():
    try:
        return err
    except NameError as x:
        return "NameError: " + str(x)
print(show())
try:
    1 // 0
except ZeroDivisionError as err:
    print("handler", err)
print(show())
