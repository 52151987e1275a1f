# Checks many literally nested try statements and which handler catches at each depth.
def f(n):
    log = []
    try:
        try:
            try:
                try:
                    try:
                        if n == 0:
                            raise KeyError(n)
                        if n == 1:
                            raise ValueError(n)
                        if n == 2:
                            raise ZeroDivisionError(n)
                        if n == 3:
                            raise RuntimeError(n)
                        if n == 4:
                            raise SystemExit(n)
                    except KeyError:
                        log.append("L5")
                    finally:
                        log.append("f5")
                except ValueError:
                    log.append("L4")
                    raise TypeError("converted")
                finally:
                    log.append("f4")
            except (ArithmeticError, TypeError) as e:
                log.append("L3 " + repr(e))
            finally:
                log.append("f3")
        except RuntimeError:
            log.append("L2")
        finally:
            log.append("f2")
    except BaseException as e:
        log.append("L1 " + repr(e))
    finally:
        log.append("f1")
    return log
for n in range(6):
    print(n, f(n))
