# molt: expect=reject MOLT0002
# only math and sys can be imported
import os
print(os.getcwd())
