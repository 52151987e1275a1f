# | builds a new dict (right side wins, left order first), |= updates in place and accepts pairs
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
c = a | b
print(c, a, b, c is a)
print(b | a, a | {}, {} | a, {} | {})
alias = a
a |= b
print(a, alias is a, alias)
a |= [('w', 0), ('x', 100)]
print(a)
a |= {}
print(a, len(a))
chain = {1: 'a'} | {2: 'b'} | {1: 'c'} | {3: 'd'}
print(chain)
e = {}
for i in range(3):
    e |= {str(i): i}
print(e)
m = {1: 1}
n = m | {True: 'T', 1.0: 'F'}
print(n, m)
