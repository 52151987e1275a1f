//! `range` objects (start/stop/step held as Python ints, so big bounds work) and their
//! iterators: an allocation-free i64 iterator when every value fits a small int, and a
//! BigInt iterator otherwise.

use crate::abi::*;
use crate::exc::*;
use crate::int::{new_int_big, to_big};
use crate::object::*;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[repr(C)]
pub struct RangeObj {
    pub hdr: Header,
    pub start: u64,
    pub stop: u64,
    pub step: u64,
}

#[repr(C)]
pub struct RangeIter {
    pub hdr: Header,
    pub cur: i64,
    pub step: i64,
    pub remaining: u64,
}

#[repr(C)]
pub struct BigRangeIter {
    pub hdr: Header,
    pub cur: BigInt,
    pub step: BigInt,
    pub remaining: BigInt,
}

fn parts(v: u64) -> (u64, u64, u64) {
    let r = unsafe { obj::<RangeObj>(v) };
    (r.start, r.stop, r.step)
}

fn len_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

fn small3(v: u64) -> Option<(i64, i64, i64)> {
    let (a, b, c) = parts(v);
    if is_small_int(a) && is_small_int(b) && is_small_int(c) {
        Some((unbox_small_int(a), unbox_small_int(b), unbox_small_int(c)))
    } else {
        None
    }
}

fn small_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

pub fn length(v: u64) -> BigInt {
    if let Some((a, b, c)) = small3(v) {
        return BigInt::from(small_len(a, b, c));
    }
    let (a, b, c) = parts(v);
    len_big(&to_big(a), &to_big(b), &to_big(c))
}

pub fn is_empty(v: u64) -> bool {
    length(v).is_zero()
}

fn as_int(v: u64) -> R<u64> {
    if is_int_like(v) {
        // bools become plain ints.
        if tag_of(v) == TAG_BOOL {
            return Ok(box_small_int((v & 1) as i64));
        }
        incref(v);
        Ok(v)
    } else {
        not_an_index(v)
    }
}

fn new_range_owned(start: u64, stop: u64, step: u64) -> u64 {
    alloc_obj(RangeObj { hdr: Header { refcount: 1, kind: KIND_RANGE }, start, stop, step })
}

pub fn new_range(start: u64, stop: u64, step: u64) -> R<u64> {
    let a = as_int(start)?;
    let b = match as_int(stop) {
        Ok(b) => b,
        Err(e) => {
            decref(a);
            return Err(e);
        }
    };
    let c = match as_int(step) {
        Ok(c) => c,
        Err(e) => {
            decref(a);
            decref(b);
            return Err(e);
        }
    };
    if crate::int::is_zero(c) {
        decref(a);
        decref(b);
        return value_error("range() arg 3 must not be zero");
    }
    Ok(new_range_owned(a, b, c))
}

pub fn repr(v: u64) -> R<String> {
    let (a, b, c) = parts(v);
    let sa = crate::int::to_decimal(a)?;
    let sb = crate::int::to_decimal(b)?;
    if is_small_int(c) && unbox_small_int(c) == 1 {
        Ok(format!("range({sa}, {sb})"))
    } else {
        Ok(format!("range({sa}, {sb}, {})", crate::int::to_decimal(c)?))
    }
}

pub fn len_value(v: u64) -> R<u64> {
    let n = length(v);
    match n.to_i64() {
        Some(i) => Ok(crate::int::new_int_i64(i)),
        None => overflow_error("Python int too large to convert to C ssize_t"),
    }
}

pub fn getitem(v: u64, idx: u64) -> R<u64> {
    if !is_int_like(idx) {
        return type_error(&format!("range indices must be integers or slices, not {}", type_name(idx)));
    }
    if let (Some((a, b, c)), true) = (small3(v), is_small_int(idx) || tag_of(idx) == TAG_BOOL) {
        let n = small_len(a, b, c);
        let mut i = crate::int::to_i64(idx).unwrap_or(0);
        if i < 0 {
            i += n;
        }
        if i < 0 || i >= n {
            return raise(INDEX_ERROR, "range object index out of range");
        }
        return Ok(crate::int::new_int_i64(a + i * c));
    }
    let (a, _, c) = parts(v);
    let n = length(v);
    let mut i = to_big(idx);
    if i.is_negative() {
        i += &n;
    }
    if i.is_negative() || i >= n {
        return raise(INDEX_ERROR, "range object index out of range");
    }
    Ok(new_int_big(to_big(a) + i * to_big(c)))
}

fn slice_bound(v: u64) -> R<Option<BigInt>> {
    if v == NONE || v == ERR {
        return Ok(None);
    }
    if is_int_like(v) {
        return Ok(Some(to_big(v)));
    }
    type_error("slice indices must be integers or None or have an __index__ method")
}

