# isupper/islower/istitle: cased characters required, uncased ones ignored, titlecase letters and unicode
samples = ['ABC', 'abc', 'Abc', 'ABC1', 'abc1', '123', '', ' ', 'A B', 'a B', 'Hello World', 'Hello world',
           'HeLLo', 'ß', 'ẞ', 'ǅ', 'ǅungla', 'Σας', 'ΣΑΣ', 'İ', 'ı', 'ª', 'ʰ', 'Ⅻ', 'ⅻ', '日本', 'A日本', 'They\'Re', "They're"]
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
print('1A'.istitle(), 'A1a'.istitle(), 'A1A'.istitle(), 'Ab Cd-Ef'.istitle(), 'Ab cd'.istitle(), 'AB'.istitle())
print('Élan Vital'.istitle(), 'É'.isupper(), 'é'.islower(), 'éÉ'.islower(), '_a_'.islower(), '_A_'.isupper())
def classify(s):
    if s.isupper():
        return 'upper'
    if s.islower():
        return 'lower'
    if s.istitle():
        return 'title'
    return 'mixed'
for w in ['NASA', 'nasa', 'Nasa', 'NaSa', 'x1', '1X', 'Über Alles', 'ǅ ǅ']:
    print(w, classify(w), classify(w.swapcase()), classify(w.title()))
