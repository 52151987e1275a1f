# str.format field names: automatic, explicit indices reused, keywords, indexing into arguments, mixing
print('{}-{}-{}'.format('a', 'b', 'c'), '{0}{1}{0}'.format('x', 'y'), '{2}{1}{0}'.format(1, 2, 3))
print('{name} is {age}'.format(name='Ada', age=36), '{0} {k} {1} {k}'.format('p', 'q', k='K'))
print('{} and {}'.format('first', 'second', 'unused'), '{1}'.format('a', 'b', 'c'), 'no fields'.format(1, 2))
pt = (3, 4)
words = ['zero', 'one', 'two']
print('{0[0]},{0[1]}'.format(pt), '{w[2]} {w[0]}'.format(w=words), '{0[1][0]}'.format(['ab', 'cd']))
print('{0:>5}|{0:<5}|{0:^5}|{1:.2f}|{1:e}'.format('ab', 3.14159), '{:d}{:s}'.format(1, 's'))
print('{:>{}}'.format('r', 4), '{x:{y}}'.format(x='v', y=3) + '|', '{0}{0!r}{0:>4}'.format('q'))
msg = 'Total: {total:,} items over {days} days, avg {avg:.1f}/day'
print(msg.format(total=12345, days=7, avg=12345 / 7))
template = '{} + {} = {}'
for i in range(3):
    print(template.format(i, i * 10, i + i * 10))
print(format(12, '04d'), format('s', '>3'), format(0.5), format(3), format('x'))
