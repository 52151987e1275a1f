//! `float`: CPython-identical repr (shortest round-trip digits), arithmetic with CPython's
//! floor-division / modulo / power special cases, float() parsing and round().

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

/// repr(float) / str(float), byte-identical to CPython.
pub fn repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    // `{:e}` gives the shortest round-trip digits, e.g. "-1.2345e-7".
    let e = format!("{f:e}");
    let (mant, exp) = match e.split_once('e') {
        Some(x) => x,
        None => return e,
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let digits = fix_tie(f.abs(), digits, exp);
    let nd = digits.len() as i32;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else if nd > exp + 1 {
            let p = (exp + 1) as usize;
            out.push_str(&digits[..p]);
            out.push('.');
            out.push_str(&digits[p..]);
        } else {
            out.push_str(&digits);
            for _ in 0..(exp + 1 - nd) {
                out.push('0');
            }
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// Rust's shortest digits may break an exact tie between two equally short, equally
/// close candidates differently from CPython (which picks the even last digit). Checks
/// the neighbours of the last digit and returns CPython's choice.
fn fix_tie(f: f64, digits: String, exp: i32) -> String {
    let n = digits.len() as i32;
    let k = exp - (n - 1);
    if !halfway_between_digits(f, k) {
        return digits;
    }
    let Ok(c) = digits.parse::<u64>() else { return digits };
    let mut best = c;
    for alt in [c.wrapping_sub(1), c + 1] {
        if alt == 0 || alt.to_string().len() != digits.len() {
            continue;
        }
        if format!("{alt}e{k}").parse::<f64>() != Ok(f) {
            continue;
        }
        let (m, e) = decompose(f);
        let scale_k = (-k).max(0) as u32;
        let scale_e = (-e).max(0) as usize;
        let ten = BigInt::from(10u32);
        let exact = (m << ((e + scale_e as i64) as usize)) * num_traits::pow::Pow::pow(&ten, scale_k);
        let cand = |x: u64| -> BigInt {
            (BigInt::from(x) * num_traits::pow::Pow::pow(&ten, (k + scale_k as i32) as u32)) << scale_e
        };
        let d_best = (cand(best) - &exact).abs();
        let d_alt = (cand(alt) - &exact).abs();
        if d_alt < d_best || (d_alt == d_best && alt % 2 == 0) {
            best = alt;
        }
    }
    if best == c { digits } else { best.to_string() }
}

/// Whether finite `f > 0` lies exactly halfway between two multiples of `10^k`, i.e.
/// `2f / 10^k` is an odd integer: only then can two last digits be equally close, and
/// `fix_tie`'s exact comparison is needed. With `f = m' 2^(e+t)` (`m'` odd), `2f / 10^k`
/// is `m' 5^-k 2^(e+t+1-k)`: odd exactly when the power of two is 2^0 and, for `k > 0`,
/// `5^k` divides `m'`.
fn halfway_between_digits(f: f64, k: i32) -> bool {
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    if m == 0 {
        return false;
    }
    let t = m.trailing_zeros() as i64;
    if e + t + 1 - k as i64 != 0 {
        return false;
    }
    // 5^22 is the largest power of five below 2^53, the bound on m'.
    k <= 0 || (k <= 22 && (m >> t) % 5u64.pow(k as u32) == 0)
}

pub fn truediv(a: f64, b: f64) -> R<f64> {
    if b == 0.0 {
        return zero_div("float division by zero");
    }
    Ok(a / b)
}

/// CPython's float_divmod algorithm.
fn divmod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn floordiv(a: f64, b: f64) -> R<f64> {
    if b == 0.0 {
        return zero_div("float floor division by zero");
    }
    Ok(divmod_raw(a, b).0)
}

pub fn modulo(a: f64, b: f64) -> R<f64> {
    if b == 0.0 {
        return zero_div("float modulo");
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

pub fn divmod(a: f64, b: f64) -> R<(f64, f64)> {
    if b == 0.0 {
        return zero_div("float divmod()");
    }
    Ok(divmod_raw(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// CPython's float_pow.
pub fn pow(iv: f64, iw: f64) -> R<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return zero_div("0.0 cannot be raised to a negative power");
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut v = iv;
    let mut negate = false;
    if v < 0.0 {
        if iw != iw.floor() {
            return raise(NOT_IMPLEMENTED_ERROR, "complex numbers are not supported by Molt");
        }
        v = -v;
        negate = is_odd_integer(iw);
    }
    if v == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = v.powf(iw);
    if r.is_infinite() {
        return range_error();
    }
    Ok(if negate { -r } else { r })
}

/// `x ** y` on two floats' bits, for generated code's inline path, which has checked that
/// `x` is positive and finite and `y` finite: then `pow` above reduces to this call, and
/// the caller takes the runtime path again for an infinite result (OverflowError).
#[unsafe(no_mangle)]
pub extern "C" fn molt_pow_f64_bits(x: i64, y: i64) -> i64 {
    f64::from_bits(x as u64).powf(f64::from_bits(y as u64)).to_bits() as i64
}

/// OverflowError(34, 'Numerical result out of range'), as CPython's errno path raises.
pub fn range_error<T>() -> R<T> {
    let a = crate::int::new_int_i64(34);
    let b = crate::str::new_str("Numerical result out of range");
    let t = crate::tuple::new_tuple_owned(vec![a, b]);
    set_pending(new_exc_owned_args(OVERFLOW_ERROR, t));
    Err(Raised)
}

// ---------------------------------------------------------------------------------------
// Parsing

/// float(text) like CPython; the error shows repr(text).
pub fn parse(text: &str) -> R<f64> {
    let bad = || -> R<f64> { value_error(&format!("could not convert string to float: {}", crate::str::repr(text))) };
    let converted = crate::str::ascii_digits(text);
    let s = crate::str::py_strip(&converted);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(f) = special {
        return Ok(if neg { -f } else { f });
    }
    // Validate: digits with single underscores between digits, optional fraction and exponent.
    let b = body.as_bytes();
    let mut clean = String::with_capacity(b.len() + 1);
    if neg {
        clean.push('-');
    }
    let mut i = 0;
    let digit_run = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let mut n = 0;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                n += 1;
                *i += 1;
            } else if c == b'_' && n > 0 && *i + 1 < b.len() && b[*i + 1].is_ascii_digit() {
                *i += 1;
            } else {
                break;
            }
        }
        if *i < b.len() && b[*i] == b'_' {
            return None;
        }
        Some(n)
    };
    let Some(int_digits) = digit_run(&mut i, &mut clean) else { return bad() };
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        clean.push('.');
        i += 1;
        let Some(n) = digit_run(&mut i, &mut clean) else { return bad() };
        frac_digits = n;
    }
    if int_digits + frac_digits == 0 {
        return bad();
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        clean.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            clean.push(b[i] as char);
            i += 1;
        }
        let Some(n) = digit_run(&mut i, &mut clean) else { return bad() };
        if n == 0 {
            return bad();
        }
    }
    if i != b.len() {
        return bad();
    }
    match clean.parse::<f64>() {
        Ok(f) => Ok(f),
        Err(_) => bad(),
    }
}

// ---------------------------------------------------------------------------------------
// Rounding

/// round(x) -> int, ties to even.
pub fn round_to_int(x: f64) -> R<u64> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    crate::int::from_f64(x.round_ties_even())
}

