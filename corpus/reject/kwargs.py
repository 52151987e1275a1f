# molt: expect=reject MOLT0005
# Uses **kwargs in a function definition, which this slice does not support.
def count_options(**kwargs):
    return len(kwargs)
print(count_options(a=1, b=2))
