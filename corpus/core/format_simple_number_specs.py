# The commonest f-string specs of ints ('0' flag, width, 'd') and floats ('.Nf') take a
# fast path; its results must be the general formatter's, next to specs that look alike.
ints = [0, 7, -7, 42, -42, 99999, -100000, 123456789012, -(2 ** 47), 2 ** 47 - 1, True, False]
for i in ints:
    print(f"[{i:d}] [{i:5d}] [{i:05d}] [{i:05}] [{i:0}] [{i:00}] [{i:010d}] [{i:1}] [{i:3}]")
    print(f"[{i:+5d}] [{i:<5}] [{i:^7}] [{i:,}] [{i:_d}] [{i:05x}] [{i:=6}] [{i: 4}]")
print(f"{2 ** 70:05d} {-(2 ** 70):30d} {2 ** 48:012d}")
floats = [0.0, -0.0, 1.5, -1.5, 2.675, 0.125, 1e20, -1e-7, 123456.789, float("inf"), float("-inf"), float("nan"), 5e-324]
for x in floats:
    print(f"[{x:.0f}] [{x:.1f}] [{x:.2f}] [{x:.3f}] [{x:.10f}] [{x:.17f}]")
    print(f"[{x:8.2f}] [{x:+.2f}] [{x:.2e}] [{x:.2}] [{x:,.2f}] [{x:z.1f}]")
for n in range(3):
    print(f"{n / 3:.2f}|{n * 1000:04d}|{-n:03d}")
try:
    print(f"{1.5:.2d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{7:.2f}", f"{7:.100f}"[:12])
except ValueError as e:
    print("ValueError:", e)
