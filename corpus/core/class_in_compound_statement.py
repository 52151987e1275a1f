# Classes defined inside module-level if, try and with statements: the class exists only when its statement ran; reading it otherwise raises NameError.
import sys

FAST = len(sys.argv) > 5
if FAST:
    class Engine:
        name = "fast"
else:
    class Fallback:
        name = "fallback"

        def run(self):
            return self.name + " engine"

try:
    class Parser:
        def parse(self, s):
            return int(s)
    ok = Parser().parse("12")
except ValueError:
    ok = None
print(Fallback().run(), ok)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


with Manager():
    class Inside(Fallback):
        name = "inside"
print(Inside().run(), issubclass(Inside, Fallback))
try:
    print(Engine.name)
except NameError as e:
    print("NameError:", e)
