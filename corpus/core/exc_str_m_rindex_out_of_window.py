# str.rindex raises ValueError when the needle exists but lies outside the start/end window
s = 'hello world'
print(s.rindex('o'), s.rindex('o', 0, 5), s.rfind('o', 8))
print(s.rindex('o', 8))
