# Builtins as key functions: list.sort(key=len), sorted(key=abs), min/max(key=len).
xs = ['bb', 'a', 'ccc']
xs.sort(key=len)
print(xs)
print(sorted([-3, 1, -2], key=abs), sorted(["b", "A", "c"], key=str.lower if False else len))
print(max(xs, key=len), min(xs, key=len))
ys = ["10", "9", "100"]
ys.sort(key=int, reverse=True)
print(ys)
