//! Arbitrary-precision `int`: small values inline (see the abi), others as heap objects
//! holding a `BigInt`. Invariant: a value in SMALL_INT_MIN..=SMALL_INT_MAX is always
//! inline; every constructor here normalises. Arithmetic, bit operations, conversions
//! to/from float and text (with CPython's 4300-digit limit).

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[repr(C)]
pub struct BigIntObj {
    pub hdr: Header,
    pub value: BigInt,
}

/// A borrowed view of an int (or bool) value.
pub enum IntV<'a> {
    S(i64),
    B(&'a BigInt),
}

pub const MAX_STR_DIGITS: usize = 4300;

#[inline]
pub fn new_int_i64(i: i64) -> u64 {
    if fits_small_int(i) {
        box_small_int(i)
    } else {
        alloc_obj(BigIntObj { hdr: Header { refcount: 1, kind: KIND_BIGINT }, value: BigInt::from(i) })
    }
}

pub fn new_int_i128(i: i128) -> u64 {
    if i >= SMALL_INT_MIN as i128 && i <= SMALL_INT_MAX as i128 {
        box_small_int(i as i64)
    } else {
        alloc_obj(BigIntObj { hdr: Header { refcount: 1, kind: KIND_BIGINT }, value: BigInt::from(i) })
    }
}

pub fn new_int_big(b: BigInt) -> u64 {
    if let Some(i) = b.to_i64() {
        if fits_small_int(i) {
            return box_small_int(i);
        }
    }
    alloc_obj(BigIntObj { hdr: Header { refcount: 1, kind: KIND_BIGINT }, value: b })
}

#[inline]
pub fn int_view<'a>(v: u64) -> Option<IntV<'a>> {
    if is_small_int(v) {
        Some(IntV::S(unbox_small_int(v)))
    } else if tag_of(v) == TAG_BOOL {
        Some(IntV::S((v & 1) as i64))
    } else if is_kind(v, KIND_BIGINT) {
        Some(IntV::B(&unsafe { obj::<BigIntObj>(v) }.value))
    } else {
        None
    }
}

pub fn big_ref<'a>(v: u64) -> &'a BigInt {
    &unsafe { obj::<BigIntObj>(v) }.value
}

pub fn big_is_negative(v: u64) -> bool {
    big_ref(v).is_negative()
}

/// The value of an int-like as a BigInt (0 for non-ints).
pub fn to_big(v: u64) -> BigInt {
    match int_view(v) {
        Some(IntV::S(i)) => BigInt::from(i),
        Some(IntV::B(b)) => b.clone(),
        None => BigInt::zero(),
    }
}

/// The value as i64 if it fits.
pub fn to_i64(v: u64) -> Option<i64> {
    match int_view(v)? {
        IntV::S(i) => Some(i),
        IntV::B(b) => b.to_i64(),
    }
}

pub fn is_zero(v: u64) -> bool {
    matches!(int_view(v), Some(IntV::S(0)))
}

pub fn sign(v: u64) -> i32 {
    match int_view(v) {
        Some(IntV::S(i)) => i.signum() as i32,
        Some(IntV::B(b)) => {
            if b.is_negative() {
                -1
            } else {
                1
            }
        }
        None => 0,
    }
}

// ---------------------------------------------------------------------------------------
// Arithmetic (both operands must be int-like)

/// Both operands as big ints, borrowing the big ones: cloning an operand cost a copy and
/// an allocation per operation (bigint's factorials and Fibonacci numbers).
fn both<'a>(a: u64, b: u64) -> (std::borrow::Cow<'a, BigInt>, std::borrow::Cow<'a, BigInt>) {
    let cow = |v: u64| match int_view(v) {
        Some(IntV::B(b)) => std::borrow::Cow::Borrowed(b),
        _ => std::borrow::Cow::Owned(to_big(v)),
    };
    (cow(a), cow(b))
}

