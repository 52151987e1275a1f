# molt: expect=reject MOLT0002
# Uses an import statement, which this slice does not support.
import math
print("imported", math is not None)
