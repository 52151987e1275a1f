//! `tuple` objects (an immutable array of owned values stored inline after the header),
//! plus slice-index normalisation shared by every sequence type.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

#[repr(C)]
pub struct TupleObj {
    pub hdr: Header,
    /// Tracked by the cycle collector only when an item may lead to a cycle.
    pub gc: crate::gc::GcHead,
    pub len: usize,
}

const TUPLE_HDR: usize = std::mem::size_of::<TupleObj>();

pub fn alloc_size(n: usize) -> usize {
    TUPLE_HDR + n * 8
}

thread_local! {
    static EMPTY: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn alloc_tuple(n: usize) -> (u64, *mut u64) {
    let p = alloc_raw(alloc_size(n));
    unsafe {
        let gc = crate::gc::GcHead { index: crate::gc::UNTRACKED };
        std::ptr::write(p as *mut TupleObj, TupleObj { hdr: Header { refcount: 1, kind: KIND_TUPLE }, gc, len: n });
        (box_ptr(p), p.add(TUPLE_HDR) as *mut u64)
    }
}

fn empty_tuple() -> u64 {
    EMPTY.with(|e| {
        if e.get() == 0 {
            let (v, _) = alloc_tuple(0);
            make_immortal(v);
            e.set(v);
        }
        e.get()
    })
}

/// New tuple holding new references to `items`.
pub fn new_tuple_borrowed(items: &[u64]) -> u64 {
    if items.is_empty() {
        return empty_tuple();
    }
    let (v, d) = alloc_tuple(items.len());
    for (i, &it) in items.iter().enumerate() {
        incref(it);
        unsafe { *d.add(i) = it };
    }
    track_if_needed(v);
    v
}

/// A tuple is immutable: it can be part of a reference cycle only if an item can, so
/// only such tuples are tracked by the cycle collector. Inline: most tuples hold no
/// container, and the check costs less than a call.
#[inline(always)]
fn track_if_needed(v: u64) {
    let may_cycle = items(v).iter().any(|&x| {
        if !is_ptr(x) {
            return false;
        }
        match heap_kind(x) {
            KIND_LIST | KIND_DICT | KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => true,
            KIND_TUPLE => unsafe { obj::<TupleObj>(x) }.gc.index != crate::gc::UNTRACKED,
            _ => false,
        }
    });
    if may_cycle {
        track_now(v);
    }
}

#[inline(never)]
fn track_now(v: u64) {
    crate::gc::maybe_collect();
    crate::gc::track(v);
}

/// New tuple taking ownership of `items`.
pub fn new_tuple_owned(items: Vec<u64>) -> u64 {
    if items.is_empty() {
        return empty_tuple();
    }
    let (v, d) = alloc_tuple(items.len());
    unsafe { std::ptr::copy_nonoverlapping(items.as_ptr(), d, items.len()) };
    track_if_needed(v);
    v
}

/// The item slots of a tuple, for the cycle collector only (tuples are immutable).
pub(crate) fn items_mut<'a>(v: u64) -> &'a mut [u64] {
    unsafe {
        let o = obj::<TupleObj>(v);
        std::slice::from_raw_parts_mut((ptr_of(v) as *mut u8).add(TUPLE_HDR) as *mut u64, o.len)
    }
}

/// The items of a tuple value (borrowed).
pub fn items<'a>(v: u64) -> &'a [u64] {
    unsafe {
        let o = obj::<TupleObj>(v);
        std::slice::from_raw_parts((ptr_of(v) as *const u8).add(TUPLE_HDR) as *const u64, o.len)
    }
}

pub fn getitem_index(v: u64, i: i64) -> R<u64> {
    let it = items(v);
    let n = it.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return raise(INDEX_ERROR, "tuple index out of range");
    }
    let x = it[j as usize];
    incref(x);
    Ok(x)
}

pub fn slice(v: u64, start: i64, step: i64, len: usize) -> u64 {
    let it = items(v);
    if step == 1 && start == 0 && len == it.len() {
        incref(v);
        return v;
    }
    let mut out = Vec::with_capacity(len);
    let mut i = start;
    for _ in 0..len {
        let x = it[i as usize];
        incref(x);
        out.push(x);
        i += step;
    }
    new_tuple_owned(out)
}

pub fn concat(a: u64, b: u64) -> u64 {
    if items(b).is_empty() {
        incref(a);
        return a;
    }
    if items(a).is_empty() {
        incref(b);
        return b;
    }
    let mut all: Vec<u64> = items(a).to_vec();
    all.extend_from_slice(items(b));
    new_tuple_borrowed(&all)
}

