# input() at the end of standard input raises EOFError
print('before')
input()