/// The value as an i64 when it fits, big ints included: arithmetic on two such values is
/// done in i128, without cloning into a `BigInt` (a 64-bit LCG's products land here).
#[inline]
fn wide(v: u64) -> Option<i64> {
    match int_view(v)? {
        IntV::S(i) => Some(i),
        IntV::B(b) => b.to_i64(),
    }
}

#[inline]
fn wide2(a: u64, b: u64) -> Option<(i128, i128)> {
    Some((wide(a)? as i128, wide(b)? as i128))
}

pub fn add(a: u64, b: u64) -> u64 {
    if let Some((x, y)) = wide2(a, b) {
        return new_int_i128(x + y);
    }
    let (x, y) = both(a, b);
    new_int_big(&*x + &*y)
}

pub fn sub(a: u64, b: u64) -> u64 {
    if let Some((x, y)) = wide2(a, b) {
        return new_int_i128(x - y);
    }
    let (x, y) = both(a, b);
    new_int_big(&*x - &*y)
}

pub fn mul(a: u64, b: u64) -> u64 {
    if let Some((x, y)) = wide2(a, b) {
        return new_int_i128(x * y);
    }
    let (x, y) = both(a, b);
    new_int_big(&*x * &*y)
}

pub fn floordiv(a: u64, b: u64) -> R<u64> {
    if is_zero(b) {
        return zero_div("integer division or modulo by zero");
    }
    if let Some((x, y)) = wide2(a, b) {
        return Ok(new_int_i128(Integer::div_floor(&x, &y)));
    }
    let (x, y) = both(a, b);
    Ok(new_int_big(x.div_floor(&y)))
}

pub fn modulo(a: u64, b: u64) -> R<u64> {
    if is_zero(b) {
        return zero_div("integer modulo by zero");
    }
    if let Some((x, y)) = wide2(a, b) {
        return Ok(new_int_i128(x.mod_floor(&y)));
    }
    let (x, y) = both(a, b);
    Ok(new_int_big(x.mod_floor(&y)))
}

pub fn divmod(a: u64, b: u64) -> R<(u64, u64)> {
    if is_zero(b) {
        return zero_div("integer division or modulo by zero");
    }
    if let Some((x, y)) = wide2(a, b) {
        let (q, r) = x.div_mod_floor(&y);
        return Ok((new_int_i128(q), new_int_i128(r)));
    }
    let (x, y) = both(a, b);
    let (q, r) = x.div_mod_floor(&y);
    Ok((new_int_big(q), new_int_big(r)))
}

pub fn truediv(a: u64, b: u64) -> R<f64> {
    if is_zero(b) {
        return zero_div("division by zero");
    }
    if let (Some(IntV::S(x)), Some(IntV::S(y))) = (int_view(a), int_view(b)) {
        // Both below 2^53 in magnitude: exact operands, correctly rounded quotient.
        return Ok(x as f64 / y as f64);
    }
    let (x, y) = both(a, b);
    let neg = x.is_negative() != y.is_negative();
    match ratio_to_f64(x.magnitude(), y.magnitude()) {
        Some(f) => Ok(if neg { -f } else { f }),
        None => overflow_error("integer division result too large for a float"),
    }
}

/// a ** b for b >= 0.
pub fn pow_nonneg(a: u64, b: u64) -> R<u64> {
    let e = match to_i64(b).and_then(|e| u32::try_from(e).ok()) {
        Some(e) => e,
        None => {
            // Huge exponent: only trivial bases are computable.
            return match to_i64(a) {
                Some(0) => Ok(box_small_int(0)),
                Some(1) => Ok(box_small_int(1)),
                Some(-1) => {
                    let odd = to_big(b).is_odd();
                    Ok(box_small_int(if odd { -1 } else { 1 }))
                }
                _ => memory_error(),
            };
        }
    };
    if let Some(IntV::S(x)) = int_view(a) {
        if let Some(r) = x.checked_pow(e) {
            return Ok(new_int_i64(r));
        }
        let bits = (64 - x.unsigned_abs().leading_zeros()) as u64 * e as u64;
        if bits > (1u64 << 36) {
            return memory_error();
        }
    } else {
        let bits = big_ref(a).bits().saturating_mul(e as u64);
        if bits > (1u64 << 36) {
            return memory_error();
        }
    }
    Ok(new_int_big(num_traits::pow::Pow::pow(to_big(a), e)))
}

