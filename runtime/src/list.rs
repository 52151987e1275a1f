//! `list` objects (a growable array of owned values, tracked by the cycle collector) and
//! their methods, with CPython 3.11's results and error messages.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use crate::ops::eq_identity;

#[repr(C)]
pub struct ListObj {
    pub hdr: Header,
    pub gc: crate::gc::GcHead,
    pub items: Vec<u64>,
}

/// New list taking ownership of `items`.
pub fn new_list_owned(items: Vec<u64>) -> u64 {
    crate::gc::maybe_collect();
    let v = alloc_obj(ListObj { hdr: Header { refcount: 1, kind: KIND_LIST }, gc: crate::gc::GcHead { index: crate::gc::UNTRACKED }, items });
    crate::gc::track(v);
    v
}

/// New list holding new references to `items`.
pub fn new_list_borrowed(items: &[u64]) -> u64 {
    for &x in items {
        incref(x);
    }
    new_list_owned(items.to_vec())
}

pub fn is_list(v: u64) -> bool {
    is_kind(v, KIND_LIST)
}

/// The items of a list (borrowed).
pub fn items<'a>(v: u64) -> &'a [u64] {
    unsafe { &obj::<ListObj>(v).items }
}

pub fn items_mut<'a>(v: u64) -> &'a mut Vec<u64> {
    unsafe { &mut obj_mut::<ListObj>(v).items }
}

