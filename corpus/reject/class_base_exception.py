# molt: expect=reject MOLT0002
# User exception classes are not supported yet.
class ConfigError(Exception):
    pass
try:
    raise ConfigError("bad")
except ConfigError as e:
    print(e)
