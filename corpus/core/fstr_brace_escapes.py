# doubled braces {{ and }} produce literal braces in f-strings and str.format, next to real fields
x = 5
print(f'{{}}', f'{{x}}', f'{{{x}}}', f'{{{{x}}}}', f'{x}{{', f'}}{x}')
print('{{}}'.format(), '{{{}}}'.format(7), '{{0}} {0}'.format('a'), '{{{0}}}{{'.format('b'))
print(f'set: {{{x}, {x + 1}}}', 'dict: {{"k": {}}}'.format(x))
s = '{{'
print(f'{s}', len(f'{{'), len('{{'), f'{"}"}', '{}'.format('{}'))
template = 'Hello, {}! You are {} years old. {{literal}}'
print(template.format('Bo', 30))
print(template.format('{}', '{0}'))
