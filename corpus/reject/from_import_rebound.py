# molt: expect=reject MOLT0006
# an imported name that is also assigned elsewhere is rejected
from math import sqrt
if len('ab') > 5:
    sqrt = 4
print(sqrt(9))
