# Checks built-in exception hierarchy matching: base classes catch subclasses, siblings do not.
def trigger(n):
    if n == 0:
        return {}["missing"]
    if n == 1:
        return [][3]
    if n == 2:
        return 1 // 0
    if n == 3:
        raise OverflowError("too big")
    if n == 4:
        raise RecursionError("deep")
    if n == 5:
        raise UnboundLocalError("unbound")
    if n == 6:
        raise NotImplementedError("later")
    if n == 7:
        raise UnicodeError("bad text")
    if n == 8:
        raise FloatingPointError("fp")
    if n == 9:
        raise EOFError("eof")
    if n == 10:
        raise MemoryError("mem")
    if n == 11:
        raise StopIteration("stop")
    if n == 12:
        raise AttributeError("attr")
    return n
def classify(n):
    try:
        trigger(n)
    except LookupError as e:
        return "LookupError<" + str(e) + ">"
    except ArithmeticError as e:
        return "ArithmeticError<" + str(e) + ">"
    except RuntimeError as e:
        return "RuntimeError<" + str(e) + ">"
    except NameError as e:
        return "NameError<" + str(e) + ">"
    except ValueError as e:
        return "ValueError<" + str(e) + ">"
    except Exception as e:
        return "Exception<" + str(e) + ">"
    return "none"
for n in range(14):
    print(n, classify(n))
print(isinstance(KeyError("k"), LookupError), isinstance(IndexError(), LookupError))
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
print(isinstance(UnboundLocalError(), NameError), isinstance(UnicodeError(), ValueError))
print(isinstance(FloatingPointError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(ZeroDivisionError(), (LookupError, ValueError)), isinstance(KeyError(), IndexError))
