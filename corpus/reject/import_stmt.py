# molt: expect=reject
# Uses an import statement, which this slice does not support.
import math
print("imported", math is not None)
