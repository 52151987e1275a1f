# str.count: non-overlapping matches, empty substring counts len+1, start/end slicing semantics
s = 'aaaaa'
print(s.count('a'), s.count('aa'), s.count('aaa'), s.count('b'), s.count(''), ''.count(''), ''.count('a'))
print(s.count('a', 1), s.count('a', 1, 3), s.count('a', -2), s.count('', 2), s.count('', 2, 4), s.count('', 6))
print(s.count('', 5), s.count('', 10), s.count('a', 10), s.count('a', 3, 1), s.count('', 3, 1))
t = 'the cat sat on the mat with the hat'
print(t.count('the'), t.count('at'), t.count(' '), t.count('the', 5), t.count('at', 0, 10))
print('abababa'.count('aba'), 'abababa'.count('ab'), 'xx'.count('xxx'))
u = 'héhéhé 😀😀😀'
print(u.count('é'), u.count('hé'), u.count('😀'), u.count('😀😀'), u.count(''), len(u))
def vowel_counts(word):
    out = []
    for v in 'aeiou':
        out.append(word.count(v))
    return out
print(vowel_counts('onomatopoeia'), vowel_counts(''), vowel_counts('rhythm'))
print(t.count('t', -10, -1), t.count('the', None, None))
