//! The `math` and `sys` modules (the parts Molt supports; the compiler rejects the rest)
//! and `input()`, with CPython 3.11's results and error messages. Functions are reached
//! by qualified name (`math.sqrt`) through `molt_module_call` / `molt_module_attr`.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `sys.stdin`, `sys.stdout` or `sys.stderr` (the file descriptor is the state).
#[repr(C)]
pub struct StreamObj {
    pub hdr: Header,
    pub fd: u32,
}

fn stream(fd: u32) -> u64 {
    alloc_obj(StreamObj { hdr: Header { refcount: 1, kind: KIND_STREAM }, fd })
}

pub fn stream_fd(v: u64) -> u32 {
    unsafe { obj::<StreamObj>(v) }.fd
}

pub(crate) fn math_error<T>() -> R<T> {
    value_error("math domain error")
}

pub(crate) fn range_error<T>() -> R<T> {
    overflow_error("math range error")
}

/// A float argument: int (exactly converted, OverflowError if too big) or float.
pub(crate) fn real(v: u64) -> R<f64> {
    if is_float(v) {
        return Ok(unbox_float(v));
    }
    if is_int_like(v) {
        return crate::int::to_f64(v);
    }
    type_error(&format!("must be real number, not {}", type_name(v)))
}

pub(crate) fn index_arg(v: u64) -> R<u64> {
    if is_int_like(v) {
        return Ok(if tag_of(v) == TAG_BOOL { box_small_int((v & 1) as i64) } else { v });
    }
    type_error(&format!("'{}' object cannot be interpreted as an integer", type_name(v)))
}

/// Checks a libm result the way CPython's math module does: a finite input giving a NaN
/// is a domain error, an infinite result is a range error.
pub(crate) fn checked(x: f64, r: f64, can_overflow: bool) -> R<u64> {
    if r.is_nan() && !x.is_nan() {
        return math_error();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range_error() } else { math_error() };
    }
    Ok(box_float(r))
}

fn float_to_int(x: f64, round: fn(f64) -> f64) -> R<u64> {
    crate::int::from_f64(round(x))
}

/// `math.log` of an int too large for a float: CPython uses frexp on the int.
fn log_of(v: u64) -> R<f64> {
    if is_int_like(v) {
        let b = crate::int::to_big(v);
        if !b.is_positive() {
            return math_error();
        }
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(f.ln());
        }
        // CPython's loghelper: b = x * 2**e with x in [0.5, 1) rounded to 53 bits
        // (_PyLong_Frexp), then log(x) + log(2) * e.
        let e = b.bits();
        let shift = e - 55;
        let mut top = (&b >> shift).to_u64().unwrap_or(0);
        let mask: num_bigint::BigInt = (num_bigint::BigInt::one() << shift) - 1;
        let low: num_bigint::BigInt = &b & mask;
        if !low.is_zero() {
            top |= 1;
        }
        let x = top as f64 / (1u64 << 55) as f64;
        return Ok(x.ln() + 2f64.ln() * e as f64);
    }
    let x = real(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return math_error();
    }
    Ok(x.ln())
}

pub(crate) fn arity(name: &str, args: &[u64], lo: usize, hi: usize) -> R<()> {
    let n = args.len();
    if (lo..=hi).contains(&n) {
        return Ok(());
    }
    let short = name.rsplit('.').next().unwrap_or(name);
    if lo == hi && lo == 1 {
        return type_error(&format!("{name}() takes exactly one argument ({n} given)"));
    }
    if lo == hi {
        return type_error(&format!("{short} expected {lo} arguments, got {n}"));
    }
    if n < lo {
        return type_error(&format!("{short} expected at least {lo} argument{}, got {n}", if lo == 1 { "" } else { "s" }));
    }
    type_error(&format!("{short} expected at most {hi} arguments, got {n}"))
}

