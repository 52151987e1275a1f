# with statements in class bodies: the 'as' name becomes a class attribute; __exit__ runs before the body goes on.
class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError

class Settings:
    with Manager("db") as section:
        url = section.lower() + "://local"
    with Manager("cache"):
        {}["missing"]
        never = True
    after = "done"

print(Settings.section, Settings.url, Settings.after, hasattr(Settings, "never"))

def local():
    class Inner:
        with Manager("inner") as handle:
            size = len(handle)
    return Inner.handle, Inner.size
print(local())
