# molt: expect=reject MOLT0004
# attribute lookups inside str.format fields are not supported
x = 3
if x > 5:
    print('{0.real}'.format(x))
print('{0[0]}{{.}}'.format([x]))
