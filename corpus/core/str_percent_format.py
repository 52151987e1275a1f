# Uses %-formatting of a string, which this slice does not support.
print("%d items" % 3)
