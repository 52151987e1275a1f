# hash-heavy word counting: manual tokenising of a text, counting with get, then ordered report
text = 'the quick brown fox jumps over the lazy dog the dog barks and the fox runs away quick quick'
text = text + ' ' + text + ' a b a b a'
words = []
cur = ''
for ch in text + ' ':
    if ch == ' ':
        if cur != '':
            words.append(cur)
        cur = ''
    else:
        cur = cur + ch
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(words), len(counts))
print(counts)
best = ''
best_n = 0
for w, n in counts.items():
    if n > best_n:
        best = w
        best_n = n
print(best, best_n)
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
print(lengths)
total = 0
for n in counts.values():
    total += n
print(total == len(words))
