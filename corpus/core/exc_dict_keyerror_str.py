# missing str key raises KeyError: 'missing'
d = {'present': 1}
print(d['present'], d.get('missing'))
print(d['missing'])
