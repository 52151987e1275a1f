"""Molt's program generator for differential fuzzing (issue 6, specs/fuzzing.md).

Writes valid, deterministic, terminating Python 3.11 programs inside Molt's subset,
which print their state as they go. Programs are drawn from hypothesis strategies, so
the same seed gives the same programs and hypothesis can shrink a choice sequence
without leaving the space of valid programs.

How validity is kept by construction:
- Every variable is bound with a literal before the code that uses it, and keeps one
  type (int, float, str, bool, list of int, list of str, dict of str to int, instance).
- Operations that can raise (division by a computed value, indexing, int(str), ...)
  only appear inside `try` statements that catch them and print `type(e).__name__: e`,
  so exception types and messages are compared too.
- Loops have literal bounds and never iterate over a container they mutate; values
  assigned inside loops are cut down (`% M`, `[:24]`) so they stay small.
- Nothing depends on hash randomization or object identity.
A program generated to raise ends with an uncaught exception and says so in its
header (`# molt-fuzz: raises=Type`).

The `syntax` policy is different: it draws arbitrary syntactically valid sources from
hypothesmith (not meant to be run), for front-end robustness: `molt build` must give
a binary or a diagnostic, never crash or hang.

Usage: generate.py --seed S --count N --policy NAME --out DIR
"""

import argparse
import os
import sys

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

# Statement families and their weights per policy: each policy stresses one family.
FAMILIES = ("ints", "floats", "strings", "containers", "functions", "classes", "exceptions", "control", "idioms")
POLICIES = {
    "mixed": dict(ints=3, floats=2, strings=2, containers=2, functions=2, classes=1, exceptions=1, control=2, idioms=2),
    "ints": dict(ints=10, control=2, exceptions=1),
    "floats": dict(floats=10, ints=1, control=1, exceptions=1),
    "strings": dict(strings=10, ints=1, control=1, exceptions=1),
    "containers": dict(containers=10, ints=2, strings=1, control=2, exceptions=1),
    "functions": dict(functions=8, idioms=4, ints=2, strings=1, control=2, exceptions=1),
    "classes": dict(classes=8, ints=2, strings=1, control=1, exceptions=1),
    "exceptions": dict(exceptions=8, ints=2, containers=2, control=1),
}

INTS = [0, 1, -1, 2, 3, 7, -7, 10, 13, -13, 255, 256, 1000, -1000, 2**31 - 1, 2**31, 2**32,
        2**53 + 1, 2**62, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64, -(2**64),
        10**18, 10**19, 10**30, -(10**25)]
MODULI = ["2**64", "2**63", "(2**63 - 1)", "(10**9 + 7)", "-(2**64)", "97", "-7", "(2**128)", "1000"]
DIVISORS = [1, -1, 2, -2, 3, -3, 7, -7, 10, 2**32, -(2**32), 2**64, -(2**63)]
FLOATS = ["0.0", "-0.0", "1.0", "0.1", "0.5", "1.5", "-2.25", "3.141592653589793", "1e16", "1e-07",
          "123456.789", "1e300", "-1e300", "2.5e-308", "5e-324", "0.30000000000000004", "100.0",
          "float('inf')", "float('-inf')", "float('nan')", "1.7976931348623157e308", "9007199254740993.0"]
STRS = ["''", "'a'", "'abc'", "'Hello World'", "' x y '", "'a,b,,c'", "'\\xe9t\\xe9'", "'\\u65e5\\u672c'",
        "'\\t'", "'12'", "'-3'", "'0x1f'", "'3.5'", "'AbC'", "'aaa'", "' '", "'mississippi'"]
# Strings with a base they are valid in.
STR_INTS = ["'12', 10", "' -7 '", "'1_000', 0", "'ff', 16", "'0x1f', 16", "'0x1f', 0", "'z', 36", "'+0', 2", "'10', 2", "'-10', 36"]
SEPS = ["','", "' '", "'a'", "'ss'", "'-'"]
KEYS = ["'a'", "'b'", "'c'", "'key'", "''", "'x1'"]
STR_METHODS0 = ["upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase", "casefold"]
STR_PREDICATES = ["isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum", "isdecimal", "istitle"]
INT_SPECS = ["", "d", ">6", "<6", "^7", "+d", "x", "#x", "o", "b", "08d", ",", "_", "e", ".3f", "g", "%"]
FLOAT_SPECS = ["", ".3f", ".0f", "e", ".2e", "g", ".12g", "10.4f", "+.1f", ",.2f", "%", ".1%", "<12", "z.1f", "r"]
STR_SPECS = ["", ">8", "<8", "^9", "*^9", ".2"]
# Exceptions the risky operations raise; catching all of them keeps programs valid.
CAUGHT = "(ZeroDivisionError, ValueError, IndexError, KeyError, OverflowError, TypeError, AttributeError, AssertionError)"
LOOP_VARS = "ijkmnpqrtuvw"


