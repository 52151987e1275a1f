# molt: args=alpha beta
# the math and sys modules: functions, constants, argv, stdout.write; ends with a math domain error
import math
import sys
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi, math.e, math.tau, math.inf, math.gcd(12, 18), math.factorial(20), math.isqrt(10**20))
print(math.log(8, 2), math.log(100), math.log10(1000), math.log2(1024), math.exp(1), math.pow(2, 10), math.hypot(3, 4), math.fabs(-3))
print(math.sin(0.5), math.cos(0.5), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.trunc(-3.7), math.isnan(math.nan))
print(math.log(10 ** 400), math.fmod(7, -3), math.copysign(1, -0.0), math.lcm(4, 6))
print(len(sys.argv), sys.argv[1:], sys.maxsize)
n = sys.stdout.write('written\n')
print(n)
sys.stdout.flush()
print(math.sqrt(-1))