/// Exact (mantissa, exponent) with x == m * 2^e.
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let m = BigInt::from(m);
    (if x < 0.0 { -m } else { m }, e)
}

/// Divides n by d (d > 0) rounding half to even.
fn div_round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice = &r * 2u32;
    match twice.cmp(d) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}

/// round(x, ndigits) for a float, correctly rounded (exact decimal arithmetic).
pub fn round_ndigits(x: f64, nd: i64) -> R<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if nd > 323 {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let ten = BigInt::from(10u32);
    let (mut num, mut den) = (m, BigInt::from(1u32));
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if nd >= 0 {
        num *= num_traits::pow::Pow::pow(&ten, nd as u32);
    } else {
        den *= num_traits::pow::Pow::pow(&ten, (-nd) as u32);
    }
    let q = div_round_half_even(&num, &den);
    if q.is_zero() {
        return Ok(0.0f64.copysign(x));
    }
    let text = format!("{}e{}", q, -nd);
    let f: f64 = text.parse().unwrap_or(f64::NAN);
    if f.is_infinite() {
        return overflow_error("rounded value too large to represent");
    }
    Ok(f)
}

/// round(int, ndigits) for ndigits < 0: round half to even at 10^-ndigits.
pub fn round_int_ndigits(v: u64, nd: i64) -> u64 {
    let n = crate::int::to_big(v);
    if nd >= 0 {
        return crate::int::new_int_big(n);
    }
    let digits = nd.unsigned_abs();
    // 10^digits exceeds |n| once digits > number of decimal digits of n.
    if digits as f64 > (n.bits() as f64) * std::f64::consts::LOG10_2 + 1.0 {
        return crate::int::new_int_i64(0);
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10u32), digits as u32);
    let q = div_round_half_even(&n, &p);
    crate::int::new_int_big(q * p)
}

/// Methods of `float`: `is_integer`.
pub fn call_method(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    let r = match name {
        "is_integer" => crate::list::arity_of("float", name, args, 0, 0),
        _ => return None,
    };
    Some(r.map(|()| {
        let f = unbox_float(v);
        box_bool(f.is_finite() && f.fract() == 0.0)
    }))
}
