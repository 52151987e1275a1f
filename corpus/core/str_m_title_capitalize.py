# title/capitalize on unicode: titlecase (not uppercase) for the first letter, word boundaries at non-letters
print('ǆungla'.title(), 'ǆungla'.capitalize(), 'ǉubav'.title(), 'ǌ'.capitalize(), 'ǳ'.title())
print('ß straße'.title(), 'ﬂow ﬁsh'.title(), 'ﬂow'.capitalize(), 'ŉa'.title())
print('hello-wörld'.title(), 'o\u0301scar'.title(), 'é1é'.title(), 'a\u02b0b'.title(), '日本go'.title())
print('ΣΟΦΟΣ'.title(), 'ΣΟΦΟΣ'.capitalize(), 'σοφος'.title(), 'ᾳ'.capitalize())
print('İI'.capitalize(), 'İI'.title(), len('İI'.capitalize()), 'ıi'.title())
for s in ['ALL CAPS HERE', 'x', 'élan VITAL', "l'été", 'ǅungla ǅUNGLA']:
    print(repr(s.title()), repr(s.capitalize()), s.title().istitle(), s.capitalize().istitle())
def cap_words(text):
    out = []
    for w in text.split(' '):
        out.append(w.capitalize())
    return ' '.join(out)
for t in ["o'neil mcdonald", 'hello  world', 'ǉubljana ǉUBLJANA', "rock'n'roll"]:
    print(repr(t.title()), repr(cap_words(t)))
