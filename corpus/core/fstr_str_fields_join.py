# Checks f-strings whose fields are strs (returned as themselves with no spec, as in CPython) and the one-allocation join of the pieces: identity, conversions, specs, empty and non-ASCII pieces.
s = "".join(["ab", "c"])
t = f"{s}"
u = f"{s!s}"
print(t is s, u is s, f"{s!r}", f"{s:>6}", f"[{s}]", f"{s}{s}", f"{''}", f"{'é'}{s}", len(f"{'日本'}x{s}"))
print(f"{1}{2.5}{None}{True}{-7:03d}", f"{'x' * 3!a}", f"{'ü'!a}")
parts = [f"{i}:{s}" for i in range(3)]
print(parts, f"{parts[0]}" is parts[0])
