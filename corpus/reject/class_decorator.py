# molt: expect=reject MOLT0002
# A decorator on a class statement is not supported.
def register(cls):
    return cls
@register
class Plugin:
    pass
print(Plugin is not None)
