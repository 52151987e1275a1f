# molt: expect=reject MOLT0002
# Uses async def, which this slice does not support (the coroutine is never awaited or run).
async def fetch():
    return 1
print("defined", fetch is not None)
