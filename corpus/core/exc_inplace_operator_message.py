# augmented assignment errors name the in-place operator
x = 5
x -= 1
print(x)
x -= "a"
