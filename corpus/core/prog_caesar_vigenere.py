# Realistic: Caesar and Vigenere ciphers over ASCII letters with ord/chr, leaving other characters (Unicode too) alone.
def shift_char(ch, k):
    c = ord(ch)
    if 65 <= c <= 90:
        return chr((c - 65 + k) % 26 + 65)
    if 97 <= c <= 122:
        return chr((c - 97 + k) % 26 + 97)
    return ch
def caesar(text, k):
    out = ""
    for ch in text:
        out += shift_char(ch, k)
    return out
def vigenere(text, key, sign=1):
    out = ""
    j = 0
    for ch in text:
        if ("a" <= ch <= "z") or ("A" <= ch <= "Z"):
            k = ord(key[j % len(key)]) - 97
            out += shift_char(ch, sign * k)
            j += 1
        else:
            out += ch
    return out
msg = "Attack at Dawn! Zebra-crossing, 2 ** 64 = 18446744073709551616; café 😀"
for k in (0, 1, 3, 13, 25, 26, -1, -27, 2 ** 64, -(2 ** 47)):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
print(caesar(caesar(msg, 13), 13) == msg)
for key in ("lemon", "a", "zzz", "keyword"):
    enc = vigenere(msg, key)
    dec = vigenere(enc, key, sign=-1)
    print(key, enc, dec == msg)
counts = ""
for letter in "abcdefghijklmnopqrstuvwxyz":
    n = 0
    for ch in msg:
        if ch == letter or ord(ch) == ord(letter) - 32:
            n += 1
    if n:
        counts += letter + str(n)
print(counts)
