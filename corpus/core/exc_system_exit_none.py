# Checks that raise SystemExit() (and SystemExit(None)) exits with code 0 after output.
print("output before a clean SystemExit")
raise SystemExit()
