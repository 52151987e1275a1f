# nested replacement fields inside format specs: width, precision, fill, align and type taken from variables
x = 2.718281828
for w in [6, 10]:
    for p in [1, 3]:
        print(f'[{x:{w}.{p}f}]', '[{:{}.{}f}]'.format(x, w, p), '[{0:{1}.{2}e}]'.format(x, w + 4, p))
fill = '*'
for align in ['<', '^', '>']:
    print(f'[{"mid":{fill}{align}9}]', '[{:{}{}9}]'.format('mid', '-', align))
spec = '+08.2f'
print(f'{x:{spec}}', format(x, spec), '{:{}}'.format(-x, spec))
kind = 'x'
print(f'{255:#{kind}}', f'{255:{"b"}}', f'{255:0{10}{"o"}}')
width = 3
for n in [1, 22, 333, 4444]:
    print(f'|{n:>{width}}|{n:<{width + 2}}|{n:^{width * 2}}|')
print('{:{w}.{p}}'.format('truncate-me', w=8, p=5), '{a:{b}}'.format(a=1.5, b='>6'))
