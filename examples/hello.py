# A tiny friendly Molt program: a greeting, a big int and a float.
def greet(name, greeting="Hello"):
    return greeting + ", " + name + "!"
print(greet("world"))
print(greet("Molt", greeting="Bonjour"), "👋")
print("2 ** 100 =", 2 ** 100)
print("1 / 3 =", 1 / 3)
