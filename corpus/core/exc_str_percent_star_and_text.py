# printf-style '*' width/precision, %a escaping, %c ignoring precision, and %% only when adjacent
print("%*d|%.*f|%*s|" % (6, 42, 2, 3.14159, -4, 'ab'))
print("%-*d|%.*f|%*.*f|" % (5, 7, -2, 3.7, 8, 3, 2.5))
print("%a %a %a %a" % ("héllo", "€", "😀", "\x7f"))
print("[%.0c] [%5.0c] [%.1c]" % (65, "é", 955))
print("100%% %s" % 'done')
print("%-5%|%s" % (1,))