fn index_of(v: u64, idx: u64, what: &str) -> R<usize> {
    if !is_int_like(idx) {
        return type_error(&format!("list indices must be integers or slices, not {}", type_name(idx)));
    }
    let n = items(v).len() as i64;
    let Some(i) = crate::int::to_i64(if tag_of(idx) == TAG_BOOL { box_small_int((idx & 1) as i64) } else { idx }) else {
        return raise(INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return raise(INDEX_ERROR, what);
    }
    Ok(j as usize)
}

pub fn getitem(v: u64, idx: u64) -> R<u64> {
    let i = index_of(v, idx, "list index out of range")?;
    let x = items(v)[i];
    incref(x);
    Ok(x)
}

/// `v[idx] = x` (borrows `x`).
pub fn setitem(v: u64, idx: u64, x: u64) -> R<()> {
    if is_kind(idx, KIND_SLICE) {
        let (a, b, c) = slice_parts(idx);
        return set_slice(v, a, b, c, x);
    }
    let i = index_of(v, idx, "list assignment index out of range")?;
    incref(x);
    let old = std::mem::replace(&mut items_mut(v)[i], x);
    decref(old);
    Ok(())
}

/// A slice object `start:stop:step` (each None when absent), as built for `x[a:b]` targets.
#[repr(C)]
pub struct SliceObj {
    pub hdr: Header,
    pub start: u64,
    pub stop: u64,
    pub step: u64,
}

pub fn slice_parts(s: u64) -> (u64, u64, u64) {
    let o = unsafe { obj::<SliceObj>(s) };
    (o.start, o.stop, o.step)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_slice_new(start: u64, stop: u64, step: u64) -> u64 {
    for p in [start, stop, step] {
        incref(p);
    }
    alloc_obj(SliceObj { hdr: Header { refcount: 1, kind: KIND_SLICE }, start, stop, step })
}

/// `v[a:b:c] = x` for a list.
pub fn set_slice(v: u64, a: u64, b: u64, c: u64, x: u64) -> R<()> {
    // As CPython's PySlice_Unpack: bad indices and a zero step raise before the value is
    // looked at.
    crate::tuple::check_slice(a, b, c)?;
    if x != v && (is_kind(x, KIND_LIST) || is_kind(x, KIND_TUPLE)) {
        let (start, step, len) = crate::tuple::adjust_slice(items(v).len() as i64, a, b, c)?;
        let src = seq_items(x);
        if step == 1 && src.len() == len {
            // Same length from another sequence: replaced in place, nothing copied. A
            // release frees at most objects (no user code runs), never `v` or `x`, which
            // the caller holds.
            for (k, &item) in src.iter().enumerate() {
                incref(item);
                let old = std::mem::replace(&mut items_mut(v)[start as usize + k], item);
                decref(old);
            }
            return Ok(());
        }
    }
    // A list or tuple is copied without an iterator (no user code runs, as CPython's
    // PySequence_Fast); other iterables are collected first, which may change `v`.
    let new: Vec<u64> = if is_kind(x, KIND_LIST) || is_kind(x, KIND_TUPLE) {
        let src = seq_items(x);
        src.iter().for_each(|&i| incref(i));
        src.to_vec()
    } else {
        let Some(it) = crate::iter::try_iter(x)? else {
            return type_error(if crate::tuple::slice_index(c)?.unwrap_or(1) == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" });
        };
        let new = crate::iter::collect(it);
        decref(it);
        new?
    };
    let n = items(v).len() as i64;
    let (start, step, len) = crate::tuple::adjust_slice(n, a, b, c)?;
    if step == 1 {
        let start = start as usize;
        // (An equal-length splice fills the range in place: nothing moves or grows.)
        let old: Vec<u64> = items_mut(v).splice(start..start + len, new).collect();
        old.into_iter().for_each(decref);
        return Ok(());
    }
    if new.len() != len {
        let size = new.len();
        new.into_iter().for_each(decref);
        return value_error(&format!("attempt to assign sequence of size {size} to extended slice of size {len}"));
    }
    let mut i = start;
    for x in new {
        let old = std::mem::replace(&mut items_mut(v)[i as usize], x);
        decref(old);
        i += step;
    }
    Ok(())
}

fn del_slice(v: u64, s: u64) -> R<()> {
    let (a, b, c) = slice_parts(s);
    let n = items(v).len() as i64;
    let (start, step, len) = crate::tuple::adjust_slice(n, a, b, c)?;
    let mut doomed: Vec<usize> = (0..len as i64).map(|k| (start + k * step) as usize).collect();
    doomed.sort_unstable();
    let mut removed = Vec::with_capacity(len);
    for &i in doomed.iter().rev() {
        removed.push(items_mut(v).remove(i));
    }
    removed.into_iter().for_each(decref);
    Ok(())
}

/// `del v[idx]`.
pub fn delitem(v: u64, idx: u64) -> R<()> {
    if is_kind(idx, KIND_SLICE) {
        return del_slice(v, idx);
    }
    let i = index_of(v, idx, "list assignment index out of range")?;
    let x = items_mut(v).remove(i);
    decref(x);
    Ok(())
}

pub fn slice(v: u64, start: i64, step: i64, len: usize) -> u64 {
    let it = items(v);
    let out: Vec<u64> = if step == 1 {
        it[start as usize..start as usize + len].to_vec()
    } else {
        (0..len as i64).map(|k| it[(start + k * step) as usize]).collect()
    };
    out.iter().for_each(|&x| incref(x));
    new_list_owned(out)
}

pub fn concat(a: u64, b: u64) -> u64 {
    let mut all = items(a).to_vec();
    all.extend_from_slice(items(b));
    new_list_borrowed(&all)
}

pub fn repeat(l: u64, n: i64) -> R<u64> {
    let period = items(l);
    let heap_items = period.iter().any(|&x| is_ptr(x));
    let out = crate::tuple::repeated(period, n)?;
    // `[False] * n` holds no heap values: nothing to count.
    if heap_items {
        out.iter().for_each(|&x| incref(x));
    }
    Ok(new_list_owned(out))
}

pub fn repr(v: u64) -> R<String> {
    crate::builtins::repr_guarded(v, "[...]", || {
        let mut s = String::from("[");
        // The list may not change while its items' reprs are built (no user code runs),
        // but index access keeps this correct if that ever changes.
        let mut i = 0;
        while i < items(v).len() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&crate::builtins::repr_string(items(v)[i])?);
            i += 1;
        }
        Ok(s + "]")
    })
}

/// `list(iterable)`.
pub fn from_iterable(v: u64) -> R<u64> {
    Ok(new_list_owned(crate::iter::collect(v)?))
}

/// `a += b` and `a.extend(b)`: extends `a` in place with any iterable (itself included:
/// the items are collected before the list grows).
pub fn extend(a: u64, b: u64) -> R<()> {
    let new = crate::iter::collect(b)?;
    items_mut(a).extend(new);
    Ok(())
}

/// `a *= n`.
pub fn repeat_in_place(a: u64, n: u64) -> R<()> {
    let k = crate::ops::repeat_count(n)?;
    let it = items_mut(a);
    if k <= 0 {
        let old = std::mem::take(it);
        for x in old {
            decref(x);
        }
        return Ok(());
    }
    let orig = it.clone();
    match orig.len().checked_mul(k as usize) {
        Some(x) if x <= crate::str::MAX_ALLOC / 8 => {}
        _ => return memory_error(),
    }
    for _ in 1..k {
        for &x in &orig {
            incref(x);
        }
        it.extend_from_slice(&orig);
    }
    Ok(())
}

fn arity(name: &str, args: &[u64], lo: usize, hi: usize) -> R<()> {
    arity_of("list", name, args, lo, hi)
}

/// CPython's argument-count errors for methods of built-in sequences.
pub fn arity_of(ty: &str, name: &str, args: &[u64], lo: usize, hi: usize) -> R<()> {
    let n = args.len();
    if n >= lo && n <= hi {
        return Ok(());
    }
    if lo == hi && lo == 0 {
        return type_error(&format!("{ty}.{name}() takes no arguments ({n} given)"));
    }
    if lo == hi && lo == 1 {
        return type_error(&format!("{ty}.{name}() takes exactly one argument ({n} given)"));
    }
    if n < lo {
        let least = if lo == hi { "" } else { "at least " };
        return type_error(&format!("{name} expected {least}{lo} argument{}, got {n}", if lo == 1 { "" } else { "s" }));
    }
    type_error(&format!("{name} expected at most {hi} argument{}, got {n}", if hi == 1 { "" } else { "s" }))
}

/// `l.append(x)` (borrows `x`).
pub fn append(l: u64, x: u64) {
    incref(x);
    items_mut(l).push(x);
}

/// `l.pop()` or `l.pop(idx)`: the item, owned.
pub fn pop(l: u64, idx: Option<u64>) -> R<u64> {
    if let Some(idx) = idx.filter(|&i| !is_int_like(i)) {
        return type_error(&format!("'{}' object cannot be interpreted as an integer", type_name(idx)));
    }
    if items(l).is_empty() {
        return raise(INDEX_ERROR, "pop from empty list");
    }
    let i = match idx {
        Some(idx) => index_of(l, idx, "pop index out of range")?,
        None => items(l).len() - 1,
    };
    Ok(items_mut(l).remove(i))
}

/// Calls method `name` of list `l` with borrowed `args`; `None` if there is no such method.
pub fn call_method(l: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    Some(match name {
        "append" => arity(name, args, 1, 1).map(|()| {
            append(l, args[0]);
            NONE
        }),
        "extend" => arity(name, args, 1, 1).and_then(|()| extend(l, args[0])).map(|()| NONE),
        "pop" => arity(name, args, 0, 1).and_then(|()| pop(l, args.first().copied())),
        "insert" => arity(name, args, 2, 2).and_then(|()| {
            let (idx, x) = (args[0], args[1]);
            if !is_int_like(idx) {
                return type_error(&format!("'{}' object cannot be interpreted as an integer", type_name(idx)));
            }
            let n = items(l).len() as i64;
            let i = crate::tuple::slice_index(idx)?.unwrap_or(0);
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            incref(x);
            items_mut(l).insert(j as usize, x);
            Ok(NONE)
        }),
        "index" => arity(name, args, 1, 3).and_then(|()| seq_index(l, args)),
        "count" => arity(name, args, 1, 1).and_then(|()| seq_count(l, args[0])),
        "remove" => arity(name, args, 1, 1).and_then(|()| {
            let mut i = 0;
            while i < items(l).len() {
                if eq_identity(items(l)[i], args[0])? {
                    let x = items_mut(l).remove(i);
                    decref(x);
                    return Ok(NONE);
                }
                i += 1;
            }
            value_error("list.remove(x): x not in list")
        }),
        "reverse" => arity(name, args, 0, 0).map(|()| {
            items_mut(l).reverse();
            NONE
        }),
        "clear" => arity(name, args, 0, 0).map(|()| {
            for x in std::mem::take(items_mut(l)) {
                decref(x);
            }
            NONE
        }),
        "copy" => arity(name, args, 0, 0).map(|()| new_list_borrowed(items(l))),
        // Positional arguments are not allowed: `reverse` comes by keyword (see ops).
        "sort" => {
            if !args.is_empty() {
                return Some(type_error(&format!("sort() takes no positional arguments")));
            }
            crate::iter_builtins::list_sort(l, NONE, false).map(|()| NONE)
        }
        _ => return None,
    })
}

/// The items of a list or a tuple (borrowed).
fn seq_items<'a>(v: u64) -> &'a [u64] {
    if is_list(v) { items(v) } else { crate::tuple::items(v) }
}

/// `seq.index(x[, start[, stop]])` for lists and tuples.
pub fn seq_index(seq: u64, args: &[u64]) -> R<u64> {
    let n = seq_items(seq).len() as i64;
    let bound = |k: usize, default: i64| -> R<i64> {
        let Some(&b) = args.get(k) else { return Ok(default) };
        if !is_int_like(b) {
            return type_error("slice indices must be integers or have an __index__ method");
        }
        let i = crate::tuple::slice_index(b)?.unwrap_or(default);
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
    };
    let (start, stop) = (bound(1, 0)?, bound(2, n)?);
    let mut i = start;
    while i < stop && (i as usize) < seq_items(seq).len() {
        if eq_identity(seq_items(seq)[i as usize], args[0])? {
            return Ok(box_small_int(i));
        }
        i += 1;
    }
    if is_list(seq) {
        value_error(&format!("{} is not in list", crate::builtins::repr_string(args[0])?))
    } else {
        value_error("tuple.index(x): x not in tuple")
    }
}

/// `seq.count(x)` for lists and tuples.
pub fn seq_count(seq: u64, x: u64) -> R<u64> {
    let mut c = 0;
    for &y in seq_items(seq) {
        if eq_identity(y, x)? {
            c += 1;
        }
    }
    Ok(box_small_int(c))
}

/// Methods of `tuple`.
pub fn tuple_method(t: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    Some(match name {
        "index" => arity_of("tuple", name, args, 1, 3).and_then(|()| seq_index(t, args)),
        "count" => arity_of("tuple", name, args, 1, 1).and_then(|()| seq_count(t, args[0])),
        _ => return None,
    })
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_list_append(l: u64, x: u64) {
    append(l, x);
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_list_new_owned(items: *const u64, n: usize) -> u64 {
    if n == 0 || items.is_null() {
        return new_list_owned(Vec::new());
    }
    // SAFETY: generated code passes `n` valid values, whose references the list takes.
    new_list_owned(unsafe { std::slice::from_raw_parts(items, n) }.to_vec())
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_list_new(items: *const u64, n: usize) -> u64 {
    if n == 0 || items.is_null() {
        return new_list_owned(Vec::new());
    }
    // SAFETY: generated code passes `n` valid values.
    new_list_borrowed(unsafe { std::slice::from_raw_parts(items, n) })
}
