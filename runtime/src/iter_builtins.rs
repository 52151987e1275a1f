//! Built-ins over iterables: `enumerate`, `zip`, `reversed` (lazy iterator objects, as in
//! CPython), `sum`, `any`, `all`, `sorted` and `list.sort` (CPython's comparison order for
//! lists under 64 items, so even a failing comparison raises the same TypeError).

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

/// `enumerate`, `zip` and `reversed` objects.
#[repr(C)]
pub struct IterObj {
    pub hdr: Header,
    /// enumerate: [iterator]; zip: the iterators; reversed: [sequence].
    pub parts: Vec<u64>,
    /// enumerate: the next count (an int value); reversed: the next index + 1.
    pub state: u64,
}

pub fn parts(v: u64) -> &'static [u64] {
    unsafe { &obj::<IterObj>(v).parts }
}

fn new_iter_obj(kind: u32, parts: Vec<u64>, state: u64) -> u64 {
    alloc_obj(IterObj { hdr: Header { refcount: 1, kind }, parts, state })
}

pub fn enumerate(iterable: u64, start: u64) -> R<u64> {
    if start != ERR && !is_int_like(start) {
        return type_error(&format!("'{}' object cannot be interpreted as an integer", type_name(start)));
    }
    let it = crate::iter::iter(iterable)?;
    let start = if start == ERR { box_small_int(0) } else { start };
    incref(start);
    Ok(new_iter_obj(KIND_ENUMERATE, vec![it], start))
}

pub fn zip(iterables: &[u64]) -> R<u64> {
    let mut its = Vec::with_capacity(iterables.len());
    for (i, &x) in iterables.iter().enumerate() {
        match crate::iter::try_iter(x) {
            Err(e) => {
                its.into_iter().for_each(decref);
                return Err(e);
            }
            Ok(Some(it)) => its.push(it),
            Ok(None) => {
                its.into_iter().for_each(decref);
                return type_error(&format!("zip argument #{} must support iteration", i + 1));
            }
        }
    }
    Ok(new_iter_obj(KIND_ZIP, its, 0))
}

pub fn reversed(seq: u64) -> R<u64> {
    let n = match heap_kind(seq) {
        KIND_LIST => crate::list::items(seq).len(),
        KIND_TUPLE => crate::tuple::items(seq).len(),
        KIND_STR => crate::str::nchars(seq),
        KIND_BYTES | KIND_BYTEARRAY => crate::bytes::data(seq).len(),
        KIND_RANGE => {
            // A reversed range is the reversed list of its items (ranges are immutable).
            let items = crate::iter::collect(seq)?;
            let l = crate::list::new_list_owned(items);
            let r = reversed(l);
            decref(l);
            return r;
        }
        _ => return type_error(&format!("'{}' object is not reversible", type_name(seq))),
    };
    incref(seq);
    Ok(new_iter_obj(KIND_REVERSED, vec![seq], n as u64))
}

/// Next item (owned), STOP, or ERR.
pub fn next(it: u64) -> u64 {
    let o = unsafe { obj_mut::<IterObj>(it) };
    match heap_kind(it) {
        KIND_ENUMERATE => {
            let x = crate::iter::next(o.parts[0]);
            if x == STOP || x == ERR {
                return x;
            }
            // The tuple takes the iterator's reference to the count; the state gets the next.
            let count = o.state;
            let t = crate::tuple::new_tuple_owned(vec![count, x]);
            o.state = crate::int::add(count, box_small_int(1));
            t
        }
        KIND_ZIP => {
            if o.parts.is_empty() {
                return STOP;
            }
            let mut items = Vec::with_capacity(o.parts.len());
            for &p in &o.parts {
                let x = crate::iter::next(p);
                if x == STOP || x == ERR {
                    items.into_iter().for_each(decref);
                    return x;
                }
                items.push(x);
            }
            crate::tuple::new_tuple_owned(items)
        }
        _ => {
            let seq = o.parts[0];
            loop {
                if o.state == 0 {
                    return STOP;
                }
                o.state -= 1;
                let i = o.state as usize;
                // A list may have shrunk since: skip indices past its end, as CPython does.
                let x = match heap_kind(seq) {
                    KIND_LIST => crate::list::items(seq).get(i).copied(),
                    KIND_TUPLE => crate::tuple::items(seq).get(i).copied(),
                    // A bytearray may have shrunk too; its items are small ints.
                    KIND_BYTES | KIND_BYTEARRAY => match crate::bytes::data(seq).get(i) {
                        Some(&b) => return box_small_int(b as i64),
                        None => None,
                    },
                    _ => return ret(crate::str::getitem_index(seq, i as i64)),
                };
                if let Some(x) = x {
                    incref(x);
                    return x;
                }
            }
        }
    }
}