pub fn neg(a: u64) -> u64 {
    match int_view(a) {
        Some(IntV::S(x)) => new_int_i64(-x),
        Some(IntV::B(b)) => new_int_big(-b),
        None => box_small_int(0),
    }
}

pub fn abs(a: u64) -> u64 {
    match int_view(a) {
        Some(IntV::S(x)) => new_int_i64(x.abs()),
        Some(IntV::B(b)) => new_int_big(b.abs()),
        None => box_small_int(0),
    }
}

pub fn invert(a: u64) -> u64 {
    match int_view(a) {
        Some(IntV::S(x)) => new_int_i64(!x),
        Some(IntV::B(b)) => new_int_big(-b - 1),
        None => box_small_int(0),
    }
}

fn shift_count(b: u64) -> R<Option<u64>> {
    if sign(b) < 0 {
        return value_error("negative shift count");
    }
    Ok(to_i64(b).map(|x| x as u64))
}

pub fn lshift(a: u64, b: u64) -> R<u64> {
    let n = shift_count(b)?;
    if is_zero(a) {
        return Ok(box_small_int(0));
    }
    let n = match n {
        Some(n) if n <= (1 << 36) => n,
        _ => return memory_error(),
    };
    if let Some(IntV::S(x)) = int_view(a) {
        if n < 64 {
            return Ok(new_int_i128((x as i128) << n));
        }
    }
    Ok(new_int_big(to_big(a) << n as usize))
}

pub fn rshift(a: u64, b: u64) -> R<u64> {
    let n = shift_count(b)?;
    let neg = sign(a) < 0;
    let n = match n {
        Some(n) => n,
        None => return Ok(box_small_int(if neg { -1 } else { 0 })),
    };
    match int_view(a) {
        Some(IntV::S(x)) => Ok(new_int_i64(x >> n.min(63))),
        Some(IntV::B(big)) => {
            if n > big.bits() {
                Ok(box_small_int(if neg { -1 } else { 0 }))
            } else {
                // BigInt's >> rounds toward negative infinity, like Python.
                Ok(new_int_big(big >> n as usize))
            }
        }
        None => Ok(box_small_int(0)),
    }
}

