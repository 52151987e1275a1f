# molt: expect=reject MOLT0002
# A try statement in a class body is not supported yet (its 'as' name is unbound from the class namespace afterwards).
class Settings:
    try:
        level = int("3")
    except ValueError as err:
        level = 0
print(Settings.level)
