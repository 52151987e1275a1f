# Checks that round(1.5e308, -308) raises OverflowError because the rounded value exceeds float range (uncaught).
print(round(1.4e308, -308), round(1.5e307, -307))
print(round(1.5e308, -308))
