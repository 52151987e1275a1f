# Exceptions that reference themselves or form cycles with instances are collected: a long loop keeps memory bounded.
class RequestError(Exception):
    def __init__(self, request):
        super().__init__("failed")
        self.request = request

class Request:
    def __init__(self, n):
        self.n = n
        self.error = None

count = 0
for i in range(200000):
    r = Request(i)
    try:
        raise RequestError(r)
    except RequestError as e:
        r.error = e
        e.me = e
        count += 1
print(count)
e = ValueError("plain")
e.note = "attached"
e.self_ref = e
print(e.note, e.self_ref is e)
