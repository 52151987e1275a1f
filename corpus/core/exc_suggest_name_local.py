# A misspelt local variable in a function ends with CPython's suggestion from the frame's locals.
def total(prices, discount):
    subtotal = sum(prices)
    return subtotl - discount
print(total([1, 2], 1))
