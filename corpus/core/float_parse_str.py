# Checks float(str) forms: signs, exponents, leading/trailing dots, underscores, whitespace and ints.
for s in ("1", "-1", "+1.5", "  2.5  ", "\n3.25\t", ".5", "5.", "-.5", "1e3", "1E3", "1e-3", "1.5e+10", "-2.5E-3", "1_000.5", "1_0e1_0", "0.1", "000.25", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "4.9e-324", "2e-324"):
    print(repr(s), float(s))
print(float(1), float(-7), float(2 ** 100), float(True), float(False), float(3.5))
print(float("0.30000000000000004"), float("0.3"), float("1.7976931348623157e308"))
print(float("1.7976931348623158e308"), float("1.797693134862316e308"))
