# Set displays of identifier-like strings whose order CPython's interning cannot change, as values, iterated and right of `in`.
methods = {"GET", "POST", "PUT", "DELETE", "PATCH"}
print(methods, "GET" in methods, "TRACE" in methods)
for m in {"a", "b", "c", "d"}:
    print(m)
print([w.upper() for w in {"x", "y", "z", "w"}])
print("x" in {"x", "y", "z"}, "q" not in {"alpha", "beta", "gamma"})
