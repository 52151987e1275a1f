//! `dict` objects, their views (`keys()`, `values()`, `items()`) and iterators, with
//! CPython 3.11's semantics: insertion order, `1`/`1.0`/`True` as one key (the first key
//! is kept, the last value wins), KeyError and RuntimeError messages.
//!
//! Layout: entries in insertion order (a deleted entry becomes a tombstone with key `ERR`)
//! plus an open-addressing index of entry numbers probed like CPython's (perturbation).
//! Rebuilding the index also drops tombstones, so a long-running loop that inserts and
//! deletes keeps memory bounded.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use crate::ops::eq_identity;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// `ERR` marks a deleted entry.
    pub key: u64,
    pub value: u64,
}

#[repr(C)]
pub struct DictObj {
    pub hdr: Header,
    pub gc: crate::gc::GcHead,
    pub entries: Vec<Entry>,
    index: Vec<u32>,
    pub used: usize,
}

const EMPTY: u32 = u32::MAX;

/// View of a dict: `keys()`, `values()` or `items()` (the kind is in the header).
#[repr(C)]
pub struct ViewObj {
    pub hdr: Header,
    /// Tracked: `d['k'] = d.keys()` is a cycle.
    pub gc: crate::gc::GcHead,
    pub dict: u64,
}

/// Iterator over a dict or a view: `mode` 0 keys, 1 values, 2 items.
#[repr(C)]
pub struct DictIter {
    pub hdr: Header,
    pub dict: u64,
    pub pos: usize,
    pub mode: u8,
    /// The size when iteration started: a change is a RuntimeError, as in CPython.
    pub size: usize,
}

pub fn new_dict() -> u64 {
    crate::gc::maybe_collect();
    let v = alloc_obj(DictObj { hdr: Header { refcount: 1, kind: KIND_DICT }, gc: crate::gc::GcHead { index: crate::gc::UNTRACKED }, entries: Vec::new(), index: Vec::new(), used: 0 });
    crate::gc::track(v);
    v
}

pub fn is_dict(v: u64) -> bool {
    is_kind(v, KIND_DICT)
}

fn d<'a>(v: u64) -> &'a mut DictObj {
    unsafe { obj_mut::<DictObj>(v) }
}

/// Live entries, in insertion order (borrowed).
pub fn live(v: u64) -> impl Iterator<Item = &'static Entry> {
    d(v).entries.iter().filter(|e| e.key != ERR)
}

/// Every key and value slot, for the cycle collector.
pub(crate) fn slots<'a>(v: u64) -> &'a mut Vec<Entry> {
    &mut d(v).entries
}

pub fn len(v: u64) -> usize {
    d(v).used
}

