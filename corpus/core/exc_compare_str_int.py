# Checks that ordering a str against an int raises TypeError: '<' not supported between instances of 'str' and 'int'.
print("a" == 1, "a" != 1, 1 == "1")
print("a" < 1)
