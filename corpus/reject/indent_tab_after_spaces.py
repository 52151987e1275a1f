# molt: expect=reject MOLT0002
# A tab after spaces in a code line's indentation: CPython accepts it when consistent, Molt's parser does not.
if 1:
 	x = 1
 	print(x)
