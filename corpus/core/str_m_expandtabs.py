# str.expandtabs: default 8 columns, custom and zero/negative tabsize, column reset after newline and \r
print(repr('a\tb'.expandtabs()), repr('ab\tc'.expandtabs(4)), repr('abcd\te'.expandtabs(4)), repr('\t'.expandtabs(3)))
print(repr('a\tb'.expandtabs(0)), repr('a\tb'.expandtabs(-1)), repr('a\tb'.expandtabs(1)), repr('\t\t'.expandtabs(2)))
print(repr('12\t\n1\t2'.expandtabs(4)), repr('abc\rd\te'.expandtabs(4)), repr('no tabs'.expandtabs(4)))
print(repr('é\tx'.expandtabs(4)), repr('日本\tx'.expandtabs(4)), repr('😀\t😀'.expandtabs(3)))
rows = ['name\tqty\tprice', 'apple\t3\t1.25', 'watermelon\t10\t7.5']
for r in rows:
    print(r.expandtabs(8) + '|')
for size in range(1, 6):
    print(size, repr('x\ty\tz'.expandtabs(size)), len('x\ty\tz'.expandtabs(size)))
print(repr('a\tb'.expandtabs(tabsize=3)), repr(''.expandtabs()))
