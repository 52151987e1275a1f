# Word counting: dicts keyed by strings (get/setdefault/in), str.split and lower over deterministically generated text, sorting the counts
# molt: max-slowdown=0.55 max-allocs=2054803
# Speed floor 1.8x (measured 3.6x with ASCII case mapping and str + str without special-method lookups, decision 0022).
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "pe", "du", "zo", "ha"]


def lcg(state):
    return (state * 1103515245 + 12345) % 2147483648


def make_text(n_words):
    state = 42
    words = []
    for i in range(n_words):
        state = lcg(state)
        k = 1 + (state >> 16) % 3
        w = ""
        for _ in range(k):
            state = lcg(state)
            w += SYLLABLES[(state >> 16) % len(SYLLABLES)]
        if i % 17 == 0:
            w = w.capitalize()
        words.append(w)
        if i % 11 == 10:
            words.append("\n")
    return " ".join(words)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def count_by_length(counts):
    by_len = {}
    for w, c in counts.items():
        n = len(w)
        if n in by_len:
            by_len[n] += c
        else:
            by_len[n] = c
    return by_len


def first_letters(counts):
    groups = {}
    for w in counts:
        groups.setdefault(w[0], []).append(w)
    return groups


text = make_text(400000)
counts = count_words(text)
total = sum(counts.values())
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print(len(text), total, len(counts))
print(top)
print(sorted(count_by_length(counts).items()))
groups = first_letters(counts)
print([(k, len(groups[k])) for k in sorted(groups)])
checksum = 0
for w in sorted(counts):
    checksum = (checksum * 131 + counts[w] * len(w)) % 1000000007
print(checksum)
