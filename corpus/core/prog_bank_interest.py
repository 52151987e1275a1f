# Realistic: a bank-interest float simulation printing balance, interest and rounded values every month.
balance = 1000.0
rate = 0.035
monthly = rate / 12
deposit = 150.25
total_interest = 0.0
for month in range(1, 37):
    interest = balance * monthly
    total_interest += interest
    balance += interest + deposit
    if month % 12 == 0:
        deposit *= 1.1
        print("year end", month // 12, "new deposit", deposit)
    print(month, balance, interest, round(balance, 2), round(interest, 4), int(balance))
print("total interest", total_interest, round(total_interest, 2))
debt = 25000.0
payment = 750.0
apr = 0.199
months = 0
while debt > 0:
    debt = debt * (1 + apr / 12) - payment
    months += 1
    if months % 6 == 0 or debt <= 0:
        print("month", months, "debt", debt, round(debt, 2))
print("paid off after", months, "months; overpaid", -debt)
x = 100.0
for y in range(1, 11):
    x *= 1.07
print("compound 7% for 10 years:", x, round(x, 3), 100 * 1.07 ** 10, x == 100 * 1.07 ** 10)
