# molt: expect=reject MOLT0002
# A class statement inside a loop makes a new class each iteration, which is not supported yet.
kinds = []
for name in ["a", "b"]:
    class Kind:
        label = name
    kinds.append(Kind)
print(len(kinds))
