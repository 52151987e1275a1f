# try/except in a class body: the namespace gets the assignments; the 'as' name is unbound afterwards.
class Settings:
    try:
        level = int("3")
    except ValueError as err:
        level = 0
print(Settings.level)
print(hasattr(Settings, 'err'))
class Parsed:
    try:
        port = int("x80")
    except ValueError as err:
        port = 80
        reason = str(err)
    else:
        reason = "ok"
    finally:
        checked = True
print(Parsed.port, Parsed.reason, Parsed.checked, hasattr(Parsed, "err"))