class Program:
    """The state of one program being drawn: its lines, variables and definitions."""

    def __init__(self, draw, policy):
        self.draw = draw
        self.weights = POLICIES[policy]
        self.lines = []
        self.indent = 0
        self.env = {}  # variable name -> type
        self.loop_depth = 0
        self.loop_vars = 0
        self.functions = []  # (name, [param types], return type)
        self.classes = []  # class names; every class has fields a (int), b (str) and method m(int) -> int
        self.exc_classes = []
        self.idioms = 0

    # -- drawing helpers --
    def pick(self, items):
        return self.draw(st.sampled_from(items))

    def chance(self, p):
        return self.draw(st.integers(0, 99)) < p * 100

    def small(self, lo, hi):
        return self.draw(st.integers(lo, hi))

    def emit(self, line):
        self.lines.append("    " * self.indent + line)

    def vars_of(self, ty):
        return [n for n, t in self.env.items() if t == ty]

    # -- expressions, by type; `risky` allows operations that may raise --
    def int_lit(self):
        v = self.pick(INTS) if self.chance(0.6) else self.small(-300, 300)
        return f"({v})" if v < 0 else str(v)

    def expr(self, ty, depth=0, risky=False):
        if ty == "int":
            return self.int_expr(depth, risky)
        if ty == "float":
            return self.float_expr(depth, risky)
        if ty == "str":
            return self.str_expr(depth, risky)
        if ty == "bool":
            return self.bool_expr(depth, risky)
        if ty == "list":
            return self.list_expr(depth, risky)
        if ty == "lstr":
            return self.lstr_expr(depth)
        if ty == "dict":
            return self.dict_expr(depth)
        return self.pick(self.vars_of(ty))

    def int_expr(self, depth, risky):
        names = self.vars_of("int")
        if depth >= 3 or self.chance(0.3):
            if names and self.chance(0.6):
                return self.pick(names)
            return self.int_lit()
        sub = lambda: self.int_expr(depth + 1, risky)
        kind = self.small(0, 35 if risky else 30)
        if kind <= 2:
            return f"({sub()} {self.pick(['+', '-', '*'])} {sub()})"
        if kind == 3:
            d = self.pick(DIVISORS)
            return f"({sub()} {self.pick(['//', '%'])} {'(%d)' % d if d < 0 else d})"
        if kind == 4:
            return f"({sub()} {self.pick(['&', '|', '^'])} {sub()})"
        if kind == 5:
            return f"({sub()} {self.pick(['<<', '>>'])} {self.small(0, 70)})"
        if kind == 6:
            return f"({sub()} ** {self.small(0, 3)})"
        if kind == 7:
            return f"{self.pick(['-', '~', '+'])}{sub()}"
        if kind == 8:
            return f"{self.pick(['abs', 'int'])}({sub()})"
        if kind == 9:
            return f"{self.pick(['min', 'max'])}({sub()}, {sub()})"
        if kind == 10:
            return f"len({self.expr(self.pick(['str', 'list', 'lstr', 'dict']), depth + 1)})"
        if kind == 11:
            return f"({sub()} if {self.bool_expr(depth + 1, risky)} else {sub()})"
        if kind == 12:
            return f"sum({self.list_expr(depth + 1, risky)})"
        if kind == 13:
            return f"{self.str_expr(depth + 1, risky)}.{self.pick(['find', 'count', 'rfind'])}({self.pick(STRS)})"
        if kind == 14:
            return f"{self.dict_expr(depth + 1)}.get({self.pick(KEYS)}, {sub()})"
        if kind == 15:
            return f"int({self.bool_expr(depth + 1, risky)})"
        if kind == 16:
            return self.call_expr("int", depth) if self.functions else sub()
        if kind == 17:
            if not self.vars_of("obj"):
                return sub()
            o = self.pick(self.vars_of("obj"))
            return self.pick([f"{o}.a", f"{o}.m({sub()})"])
        if kind == 18:
            return f"divmod({sub()}, {self.pick([3, -5, 2**64])})[{self.small(0, 1)}]"
        if kind == 19:
            return f"({sub()}).bit_length()"
        if kind == 20:
            return f"pow({sub()}, {self.small(0, 5)}, {self.pick(['7', '(2**61 - 1)', '-11', '10**9'])})"
        if kind == 21:
            return f"{self.list_expr(depth + 1, risky)}.count({sub()})"
        if kind == 22:
            return f"hash({self.pick(['True', self.int_lit(), sub()])})"
        if kind == 23:
            return f"round({sub()}, {self.small(-4, 2)})"
        if kind == 24:
            return f"round({self.pick(['0.5', '1.5', '2.5', '-2.5', '2.675', '1e15 + 0.5', '-0.5'])})"
        if kind == 25:
            return f"int({self.pick(STR_INTS)})"
        if kind == 26:
            return f"({self.bool_expr(depth + 1, risky)} + {self.bool_expr(depth + 1, risky)} * {sub()})"
        if kind == 27:
            v = self.pick(list(LOOP_VARS))
            return f"sum({v} * {v} for {v} in range({self.small(0, 8)}) if {v} % {self.small(2, 3)})"
        if kind == 28:
            return f"len(range({self.small(-10, 10)}, {self.small(-10, 30)}, {self.pick([1, 2, 3, -1, -4])}))"
        if kind == 29:
            return f"range({self.small(0, 2)}, {self.small(10, 50)}, {self.small(1, 4)})[{self.small(-2, 1)}]"
        if kind == 30:
            return f"len(max({self.lstr_expr(depth + 1)} + ['z'], key=len))"
        # risky from here on
        if kind == 31:
            return f"({sub()} {self.pick(['//', '%'])} {sub()})"
        if kind == 32:
            return f"{self.list_expr(depth + 1, risky)}[{sub()}]"
        if kind == 33:
            return f"int({self.pick([self.str_expr(depth + 1, risky), self.float_expr(depth + 1, risky)])})"
        if kind == 34:
            return f"{self.dict_expr(depth + 1)}[{self.pick(KEYS)}]"
        return f"{self.pick(['min', 'max'])}({self.list_expr(depth + 1, risky)})"

    def float_expr(self, depth, risky):
        names = self.vars_of("float")
        if depth >= 3 or self.chance(0.3):
            if names and self.chance(0.6):
                return self.pick(names)
            return self.pick(FLOATS)
        sub = lambda: self.float_expr(depth + 1, risky)
        kind = self.small(0, 18 if risky else 13)
        if kind <= 2:
            return f"({sub()} {self.pick(['+', '-', '*'])} {sub()})"
        if kind == 3:
            return f"{self.pick(['-', '+'])}{sub()}"
        if kind == 4:
            return f"abs({sub()})"
        if kind == 5:
            return f"{self.pick(['min', 'max'])}({sub()}, {sub()})"
        if kind == 6:
            return f"round({sub()}, {self.small(-2, 6)})"
        if kind == 7:
            return f"({sub()} / {self.pick(['2', '3.0', '-7', '0.1', '1e10'])})"
        if kind == 8:
            return f"({sub()} + {self.small(-50, 50)})"
        if kind == 9:
            return f"({sub()} if {self.bool_expr(depth + 1, risky)} else {sub()})"
        if kind == 10:
            return f"float({self.pick(['3', '-0', '2**53 + 1', '10**20', self.int_lit()])})"
        if kind == 11:
            return f"({self.pick(['2', '10', '-3', '7'])} ** {self.small(-4, -1)})"
        if kind == 12:
            return f"({sub()} {self.pick(['+', '-', '*'])} {self.pick(['1', '-3', '2**53', '(2**53 + 1)', '10**15'])})"
        if kind == 13:
            return f"sum([{sub()}, {sub()}, {self.pick(FLOATS)}])"
        # risky from here on
        if kind == 14:
            return f"({self.int_expr(depth + 1, risky)} {self.pick(['+', '*', '-'])} {sub()})"
        if kind == 15:
            return f"({self.int_expr(depth + 1, risky)} ** {self.small(-3, -1)})"
        if kind == 16:
            return f"({sub()} {self.pick(['/', '//', '%'])} {sub()})"
        if kind == 17:
            return f"float({self.pick([self.int_expr(depth + 1, risky), self.str_expr(depth + 1, risky)])})"
        return f"({self.int_expr(depth + 1, risky)} / {self.int_expr(depth + 1, risky)})"

    def str_expr(self, depth, risky):
        names = self.vars_of("str")
        if depth >= 3 or self.chance(0.3):
            if names and self.chance(0.6):
                return self.pick(names)
            return self.pick(STRS)
        sub = lambda: self.str_expr(depth + 1, risky)
        kind = self.small(0, 22 if risky else 20)
        if kind <= 1:
            return f"({sub()} + {sub()})"
        if kind == 2:
            return f"({sub()} * {self.small(0, 3)})"
        if kind == 3:
            a, b = self.pick(["", "1", "-2", "3", "-10", "20"]), self.pick(["", "2", "-1", "5", "100"])
            step = self.pick(["", ":2", ":-1", ":3"])
            return f"{sub()}[{a}:{b}{step}]"
        if kind == 4:
            return f"{sub()}.{self.pick(STR_METHODS0)}()"
        if kind == 5:
            return f"{sub()}.replace({self.pick(STRS[1:])}, {self.pick(STRS)})"
        if kind == 6:
            return f"str({self.expr(self.pick(['int', 'float', 'bool', 'list', 'lstr', 'dict']), depth + 1)})"
        if kind == 7:
            return f"repr({self.expr(self.pick(['int', 'float', 'str', 'list', 'lstr', 'dict']), depth + 1)})"
        if kind == 8:
            return self.fstring(depth)
        if kind == 9:
            return f"{self.pick(SEPS)}.join({self.lstr_expr(depth + 1)})"
        if kind == 10:
            return f"('%d|%s|%r|%.3f|%x' % ({self.int_expr(depth + 1, False)}, {sub()}, {sub()}, {self.float_expr(depth + 1, False)}, {self.int_expr(depth + 1, False)}))"
        if kind == 11:
            w = self.small(0, 12)
            return f"{sub()}.{self.pick(['center', 'ljust', 'rjust', 'zfill'])}({w})"
        if kind == 12:
            return f"({sub()} if {self.bool_expr(depth + 1, risky)} else {sub()})"
        if kind == 13:
            if not self.vars_of("obj"):
                return sub()
            o = self.pick(self.vars_of("obj"))
            return self.pick([f"{o}.b", f"repr({o})", f"str({o})"])
        if kind == 14:
            return f"{self.pick(['min', 'max'])}({sub()}, {sub()})"
        if kind == 15:
            return f"format({self.int_expr(depth + 1, False)}, {self.pick(INT_SPECS)!r})"
        if kind == 16:
            fmt = self.pick(["'%5.2f|%-6d|%+x'", "'%e %o %g'", "'%10.3e|%-8s|%%'", "'%05.1f %d %X'", "'%g|%#o|%-+5d'"])
            if "%-8s" in fmt:
                return f"({fmt} % ({self.float_expr(depth + 1, False)}, {sub()}))"
            return f"({fmt} % ({self.float_expr(depth + 1, False)}, {self.int_expr(depth + 1, False)}, {self.int_expr(depth + 1, False)}))"
        if kind == 17:
            return f"'{{}}|{{!r}}|{{:>6}}'.format({sub()}, {sub()}, {self.int_expr(depth + 1, False)})"
        if kind == 18:
            return f"repr({sub()}.{self.pick(['partition', 'rpartition'])}({self.pick(SEPS)}))"
        if kind == 19:
            return f"repr({sub()}.{self.pick(['split', 'rsplit'])}({self.pick(SEPS)}, {self.small(-1, 2)}))"
        if kind == 20:
            return f"{sub()}.{self.pick(['removeprefix', 'removesuffix', 'lstrip', 'rstrip', 'strip'])}({self.pick(STRS)})"
        # risky from here on
        if kind == 21:
            return f"{sub()}[{self.int_expr(depth + 1, risky)}]"
        return f"chr({self.int_expr(depth + 1, risky)})"

    def fstring(self, depth):
        parts = []
        for _ in range(self.small(1, 3)):
            ty = self.pick(["int", "float", "str"])
            spec = self.pick({"int": INT_SPECS, "float": FLOAT_SPECS, "str": STR_SPECS}[ty])
            if spec == "r":
                spec, conv = "", "!r"
            else:
                conv = self.pick(["", "", "!r"]) if ty == "str" else ""
                spec = "" if conv else spec
            # Names only: a literal with a backslash or quote cannot stand in an f-string.
            names = self.vars_of(ty)
            value = self.pick(names) if names else {"int": "7", "float": "2.5", "str": "'s'"}[ty]
            text = self.pick(["", "<", " | ", "x="])
            parts.append(f"{text}{{{value}{conv}{':' + spec if spec else ''}}}")
        body = "".join(parts)
        return "f" + repr(body) if "'" not in body else 'f"' + body + '"'

    def bool_expr(self, depth, risky):
        names = self.vars_of("bool")
        if depth >= 3 or self.chance(0.25):
            if names and self.chance(0.5):
                return self.pick(names)
            return self.pick(["True", "False"])
        kind = self.small(0, 10)
        if kind == 9:
            return f"({self.int_expr(depth + 1, False)} {self.pick(['<', '==', '>=', '!='])} {self.float_expr(depth + 1, False)})"
        if kind == 10:
            return f"(({self.int_expr(depth + 1, False)}, {self.str_expr(depth + 1, False)}) {self.pick(['<', '==', '>'])} ({self.int_expr(depth + 1, False)}, {self.str_expr(depth + 1, False)}))"
        if kind <= 2:
            ty = self.pick(["int", "int", "float", "str", "list"])
            op = self.pick(["<", "<=", "==", "!=", ">", ">="]) if ty != "float" or self.chance(0.8) else "=="
            return f"({self.expr(ty, depth + 1, risky)} {op} {self.expr(ty, depth + 1, risky)})"
        if kind == 3:
            return f"({self.bool_expr(depth + 1, risky)} {self.pick(['and', 'or'])} {self.bool_expr(depth + 1, risky)})"
        if kind == 4:
            return f"(not {self.bool_expr(depth + 1, risky)})"
        if kind == 5:
            return f"({self.str_expr(depth + 1, risky)} in {self.str_expr(depth + 1, risky)})"
        if kind == 6:
            return f"({self.int_expr(depth + 1, risky)} in {self.list_expr(depth + 1, risky)})"
        if kind == 7:
            return f"{self.str_expr(depth + 1, risky)}.{self.pick(STR_PREDICATES)}()"
        return f"({self.pick(KEYS)} in {self.dict_expr(depth + 1)})"

    def list_expr(self, depth, risky):
        names = self.vars_of("list")
        if depth >= 3 or self.chance(0.3):
            if names and self.chance(0.7):
                return self.pick(names)
            return "[" + ", ".join(self.int_lit() for _ in range(self.small(0, 4))) + "]"
        sub = lambda: self.list_expr(depth + 1, risky)
        kind = self.small(0, 9)
        if kind == 0:
            return f"({sub()} + {sub()})"
        if kind == 1:
            return f"sorted({sub()}{self.pick(['', ', reverse=True', ', key=abs', ', key=lambda v: -v'])})"
        if kind == 2:
            return f"{sub()}[{self.pick(['', '1', '-2'])}:{self.pick(['', '3', '-1'])}{self.pick(['', ':2', ':-1'])}]"
        if kind == 3:
            v = self.pick(list(LOOP_VARS))
            return f"[{v} * {self.small(-3, 3)} for {v} in {sub()} if {v} % {self.small(2, 4)} != 0]"
        if kind == 4:
            return f"list(range({self.small(-5, 5)}, {self.small(-5, 10)}, {self.pick([1, 2, -1, 3])}))"
        if kind == 5:
            return f"({sub()} * {self.small(0, 2)})"
        if kind == 6:
            return f"list({self.dict_expr(depth + 1)}.values())"
        if kind == 7:
            return f"[len(w) for w in {self.lstr_expr(depth + 1)}]"
        if kind == 8:
            return f"list(reversed({sub()}))"
        return f"[{self.int_expr(depth + 1, risky)}, {self.int_expr(depth + 1, risky)}]"

    def lstr_expr(self, depth):
        names = self.vars_of("lstr")
        if depth >= 3 or self.chance(0.4):
            if names and self.chance(0.7):
                return self.pick(names)
            return "[" + ", ".join(self.pick(STRS) for _ in range(self.small(0, 3))) + "]"
        kind = self.small(0, 4)
        if kind == 0:
            return f"{self.str_expr(depth + 1, False)}.split({self.pick(['', *SEPS])})"
        if kind == 1:
            return f"sorted({self.lstr_expr(depth + 1)})"
        if kind == 2:
            return f"list({self.dict_expr(depth + 1)})"
        if kind == 3:
            return f"[str(v) for v in {self.list_expr(depth + 1, False)}]"
        return f"{self.str_expr(depth + 1, False)}.{self.pick(['splitlines', 'rsplit', 'split'])}()"

    def dict_expr(self, depth):
        names = self.vars_of("dict")
        if depth >= 3 or self.chance(0.5) and names:
            if names:
                return self.pick(names)
        if self.chance(0.7):
            items = [f"{self.pick(KEYS)}: {self.int_lit()}" for _ in range(self.small(0, 3))]
            return "{" + ", ".join(items) + "}"
        return f"dict(zip({self.lstr_expr(depth + 1)}, {self.list_expr(depth + 1, False)}))"

    def call_expr(self, ty, depth):
        options = [f for f in self.functions if f[2] == ty]
        if not options:
            return self.expr(ty, 3)
        name, params, _ = self.pick(options)
        args = [self.expr(p, depth + 1) for p in params]
        return f"{name}({', '.join(args)})"

    # -- statements --
    def bounded(self, ty, value):
        """Keeps values assigned inside loops small, so programs stay fast."""
        if self.loop_depth == 0:
            return value
        if ty == "int":
            return f"({value}) % {self.pick(MODULI)}"
        if ty in ("str", "list", "lstr"):
            return f"({value})[:24]"
        return value

    def assign(self):
        ty = self.pick([t for t in ("int", "float", "str", "bool", "list", "lstr", "dict") if self.vars_of(t)])
        name = self.pick(self.vars_of(ty))
        self.emit(f"{name} = {self.bounded(ty, self.expr(ty))}")

    def statement(self, depth):
        families = [f for f in FAMILIES if self.weights.get(f)]
        weights = [self.weights[f] for f in families]
        total = sum(weights)
        roll = self.small(0, total - 1)
        for family, w in zip(families, weights):
            if roll < w:
                break
            roll -= w
        getattr(self, "stmt_" + family)(depth)

    def block(self, depth, count=None):
        self.indent += 1
        for _ in range(count if count is not None else self.small(1, 3)):
            self.statement(depth + 1)
        self.indent -= 1

    def stmt_ints(self, depth):
        names = self.vars_of("int")
        kind = self.small(0, 3)
        if kind == 0:
            n = self.pick(names)
            op = self.pick(["+=", "-=", "*=", "//=", "%=", "^=", "|=", "<<=", ">>="])
            rhs = self.pick(["3", "-7", "1"]) if op in ("//=", "%=") else (str(self.small(0, 40)) if "<" in op or ">" in op else self.int_expr(1, False))
            self.emit(f"{n} {op} {rhs}")
            if self.loop_depth:
                self.emit(f"{n} %= {self.pick(MODULI)}")
        elif kind == 1:
            self.emit(f"{self.pick(names)} = {self.bounded('int', self.int_expr(0, False))}")
        elif kind == 2:
            self.emit(f"print({self.int_expr(0, False)}, {self.pick(names)})")
        else:
            self.risky("int")

    def stmt_floats(self, depth):
        names = self.vars_of("float")
        kind = self.small(0, 3)
        if kind == 0:
            self.emit(f"{self.pick(names)} = {self.float_expr(0, False)}")
        elif kind == 1:
            self.emit(f"print({self.pick(names)}, {self.float_expr(0, False)})")
        elif kind == 2:
            self.emit(f"print({self.fstring(1)})")
        else:
            self.risky("float")

    def stmt_strings(self, depth):
        names = self.vars_of("str")
        kind = self.small(0, 4)
        if kind == 0:
            self.emit(f"{self.pick(names)} = {self.bounded('str', self.str_expr(0, False))}")
        elif kind == 1:
            self.emit(f"print({self.str_expr(0, False)})")
        elif kind == 2:
            self.emit(f"{self.pick(self.vars_of('lstr'))} = {self.bounded('lstr', self.lstr_expr(0))}")
        elif kind == 3:
            self.emit(f"print(repr({self.str_expr(0, False)}), {self.bool_expr(1, False)})")
        else:
            self.risky("str")

    def stmt_containers(self, depth):
        lst, dct = self.pick(self.vars_of("list")), self.pick(self.vars_of("dict"))
        kind = self.small(0, 9)
        if kind == 0:
            self.emit(f"{lst}.append({self.int_expr(1, False)})")
        elif kind == 1:
            self.emit(f"{lst}.extend({self.pick(['[1, 2]', '[]', 'range(3)', lst + '[:2]'])})")
        elif kind == 2:
            self.emit(f"{lst}.{self.pick(['reverse', 'sort', 'clear'])}()")
        elif kind == 3:
            self.emit(f"{lst}.insert({self.small(-3, 3)}, {self.int_expr(1, False)})")
        elif kind == 4:
            self.emit(f"{dct}[{self.pick(KEYS)}] = {self.int_expr(1, False)}")
        elif kind == 5:
            self.emit(f"print({dct}.setdefault({self.pick(KEYS)}, {self.int_lit()}), {dct}.pop({self.pick(KEYS)}, None), sorted({dct}.items()))")
        elif kind == 6:
            self.emit(f"print({lst}, {dct}, list({dct}.keys()), len({lst}))")
        elif kind == 7:
            self.emit(f"{dct}.update({self.dict_expr(1)})")
        elif kind == 8:
            self.emit(f"{lst} = {self.bounded('list', self.list_expr(0, False))}")
        else:
            self.risky(self.pick(["list", "dict"]))

    def risky(self, ty):
        """A statement that may raise, inside a try that reports what it raised."""
        self.emit("try:")
        self.indent += 1
        if ty == "list":
            lst = self.pick(self.vars_of("list"))
            self.emit(self.pick([f"print({lst}.pop())", f"print({lst}.index({self.int_lit()}))", f"{lst}.remove({self.int_lit()})",
                                 f"{lst}[{self.int_expr(1, False)}] = {self.int_lit()}", f"print({lst}[{self.int_expr(1, False)}])"]))
        elif ty == "dict":
            dct = self.pick(self.vars_of("dict"))
            self.emit(self.pick([f"del {dct}[{self.pick(KEYS)}]", f"print({dct}[{self.pick(KEYS)}])", f"print({dct}.popitem())"]))
        else:
            self.emit(f"print({self.expr(ty, 0, risky=True)})")
        self.indent -= 1
        self.emit(f"except {CAUGHT} as e:")
        self.emit("    print(type(e).__name__, e)")

    def stmt_control(self, depth):
        if depth >= 2:
            return self.assign()
        kind = self.small(0, 3)
        if kind == 0:
            self.emit(f"if {self.bool_expr(0, False)}:")
            self.block(depth)
            if self.chance(0.5):
                self.emit(f"elif {self.bool_expr(0, False)}:")
                self.block(depth)
            if self.chance(0.5):
                self.emit("else:")
                self.block(depth)
        elif kind in (1, 2):
            var = LOOP_VARS[self.loop_vars % len(LOOP_VARS)] + str(self.loop_vars)
            self.loop_vars += 1
            ty, source = self.pick([
                ("int", f"range({self.small(0, 6)})"),
                ("int", f"range({self.small(-3, 3)}, {self.small(-3, 8)}, {self.pick([1, 2, -1])})"),
                ("int", f"{self.pick(self.vars_of('list'))}[:6]"),
                ("str", f"{self.pick(self.vars_of('str'))}[:6]"),
                ("str", f"sorted({self.pick(self.vars_of('dict'))})"),
            ])
            self.emit(f"for {var} in {source}:")
            self.env[var] = ty
            self.loop_depth += 1
            self.indent += 1
            if self.chance(0.2):
                self.emit(f"if {self.bool_expr(1, False)}:")
                self.emit(f"    {self.pick(['break', 'continue'])}")
            for _ in range(self.small(1, 3)):
                self.statement(depth + 1)
            self.indent -= 1
            self.loop_depth -= 1
            del self.env[var]
        else:
            counter = f"w{self.loop_vars}"
            self.loop_vars += 1
            self.emit(f"{counter} = 0")
            self.emit(f"while {counter} < {self.small(0, 5)}:")
            self.loop_depth += 1
            self.indent += 1
            self.emit(f"{counter} += 1")
            for _ in range(self.small(1, 3)):
                self.statement(depth + 1)
            self.indent -= 1
            self.loop_depth -= 1

    def stmt_idioms(self, depth):
        """Generators, closures, `global`, `for`/`else`, tuple unpacking, sorting by key."""
        if self.indent > 0:
            # Definitions and `global` need module level.
            return self.stmt_ints(depth)
        self.idioms += 1
        n, i = self.idioms, self.pick(self.vars_of("int"))
        lst, words, dct = self.pick(self.vars_of("list")), self.pick(self.vars_of("lstr")), self.pick(self.vars_of("dict"))
        kind = self.small(0, 7)
        if kind == 0:
            self.emit(f"def gen{n}(limit):")
            self.emit(f"    for v in range(limit):")
            self.emit(f"        if v % {self.small(2, 4)} == 0:")
            self.emit(f"            yield v * {self.int_lit()}")
            self.emit(f"    yield {self.int_lit()}")
            self.emit(f"print(list(gen{n}({self.small(0, 7)})), sum(gen{n}({self.small(0, 5)})))")
        elif kind == 1:
            self.emit(f"def make_adder{n}(k):")
            self.emit("    def add(v):")
            self.emit(f"        return v + k * {self.small(1, 5)}")
            self.emit("    return add")
            self.emit(f"print([make_adder{n}({self.int_lit()})(v) for v in {lst}[:4]])")
        elif kind == 2:
            self.emit(f"def counter{n}():")
            self.emit("    count = 0")
            self.emit("    def step():")
            self.emit("        nonlocal count")
            self.emit(f"        count += {self.small(1, 9)}")
            self.emit("        return count")
            self.emit("    return step")
            self.emit(f"c{n} = counter{n}()")
            self.emit(f"print(c{n}(), c{n}(), c{n}())")
        elif kind == 3:
            self.emit(f"def bump{n}():")
            self.emit(f"    global {i}")
            self.emit(f"    {i} = ({i} + {self.int_lit()}) % {self.pick(MODULI)}")
            self.emit(f"bump{n}()")
            self.emit(f"print({i})")
        elif kind == 4:
            self.emit(f"for v in {lst}[:5]:")
            self.emit(f"    if v > {self.int_lit()}:")
            self.emit("        print('found', v)")
            self.emit("        break")
            self.emit("else:")
            self.emit("    print('none found')")
        elif kind == 5:
            self.emit(f"a{n}, b{n}, *rest{n} = {lst} + [{self.int_lit()}, {self.int_lit()}]")
            self.emit(f"a{n}, b{n} = b{n}, a{n}")
            self.emit(f"print(a{n}, b{n}, rest{n}, divmod(a{n}, {self.pick(['7', '-3', '2**64'])}))")
        elif kind == 6:
            self.emit(f"print(sorted({words} + {self.lstr_expr(1)}, key=lambda w: (len(w), w.lower()), reverse={self.pick(['True', 'False'])}))")
            self.emit(f"print(min({lst} + [{self.int_lit()}], key=lambda v: abs(v - {self.int_lit()})))")
        else:
            self.emit(f"for k, v in sorted({dct}.items(), key=lambda kv: kv[1]):")
            self.emit(f"    print(k, v, {self.pick(['k * 2', 'v // 3', 'str(v).zfill(4)', 'repr(k)'])})")
            self.emit(f"print(list(zip({words}, {lst})), list(enumerate({words}, {self.small(-2, 2)})))")

    def stmt_functions(self, depth):
        if not self.functions:
            return self.stmt_ints(depth)
        ty = self.pick(sorted({f[2] for f in self.functions}))
        self.emit(f"print({self.call_expr(ty, 0)})")

    def stmt_classes(self, depth):
        objs = self.vars_of("obj")
        if not objs:
            return self.stmt_strings(depth)
        o = self.pick(objs)
        kind = self.small(0, 3)
        if kind == 0:
            self.emit(f"{o}.a = {self.bounded('int', self.int_expr(1, False))}")
        elif kind == 1:
            self.emit(f"{o} = {self.pick(self.classes)}({self.int_expr(1, False)}, {self.str_expr(1, False)})")
        elif kind == 2:
            self.emit(f"print({o}, {o}.m({self.int_expr(1, False)}), isinstance({o}, {self.pick(self.classes)}))")
        else:
            self.emit(f"{o}.b = {self.bounded('str', self.str_expr(1, False))}")

    def stmt_exceptions(self, depth):
        kind = self.small(0, 2)
        if kind == 0 and self.exc_classes:
            exc = self.pick(self.exc_classes)
            self.emit("try:")
            self.indent += 1
            self.emit(f"if {self.bool_expr(1, False)}:")
            self.emit(f"    raise {exc}({self.str_expr(1, False)}, {self.int_expr(1, False)})")
            self.emit(f"print({self.int_expr(1, False)})")
            self.indent -= 1
            self.emit(f"except {exc} as e:")
            self.emit("    print('caught', type(e).__name__, e.args)")
            if self.chance(0.5):
                self.emit("else:")
                self.emit("    print('no exception')")
            if self.chance(0.5):
                self.emit("finally:")
                self.emit(f"    print('finally', {self.int_expr(2, False)})")
        else:
            self.risky(self.pick(["int", "float", "str", "list", "dict"]))

    # -- definitions --
    def define_function(self, index):
        params = [self.pick(["int", "int", "str", "float", "list"]) for _ in range(self.small(0, 3))]
        ret = self.pick(["int", "str", "float"])
        name = f"fn{index}"
        names = [f"p{i}" for i in range(len(params))]
        self.emit(f"def {name}({', '.join(names)}):")
        saved, saved_loops = self.env, self.loop_depth
        self.env = dict(zip(names, params))
        # Every type a statement may need is bound locally first.
        for t, v in (("int", "0"), ("float", "0.5"), ("str", "'s'"), ("bool", "True"), ("list", "[1, 2]"), ("lstr", "['x']"), ("dict", "{'a': 1}")):
            if not self.vars_of(t):
                self.env[f"l{t}"] = t
                self.emit(f"    l{t} = {v}")
        self.loop_depth = 0
        self.block(1, self.small(0, 3))
        self.emit(f"    return {self.expr(ret)}")
        self.env, self.loop_depth = saved, saved_loops
        self.functions.append((name, params, ret))
        if self.chance(0.3):
            # A recursive function with a literal bound.
            rname = f"r{index}"
            self.emit(f"def {rname}(n, acc):")
            self.emit("    if n <= 0:")
            self.emit("        return acc")
            self.emit(f"    return {rname}(n - 1, (acc * {self.small(2, 5)} + n) % {self.pick(MODULI)})")
            self.lines.append("")
            self.emit(f"print({rname}({self.small(0, 40)}, {self.int_lit()}))")

    def define_class(self, index):
        name = f"C{index}"
        base = self.pick(self.classes) if self.classes and self.chance(0.5) else None
        self.emit(f"class {name}{'(' + base + ')' if base else ''}:")
        self.indent += 1
        saved = self.env
        self.env = {"x": "int", "self_a": "int"}
        if base is None or self.chance(0.5):
            self.emit("def __init__(self, a, b):")
            if base:
                self.emit(f"    super().__init__(a, b + {self.pick(STRS)})")
            else:
                self.emit("    self.a = a")
                self.emit("    self.b = b")
        self.emit("def m(self, x):")
        self.emit("    self_a = self.a")
        body = self.int_expr(1, False)
        if base:
            body = f"super().m(x) {self.pick(['+', '-', '^'])} {body}"
        self.emit(f"    return ({body}) % {self.pick(MODULI)}")
        self.emit("def __repr__(self):")
        self.emit(f"    return f'{name}({{self.a!r}}, {{self.b!r}})'")
        self.env = saved
        self.indent -= 1
        self.classes.append(name)

    def program(self):
        self.lines.append("# A program generated by Molt's fuzzer (oracle/fuzz/generate.py).")
        header = len(self.lines)
        for i in range(self.small(0, 2)):
            self.emit(f"class E{i}(Exception):")
            self.emit("    pass")
            self.exc_classes.append(f"E{i}")
        if self.weights.get("classes"):
            for i in range(self.small(1, 3)):
                self.define_class(i)
        if self.weights.get("functions"):
            for i in range(self.small(1, 4)):
                self.define_function(i)
        for ty, values in (("int", lambda: self.int_lit()), ("float", lambda: self.pick(FLOATS)),
                           ("str", lambda: self.pick(STRS)), ("bool", lambda: self.pick(["True", "False"])),
                           ("list", lambda: "[" + ", ".join(self.int_lit() for _ in range(self.small(0, 4))) + "]"),
                           ("lstr", lambda: "[" + ", ".join(self.pick(STRS) for _ in range(self.small(0, 3))) + "]"),
                           ("dict", lambda: "{" + ", ".join(f"{self.pick(KEYS)}: {self.int_lit()}" for _ in range(self.small(0, 3))) + "}")):
            for i in range(3 if self.weights.get(self.family_of(ty), 0) >= 8 else 2):
                name = {"list": "xs", "lstr": "ws", "dict": "d", "float": "x"}.get(ty, ty[0]) + str(i)
                self.emit(f"{name} = {values()}")
                self.env[name] = ty
        for i, cls in enumerate(self.classes[:2]):
            self.emit(f"o{i} = {cls}({self.int_lit()}, {self.pick(STRS)})")
            self.env[f"o{i}"] = "obj"
        for _ in range(self.small(3, 25)):
            self.statement(0)
        self.emit("print(" + ", ".join(sorted(n for n in self.env)) + ")")
        if self.weights.get("exceptions", 0) >= 8 and self.chance(0.2):
            exc = self.pick(self.exc_classes or ["ValueError"])
            self.lines.insert(header, f"# molt-fuzz: raises={exc}")
            self.emit(f"raise {exc}({self.str_expr(0, False)})")
        return "\n".join(self.lines) + "\n"

    @staticmethod
    def family_of(ty):
        return {"int": "ints", "float": "floats", "str": "strings", "lstr": "strings", "bool": "ints"}.get(ty, "containers")


@st.composite
def programs(draw, policy):
    return Program(draw, policy).program()


def syntax_sources():
    import hypothesmith

    return hypothesmith.from_grammar() | hypothesmith.from_node()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--policy", choices=sorted(POLICIES) + ["syntax"], default="mixed")
    ap.add_argument("--out", required=True)
    ap.add_argument("--check", action="store_true", help="only check that the generator can run")
    args = ap.parse_args()
    strategy = syntax_sources() if args.policy == "syntax" else programs(args.policy)
    if args.check:
        return 0
    os.makedirs(args.out, exist_ok=True)
    found = []

    @seed(args.seed)
    @settings(max_examples=args.count, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(source):
        found.append(source)

    collect()
    for i, source in enumerate(found[: args.count]):
        with open(os.path.join(args.out, f"p{i:05}.py"), "w", encoding="utf-8") as f:
            f.write(source)
    print(len(found[: args.count]))


if __name__ == "__main__":
    sys.exit(main())
