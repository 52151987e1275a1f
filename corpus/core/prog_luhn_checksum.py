# Realistic: Luhn checksums of digit strings, generating check digits and detecting single-digit errors and swaps.
def luhn_sum(digits):
    total = 0
    double = False
    for i in range(len(digits) - 1, -1, -1):
        d = ord(digits[i]) - ord("0")
        if double:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        double = not double
    return total
def valid(digits):
    return luhn_sum(digits) % 10 == 0
def check_digit(payload):
    for c in range(10):
        if valid(payload + str(c)):
            return str(c)
    return "?"
for num in ("79927398713", "79927398710", "4539578763621486", "1234567812345670", "0", "18", "059", "4111111111111111"):
    print(num, luhn_sum(num), valid(num))
for payload in ("7992739871", "453957876362148", "000", "18446744073709551616", str(2 ** 47), str(3 ** 60)):
    c = check_digit(payload)
    print(payload, c, valid(payload + c))
base = "4539578763621486"
caught = 0
for pos in range(len(base)):
    for d in "0123456789":
        if d != base[pos]:
            bad = base[:pos] + d + base[pos + 1:]
            if not valid(bad):
                caught += 1
print("single-digit errors caught:", caught, "of", len(base) * 9)
swaps = 0
missed = ""
for pos in range(len(base) - 1):
    a = base[pos]
    b = base[pos + 1]
    if a != b:
        sw = base[:pos] + b + a + base[pos + 2:]
        if valid(sw):
            missed = missed + a + b + " "
        else:
            swaps += 1
print("adjacent swaps caught:", swaps, "missed:", repr(missed))
