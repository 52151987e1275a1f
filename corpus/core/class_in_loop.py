# A class statement inside a loop makes a new class each iteration.
kinds = []
for name in ["a", "b"]:
    class Kind:
        label = name
    kinds.append(Kind)
print(len(kinds))
print([k.label for k in kinds], kinds[0] is kinds[1])