/// CPython 3.11's `vector_norm` (math.hypot): scaled, with compensated (double-length)
/// summation of the squares and one Newton correction of the square root.
pub(crate) fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    // ldexp(1.0, -max_e), exact also when it is subnormal.
    let n = -max_e;
    let scale = if n >= -1022 { f64::from_bits(((n + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (n + 1074)) };
    let dl_mul = |x: f64, y: f64| {
        let hi = x * y;
        (hi, x.mul_add(y, -hi))
    };
    let dl_fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (phi, plo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    (h + x / (2.0 * h)) / scale
}

/// The exponent `e` of `frexp(x)` (`x = m * 2**e`, `0.5 <= m < 1`) for finite non-zero x.
fn frexp_exp(x: f64) -> i32 {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        return frexp_exp(x * 2f64.powi(64)) - 64;
    }
    exp - 1022
}

/// A one-argument libm function `f` called as CPython's `math_1` calls it: one real
/// argument, the result checked by [`checked`].
pub(crate) fn libm_unary(name: &str, args: &[u64], f: fn(f64) -> f64, can_overflow: bool) -> R<u64> {
    arity(name, args, 1, 1)?;
    let x = real(args[0])?;
    checked(x, f(x), can_overflow)
}

/// The functions by qualified name; `None` for an unknown name.
pub fn call(name: &str, args: &[u64]) -> Option<R<u64>> {
    let unary = |f: fn(f64) -> f64, can_overflow: bool| libm_unary(name, args, f, can_overflow);
    Some(match name {
        "math.sqrt" => unary(f64::sqrt, false),
        "math.exp" => unary(f64::exp, true),
        "math.sin" => unary(f64::sin, false),
        "math.cos" => unary(f64::cos, false),
        "math.tan" => unary(f64::tan, false),
        "math.asin" => unary(f64::asin, false),
        "math.acos" => unary(f64::acos, false),
        "math.atan" => unary(f64::atan, false),
        "math.sinh" => unary(f64::sinh, true),
        "math.cosh" => unary(f64::cosh, true),
        "math.tanh" => unary(f64::tanh, false),
        "math.fabs" => unary(f64::abs, false),
        // CPython multiplies by constants computed in double precision, unchecked.
        "math.degrees" => arity(name, args, 1, 1).and_then(|()| Ok(box_float(real(args[0])? * (180.0 / std::f64::consts::PI)))),
        "math.radians" => arity(name, args, 1, 1).and_then(|()| Ok(box_float(real(args[0])? * (std::f64::consts::PI / 180.0)))),
        "math.log2" | "math.log10" => arity(name, args, 1, 1).and_then(|()| {
            let l = log_of(args[0])?;
            let r = if name == "math.log2" { l / std::f64::consts::LN_2 } else { l / std::f64::consts::LN_10 };
            // Exact for powers of the base, as libm's log2/log10 are.
            let x = real(args[0]).unwrap_or(f64::INFINITY);
            let exact = if x.is_finite() && x > 0.0 { if name == "math.log2" { x.log2() } else { x.log10() } } else { r };
            Ok(box_float(if x.is_finite() { exact } else { r }))
        }),
        "math.log" => arity(name, args, 1, 2).and_then(|()| {
            let num = log_of(args[0])?;
            match args.get(1) {
                None => Ok(box_float(num)),
                Some(&b) => {
                    let den = log_of(b)?;
                    if den == 0.0 {
                        return raise(ZERO_DIVISION_ERROR, "float division by zero");
                    }
                    Ok(box_float(num / den))
                }
            }
        }),
        "math.pow" => arity(name, args, 2, 2).and_then(|()| {
            // CPython's math_pow: IEEE specials by hand, libm for finite ** finite.
            let (x, y) = (real(args[0])?, real(args[1])?);
            if !x.is_finite() || !y.is_finite() {
                let r = if x.is_nan() {
                    if y == 0.0 { 1.0 } else { x }
                } else if y.is_nan() {
                    if x == 1.0 { 1.0 } else { y }
                } else if x.is_infinite() {
                    let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
                    if y > 0.0 {
                        if odd_y { x } else { x.abs() }
                    } else if y == 0.0 {
                        1.0
                    } else if odd_y {
                        0f64.copysign(x)
                    } else {
                        0.0
                    }
                } else if x.abs() == 1.0 {
                    1.0
                } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
                    f64::INFINITY
                } else {
                    0.0
                };
                return Ok(box_float(r));
            }
            let r = x.powf(y);
            if r.is_nan() || (r.is_infinite() && x == 0.0) {
                return math_error();
            }
            if r.is_infinite() {
                return range_error();
            }
            Ok(box_float(r))
        }),
        "math.atan2" => arity(name, args, 2, 2).and_then(|()| Ok(box_float(real(args[0])?.atan2(real(args[1])?)))),
        "math.hypot" => {
            let mut xs = Vec::with_capacity(args.len());
            for &a in args {
                match real(a) {
                    Ok(x) => xs.push(x),
                    Err(e) => return Some(Err(e)),
                }
            }
            let mut max = 0.0f64;
            let mut found_nan = false;
            for x in xs.iter_mut() {
                *x = x.abs();
                found_nan |= x.is_nan();
                if *x > max {
                    max = *x;
                }
            }
            Ok(box_float(vector_norm(&mut xs, max, found_nan)))
        }
        "math.copysign" => arity(name, args, 2, 2).and_then(|()| Ok(box_float(real(args[0])?.copysign(real(args[1])?)))),
        "math.fmod" => arity(name, args, 2, 2).and_then(|()| {
            let (x, y) = (real(args[0])?, real(args[1])?);
            let r = x % y;
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return math_error();
            }
            Ok(box_float(r))
        }),
        "math.isfinite" => arity(name, args, 1, 1).and_then(|()| Ok(box_bool(real(args[0])?.is_finite()))),
        "math.isinf" => arity(name, args, 1, 1).and_then(|()| Ok(box_bool(real(args[0])?.is_infinite()))),
        "math.isnan" => arity(name, args, 1, 1).and_then(|()| Ok(box_bool(real(args[0])?.is_nan()))),
        "math.floor" | "math.ceil" | "math.trunc" => arity(name, args, 1, 1).and_then(|()| {
            let v = args[0];
            if is_int_like(v) {
                return index_arg(v).map(|i| {
                    incref(i);
                    i
                });
            }
            let x = real(v)?;
            let f: fn(f64) -> f64 = match name {
                "math.floor" => f64::floor,
                "math.ceil" => f64::ceil,
                _ => f64::trunc,
            };
            float_to_int(x, f)
        }),
        "math.gcd" | "math.lcm" => {
            let mut acc = if name == "math.gcd" { num_bigint::BigInt::zero() } else { num_bigint::BigInt::one() };
            for &a in args {
                let b = match index_arg(a) {
                    Ok(b) => crate::int::to_big(b),
                    Err(e) => return Some(Err(e)),
                };
                acc = if name == "math.gcd" { acc.gcd(&b) } else if acc.is_zero() || b.is_zero() { num_bigint::BigInt::zero() } else { acc.lcm(&b) };
            }
            Ok(crate::int::new_int_big(acc.abs()))
        }
        "math.factorial" => arity(name, args, 1, 1).and_then(|()| {
            let n = crate::int::to_big(index_arg(args[0])?);
            if n.is_negative() {
                return value_error("factorial() not defined for negative values");
            }
            let Some(n) = n.to_u64().filter(|&n| n <= 1_000_000) else {
                return overflow_error("factorial() argument should not exceed 9223372036854775807");
            };
            let mut r = num_bigint::BigInt::one();
            for i in 2..=n {
                r *= i;
            }
            Ok(crate::int::new_int_big(r))
        }),
        "math.isqrt" => arity(name, args, 1, 1).and_then(|()| {
            let n = crate::int::to_big(index_arg(args[0])?);
            if n.is_negative() {
                return value_error("isqrt() argument must be nonnegative");
            }
            Ok(crate::int::new_int_big(n.sqrt()))
        }),
        "sys.exit" => arity(name, args, 0, 1).and_then(|()| raise_args(SYSTEM_EXIT, args)),
        _ => return crate::math::call(name, args),
    })
}

