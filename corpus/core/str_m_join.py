# str.join over lists, tuples, strings, ranges of str; empty and single-item cases; unicode separators
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join(('1', '2')), ' '.join('abc'))
print(repr(','.join([])), repr(','.join(['only'])), repr(''.join([])), repr('ab'.join(['', ''])))
print(', '.join(['', 'a', '']), '->'.join(['é', '中', '😀']), '★'.join('xyz'))
parts = []
for i in range(5):
    parts.append(str(i * i))
print('+'.join(parts), len('+'.join(parts)))
sep = ' | '
print(sep.join(parts[1:3]), sep.join(parts[::-1]))
print('\n'.join(['line1', 'line2']))
words = ['alpha', 'beta', 'gamma']
print('/'.join(words).upper(), '/'.join(words).split('/') == words)
nested = ['a', 'b']
print('<'.join([','.join(nested), ';'.join(nested)]))
def joined(xs, s):
    return s.join(xs)
print(joined(('p', 'q'), '::'), joined('q', '::'), joined([], '::') == '')
big = 'x'.join(['ab'] * 4)
print(big, len(big))
