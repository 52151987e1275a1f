# Checks int() and float() on non-ASCII Unicode decimal digits (Arabic-Indic, fullwidth, Devanagari).
print(int("١٢٣"), int("５６"), int("-٤٢"), int(" ७८९ "))
print(int("１_０００"), int("١٠", 16), int("٧", 8))
print(float("１.５"), float("-٣.٢٥"), float("٢e3"))
