# Checks that raise SystemExit("msg") prints msg to stderr and exits with code 1.
print("before exit")
raise SystemExit("fatal: stopping here")
