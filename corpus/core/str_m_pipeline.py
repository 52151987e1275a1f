# chains of str methods on a small CSV-like text: splitlines, strip, split, partition, lower, replace, join
text = '''  Name , Age, City
 alice, 30 , paris
BOB,25,  new york

  carol , 41,BERLIN  '''
rows = []
for raw in text.splitlines():
    line = raw.strip()
    if not line:
        continue
    cells = []
    for cell in line.split(','):
        cells.append(cell.strip())
    rows.append(cells)
print(rows)
header = rows[0]
for r in rows[1:]:
    name = r[0].capitalize()
    city = r[2].title()
    print(name.ljust(6) + '|' + r[1].rjust(4) + '|' + city.center(10) + '|')
print(' / '.join(header).lower().replace(' ', ''))
out = []
for r in rows:
    out.append(';'.join(r).upper())
print('\n'.join(out))
print(text.count('\n'), text.find('BOB'), text.rfind(','), text.split('\n')[3] == '')
