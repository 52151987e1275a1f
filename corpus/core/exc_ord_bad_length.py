# Checks that ord() of a two-character string raises TypeError (uncaught).
print(ord("a"), ord("😀"))
print(ord("ab"))
