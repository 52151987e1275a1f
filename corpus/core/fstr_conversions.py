# conversions !r !s !a combined with alignment and width on strings with quotes and non-ASCII
s = "it's"
print(f'[{s!r:^10}]', f'[{s!s:^10}]', f'[{s!a:>12}]', f'[{s:^10}]')
u = 'café 😀'
print(f'{u!r}', f'{u!a}', f'{u!s}', f'[{u!r:<14}]', f'[{u:.3}]', f'[{u!r:.4}]')
n = 42
print(f'{n!r}', f'{n!s:>5}', f'{3.0!r}', f'{None!r}', f'{True!s:^7}', f'{[1, "a"]!r}', f'{(1,)!s:>6}')
q = 'say "hi"\n'
t = 'tab\there'
print(f'{q!r}', f'{q!a}', f'{t!r}', f'[{t!r:>14}]')
print('{0!r:>8}|{0!s:<8}|{1!a}'.format('x', 'é'), '{!r}'.format("a'b\"c"))
