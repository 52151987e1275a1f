# A **kwargs parameter collects the keyword arguments into a dict.
def count_options(**kwargs):
    return len(kwargs)
print(count_options(a=1, b=2))
