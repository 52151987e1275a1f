# str.isidentifier: ASCII rules, underscores, leading digits, keywords count, unicode letters and combining marks
samples = ['abc', '_', '__init__', 'a1', '1a', '', 'a b', 'a-b', 'if', 'None', 'café', 'Δx', '日本語', 'x\u0301',
           '\u0301x', 'ℕ', '℘', '℮', 'a²', '²a', 'x٣', '٣x', 'a😀', '$x', 'a.b', '\u2160', 'ª', '·x', 'x·', 'ǅ']
good = []
for s in samples:
    ok = s.isidentifier()
    print(repr(s), ok)
    if ok:
        good.append(s)
print(len(good), good)
