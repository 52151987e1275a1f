# Blank and comment-only lines whose indentation mixes spaces then tabs: CPython ignores it.
x = 1
 	# a comment after a space and a tab
  	
	 	# tab, space, tab
if x:
    s = """
 	# inside a string the tab stays
"""
 	  # another comment
    print(repr(s), x)
