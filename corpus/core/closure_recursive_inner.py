# A nested function that calls itself (its own name is a variable of the enclosing function), and mutual recursion between nested functions.
def count_down(n):
    def go(k, acc):
        if k == 0:
            return acc
        return go(k - 1, acc + [k])
    return go(n, [])

def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)

print(count_down(5))
print(parity(10), parity(7))
total = 0
for i in range(2000):
    total += len(count_down(i % 10))
print(total)
