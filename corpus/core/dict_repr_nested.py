# repr of dicts with nested dicts, lists, tuples, strings needing different quotes, floats, None and bools
d = {'name': 'Ada', 'tags': ['x', 'y'], 'pos': (1, 2.5), 'inner': {'k': None, 'b': True}}
print(d)
print(repr(d), str(d) == repr(d))
print({"it's": 'say "hi"', 'tab\t': 'nl\n', 'back\\': '\x00'})
print({(): [], (1,): [()], ((1, 2), 3): {}, '': ''})
print({1.0: 1.5, -0.0: 1e100, 2: float('inf'), 3: -float('inf'), 4: 1e-7})
print({'é': '中', '😀': 'ünï', 'k': '\u200b'}, [{}, {'a': {}}])
print({None: False, False: None}, {'l': [[[]]]}, {'t': ((),)})
big = {}
for i in range(12):
    big[i] = i ** 12
print(big)
print(str({'a': 1}) + '!', len(repr({'a': 1})), repr({}) , str({1: '1'}))