pub fn getslice(v: u64, start: u64, stop: u64, step: u64) -> R<u64> {
    let sstep = match slice_bound(step)? {
        None => BigInt::one(),
        Some(s) if s.is_zero() => return value_error("slice step cannot be zero"),
        Some(s) => s,
    };
    let length = length(v);
    let neg = sstep.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), &length - 1u32) } else { (BigInt::zero(), length.clone()) };
    let clamp = |b: Option<BigInt>, default: &BigInt| -> BigInt {
        match b {
            None => default.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += &length;
                    if x < lower { lower.clone() } else { x }
                } else if x > upper {
                    upper.clone()
                } else {
                    x
                }
            }
        }
    };
    let istart = clamp(slice_bound(start)?, if neg { &upper } else { &lower });
    let istop = clamp(slice_bound(stop)?, if neg { &lower } else { &upper });
    let (a, _, c) = parts(v);
    let (a, c) = (to_big(a), to_big(c));
    let ns = new_int_big(&a + istart * &c);
    let ne = new_int_big(&a + istop * &c);
    let nc = new_int_big(c * sstep);
    Ok(new_range_owned(ns, ne, nc))
}

pub fn contains(v: u64, x: u64) -> R<bool> {
    let xi = if is_int_like(x) {
        to_big(x)
    } else if is_float(x) {
        let f = unbox_float(x);
        if !f.is_finite() || f.fract() != 0.0 {
            return Ok(false);
        }
        match num_traits::FromPrimitive::from_f64(f) {
            Some(b) => b,
            None => return Ok(false),
        }
    } else {
        return Ok(false);
    };
    let (a, b, c) = parts(v);
    let (a, b, c) = (to_big(a), to_big(b), to_big(c));
    let inside = if c.is_positive() { a <= xi && xi < b } else { b < xi && xi <= a };
    if !inside {
        return Ok(false);
    }
    Ok(num_integer::Integer::mod_floor(&(xi - a), &c).is_zero())
}

/// range == range: equal as sequences.
pub fn equal(x: u64, y: u64) -> bool {
    if x == y {
        return true;
    }
    let (n1, n2) = (length(x), length(y));
    if n1 != n2 {
        return false;
    }
    if n1.is_zero() {
        return true;
    }
    let (a1, _, c1) = parts(x);
    let (a2, _, c2) = parts(y);
    if to_big(a1) != to_big(a2) {
        return false;
    }
    if n1.is_one() {
        return true;
    }
    to_big(c1) == to_big(c2)
}

pub fn iter(v: u64) -> u64 {
    if let Some((a, b, c)) = small3(v) {
        return alloc_obj(RangeIter {
            hdr: Header { refcount: 1, kind: KIND_RANGE_ITER },
            cur: a,
            step: c,
            remaining: small_len(a, b, c) as u64,
        });
    }
    let (a, b, c) = parts(v);
    let (a, b, c) = (to_big(a), to_big(b), to_big(c));
    let n = len_big(&a, &b, &c);
    alloc_obj(BigRangeIter { hdr: Header { refcount: 1, kind: KIND_BIG_RANGE_ITER }, cur: a, step: c, remaining: n })
}

#[inline]
pub fn iter_next_small(it: u64) -> u64 {
    let r = unsafe { obj_mut::<RangeIter>(it) };
    if r.remaining == 0 {
        return STOP;
    }
    r.remaining -= 1;
    let v = r.cur;
    r.cur += r.step;
    box_small_int(v)
}

pub fn iter_next_big(it: u64) -> u64 {
    let r = unsafe { obj_mut::<BigRangeIter>(it) };
    if r.remaining.is_zero() {
        return STOP;
    }
    r.remaining -= 1u32;
    let v = r.cur.clone();
    r.cur += &r.step;
    new_int_big(v)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_range(start: u64, stop: u64, step: u64) -> u64 {
    ret(new_range(start, stop, step))
}

/// Methods of `range`: `count` and `index`, exact for ints, by iteration otherwise (as
/// CPython does).
pub fn call_method(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    let r = match name {
        "count" | "index" => crate::list::arity_of("range", name, args, 1, 1),
        _ => return None,
    };
    Some(r.and_then(|()| {
        let x = args[0];
        if is_int_like(x) {
            let found = contains(v, x)?;
            return match (name, found) {
                ("count", f) => Ok(box_small_int(f as i64)),
                (_, true) => {
                    let (a, _, c) = parts(v);
                    let i = (to_big(x) - to_big(a)) / to_big(c);
                    Ok(crate::int::new_int_big(i))
                }
                (_, false) => value_error(&format!("{} is not in range", crate::builtins::repr_string(x)?)),
            };
        }
        let it = crate::iter::iter(v)?;
        let (mut i, mut count) = (0i64, 0i64);
        let result = loop {
            let y = crate::iter::next(it);
            if y == STOP {
                break if name == "count" { Ok(box_small_int(count)) } else { value_error("sequence.index(x): x not in sequence") };
            }
            let eq = crate::ops::eq_identity(y, x);
            decref(y);
            match eq {
                Err(e) => break Err(e),
                Ok(true) if name == "index" => break Ok(box_small_int(i)),
                Ok(true) => count += 1,
                Ok(false) => {}
            }
            i += 1;
        };
        decref(it);
        result
    }))
}

/// `r.start`, `r.stop` or `r.step` (borrowed).
pub fn part(v: u64, name: &str) -> u64 {
    let r = unsafe { obj::<RangeObj>(v) };
    match name {
        "start" => r.start,
        "stop" => r.stop,
        _ => r.step,
    }
}
