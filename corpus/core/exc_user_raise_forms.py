# raise with a user class (instantiated with no arguments), raise ... from, bare raise of a user exception, and __context__ chaining.
class DbError(Exception):
    pass

class QueryError(DbError):
    def __init__(self, sql):
        super().__init__("query failed: " + sql)
        self.sql = sql

def query(sql):
    try:
        return {"a": 1}[sql]
    except KeyError as e:
        raise QueryError(sql) from e

try:
    raise DbError
except DbError as e:
    print("bare class:", repr(e), e.args)

try:
    query("b")
except DbError as e:
    print(e, e.sql, repr(e.__cause__), e.__suppress_context__)

def retry():
    try:
        query("c")
    except QueryError:
        print("logging and re-raising")
        raise

try:
    retry()
except QueryError as e:
    print("re-raised:", e.sql)

try:
    try:
        raise DbError("first")
    except DbError:
        raise QueryError("second")
except QueryError as e:
    print(repr(e.__context__), e.__cause__)

try:
    raise QueryError("x") from None
except QueryError as e:
    print(e.__cause__, e.__suppress_context__)

cls = DbError
try:
    raise cls("through a variable")
except cls as e:
    print(repr(e))
query("z")
