# Checks -0.0 through arithmetic, comparisons, repr, round, floor division and modulo.
z = -0.0
print(z, 0.0 == z, -z, abs(z), z + 0.0, z - 0.0, z * 1, z * -1, 0.0 * -1)
print(-0.0 + -0.0, 0.0 - 0.0, -1.0 * 0.0, 0 * -1.0, -0 * 1.0)
print(round(-0.4), round(-0.4, 0), round(-0.0001, 2), round(-0.5), round(-0.5, 0))
print(-1.0 // 1e300, -0.0 // 1.0, 0.0 // -1.0, -0.0 % 1.0, 0.0 % -1.0, -0.0 % -1.0)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), divmod(-1e-300, 1.0))
print(str(z), repr(z), float("-0"), float("-0.0"), int(z), z == 0, bool(z))
print(-1e-200 * 1e-200, 1e-200 * -1e-200, -5e-324 / 2)
