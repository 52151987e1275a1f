# A 60-line program for the planted-divergence test: a wrong oracle alters the line
# that starts with "checksum", and the shrinker must find the few lines behind it.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance


def parse_rows(text):
    rows = []
    for line in text.split(";"):
        name, _, value = line.partition("=")
        rows.append((name.strip(), int(value)))
    return rows


def summarize(values):
    total = 0
    for v in values:
        total += v * v
    return total % 1000003


accounts = [Account("ann", 10), Account("bob", 25)]
for i, acc in enumerate(accounts):
    acc.deposit(i + 5)
    print(acc.owner, acc.balance)

try:
    accounts[0].deposit(-1)
except ValueError as e:
    print("error:", e)

rows = parse_rows("a=1; b=22; c=333")
print(rows)
words = {}
for name, value in rows:
    words[name] = words.get(name, 0) + value
print(sorted(words.items()))

squares = [n * n for n in range(12) if n % 3 != 0]
print(squares, sum(squares))
label = "-".join(str(s) for s in squares[:4])
print(label.upper(), len(label))

big = 2 ** 70 + 12345
print(big // 7, big % 1000)
ratio = 22 / 7
print(f"{ratio:.5f}", round(ratio, 2))
n = 0
while n < 5:
    n += 1
print("checksum", summarize([3, 4, 12]))
print("done", n, accounts[1].balance)