pub fn repeat(t: u64, n: i64) -> R<u64> {
    if n == 1 && !items(t).is_empty() {
        incref(t);
        return Ok(t);
    }
    Ok(new_tuple_borrowed(&repeated(items(t), n)?))
}

/// `items` repeated `n` times (borrowed values), for `seq * n`; MemoryError when too big.
pub fn repeated(items: &[u64], n: i64) -> R<Vec<u64>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = match items.len().checked_mul(n as usize) {
        Some(x) if x <= crate::str::MAX_ALLOC / 8 => x,
        _ => return memory_error(),
    };
    if let [x] = items {
        return Ok(vec![*x; total]);
    }
    // Doubling: every copy is a whole number of periods, so the pattern holds (copying
    // one period at a time cost a `memcpy` call per period).
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(items);
    while out.len() < total {
        let k = (total - out.len()).min(out.len());
        out.extend_from_within(..k);
    }
    Ok(out)
}

pub fn repr(v: u64) -> R<String> {
    let it = items(v);
    let mut s = String::from("(");
    for (i, &x) in it.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&crate::builtins::repr_string(x)?);
    }
    if it.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(s)
}

/// Converts a slice bound (None / int / bool / big int) to an i64, clamping big values
/// like CPython's `_PyEval_SliceIndex`.
pub fn slice_index(v: u64) -> R<Option<i64>> {
    if v == NONE || v == ERR {
        return Ok(None);
    }
    if is_small_int(v) {
        return Ok(Some(unbox_small_int(v)));
    }
    if tag_of(v) == TAG_BOOL {
        return Ok(Some((v & 1) as i64));
    }
    if is_kind(v, KIND_BIGINT) {
        let neg = crate::int::big_is_negative(v);
        return Ok(Some(if neg { i64::MIN } else { i64::MAX }));
    }
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// The errors of `adjust_slice`, in its order, without the arithmetic: what CPython's
/// PySlice_Unpack raises before a slice assignment looks at the value.
pub fn check_slice(start: u64, stop: u64, step: u64) -> R<()> {
    if slice_index(step)? == Some(0) {
        return value_error("slice step cannot be zero");
    }
    slice_index(start)?;
    slice_index(stop)?;
    Ok(())
}

/// CPython's PySlice_Unpack + PySlice_AdjustIndices: returns (start, step, slicelength).
pub fn adjust_slice(len: i64, start: u64, stop: u64, step: u64) -> R<(i64, i64, usize)> {
    let step = match slice_index(step)? {
        None => 1,
        Some(0) => return value_error("slice step cannot be zero"),
        Some(s) => s.max(-i64::MAX),
    };
    let (def_start, def_stop) = if step < 0 { (i64::MAX, i64::MIN) } else { (0, i64::MAX) };
    let mut start = slice_index(start)?.unwrap_or(def_start);
    let mut stop = slice_index(stop)?.unwrap_or(def_stop);
    if start < 0 {
        start = start.saturating_add(len);
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= len {
        start = if step < 0 { len - 1 } else { len };
    }
    if stop < 0 {
        stop = stop.saturating_add(len);
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= len {
        stop = if step < 0 { len - 1 } else { len };
    }
    // Steps of 1 and -1 (the common ones) need no division.
    let n = if step == 1 || step == -1 {
        ((stop - start) * step).max(0)
    } else if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, step, n as usize))
}

/// `molt_tuple_new` taking over the items' references (tuple displays' new values).
#[unsafe(no_mangle)]
pub extern "C" fn molt_tuple_new_owned(items: *const u64, n: usize) -> u64 {
    if n == 0 || items.is_null() {
        return empty_tuple();
    }
    // SAFETY: generated code passes `n` valid values.
    let s = unsafe { std::slice::from_raw_parts(items, n) };
    let (v, d) = alloc_tuple(n);
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), d, n) };
    track_if_needed(v);
    v
}

/// `(a, b)` taking over both references: pairs are the commonest tuples (tree nodes,
/// dict items, multiple returns), and the stack array and copy cost as much as the rest.
#[unsafe(no_mangle)]
pub extern "C" fn molt_tuple_new2(a: u64, b: u64) -> u64 {
    let (v, d) = alloc_tuple(2);
    // SAFETY: `alloc_tuple(2)` has room for two items.
    unsafe {
        d.write(a);
        d.add(1).write(b);
    }
    track_if_needed(v);
    v
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_tuple_new(items: *const u64, n: usize) -> u64 {
    if n == 0 || items.is_null() {
        return new_tuple_borrowed(&[]);
    }
    // SAFETY: generated code passes `n` valid values.
    let s = unsafe { std::slice::from_raw_parts(items, n) };
    new_tuple_borrowed(s)
}
