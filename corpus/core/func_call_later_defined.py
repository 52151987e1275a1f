# Checks functions calling functions defined later in the file, and mutual recursion.
def main():
    print(is_even(10), is_odd(10), is_even(7), is_odd(7))
    print(helper(5))
    print(collatz_len(97))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
def helper(x):
    return "helper got " + str(x) + " and " + str(square(x))
def square(x):
    return x * x
def collatz_len(n):
    steps = 0
    while n != 1:
        n = next_collatz(n)
        steps += 1
    return steps
def next_collatz(n):
    if n % 2:
        return 3 * n + 1
    return n // 2
main()
