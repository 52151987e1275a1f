# A user exception class derived from Exception is raised and caught by its own name.
class ConfigError(Exception):
    pass
try:
    raise ConfigError("bad")
except ConfigError as e:
    print(e)
