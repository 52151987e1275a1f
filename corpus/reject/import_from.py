# molt: expect=reject MOLT0002
# 'from math import ...' is not supported yet; write math.sqrt
from math import sqrt
print(sqrt(4))