/// Module attributes other than functions (`math.pi`, `sys.argv`, ...), owned.
pub fn attr(name: &str) -> Option<u64> {
    Some(match name {
        "math.pi" => box_float(std::f64::consts::PI),
        "math.e" => box_float(std::f64::consts::E),
        "math.tau" => box_float(std::f64::consts::TAU),
        "math.inf" => box_float(f64::INFINITY),
        "math.nan" => box_float(f64::NAN),
        "sys.argv" => {
            let mut args = crate::lifecycle::argv();
            // CPython's argv[0] is the script path as given; Molt records the path the
            // program was compiled from.
            if let Some(first) = args.first_mut() {
                *first = crate::exc::source_path().to_string();
            }
            crate::list::new_list_owned(args.iter().map(|a| crate::str::new_str(a)).collect())
        }
        "sys.stdin" => stream(0),
        "sys.stdout" => stream(1),
        "sys.stderr" => stream(2),
        "sys.maxsize" => crate::int::new_int_i64(i64::MAX),
        _ => return None,
    })
}

/// One line from stdin, with its newline; empty at end of input.
fn read_line() -> String {
    crate::io::flush_stdout();
    let mut line = String::new();
    let _ = std::io::BufRead::read_line(&mut std::io::stdin().lock(), &mut line);
    line
}

