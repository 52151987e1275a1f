# No candidate close enough: the last line has no suggestion.
class Point:
    def __init__(self):
        self.x = 1
print(Point().zzzzzzz)
