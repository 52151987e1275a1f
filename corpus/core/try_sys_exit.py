# Checks that sys.exit raises SystemExit, which except SystemExit catches, and finally runs on it.
import sys
def quit_with(code):
    try:
        print("exiting with", code)
        sys.exit(code)
    finally:
        print("finally during exit", code)
try:
    quit_with(3)
except SystemExit as e:
    print("caught SystemExit", e.args, repr(e))
try:
    quit_with("message")
except SystemExit as e:
    print("caught", e)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit", e.args, repr(e))
try:
    try:
        sys.exit(7)
    except Exception:
        print("not reached: Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException caught it:", isinstance(e, SystemExit), isinstance(e, Exception))
try:
    raise SystemExit(0)
except SystemExit as e:
    print("SystemExit(0)", e.args)
print("still running")
