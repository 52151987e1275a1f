# case-insensitive comparisons: lower vs casefold differ on sharp s, sigma, ligatures, Cherokee; idempotence
pairs = [('Straße', 'STRASSE'), ('ΣΊΣΥΦΟΣ', 'σίσυφος'), ('ﬁle', 'FILE'), ('Hello', 'hELLO'), ('İ', 'i\u0307'), ('ꭰ', 'Ꭰ'), ('µ', 'μ')]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.upper() == b.upper(), a.casefold() == b.casefold())
words = ['Apple', 'apple', 'APPLE', 'Äpfel', 'äpfel', 'Straße', 'strasse']
for w in words:
    print(w, w.lower(), w.upper(), w.casefold(), w.lower().lower() == w.lower(), w.upper().upper() == w.upper())
print('ß'.upper().lower(), 'ǈ'.upper().lower(), 'ǈ'.lower().title(), 'ΣΣ'.lower(), 'ΣΣ ΣΣ'.lower())
def same_ci(a, b):
    return a.casefold() == b.casefold()
print(same_ci('ΣΑΣ', 'σας'), same_ci('Straße', 'strasse'), same_ci('ﬃ', 'FFI'), same_ci('a', 'á'))
print('ΣΑΣ'.lower() == 'σας', 'ΣΑΣ'.casefold() == 'σας', 'ΣΑΣ'.casefold(), 'σας'.casefold())
