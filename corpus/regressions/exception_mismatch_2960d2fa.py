# Fixed divergence (exception-mismatch-2960d2fa, found by molt fuzz): an uncaught NameError ends with CPython's "Did you mean" suggestion (here a builtin).
value
