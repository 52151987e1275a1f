//! The iteration protocol for generated code: `molt_iter` / `molt_iter_next` over str,
//! tuple, list and range (and iterators themselves), and `molt_unpack` for `a, b = x`.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

/// Iterator over a str (`pos` is a byte offset) or a tuple (`pos` is an index).
#[repr(C)]
pub struct SeqIter {
    pub hdr: Header,
    pub seq: u64,
    pub pos: usize,
}

pub fn is_iterator(v: u64) -> bool {
    matches!(
        heap_kind(v),
        KIND_STR_ITER | KIND_TUPLE_ITER | KIND_LIST_ITER | KIND_RANGE_ITER | KIND_BIG_RANGE_ITER | KIND_DICT_ITER | KIND_ENUMERATE | KIND_ZIP | KIND_REVERSED | KIND_SET_ITER | KIND_GEN | KIND_MAP | KIND_FILTER | KIND_BYTES_ITER
    ) || (crate::class::is_instance_obj(v) && crate::class::lookup_str(crate::class::instance_class(v), "__next__").ok().flatten().is_some())
}

/// iter(v), or None if `v` is not iterable (no exception set); an instance's
/// `__iter__` may raise.
pub fn try_iter(v: u64) -> R<Option<u64>> {
    if crate::class::is_instance_obj(v) {
        return match crate::class::special(v, "__iter__", &[]) {
            None => Ok(None),
            Some(r) => {
                let it = r?;
                if !is_iterator(it) {
                    let t = type_name(it);
                    decref(it);
                    return type_error(&format!("iter() returned non-iterator of type '{t}'"));
                }
                Ok(Some(it))
            }
        };
    }
    Ok(builtin_iter(v))
}

fn builtin_iter(v: u64) -> Option<u64> {
    match heap_kind(v) {
        KIND_STR => {
            incref(v);
            Some(alloc_obj(SeqIter { hdr: Header { refcount: 1, kind: KIND_STR_ITER }, seq: v, pos: 0 }))
        }
        KIND_TUPLE => {
            incref(v);
            Some(alloc_obj(SeqIter { hdr: Header { refcount: 1, kind: KIND_TUPLE_ITER }, seq: v, pos: 0 }))
        }
        KIND_LIST => {
            incref(v);
            Some(alloc_obj(SeqIter { hdr: Header { refcount: 1, kind: KIND_LIST_ITER }, seq: v, pos: 0 }))
        }
        KIND_BYTES | KIND_BYTEARRAY => {
            incref(v);
            Some(alloc_obj(SeqIter { hdr: Header { refcount: 1, kind: KIND_BYTES_ITER }, seq: v, pos: 0 }))
        }
        KIND_RANGE => Some(crate::range::iter(v)),
        KIND_DICT => Some(crate::dict::iter(v, 0)),
        KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => Some(crate::dict::iter_of_view(v)),
        KIND_SET | KIND_FROZENSET => Some(crate::set::iter(v)),
        KIND_STR_ITER | KIND_TUPLE_ITER | KIND_LIST_ITER | KIND_RANGE_ITER | KIND_BIG_RANGE_ITER | KIND_DICT_ITER | KIND_ENUMERATE | KIND_ZIP
        | KIND_BYTES_ITER
        | KIND_REVERSED
        | KIND_SET_ITER
        | KIND_GEN
        | KIND_MAP
        | KIND_FILTER
        | KIND_STREAM => {
            incref(v);
            Some(v)
        }
        _ => None,
    }
}

pub fn iter(v: u64) -> R<u64> {
    match try_iter(v)? {
        Some(it) => Ok(it),
        None => type_error(&format!("'{}' object is not iterable", type_name(v))),
    }
}

/// Next item (owned) or STOP.
pub fn next(it: u64) -> u64 {
    match heap_kind(it) {
        KIND_RANGE_ITER => crate::range::iter_next_small(it),
        KIND_BYTES_ITER => crate::bytes::iter_next(it),
        KIND_STR_ITER => {
            let o = unsafe { obj_mut::<SeqIter>(it) };
            match crate::str::char_at_byte(o.seq, o.pos) {
                Some((c, p)) => {
                    o.pos = p;
                    c
                }
                None => STOP,
            }
        }
        KIND_TUPLE_ITER => {
            let o = unsafe { obj_mut::<SeqIter>(it) };
            let items = crate::tuple::items(o.seq);
            match items.get(o.pos) {
                Some(&x) => {
                    o.pos += 1;
                    incref(x);
                    x
                }
                None => STOP,
            }
        }
        // The list may grow or shrink during the loop: the index is checked on every step,
        // and an exhausted iterator stays exhausted (CPython drops its list reference).
        KIND_LIST_ITER => {
            let o = unsafe { obj_mut::<SeqIter>(it) };
            if o.pos == usize::MAX {
                return STOP;
            }
            match crate::list::items(o.seq).get(o.pos) {
                Some(&x) => {
                    o.pos += 1;
                    incref(x);
                    x
                }
                None => {
                    o.pos = usize::MAX;
                    STOP
                }
            }
        }
        KIND_BIG_RANGE_ITER => crate::range::iter_next_big(it),
        KIND_DICT_ITER => crate::dict::iter_next(it),
        KIND_SET_ITER => crate::set::iter_next(it),
        KIND_ENUMERATE | KIND_ZIP | KIND_REVERSED => crate::iter_builtins::next(it),
        KIND_STREAM => crate::module::stream_next(it),
        KIND_GEN => crate::generator::next(it),
        KIND_MAP | KIND_FILTER => crate::builtin_value::next(it),
        KIND_INSTANCE => match crate::class::special(it, "__next__", &[]) {
            Some(Ok(v)) => v,
            Some(Err(_)) if crate::exc::pending_is(crate::exc::STOP_ITERATION) => {
                decref(crate::exc::take_pending());
                STOP
            }
            Some(Err(_)) => ERR,
            None => ret(type_error(&format!("'{}' object is not an iterator", type_name(it)))),
        },
        _ => ret(type_error(&format!("'{}' object is not an iterator", type_name(it)))),
    }
}

