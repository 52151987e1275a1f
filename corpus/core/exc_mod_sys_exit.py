# sys.exit with a code ends the program with that exit status after flushing stdout
import sys
print('bye')
sys.exit(3)
