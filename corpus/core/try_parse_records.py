# A small record parser: converts fields, counts each kind of error, and reports a summary.
lines = [
    "alice,30,1200.50",
    "bob,abc,300",
    "carol,41",
    "dave,25,-",
    "erin,0,100",
    "frank,19,250.25,extra",
    "",
    "gina,52,9e3",
    "hank,-3,10",
]
errors = {}
good = []
def note(kind, line_no, msg):
    errors[kind] = errors.get(kind, 0) + 1
    print("line", line_no, kind + ":", msg)
def parse(line):
    parts = line.split(",")
    if len(parts) > 3:
        raise ValueError("too many fields: " + str(len(parts)))
    name = parts[0]
    if name == "":
        raise KeyError("name")
    age = int(parts[1])
    amount = float(parts[2])
    if age < 0:
        raise AssertionError("negative age " + str(age))
    per_year = amount / age
    return [name, age, amount, round(per_year, 2)]
for no in range(len(lines)):
    line = lines[no]
    try:
        rec = parse(line)
    except IndexError as e:
        note("missing", no, e)
    except ValueError as e:
        note("value", no, e)
    except ZeroDivisionError as e:
        note("zero", no, e)
    except LookupError as e:
        note("lookup", no, repr(e))
    except Exception as e:
        note("other", no, e)
    else:
        good.append(rec)
    finally:
        print("processed", no)
print(good)
print(errors)
print("ok", len(good), "bad", sum(errors.values()))