/// Calls `f` with each remaining item of iterator `it` (borrowed for the call), stopping
/// at the first error; `it` stays owned by the caller.
pub fn drain(it: u64, mut f: impl FnMut(u64) -> R<()>) -> R<()> {
    loop {
        let x = next(it);
        if x == STOP {
            return Ok(());
        }
        if x == ERR {
            return Err(Raised);
        }
        let r = f(x);
        decref(x);
        r?;
    }
}

/// Calls `f` with each item of `iterable` (borrowed for the call); TypeError if it is not
/// iterable.
pub fn for_each(iterable: u64, f: impl FnMut(u64) -> R<()>) -> R<()> {
    let it = iter(iterable)?;
    let r = drain(it, f);
    decref(it);
    r
}

/// Collects every item of an iterable (owned values).
pub fn collect(v: u64) -> R<Vec<u64>> {
    if is_tuple(v) || crate::list::is_list(v) {
        let items = if is_tuple(v) { crate::tuple::items(v) } else { crate::list::items(v) };
        for &x in items {
            incref(x);
        }
        return Ok(items.to_vec());
    }
    let it = iter(v)?;
    let r = remaining(it);
    decref(it);
    r
}

/// Every item left in iterator `it` (owned values); on an error, none.
pub fn remaining(it: u64) -> R<Vec<u64>> {
    let mut out = Vec::new();
    let r = drain(it, |x| {
        incref(x);
        out.push(x);
        Ok(())
    });
    if r.is_err() {
        out.into_iter().for_each(decref);
        return Err(Raised);
    }
    Ok(out)
}

fn unpack(v: u64, n: usize, out: *mut u64) -> R<()> {
    let Some(it) = try_iter(v)? else {
        return type_error(&format!("cannot unpack non-iterable {} object", type_name(v)));
    };
    let mut got: Vec<u64> = Vec::with_capacity(n);
    let result = loop {
        let x = next(it);
        if x == STOP {
            if got.len() < n {
                break value_error(&format!("not enough values to unpack (expected {n}, got {})", got.len()));
            }
            break Ok(());
        }
        if got.len() == n {
            decref(x);
            break value_error(&format!("too many values to unpack (expected {n})"));
        }
        got.push(x);
    };
    decref(it);
    match result {
        Ok(()) => {
            for (i, x) in got.into_iter().enumerate() {
                // SAFETY: generated code provides room for `n` values.
                unsafe { *out.add(i) = x };
            }
            Ok(())
        }
        Err(e) => {
            for x in got {
                decref(x);
            }
            Err(e)
        }
    }
}

/// `a, *b, c = v`: writes `before` values, a list of the middle, then `after` values
/// (owned) to `out`; -1 with CPython's ValueError when there are too few.
#[unsafe(no_mangle)]
pub extern "C" fn molt_unpack_star(v: u64, before: usize, after: usize, out: *mut u64) -> i32 {
    let it = match try_iter(v) {
        Ok(Some(it)) => it,
        Ok(None) => {
            let _: R<()> = type_error(&format!("cannot unpack non-iterable {} object", type_name(v)));
            return -1;
        }
        Err(_) => return -1,
    };
    let items = collect(it);
    decref(it);
    let mut items = match items {
        Ok(i) => i,
        Err(_) => return -1,
    };
    if items.len() < before + after {
        let n = items.len();
        items.into_iter().for_each(decref);
        let _: R<()> = value_error(&format!("not enough values to unpack (expected at least {}, got {n})", before + after));
        return -1;
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    let values = items.into_iter().chain([crate::list::new_list_owned(middle)]).chain(tail);
    for (i, x) in values.enumerate() {
        // SAFETY: generated code provides room for before + 1 + after values.
        unsafe { *out.add(i) = x };
    }
    0
}

/// `next(it[, default])`: ERR for no default.
#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_next(it: u64, default: u64) -> u64 {
    if !is_iterator(it) {
        return ret(type_error(&format!("'{}' object is not an iterator", type_name(it))));
    }
    if crate::generator::is_gen(it) {
        // A generator's StopIteration carries its return value.
        return match crate::generator::send(it, NONE) {
            Ok(x) => x,
            Err(Raised) if default != ERR && crate::exc::pending_is(STOP_ITERATION) => {
                decref(crate::exc::take_pending());
                incref(default);
                default
            }
            Err(Raised) => ERR,
        };
    }
    let x = next(it);
    if x != STOP {
        return x;
    }
    if default == ERR {
        return ret(raise_empty(STOP_ITERATION));
    }
    incref(default);
    default
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_iter(v: u64) -> u64 {
    ret(iter(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_iter_next(it: u64) -> u64 {
    next(it)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_unpack(v: u64, n: usize, out: *mut u64) -> i32 {
    if is_tuple(v) {
        let items = crate::tuple::items(v);
        if items.len() == n {
            for (i, &x) in items.iter().enumerate() {
                incref(x);
                unsafe { *out.add(i) = x };
            }
            return 0;
        }
    }
    match unpack(v, n, out) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}
