# Checks that round() of a NaN without ndigits raises ValueError: cannot convert float NaN to integer.
nan = float("nan")
print(round(nan, 2), round(2.5), round(-2.5))
print(round(nan))