pub fn bitop(a: u64, b: u64, op: u8) -> u64 {
    if let (Some(x), Some(y)) = (wide(a), wide(b)) {
        return new_int_i64(match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = both(a, b);
    new_int_big(match op {
        b'&' => &*x & &*y,
        b'|' => &*x | &*y,
        _ => &*x ^ &*y,
    })
}

pub fn cmp(a: u64, b: u64) -> std::cmp::Ordering {
    match (wide(a), wide(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => {
            let (x, y) = both(a, b);
            x.cmp(&y)
        }
    }
}

/// pow(a, b, m) for ints.
pub fn pow_mod(a: u64, b: u64, m: u64) -> R<u64> {
    if is_zero(m) {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let m = to_big(m);
    let mut base = to_big(a);
    let mut e = to_big(b);
    let mabs = m.abs();
    if e.is_negative() {
        // Modular inverse of base mod |m|.
        let bm = base.mod_floor(&mabs);
        let g = bm.extended_gcd(&mabs);
        if !g.gcd.is_one() {
            return value_error("base is not invertible for the given modulus");
        }
        base = g.x.mod_floor(&mabs);
        e = -e;
    }
    let mut r = if mabs.is_one() { BigInt::zero() } else { base.mod_floor(&mabs).modpow(&e, &mabs) };
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(new_int_big(r))
}

// ---------------------------------------------------------------------------------------
// Float conversion

/// Scales `m` by 2^e exactly (the result is known to be representable or to overflow).
fn ldexp_exact(m: f64, e: i64) -> f64 {
    let pow2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if e > 1023 {
        m * pow2(1023) * pow2(e - 1023)
    } else if e >= -1022 {
        m * pow2(e)
    } else {
        m * pow2(e + 64) * pow2(-64)
    }
}

/// a / b correctly rounded to the nearest f64 (a, b > 0 magnitudes); None on overflow.
pub fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    if a.is_zero() {
        return Some(0.0);
    }
    let na = a.bits() as i64;
    let nb = b.bits() as i64;
    let d = na - nb;
    if d > 1026 {
        return None;
    }
    if d < -1080 {
        return Some(0.0);
    }
    let shift = 55 - d;
    let (q, r) = if shift >= 0 { (a << shift as usize).div_rem(b) } else { a.div_rem(&(b << (-shift) as usize)) };
    let q = q.to_u128()?;
    let qbits = 128 - q.leading_zeros() as i64;
    let top_exp = qbits - 1 - shift;
    let lsb_exp = (top_exp - 52).max(-1074);
    let drop = lsb_exp + shift;
    let (mut m, rest, half) = if drop >= 128 {
        (0u128, q, None)
    } else if drop <= 0 {
        (q << (-drop), 0, None)
    } else {
        (q >> drop, q & ((1u128 << drop) - 1), Some(1u128 << (drop - 1)))
    };
    if let Some(half) = half {
        if rest > half || (rest == half && (!r.is_zero() || m & 1 == 1)) {
            m += 1;
        }
    }
    let f = ldexp_exact(m as f64, lsb_exp);
    if f.is_infinite() { None } else { Some(f) }
}

/// int -> float, with CPython's OverflowError.
pub fn to_f64(v: u64) -> R<f64> {
    match int_view(v) {
        Some(IntV::S(x)) => Ok(x as f64),
        Some(IntV::B(b)) => {
            let f = if let Some(i) = b.to_i64() {
                i as f64
            } else {
                match ratio_to_f64(b.magnitude(), &BigUint::one()) {
                    Some(f) => f,
                    None => return overflow_error("int too large to convert to float"),
                }
            };
            Ok(if b.is_negative() { -f.abs() } else { f })
        }
        None => Ok(0.0),
    }
}

/// int(f): truncation toward zero.
pub fn from_f64(f: f64) -> R<u64> {
    if f.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Ok(new_int_i64(t as i64));
    }
    match num_traits::FromPrimitive::from_f64(t) {
        Some(b) => Ok(new_int_big(b)),
        None => overflow_error("cannot convert float infinity to integer"),
    }
}

// ---------------------------------------------------------------------------------------
// Text

const LIMIT_MSG: &str =
    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

/// The decimal text of a small int as a str object, written on the stack (no `fmt`, no
/// intermediate `String`): `str(i)` and `f"{i}"` on the fast path.
pub fn small_to_str(i: i64) -> u64 {
    let mut buf = [0u8; 24];
    let mut pos = buf.len();
    let mut m = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    // SAFETY: ASCII digits and '-'.
    crate::str::new_str(unsafe { std::str::from_utf8_unchecked(&buf[pos..]) })
}

/// str(int), enforcing CPython's 4300-digit limit.
pub fn to_decimal(v: u64) -> R<String> {
    match int_view(v) {
        Some(IntV::S(x)) => Ok(x.to_string()),
        Some(IntV::B(b)) => {
            // bits * log10(2) underestimates the digit count by < 1.
            if (b.bits() as f64) * std::f64::consts::LOG10_2 > (MAX_STR_DIGITS + 1) as f64 {
                return value_error(LIMIT_MSG);
            }
            let s = b.to_string();
            let digits = s.len() - usize::from(b.is_negative());
            if digits > MAX_STR_DIGITS {
                return value_error(LIMIT_MSG);
            }
            Ok(s)
        }
        None => Ok(String::new()),
    }
}

/// hex/oct/bin formatting: `-0xff`.
pub fn to_radix(v: u64, radix: u32, prefix: &str) -> String {
    let b = to_big(v);
    let digits = b.magnitude().to_str_radix(radix);
    let mut s = String::new();
    if b.is_negative() {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&digits);
    s
}

/// Parses `text` like CPython's `int(text, base)`; `base` is 0 or 2..=36.
/// `int(text)` for the common text: an optional sign and 1 to 18 ASCII digits, nothing
/// else (no spaces, underscores or prefixes), in base 10 (or 0 without a leading zero).
/// Everything else takes the general parser.
#[inline]
fn parse_plain_decimal(s: &[u8], base: u32) -> Option<u64> {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || digits.len() > 18 || !(base == 10 || (base == 0 && (digits[0] != b'0' || digits.len() == 1))) {
        return None;
    }
    let mut n: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as i64;
    }
    Some(new_int_i64(if neg { -n } else { n }))
}

pub fn parse(text: &str, base: u32) -> R<u64> {
    if let Some(v) = parse_plain_decimal(text.as_bytes(), base) {
        return Ok(v);
    }
    let invalid = || -> R<u64> {
        value_error(&format!("invalid literal for int() with base {}: {}", base, crate::str::repr(text)))
    };
    let converted = crate::str::ascii_digits(text);
    let s = crate::str::py_strip(&converted).as_bytes();
    let mut i = 0;
    let mut neg = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        neg = s[i] == b'-';
        i += 1;
    }
    let mut b = base;
    let mut prefixed = false;
    if i + 1 < s.len() && s[i] == b'0' {
        let p = s[i + 1].to_ascii_lowercase();
        let pb = match p {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if pb != 0 && (b == 0 || b == pb) {
            b = pb;
            prefixed = true;
            i += 2;
        }
    }
    let base0_decimal = b == 0;
    if b == 0 {
        b = 10;
    }
    // One underscore may follow a base prefix (`0x_ff`), and counts as the previous
    // character: `0x__ff` is invalid.
    let mut prev_us = false;
    if i < s.len() && s[i] == b'_' {
        if !prefixed {
            return invalid();
        }
        i += 1;
        prev_us = true;
    }
    let start = i;
    let mut digits = 0usize;
    let mut clean: Vec<u8> = Vec::with_capacity(s.len());
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            if prev_us {
                return invalid();
            }
            prev_us = true;
        } else {
            match (c as char).to_digit(36) {
                Some(d) if d < b => {
                    digits += 1;
                    clean.push(c);
                    prev_us = false;
                }
                _ => break,
            }
        }
        i += 1;
    }
    if prev_us || i == start && digits == 0 {
        return invalid();
    }
    if !b.is_power_of_two() && digits > MAX_STR_DIGITS {
        return value_error(&format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        ));
    }
    if i != s.len() || digits == 0 {
        return invalid();
    }
    if base0_decimal && clean[0] == b'0' && clean.iter().any(|&c| c != b'0') {
        return invalid();
    }
    let mag = if clean.len() <= 12 && b <= 16 {
        let mut x: i64 = 0;
        for &c in &clean {
            x = x * b as i64 + (c as char).to_digit(36).unwrap_or(0) as i64;
        }
        BigInt::from(x)
    } else {
        match BigInt::parse_bytes(&clean, b) {
            Some(x) => x,
            None => return invalid(),
        }
    };
    Ok(new_int_big(if neg { -mag } else { mag }))
}

