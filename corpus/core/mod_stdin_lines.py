# molt: stdin=mod_stdin_lines.txt
# reading standard input: input(), sys.stdin.readline() and iteration over sys.stdin
import sys
name = input('prompt> ')
print(repr(name))
print(repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line), line.split())
print(repr(sys.stdin.readline()), count)
