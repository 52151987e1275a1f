# An uncaught AttributeError on a misspelt instance attribute ends with CPython's "Did you mean" suggestion.
class Account:
    kind = "checking"
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, n):
        self.balance += n
acct = Account("ada")
acct.deposit(5)
print(acct.balance)
print(acct.ballance)
