# A service's exception hierarchy: handlers are tried in order and match subclasses through the MRO.
class ServiceError(Exception):
    pass

class ClientError(ServiceError):
    status = 400

class NotFound(ClientError):
    status = 404

class Forbidden(ClientError):
    status = 403

class ServerError(ServiceError):
    status = 500

def handle(kind):
    if kind == "missing":
        raise NotFound("no such user")
    if kind == "denied":
        raise Forbidden("token expired", 17)
    if kind == "boom":
        raise ServerError()
    if kind == "bad":
        raise ValueError("bad input")
    return "ok"

for kind in ["ok", "missing", "denied", "boom", "bad"]:
    try:
        print(kind, handle(kind))
    except NotFound as e:
        print(kind, "not found:", e, e.status)
    except ClientError as e:
        print(kind, "client error:", e, e.args, e.status)
    except ServiceError as e:
        print(kind, "service error:", repr(e), e.status, str(e) == "")
    except Exception as e:
        print(kind, "other:", repr(e))

print(isinstance(NotFound(), ServiceError), isinstance(NotFound(), Exception), isinstance(NotFound(), ServerError))
print(isinstance(ServerError(), (ValueError, ServiceError)), isinstance(ValueError(), (NotFound, ServerError)))
