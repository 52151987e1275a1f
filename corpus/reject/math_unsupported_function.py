# molt: expect=reject MOLT0004
# math functions Molt does not implement are rejected at compile time
import math
print(math.erf(0.5))
