# Checks that sys.exit with a message runs pending finally bodies, then exits with code 1 and the message.
import sys
def shutdown():
    try:
        try:
            print("shutting down")
            sys.exit("fatal: shutting down")
        except Exception:
            print("not reached")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
shutdown()
print("not reached")
