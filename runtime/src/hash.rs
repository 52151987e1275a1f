//! `hash()` with CPython 3.11's values where they are observable: numbers hash modulo the
//! Mersenne prime 2**61 - 1 (so `1`, `1.0` and `True` are one key), tuples combine their
//! items with CPython's xxHash-based scheme, strings use SipHash-1-3 as CPython does with
//! `PYTHONHASHSEED=0`. Unhashable values raise CPython's TypeError.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use num_traits::{Signed, ToPrimitive};

const MODULUS_BITS: u32 = 61;
const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
const HASH_INF: i64 = 314_159;

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

/// CPython's `_Py_HashDouble` for finite values and infinities (NaN is handled by the caller).
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.fract() == 0.0 && v.abs() < 9.0e18 {
        return hash_i64(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (MODULUS_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % MODULUS_BITS as i32 } else { MODULUS_BITS as i32 - 1 - ((-1 - e) % MODULUS_BITS as i32) };
    let e = e as u32;
    x = ((x << e) & MODULUS) | (x >> (MODULUS_BITS - e));
    fix(x as i64 * sign)
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn hash_big(v: u64) -> i64 {
    let b = crate::int::big_ref(v);
    let m = (b.abs() % num_bigint::BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    fix(if b.is_negative() { -m } else { m })
}

/// CPython's `_Py_HashBytes` with `PYTHONHASHSEED=0` (the oracle's setting): SipHash-1-3
/// with an all-zero key; the empty input hashes to 0.
pub fn hash_bytes(b: &[u8]) -> i64 {
    use std::hash::Hasher;
    if b.is_empty() {
        return 0;
    }
    let mut h = siphasher::sip::SipHasher13::new_with_keys(0, 0);
    h.write(b);
    fix(h.finish() as i64)
}

/// A str hashes the bytes of CPython's compact representation: one byte per code point
/// when all are below 256, else two (below 65536) or four, little-endian. Cached.
fn hash_str(v: u64) -> i64 {
    let o = unsafe { obj_mut::<crate::str::StrObj>(v) };
    if o.hash != -1 {
        return o.hash;
    }
    let s = crate::str::as_str(v);
    let h = if o.nchars == o.nbytes {
        hash_bytes(s.as_bytes())
    } else {
        let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
        let bytes: Vec<u8> = if max < 256 {
            s.chars().map(|c| c as u8).collect()
        } else if max < 65_536 {
            s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect()
        } else {
            s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
        };
        hash_bytes(&bytes)
    };
    o.hash = h;
    h
}

fn hash_tuple(items: &[u64]) -> R<i64> {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &x in items {
        let lane = hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
    Ok(if acc == u64::MAX { 1_546_275_796 } else { acc as i64 })
}

/// CPython's range_hash: the hash of `(len, start, step)`, with None for what does not
/// matter (`start` and `step` of an empty range, `step` of a one-item range).
fn hash_range(v: u64) -> R<i64> {
    let r = unsafe { obj::<crate::range::RangeObj>(v) };
    let len = crate::range::length(v);
    let n = crate::int::new_int_big(len.clone());
    let one = num_bigint::BigInt::from(1);
    let (start, step) = if len == num_bigint::BigInt::from(0) { (NONE, NONE) } else if len == one { (r.start, NONE) } else { (r.start, r.step) };
    let h = hash_tuple(&[n, start, step]);
    decref(n);
    h
}

/// `hash(v)`.
pub fn hash(v: u64) -> R<i64> {
    if is_float(v) {
        let f = unbox_float(v);
        // NaN hashes by identity in CPython; NaN keys never compare equal anyway.
        return Ok(if f.is_nan() { 0 } else { hash_f64(f) });
    }
    match tag_of(v) {
        TAG_INT => Ok(hash_i64(unbox_small_int(v))),
        TAG_BOOL => Ok((v & 1) as i64),
        // CPython hashes None by address; any constant is as good.
        TAG_NONE => Ok(0x7_c6e_a9e0),
        _ => match heap_kind(v) {
            KIND_STR => Ok(hash_str(v)),
            KIND_FROZENSET => Ok(crate::set::frozen_hash(v)),
            KIND_BIGINT => Ok(hash_big(v)),
            KIND_TUPLE => hash_tuple(crate::tuple::items(v)),
            KIND_LIST | KIND_DICT | KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS | KIND_SET => {
                type_error(&format!("unhashable type: '{}'", type_name(v)))
            }
            KIND_RANGE => hash_range(v),
            // Exceptions: by identity, like objects without a __hash__ override.
            _ => Ok(fix(((v & PAYLOAD_MASK) >> 4) as i64)),
        },
    }
}

/// `hash(v)`.
#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_hash(v: u64) -> u64 {
    ret(hash(v).map(crate::int::new_int_i64))
}