/// The value of an index-like argument as i64; bigs saturate.
pub fn index_saturating(v: u64) -> Option<i64> {
    match int_view(v)? {
        IntV::S(i) => Some(i),
        IntV::B(b) => Some(if b.sign() == Sign::Minus { i64::MIN } else { i64::MAX }),
    }
}

// ---------------------------------------------------------------------------------------

#[unsafe(no_mangle)]
pub extern "C" fn molt_int_from_i64(i: i64) -> u64 {
    new_int_i64(i)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_const_int(p: *const u8, n: usize) -> u64 {
    let bytes: &[u8] = if p.is_null() || n == 0 { &[] } else { unsafe { std::slice::from_raw_parts(p, n) } };
    let (neg, digits) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        _ => (false, bytes),
    };
    let mag = BigInt::parse_bytes(digits, 10).unwrap_or_default();
    let v = new_int_big(if neg { -mag } else { mag });
    make_immortal(v);
    v
}

/// Methods of `int` (and `bool`): `bit_length`, `bit_count`.
pub fn call_method(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    let r = match name {
        "bit_length" | "bit_count" => crate::list::arity_of("int", name, args, 0, 0),
        "to_bytes" => {
            return Some(bytes_call_args("to_bytes", ["length", "byteorder", "signed"], args, &[]).and_then(|[l, o, s]| to_bytes(v, l, o, s)));
        }
        _ => return None,
    };
    Some(r.map(|()| {
        let magnitude = to_big(v).magnitude().clone();
        let n = if name == "bit_length" { magnitude.bits() } else { magnitude.count_ones() };
        new_int_i64(n as i64)
    }))
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)` (arguments borrowed; ERR where
/// not passed).
pub fn to_bytes(v: u64, length: u64, byteorder: u64, signed: u64) -> R<u64> {
    let length = if length == ERR { 1 } else { crate::str_methods::arg_int(length)? };
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    if length as u64 > crate::str::MAX_ALLOC as u64 {
        return memory_error();
    }
    let length = length as usize;
    let little = byteorder_arg("to_bytes", byteorder)?;
    let signed = signed != ERR && crate::ops::truth(signed)?;
    let b = to_big(v);
    if !signed && b.is_negative() {
        return overflow_error("can't convert negative int to unsigned");
    }
    let mut le = if b.is_zero() { Vec::new() } else if signed { b.to_signed_bytes_le() } else { b.magnitude().to_bytes_le() };
    if le.len() > length {
        return overflow_error("int too big to convert");
    }
    le.resize(length, if b.is_negative() { 0xff } else { 0 });
    if !little {
        le.reverse();
    }
    Ok(crate::bytes::new_bytes(&le))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (ERR where not passed); a bool
/// for `bool.from_bytes`.
pub fn from_bytes(source: u64, byteorder: u64, signed: u64, as_bool: bool) -> R<u64> {
    if source == ERR {
        return type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    }
    let little = byteorder_arg("from_bytes", byteorder)?;
    let signed = signed != ERR && crate::ops::truth(signed)?;
    let data = if crate::bytes::is_bytes_like(source) {
        crate::bytes::data(source).to_vec()
    } else if is_int_like(source) || is_str(source) {
        return type_error(&format!("cannot convert '{}' object to bytes", type_name(source)));
    } else {
        let b = crate::bytes::construct(false, &[source], &[], &[])?;
        let d = crate::bytes::data(b).to_vec();
        decref(b);
        d
    };
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    if as_bool {
        return Ok(box_bool(!n.is_zero()));
    }
    Ok(new_int_big(n))
}

fn byteorder_arg(func: &str, v: u64) -> R<bool> {
    if v == ERR {
        return Ok(false);
    }
    if !is_str(v) {
        return type_error(&format!("{func}() argument 'byteorder' must be str, not {}", type_name(v)));
    }
    match crate::str::as_str(v) {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => value_error("byteorder must be either 'little' or 'big'"),
    }
}

/// The arguments of `to_bytes`/`from_bytes`: at most two positional, then keywords
/// (`signed` is keyword-only), each ERR when not passed.
pub fn bytes_call_args(func: &str, names: [&str; 3], args: &[u64], kwnames: &[&str]) -> R<[u64; 3]> {
    let (pos, kwvals) = args.split_at(args.len() - kwnames.len());
    if pos.len() > 2 {
        return type_error(&format!("{func}() takes at most 2 positional arguments ({} given)", pos.len()));
    }
    let mut out = [ERR; 3];
    out[..pos.len()].copy_from_slice(pos);
    for (k, &v) in kwnames.iter().zip(kwvals) {
        match names.iter().position(|n| n == k) {
            Some(i) if i < pos.len() => return type_error(&format!("argument for {func}() given by name ('{k}') and position ({})", i + 1)),
            Some(i) => out[i] = v,
            None => return type_error(&format!("'{k}' is an invalid keyword argument for {func}()")),
        }
    }
    Ok(out)
}