/// Finds the entry holding `key`.
fn lookup(v: u64, key: u64, hash: i64) -> R<Option<usize>> {
    let o = d(v);
    if o.index.is_empty() {
        return Ok(None);
    }
    let mask = o.index.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let slot = d(v).index[i];
        if slot == EMPTY {
            return Ok(None);
        }
        let e = d(v).entries[slot as usize];
        if e.key != ERR && (e.key == key || (e.hash == hash && eq_identity(e.key, key)?)) {
            return Ok(Some(slot as usize));
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
}

fn insert_index(o: &mut DictObj, hash: i64, entry: usize) {
    let mask = o.index.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    while o.index[i] != EMPTY {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    o.index[i] = entry as u32;
}

/// Drops tombstones and rebuilds the index for `used` live entries plus room to grow.
fn rebuild(o: &mut DictObj) {
    o.entries.retain(|e| e.key != ERR);
    let mut cap = 8;
    while cap * 2 < (o.entries.len() + 1) * 3 {
        cap *= 2;
    }
    o.index = vec![EMPTY; cap];
    for i in 0..o.entries.len() {
        let h = o.entries[i].hash;
        insert_index(o, h, i);
    }
}

/// `d[key] = value` (borrows both).
pub fn set(v: u64, key: u64, value: u64) -> R<()> {
    let hash = crate::hash::hash(key)?;
    set_hashed(v, key, hash, value)
}

fn set_hashed(v: u64, key: u64, hash: i64, value: u64) -> R<()> {
    if let Some(i) = lookup(v, key, hash)? {
        incref(value);
        let old = std::mem::replace(&mut d(v).entries[i].value, value);
        decref(old);
        return Ok(());
    }
    let o = d(v);
    if (o.entries.len() + 1) * 3 > o.index.len() * 2 {
        rebuild(o);
    }
    incref(key);
    incref(value);
    o.entries.push(Entry { hash, key, value });
    let n = o.entries.len() - 1;
    insert_index(o, hash, n);
    o.used += 1;
    Ok(())
}

/// `d.get(key)` as a borrowed value.
pub fn get(v: u64, key: u64) -> R<Option<u64>> {
    let hash = crate::hash::hash(key)?;
    Ok(lookup(v, key, hash)?.map(|i| d(v).entries[i].value))
}

/// Removes `key`; returns its (owned) value.
pub fn remove(v: u64, key: u64) -> R<Option<u64>> {
    let hash = crate::hash::hash(key)?;
    let Some(i) = lookup(v, key, hash)? else { return Ok(None) };
    let o = d(v);
    let e = std::mem::replace(&mut o.entries[i], Entry { hash: 0, key: ERR, value: NONE });
    o.used -= 1;
    decref(e.key);
    if o.used == 0 {
        o.entries.clear();
        o.index.clear();
    }
    Ok(Some(e.value))
}

fn key_error<T>(key: u64) -> R<T> {
    raise_args(KEY_ERROR, &[key])
}

pub fn getitem(v: u64, key: u64) -> R<u64> {
    match get(v, key)? {
        Some(x) => {
            incref(x);
            Ok(x)
        }
        None => key_error(key),
    }
}

pub fn delitem(v: u64, key: u64) -> R<()> {
    match remove(v, key)? {
        Some(x) => {
            decref(x);
            Ok(())
        }
        None => key_error(key),
    }
}

/// Whether `key` (with its known hash) is a key of dict `v`.
pub fn contains_hashed(v: u64, key: u64, hash: i64) -> R<bool> {
    Ok(lookup(v, key, hash)?.is_some())
}

pub fn contains(v: u64, key: u64) -> R<bool> {
    Ok(get(v, key)?.is_some())
}

pub fn copy(v: u64) -> u64 {
    let n = new_dict();
    for e in live(v) {
        // Hashes are known: no user code can run and nothing can fail.
        let _ = set_hashed(n, e.key, e.hash, e.value);
    }
    n
}

/// `d.update(other)`: from a dict, or from an iterable of key/value pairs.
pub fn update(v: u64, other: u64) -> R<()> {
    if is_dict(other) {
        let entries: Vec<Entry> = live(other).copied().collect();
        for e in entries {
            set_hashed(v, e.key, e.hash, e.value)?;
        }
        return Ok(());
    }
    let Some(it) = crate::iter::try_iter(other)? else {
        return type_error(&format!("'{}' object is not iterable", type_name(other)));
    };
    let mut i = 0;
    let result = loop {
        let item = crate::iter::next(it);
        if item == STOP {
            break Ok(());
        }
        if item == ERR {
            break Err(Raised);
        }
        let pair = crate::iter::collect(item);
        let r = match pair {
            Ok(p) if p.len() == 2 => {
                let r = set(v, p[0], p[1]);
                p.into_iter().for_each(decref);
                r
            }
            Ok(p) => {
                let n = p.len();
                p.into_iter().for_each(decref);
                value_error(&format!("dictionary update sequence element #{i} has length {n}; 2 is required"))
            }
            Err(_) => {
                let _ = take_pending();
                type_error(&format!("cannot convert dictionary update sequence element #{i} to a sequence"))
            }
        };
        decref(item);
        if r.is_err() {
            break r;
        }
        i += 1;
    };
    decref(it);
    result
}

pub fn clear(v: u64) {
    let o = d(v);
    let entries = std::mem::take(&mut o.entries);
    o.index.clear();
    o.used = 0;
    for e in entries {
        if e.key != ERR {
            decref(e.key);
            decref(e.value);
        }
    }
}

/// `a == b` for two dicts: same keys, equal values, in any order.
pub fn equal(a: u64, b: u64) -> R<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    let entries: Vec<Entry> = live(a).copied().collect();
    for e in entries {
        let Some(i) = lookup(b, e.key, e.hash)? else { return Ok(false) };
        let other = d(b).entries[i].value;
        if !eq_identity(e.value, other)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn repr(v: u64) -> R<String> {
    crate::builtins::repr_guarded(v, "{...}", || {
        let mut s = String::from("{");
        let entries: Vec<Entry> = live(v).copied().collect();
        for (i, e) in entries.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&crate::builtins::repr_string(e.key)?);
            s.push_str(": ");
            s.push_str(&crate::builtins::repr_string(e.value)?);
        }
        Ok(s + "}")
    })
}

pub fn new_view(v: u64, kind: u32) -> u64 {
    incref(v);
    crate::gc::maybe_collect();
    let view = alloc_obj(ViewObj { hdr: Header { refcount: 1, kind }, gc: crate::gc::GcHead { index: crate::gc::UNTRACKED }, dict: v });
    crate::gc::track(view);
    view
}

pub fn view_dict(view: u64) -> u64 {
    unsafe { obj::<ViewObj>(view) }.dict
}

pub fn view_repr(view: u64) -> R<String> {
    let dict = view_dict(view);
    let mode = view_mode(view);
    let items = view_items(dict, mode);
    let list = crate::list::new_list_owned(items);
    let r = crate::list::repr(list);
    decref(list);
    Ok(format!("{}({})", type_name(view), r?))
}

fn view_mode(view: u64) -> u8 {
    match heap_kind(view) {
        KIND_DICT_KEYS => 0,
        KIND_DICT_VALUES => 1,
        _ => 2,
    }
}

/// The owned items a view (or iterator `mode`) yields, as a snapshot.
fn view_items(dict: u64, mode: u8) -> Vec<u64> {
    live(dict).map(|e| item_of(e, mode)).collect()
}

fn item_of(e: &Entry, mode: u8) -> u64 {
    match mode {
        0 => {
            incref(e.key);
            e.key
        }
        1 => {
            incref(e.value);
            e.value
        }
        _ => crate::tuple::new_tuple_borrowed(&[e.key, e.value]),
    }
}

pub fn view_len(view: u64) -> usize {
    len(view_dict(view))
}

pub fn view_contains(view: u64, x: u64) -> R<bool> {
    let dict = view_dict(view);
    match view_mode(view) {
        0 => contains(dict, x),
        1 => {
            let values: Vec<u64> = live(dict).map(|e| e.value).collect();
            for v in values {
                if eq_identity(v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            if !is_tuple(x) || crate::tuple::items(x).len() != 2 {
                return Ok(false);
            }
            let (k, val) = (crate::tuple::items(x)[0], crate::tuple::items(x)[1]);
            if crate::hash::hash(k).is_err() {
                let _ = take_pending();
                return Ok(false);
            }
            match get(dict, k)? {
                Some(found) => eq_identity(found, val),
                None => Ok(false),
            }
        }
    }
}

pub fn iter(dict: u64, mode: u8) -> u64 {
    incref(dict);
    alloc_obj(DictIter { hdr: Header { refcount: 1, kind: KIND_DICT_ITER }, dict, pos: 0, mode, size: len(dict) })
}

pub fn iter_of_view(view: u64) -> u64 {
    iter(view_dict(view), view_mode(view))
}

/// Next item of a dict iterator (owned), STOP, or ERR if the dict changed size.
pub fn iter_next(it: u64) -> u64 {
    let o = unsafe { obj_mut::<DictIter>(it) };
    if o.pos == usize::MAX {
        return STOP;
    }
    if len(o.dict) != o.size {
        o.pos = usize::MAX;
        return ret(raise(RUNTIME_ERROR, "dictionary changed size during iteration"));
    }
    let entries = &d(o.dict).entries;
    while o.pos < entries.len() {
        let e = &entries[o.pos];
        o.pos += 1;
        if e.key != ERR {
            return item_of(e, o.mode);
        }
    }
    o.pos = usize::MAX;
    STOP
}

fn arity(name: &str, args: &[u64], lo: usize, hi: usize) -> R<()> {
    crate::list::arity_of("dict", name, args, lo, hi)
}

/// `v.get(key, default)`: the value (owned), or `default`.
pub fn get_or(v: u64, key: u64, default: u64) -> R<u64> {
    let x = get(v, key)?.unwrap_or(default);
    incref(x);
    Ok(x)
}

/// Calls method `name` of dict `v` with borrowed `args`; `None` if there is no such method.
pub fn call_method(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    Some(match name {
        "keys" => arity(name, args, 0, 0).map(|()| new_view(v, KIND_DICT_KEYS)),
        "values" => arity(name, args, 0, 0).map(|()| new_view(v, KIND_DICT_VALUES)),
        "items" => arity(name, args, 0, 0).map(|()| new_view(v, KIND_DICT_ITEMS)),
        "get" => arity(name, args, 1, 2).and_then(|()| get_or(v, args[0], args.get(1).copied().unwrap_or(NONE))),
        "setdefault" => arity(name, args, 1, 2).and_then(|()| {
            let default = args.get(1).copied().unwrap_or(NONE);
            let x = match get(v, args[0])? {
                Some(x) => x,
                None => {
                    set(v, args[0], default)?;
                    default
                }
            };
            incref(x);
            Ok(x)
        }),
        "pop" => arity(name, args, 1, 2).and_then(|()| match remove(v, args[0])? {
            Some(x) => Ok(x),
            None => match args.get(1) {
                Some(&default) => {
                    incref(default);
                    Ok(default)
                }
                None => key_error(args[0]),
            },
        }),
        "popitem" => arity(name, args, 0, 0).and_then(|()| {
            let Some(e) = live(v).last().copied() else {
                return raise(KEY_ERROR, "popitem(): dictionary is empty");
            };
            let t = crate::tuple::new_tuple_borrowed(&[e.key, e.value]);
            if let Some(x) = remove(v, e.key)? {
                decref(x);
            }
            Ok(t)
        }),
        "update" => arity(name, args, 0, 1).and_then(|()| {
            if let Some(&o) = args.first() {
                update(v, o)?;
            }
            Ok(NONE)
        }),
        "copy" => arity(name, args, 0, 0).map(|()| copy(v)),
        "clear" => arity(name, args, 0, 0).map(|()| {
            clear(v);
            NONE
        }),
        _ => return None,
    })
}

/// `dict(...)` with zero or one positional argument.
pub fn from_arg(arg: Option<u64>) -> R<u64> {
    let v = new_dict();
    if let Some(a) = arg {
        if let Err(e) = update(v, a) {
            decref(v);
            return Err(e);
        }
    }
    Ok(v)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_dict_new(items: *const u64, n: usize) -> u64 {
    let v = new_dict();
    if n == 0 || items.is_null() {
        return v;
    }
    // SAFETY: generated code passes `n` valid values: key, value, key, value, ...
    let kv = unsafe { std::slice::from_raw_parts(items, n) };
    for pair in kv.chunks(2) {
        if set(v, pair[0], pair[1]).is_err() {
            decref(v);
            return ERR;
        }
    }
    v
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_dict(v: u64) -> u64 {
    ret(from_arg(if v == ERR { None } else { Some(v) }))
}

/// `dict.fromkeys(iterable, value=None)`: each key maps to the same value.
pub fn fromkeys(args: &[u64], kwnames: &[&str]) -> R<u64> {
    if !kwnames.is_empty() {
        return type_error("dict.fromkeys() takes no keyword arguments");
    }
    crate::list::arity_of("dict", "fromkeys", args, 1, 2)?;
    let value = args.get(1).copied().unwrap_or(NONE);
    let keys = crate::iter::collect(args[0])?;
    let d = new_dict();
    let mut r = Ok(());
    for &k in &keys {
        r = set(d, k, value);
        if r.is_err() {
            break;
        }
    }
    keys.into_iter().for_each(decref);
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            decref(d);
            Err(e)
        }
    }
}
