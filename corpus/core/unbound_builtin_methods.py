# Methods read from builtin types are unbound methods (str.lower as a key function, list.append called with its receiver), with CPython's errors for a missing or wrong receiver and for attributes the type does not have.
words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=str.lower), list(map(str.upper, words)), list(map(str.strip, [" a", "b "])))
print(str.join("-", words), str.split("a b c"), int.bit_length(1024), dict.get({"k": 1}, "k"))
acc = []
list.append(acc, 1)
list.extend(acc, [2, 3])
print(acc, list.pop(acc), acc)
print(str.lower, list.append, type(str.upper).__name__)
print(str.startswith("prefix", "pre"), str.count("banana", "a"), int.bit_length(True))
lower = str.lower
print(lower("ABC"), [lower(w) for w in words])
for call in [lambda: str.lower(), lambda: str.lower(5), lambda: list.append((1,), 2), lambda: dict.keys([])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for name in ["nothing", "lowercase"]:
    try:
        getattr(str, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