/// `sum(iterable, start)`.
pub fn sum(iterable: u64, start: u64) -> R<u64> {
    let start = if start == ERR { box_small_int(0) } else { start };
    if is_str(start) {
        return type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let it = crate::iter::iter(iterable)?;
    incref(start);
    let mut acc = start;
    let result = loop {
        let x = crate::iter::next(it);
        if x == STOP {
            break Ok(acc);
        }
        if x == ERR {
            decref(acc);
            break Err(Raised);
        }
        let r = crate::ops::binop(crate::ops::BinOp::Add, acc, x);
        decref(x);
        decref(acc);
        match r {
            Ok(v) => acc = v,
            Err(e) => break Err(e),
        }
    };
    decref(it);
    result
}

/// `any(iterable)` (`want` true) and `all(iterable)` (`want` false): stop at the first
/// item whose truth is `want`.
pub fn any_all(iterable: u64, want: bool) -> R<u64> {
    let it = crate::iter::iter(iterable)?;
    let result = loop {
        let x = crate::iter::next(it);
        if x == STOP {
            break Ok(box_bool(!want));
        }
        if x == ERR {
            break Err(Raised);
        }
        let t = crate::ops::truth(x);
        decref(x);
        let t = match t {
            Ok(t) => t,
            Err(e) => break Err(e),
        };
        if t == want {
            break Ok(box_bool(want));
        }
    };
    decref(it);
    result
}

fn less(a: u64, b: u64) -> R<bool> {
    crate::ops::compare(a, b, cmp::LT)
}

/// Sorts `items` stably with `<`, in CPython's comparison order for short lists: a
/// leading run (ascending, or strictly descending then reversed), then binary insertion.
pub fn sort(items: &mut [u64]) -> R<()> {
    sort_by(items, |x| x)
}

/// `sort` comparing `key(item)`: with `key=`, items are (key, value) pairs.
fn sort_by<T: Copy>(items: &mut [T], key: impl Fn(T) -> u64 + Copy) -> R<()> {
    let less = |a: T, b: T| less(key(a), key(b));
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    if n >= 64 {
        // Longer lists: a stable merge sort with the same results; only the pair compared
        // first when items are not comparable (and so the TypeError's wording) may differ.
        // (Not `slice::sort_by`: it may panic on an inconsistent order, e.g. with NaN.)
        return merge_sort(items, key);
    }
    // count_run
    let mut run = 2;
    if less(items[1], items[0])? {
        while run < n && less(items[run], items[run - 1])? {
            run += 1;
        }
        items[..run].reverse();
    } else {
        while run < n && !less(items[run], items[run - 1])? {
            run += 1;
        }
    }
    // binarysort from `run`
    for start in run..n {
        let pivot = items[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(pivot, items[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        items.copy_within(l..start, l + 1);
        items[l] = pivot;
    }
    Ok(())
}

fn merge_sort<T: Copy>(items: &mut [T], key: impl Fn(T) -> u64 + Copy) -> R<()> {
    let less = |a: T, b: T| less(key(a), key(b));
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid], key)?;
    merge_sort(&mut items[mid..], key)?;
    // Merge into a new vector: on a comparison error `items` is still a permutation of
    // the original (each value is owned exactly once).
    let (left, right) = items.split_at(mid);
    let mut out = Vec::with_capacity(n);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only when strictly less: stable.
        if less(right[j], left[i])? {
            out.push(right[j]);
            j += 1;
        } else {
            out.push(left[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    items.copy_from_slice(&out);
    Ok(())
}

/// `list.sort()`: CPython empties the list while sorting, so the list is not observed
/// half-sorted; on a comparison error the items keep the order reached so far.
/// With a `key` function (not None), the keys are computed first, once per item, and
/// sorted along with the items, as CPython does.
pub fn list_sort(l: u64, key: u64, reverse: bool) -> R<()> {
    let mut items = std::mem::take(crate::list::items_mut(l));
    if reverse {
        items.reverse();
    }
    let r = if key == NONE {
        sort(&mut items)
    } else {
        let mut pairs = Vec::with_capacity(items.len());
        let mut failed = None;
        for &x in &items {
            match crate::func::call(key, &[x], &[]) {
                Ok(k) => pairs.push((k, x)),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        let r = match failed {
            Some(e) => Err(e),
            None => {
                let r = sort_by(&mut pairs, |p: (u64, u64)| p.0);
                for (i, p) in pairs.iter().enumerate() {
                    items[i] = p.1;
                }
                r
            }
        };
        for (k, _) in pairs {
            decref(k);
        }
        r
    };
    if reverse {
        items.reverse();
    }
    *crate::list::items_mut(l) = items;
    r
}

pub fn sorted(iterable: u64, key: u64, reverse: u64) -> R<u64> {
    let l = crate::list::new_list_owned(crate::iter::collect(iterable)?);
    let reverse = if reverse == FALSE {
        false
    } else if is_int_like(reverse) {
        crate::ops::is_true(reverse)
    } else {
        decref(l);
        return type_error(&format!("'{}' object cannot be interpreted as an integer", type_name(reverse)));
    };
    match list_sort(l, key, reverse) {
        Ok(()) => Ok(l),
        Err(e) => {
            decref(l);
            Err(e)
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_enumerate(iterable: u64, start: u64) -> u64 {
    ret(enumerate(iterable, start))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_zip(args: *const u64, n: usize) -> u64 {
    let args = if n == 0 || args.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(args, n) } };
    ret(zip(args))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_reversed(seq: u64) -> u64 {
    ret(reversed(seq))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_sum(iterable: u64, start: u64) -> u64 {
    ret(sum(iterable, start))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_any(iterable: u64) -> u64 {
    ret(any_all(iterable, true))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_all(iterable: u64) -> u64 {
    ret(any_all(iterable, false))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_sorted(iterable: u64, key: u64, reverse: u64) -> u64 {
    ret(sorted(iterable, key, reverse))
}
