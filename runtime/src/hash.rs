//! `hash()` with CPython 3.11's values where they are observable: numbers hash modulo the
//! Mersenne prime 2**61 - 1 (so `1`, `1.0` and `True` are one key), tuples combine their
//! items with CPython's xxHash-based scheme, strings use SipHash-1-3 as CPython does with
//! `PYTHONHASHSEED=0`. Unhashable values raise CPython's TypeError.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use num_traits::{Signed, ToPrimitive};

use molt_abi::cpython_hash::{MODULUS, fix, hash_f64, hash_i64};

fn hash_big(v: u64) -> i64 {
    let b = crate::int::big_ref(v);
    let m = (b.abs() % num_bigint::BigInt::from(MODULUS)).to_u64().unwrap_or(0);
    molt_abi::cpython_hash::hash_int_residue(m, b.is_negative())
}

/// A str's hash, cached in the object as CPython caches it.
fn hash_str(v: u64) -> i64 {
    let o = unsafe { obj_mut::<crate::str::StrObj>(v) };
    if o.hash == -1 {
        o.hash = molt_abi::cpython_hash::hash_str(crate::str::as_str(v));
    }
    o.hash
}

fn hash_tuple(items: &[u64]) -> R<i64> {
    let hashes = items.iter().map(|&x| hash(x)).collect::<R<Vec<i64>>>()?;
    Ok(molt_abi::cpython_hash::hash_tuple(&hashes))
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
            KIND_BYTES => Ok(crate::bytes::hash(v)),
            KIND_FROZENSET => Ok(crate::set::frozen_hash(v)),
            KIND_BIGINT => Ok(hash_big(v)),
            KIND_TUPLE => hash_tuple(crate::tuple::items(v)),
            // Slices became hashable only in 3.12.
            KIND_LIST | KIND_BYTEARRAY | KIND_DICT | KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS | KIND_SET | KIND_SLICE => {
                type_error(&format!("unhashable type: '{}'", type_name(v)))
            }
            KIND_RANGE => hash_range(v),
            KIND_INSTANCE => crate::class::hash(v).map(fix),
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
