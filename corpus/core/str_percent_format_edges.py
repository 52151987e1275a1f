# Checks % formatting of huge and boundary ints, negative zero, inf/nan, width/precision/flag combinations and %c/%r/%a.
for v in (0, -1, 2 ** 47, -(2 ** 47), 2 ** 63, -(2 ** 64), 10 ** 25):
    print("%d|%+d|% d|%20d|%-20d|%020d|%x|%X|%#x|%#o|%o" % (v, v, v, v, v, v, v, v, v, v, v))
for f in (0.0, -0.0, 1.5, -2.5, 0.125, 1e16, 1.23456789e-7, 2.0 ** 60, float("inf"), float("-inf"), float("nan")):
    print("%f|%.0f|%.3f|%10.2f|%-10.1f|%+e|%.2E|%g|%G|%.3g|%#g|%010.3f" % (f, f, f, f, f, f, f, f, f, f, f, f))
print("%s %r %a" % ("héllo", "héllo", "hello\t"), "%a %a" % (2 ** 64, -0.0), "%s|%r" % (None, None), "%s %s" % (True, 2.5))
print("%c%c%c" % (72, "i", 0x1F600), "%5c|%-5c|" % ("x", 955), "%%d %d%%" % 5)
print("%.3s|%5.2s|%-6s|%6s" % ("abcdef", "xyz", "ab", "😀é"), "%r" % ("it's",), "%r" % ('say "hi"',))
print("%d %d %d" % (True, 3.99, -3.99), "%i %u" % (-7, 7), "%x" % 3735928559, "%#X" % -255, "%#o" % -8)
print("%s" % ((1, 2),), "%s" % "single", "%5s|" % (2 ** 64,), "%.10d" % -42, "%+.3d" % 7)