/// Methods of the standard streams.
pub fn stream_method(s: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    let fd = stream_fd(s);
    Some(match name {
        "write" => arity("write", args, 1, 1).and_then(|()| {
            if !is_str(args[0]) {
                return type_error(&format!("write() argument must be str, not {}", type_name(args[0])));
            }
            let text = crate::str::as_str(args[0]);
            match fd {
                1 => crate::io::write_stdout(text.as_bytes()),
                2 => {
                    crate::io::flush_stdout();
                    use std::io::Write;
                    let _ = std::io::stderr().write_all(text.as_bytes());
                }
                _ => return raise(UNSUPPORTED_OPERATION, "not writable"),
            }
            Ok(crate::int::new_int_i64(crate::str::nchars(args[0]) as i64))
        }),
        "flush" => arity("flush", args, 0, 0).map(|()| {
            crate::io::flush_stdout();
            NONE
        }),
        "readline" | "read" if fd != 0 => raise(UNSUPPORTED_OPERATION, "not readable"),
        "readline" => arity("readline", args, 0, 0).map(|()| crate::str::new_string(read_line())),
        "read" => arity("read", args, 0, 0).map(|()| {
            crate::io::flush_stdout();
            let mut all = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut all);
            crate::str::new_string(all)
        }),
        _ => return None,
    })
}

/// Next line of `sys.stdin` iteration, or STOP.
pub fn stream_next(s: u64) -> u64 {
    if stream_fd(s) != 0 {
        return ret(raise(UNSUPPORTED_OPERATION, "not readable"));
    }
    let line = read_line();
    if line.is_empty() { STOP } else { crate::str::new_string(line) }
}

/// `input([prompt])`.
pub fn input(prompt: u64) -> R<u64> {
    if prompt != ERR {
        let text = crate::builtins::str_string(prompt)?;
        crate::io::write_stdout(text.as_bytes());
    }
    let mut line = read_line();
    if line.is_empty() {
        return raise(EOF_ERROR, "EOF when reading a line");
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(crate::str::new_string(line))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_module_call(name: u64, args: *const u64, n: usize) -> u64 {
    let args = if n == 0 || args.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(args, n) } };
    let name = crate::str::as_str(name);
    match call(name, args) {
        Some(r) => ret(r),
        None => ret(raise(ATTRIBUTE_ERROR, &format!("module has no attribute '{name}'"))),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_module_attr(name: u64) -> u64 {
    let name = crate::str::as_str(name);
    match attr(name) {
        Some(v) => v,
        None => ret(raise(ATTRIBUTE_ERROR, &format!("module has no attribute '{name}'"))),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_input(prompt: u64) -> u64 {
    ret(input(prompt))
}
