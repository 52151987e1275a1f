# A service-style class: a registry with a dict of handlers (bound methods), counters and error handling.
class Router:
    def __init__(self):
        self.routes = {}
        self.hits = {}

    def add(self, path, handler):
        self.routes[path] = handler
        self.hits[path] = 0

    def dispatch(self, path, payload):
        handler = self.routes.get(path)
        if handler is None:
            return 404, "not found"
        self.hits[path] += 1
        try:
            return 200, handler(payload)
        except ValueError as e:
            return 400, str(e)

class Users:
    def __init__(self):
        self.names = []

    def create(self, payload):
        name = payload.get("name", "")
        if not name:
            raise ValueError("name is required")
        self.names.append(name)
        return f"created {name} (#{len(self.names)})"

    def listing(self, payload):
        return ", ".join(sorted(self.names))

users = Users()
r = Router()
r.add("/users/new", users.create)
r.add("/users", users.listing)
for path, payload in [("/users/new", {"name": "bo"}), ("/users/new", {}), ("/users/new", {"name": "al"}), ("/users", {}), ("/nope", {})]:
    print(path, r.dispatch(path, payload))
print(r.hits)
