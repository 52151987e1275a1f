# molt: expect=reject MOLT0002
# Uses a star-import, which this slice does not support.
from math import *
print(floor(2.5))
