//! `set` and `frozenset` with CPython 3.11's table algorithm, so that iteration order (and
//! therefore every printed set) is byte-identical to CPython's: open addressing over
//! `(hash, key)` slots, runs of 9 linear probes then perturbed jumps, deleted slots left as
//! dummies and reused by later inserts, the same growth and shrink points, and the same
//! shortcuts in `update`, `copy`, `|`, `&`, `-` and `^` (which decide the table size and
//! the insertion order of the result). Hashes are CPython's (`hash.rs`).
//!
//! The property tests in `oracle/primitives` replay random operation sequences in CPython
//! and here and compare the resulting orders.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use crate::ops::eq_identity;

use molt_abi::cpython_hash::{SET_MINSIZE as MINSIZE, SetProbe, set_probe_runs};

/// Slot states: never used, and deleted (a dummy keeps probe chains intact).
const EMPTY: u64 = ERR;
const DUMMY: u64 = STOP;

#[derive(Clone, Copy)]
pub struct Slot {
    pub key: u64,
    pub hash: i64,
}

const EMPTY_SLOT: Slot = Slot { key: EMPTY, hash: 0 };
const DUMMY_SLOT: Slot = Slot { key: DUMMY, hash: -1 };

impl Slot {
    fn active(&self) -> bool {
        self.key != EMPTY && self.key != DUMMY
    }
}

#[repr(C)]
pub struct SetObj {
    pub hdr: Header,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` starts looking.
    finger: usize,
    /// A frozenset's hash once computed, else -1.
    hash: i64,
    /// `mask + 1` slots, a power of two.
    table: Vec<Slot>,
    /// Nothing observes this set's order (`molt_set_new_unordered`): probing starts at
    /// `probe_hash(true, hash)` instead of CPython's start at the hash itself.
    unordered: bool,
}

/// Where an unordered set starts probing for `hash`: multiplied by an odd constant, so
/// consecutive ints land apart (CPython's `hash & mask` puts them in one run, which a
/// search for an absent key walks to its end).
fn probe_hash(unordered: bool, hash: i64) -> i64 {
    if unordered { (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) as i64 } else { hash }
}

/// Iterator over a set; `used` is the size when it started (a change is a RuntimeError).
#[repr(C)]
pub struct SetIter {
    pub hdr: Header,
    pub set: u64,
    pos: usize,
    used: usize,
    failed: bool,
}

fn so<'a>(v: u64) -> &'a mut SetObj {
    unsafe { obj_mut::<SetObj>(v) }
}

fn mask(v: u64) -> usize {
    so(v).table.len() - 1
}

pub fn is_anyset(v: u64) -> bool {
    matches!(heap_kind(v), KIND_SET | KIND_FROZENSET)
}

pub fn is_set(v: u64) -> bool {
    is_kind(v, KIND_SET)
}

pub fn new_empty(kind: u32) -> u64 {
    alloc_obj(SetObj { hdr: Header { refcount: 1, kind }, fill: 0, used: 0, finger: 0, hash: -1, table: vec![EMPTY_SLOT; MINSIZE], unordered: false })
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_set_new_unordered() -> u64 {
    let v = new_empty(KIND_SET);
    so(v).unordered = true;
    v
}

pub fn len(v: u64) -> usize {
    so(v).used
}

/// The active slots in table order, as a snapshot (keys borrowed from the set).
fn active(v: u64) -> Vec<Slot> {
    so(v).table.iter().filter(|e| e.active()).copied().collect()
}

/// Every key slot, for deallocation.
pub(crate) fn take_keys(v: u64) -> Vec<u64> {
    std::mem::take(&mut so(v).table).into_iter().filter(Slot::active).map(|e| e.key).collect()
}

/// Places a key known to be absent into a table without dummies (CPython's
/// `set_insert_clean`).
fn insert_clean(table: &mut [Slot], key: u64, hash: i64, unordered: bool) {
    for run in set_probe_runs(probe_hash(unordered, hash), table.len() - 1) {
        for j in run {
            if table[j].key == EMPTY {
                table[j] = Slot { key, hash };
                return;
            }
        }
    }
}

/// Rebuilds the table with the smallest size above `minused`, dropping dummies.
fn resize(v: u64, minused: usize) {
    let mut size = MINSIZE;
    while size <= minused {
        size <<= 1;
    }
    let o = so(v);
    let old = std::mem::replace(&mut o.table, vec![EMPTY_SLOT; size]);
    o.fill = o.used;
    for e in old.iter().filter(|e| e.active()) {
        insert_clean(&mut o.table, e.key, e.hash, o.unordered);
    }
}

fn grow_target(used: usize) -> usize {
    if used > 50_000 { used * 2 } else { used * 4 }
}

/// Whether the key in slot `j` (`found`) of the table being probed equals `key`; `None`
/// when the comparison (a user `__eq__`) changed the table or that slot, and the search
/// must restart. Out of line (`cold`: two distinct keys with one hash are rare): inlined
/// into the probe loops, it slowed nqueens' backtracking from 0.17 s to 0.19 s.
#[cold]
fn equal_in_place(v: u64, (table, mask): (*const Slot, usize), j: usize, found: u64, key: u64) -> R<Option<bool>> {
    // The user's `__eq__` may remove the key: it is held meanwhile.
    incref(found);
    let same = eq_identity(found, key);
    decref(found);
    let same = same?;
    let unchanged = so(v).table.as_ptr() == table && self::mask(v) == mask && so(v).table[j].key == found;
    Ok(unchanged.then_some(same))
}

/// Adds a borrowed key with its hash (CPython's `set_add_entry`). The table is read through
/// a raw pointer; a user `__eq__` that changes the set restarts the search, as in CPython.
pub fn add_entry(v: u64, key: u64, hash: i64) -> R<()> {
    'restart: loop {
        let (table, mask) = (so(v).table.as_ptr(), mask(v));
        let mut freeslot: Option<usize> = None;
        let mut probe = SetProbe::new(probe_hash(so(v).unordered, hash), mask);
        loop {
            for j in probe.run() {
                // SAFETY: `j <= mask` and the table is unchanged since `table` was read.
                let e = unsafe { *table.add(j) };
                if e.key == EMPTY {
                    incref(key);
                    let o = so(v);
                    o.used += 1;
                    if let Some(f) = freeslot {
                        o.table[f] = Slot { key, hash };
                        return Ok(());
                    }
                    o.fill += 1;
                    o.table[j] = Slot { key, hash };
                    if o.fill * 5 >= mask * 3 {
                        resize(v, grow_target(o.used));
                    }
                    return Ok(());
                }
                if e.hash == hash {
                    if e.key == key {
                        return Ok(());
                    }
                    let Some(same) = equal_in_place(v, (table, mask), j, e.key, key)? else { continue 'restart };
                    if same {
                        return Ok(());
                    }
                } else if e.key == DUMMY {
                    // CPython keeps the last dummy on the probe path, not the first.
                    freeslot = Some(j);
                }
            }
            probe.advance();
        }
    }
}

pub fn add(v: u64, key: u64) -> R<()> {
    let hash = crate::hash::hash(key)?;
    add_entry(v, key, hash)
}

/// The slot holding a key equal to `key`.
fn lookup(v: u64, key: u64, hash: i64) -> R<Option<usize>> {
    'restart: loop {
        let (table, mask) = (so(v).table.as_ptr(), mask(v));
        let mut probe = SetProbe::new(probe_hash(so(v).unordered, hash), mask);
        loop {
            for j in probe.run() {
                // SAFETY: `j <= mask` and the table is unchanged since `table` was read.
                let e = unsafe { *table.add(j) };
                if e.key == EMPTY {
                    return Ok(None);
                }
                if e.hash == hash {
                    if e.key == key {
                        return Ok(Some(j));
                    }
                    let Some(same) = equal_in_place(v, (table, mask), j, e.key, key)? else { continue 'restart };
                    if same {
                        return Ok(Some(j));
                    }
                }
            }
            probe.advance();
        }
    }
}

fn contains_entry(v: u64, key: u64, hash: i64) -> R<bool> {
    Ok(lookup(v, key, hash)?.is_some())
}

pub fn contains_key(v: u64, key: u64) -> R<bool> {
    let hash = crate::hash::hash(key)?;
    contains_entry(v, key, hash)
}

/// Removes `key` if present, leaving a dummy; whether it was present.
fn discard_entry(v: u64, key: u64, hash: i64) -> R<bool> {
    let Some(j) = lookup(v, key, hash)? else { return Ok(false) };
    let o = so(v);
    let old = std::mem::replace(&mut o.table[j], DUMMY_SLOT);
    o.used -= 1;
    decref(old.key);
    Ok(true)
}

fn discard_key(v: u64, key: u64) -> R<bool> {
    let hash = crate::hash::hash(key)?;
    discard_entry(v, key, hash)
}

/// Runs `op` with `key`, retrying with `frozenset(key)` when `key` is an (unhashable) set,
/// as CPython's `in`, `remove` and `discard` do.
fn with_set_key<T>(key: u64, op: impl Fn(u64) -> R<T>) -> R<T> {
    match op(key) {
        Err(Raised) if is_set(key) && exc_kind(pending()) == TYPE_ERROR => {
            decref(take_pending());
            let frozen = make_new(KIND_FROZENSET, Some(key))?;
            let r = op(frozen);
            decref(frozen);
            r
        }
        r => r,
    }
}

/// `v.discard(key)`: whether it was present.
pub fn discard(v: u64, key: u64) -> R<bool> {
    with_set_key(key, |k| discard_key(v, k))
}

/// `key in v`.
pub fn contains(v: u64, key: u64) -> R<bool> {
    with_set_key(key, |k| contains_key(v, k))
}

pub fn clear(v: u64) {
    let o = so(v);
    let old = std::mem::replace(&mut o.table, vec![EMPTY_SLOT; MINSIZE]);
    o.fill = 0;
    o.used = 0;
    for e in old.iter().filter(|e| e.active()) {
        decref(e.key);
    }
}

/// Copies `other`'s keys into `v` (CPython's `set_merge`, whose shortcuts decide the
/// result's layout).
fn merge(v: u64, other: u64) -> R<()> {
    if v == other || len(other) == 0 {
        return Ok(());
    }
    let (ofill, oused, omask) = (so(other).fill, so(other).used, mask(other));
    if (so(v).fill + oused) * 5 >= mask(v) * 3 {
        resize(v, (so(v).used + oused) * 2);
    }
    let o = so(v);
    // A table copied slot for slot must be probed the same way in both sets.
    if o.fill == 0 && o.table.len() - 1 == omask && ofill == oused && o.unordered == so(other).unordered {
        for (dst, src) in o.table.iter_mut().zip(so(other).table.iter()) {
            if src.key != EMPTY {
                incref(src.key);
                *dst = *src;
            }
        }
        o.fill = ofill;
        o.used = oused;
        return Ok(());
    }
    if o.fill == 0 {
        o.fill = oused;
        o.used = oused;
        for e in so(other).table.iter().filter(|e| e.active()) {
            incref(e.key);
            insert_clean(&mut o.table, e.key, e.hash, o.unordered);
        }
        return Ok(());
    }
    for e in active(other) {
        add_entry(v, e.key, e.hash)?;
    }
    Ok(())
}

/// `v |= other` for any iterable `other` (CPython's `set_update_internal`).
pub fn update(v: u64, other: u64) -> R<()> {
    if is_anyset(other) {
        return merge(v, other);
    }
    if crate::dict::is_dict(other) {
        let n = crate::dict::len(other);
        if (so(v).fill + n) * 5 >= mask(v) * 3 {
            resize(v, (so(v).used + n) * 2);
        }
        let entries: Vec<(u64, i64)> = crate::dict::live(other).map(|e| (e.key, e.hash)).collect();
        for (k, h) in entries {
            add_entry(v, k, h)?;
        }
        return Ok(());
    }
    crate::iter::for_each(other, |x| add(v, x))
}

/// A new set or frozenset (`kind`) holding the items of `iterable`.
pub fn make_new(kind: u32, iterable: Option<u64>) -> R<u64> {
    let v = new_empty(kind);
    if let Some(x) = iterable {
        if let Err(e) = update(v, x) {
            decref(v);
            return Err(e);
        }
    }
    Ok(v)
}

/// Runs `f` on a fresh result, releasing it if `f` fails.
fn building(v: u64, f: impl FnOnce(u64) -> R<()>) -> R<u64> {
    match f(v) {
        Ok(()) => Ok(v),
        Err(e) => {
            decref(v);
            Err(e)
        }
    }
}

/// `frozenset(x)`: an exact frozenset is returned as it is.
pub fn frozenset_of(x: Option<u64>) -> R<u64> {
    match x {
        Some(f) if is_kind(f, KIND_FROZENSET) => {
            incref(f);
            Ok(f)
        }
        _ => make_new(KIND_FROZENSET, x),
    }
}

pub fn copy(v: u64) -> R<u64> {
    make_new(heap_kind(v), Some(v))
}

fn intersection(v: u64, other: u64) -> R<u64> {
    if v == other {
        return copy(v);
    }
    building(new_empty(heap_kind(v)), |result| {
        if is_anyset(other) {
            let (big, small) = if len(other) > len(v) { (other, v) } else { (v, other) };
            for e in active(small) {
                if contains_entry(big, e.key, e.hash)? {
                    add_entry(result, e.key, e.hash)?;
                }
            }
            return Ok(());
        }
        crate::iter::for_each(other, |x| {
            let hash = crate::hash::hash(x)?;
            if contains_entry(v, x, hash)? {
                add_entry(result, x, hash)?;
            }
            Ok(())
        })
    })
}

fn intersection_multi(v: u64, others: &[u64]) -> R<u64> {
    if others.is_empty() {
        return copy(v);
    }
    incref(v);
    let mut result = v;
    for &o in others {
        let next = intersection(result, o);
        decref(result);
        result = next?;
    }
    Ok(result)
}

/// Gives `v` the contents of `tmp` (CPython's `set_swap_bodies`, used by the in-place
/// operations that build a new table).
fn replace_body(v: u64, tmp: u64) {
    let (a, b) = (so(v), so(tmp));
    std::mem::swap(&mut a.table, &mut b.table);
    std::mem::swap(&mut a.fill, &mut b.fill);
    std::mem::swap(&mut a.used, &mut b.used);
    std::mem::swap(&mut a.hash, &mut b.hash);
    decref(tmp);
}

fn intersection_update(v: u64, others: &[u64]) -> R<()> {
    let tmp = intersection_multi(v, others)?;
    replace_body(v, tmp);
    Ok(())
}

/// `v -= other` (CPython's `set_difference_update_internal`).
fn difference_update(v: u64, other: u64) -> R<()> {
    if v == other {
        clear(v);
        return Ok(());
    }
    if is_anyset(other) {
        let other = if (len(other) >> 3) > len(v) {
            intersection(v, other)?
        } else {
            incref(other);
            other
        };
        let r = active(other).into_iter().try_for_each(|e| discard_entry(v, e.key, e.hash).map(drop));
        decref(other);
        r?;
    } else {
        crate::iter::for_each(other, |x| discard_key(v, x).map(drop))?;
    }
    let o = so(v);
    if o.fill - o.used > mask(v) / 4 {
        resize(v, grow_target(o.used));
    }
    Ok(())
}

fn copy_and_difference(v: u64, other: u64) -> R<u64> {
    building(copy(v)?, |r| difference_update(r, other))
}

fn difference(v: u64, other: u64) -> R<u64> {
    let other_size = if is_anyset(other) {
        len(other)
    } else if crate::dict::is_dict(other) {
        crate::dict::len(other)
    } else {
        return copy_and_difference(v, other);
    };
    if (len(v) >> 2) > other_size {
        return copy_and_difference(v, other);
    }
    building(new_empty(heap_kind(v)), |result| {
        for e in active(v) {
            let present = if is_anyset(other) { contains_entry(other, e.key, e.hash)? } else { crate::dict::contains_hashed(other, e.key, e.hash)? };
            if !present {
                add_entry(result, e.key, e.hash)?;
            }
        }
        Ok(())
    })
}

fn difference_multi(v: u64, others: &[u64]) -> R<u64> {
    let Some((&first, rest)) = others.split_first() else { return copy(v) };
    building(difference(v, first)?, |r| rest.iter().try_for_each(|&o| difference_update(r, o)))
}

fn toggle(v: u64, key: u64, hash: i64) -> R<()> {
    if !discard_entry(v, key, hash)? {
        add_entry(v, key, hash)?;
    }
    Ok(())
}

/// `v ^= other` (CPython's `set_symmetric_difference_update`).
fn symmetric_difference_update(v: u64, other: u64) -> R<()> {
    if v == other {
        clear(v);
        return Ok(());
    }
    if crate::dict::is_dict(other) {
        let entries: Vec<(u64, i64)> = crate::dict::live(other).map(|e| (e.key, e.hash)).collect();
        for (k, _) in &entries {
            incref(*k);
        }
        let r = entries.iter().try_for_each(|&(k, h)| toggle(v, k, h));
        entries.iter().for_each(|&(k, _)| decref(k));
        return r;
    }
    let other = if is_anyset(other) {
        incref(other);
        other
    } else {
        make_new(heap_kind(v), Some(other))?
    };
    let r = active(other).into_iter().try_for_each(|e| toggle(v, e.key, e.hash));
    decref(other);
    r
}

fn symmetric_difference(v: u64, other: u64) -> R<u64> {
    building(make_new(heap_kind(v), Some(other))?, |r| symmetric_difference_update(r, v))
}

fn union(v: u64, others: &[u64]) -> R<u64> {
    building(copy(v)?, |r| others.iter().filter(|&&o| o != v).try_for_each(|&o| update(r, o)))
}

fn issubset(v: u64, other: u64) -> R<bool> {
    if !is_anyset(other) {
        let tmp = make_new(KIND_SET, Some(other))?;
        let r = issubset(v, tmp);
        decref(tmp);
        return r;
    }
    if len(v) > len(other) {
        return Ok(false);
    }
    for e in active(v) {
        if !contains_entry(other, e.key, e.hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(v: u64, other: u64) -> R<bool> {
    if is_anyset(other) {
        return issubset(other, v);
    }
    let mut all = true;
    crate::iter::for_each(other, |x| {
        if all && !contains_key(v, x)? {
            all = false;
        }
        Ok(())
    })?;
    Ok(all)
}

fn isdisjoint(v: u64, other: u64) -> R<bool> {
    if v == other {
        return Ok(len(v) == 0);
    }
    if is_anyset(other) {
        let (big, small) = if len(other) > len(v) { (other, v) } else { (v, other) };
        for e in active(small) {
            if contains_entry(big, e.key, e.hash)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let mut disjoint = true;
    crate::iter::for_each(other, |x| {
        if disjoint && contains_key(v, x)? {
            disjoint = false;
        }
        Ok(())
    })?;
    Ok(disjoint)
}

fn pop(v: u64) -> R<u64> {
    let o = so(v);
    if o.used == 0 {
        return raise(KEY_ERROR, "pop from an empty set");
    }
    let mask = o.table.len() - 1;
    let mut i = o.finger & mask;
    while !o.table[i].active() {
        i += 1;
        if i > mask {
            i = 0;
        }
    }
    let key = std::mem::replace(&mut o.table[i], DUMMY_SLOT).key;
    o.used -= 1;
    o.finger = i + 1;
    Ok(key)
}

/// CPython's `frozenset_hash`: order-independent, cached.
pub fn frozen_hash(v: u64) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let o = so(v);
    if o.hash != -1 {
        return o.hash;
    }
    let mut hash: u64 = 0;
    for e in &o.table {
        hash ^= shuffle(e.hash as u64);
    }
    let nslots = o.table.len();
    if (nslots - o.fill) & 1 == 1 {
        hash ^= shuffle(0);
    }
    if (o.fill - o.used) & 1 == 1 {
        hash ^= shuffle(-1i64 as u64);
    }
    hash ^= (o.used as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    o.hash = hash as i64;
    hash as i64
}

/// Set comparison (`==` is equality, `<=` subset, `<` proper subset, ...); `None` when
/// `b` is not a set or frozenset (NotImplemented).
pub fn compare(a: u64, b: u64, op: i32) -> Option<R<bool>> {
    if !is_anyset(b) {
        return None;
    }
    let (la, lb) = (len(a), len(b));
    Some(match op {
        molt_abi::cmp::EQ | molt_abi::cmp::NE => {
            let eq = if la != lb {
                Ok(false)
            } else if is_kind(a, KIND_FROZENSET) && is_kind(b, KIND_FROZENSET) && so(a).hash != -1 && so(b).hash != -1 && so(a).hash != so(b).hash {
                Ok(false)
            } else {
                issubset(a, b)
            };
            eq.map(|e| e == (op == molt_abi::cmp::EQ))
        }
        molt_abi::cmp::LE => issubset(a, b),
        molt_abi::cmp::GE => issuperset(a, b),
        molt_abi::cmp::LT => if la >= lb { Ok(false) } else { issubset(a, b) },
        _ => if la <= lb { Ok(false) } else { issuperset(a, b) },
    })
}

/// `a op b` for `|`, `&`, `-`, `^` (op as its symbol); `None` unless both are sets.
pub fn binop(op: u8, a: u64, b: u64) -> Option<R<u64>> {
    if !is_anyset(a) || !is_anyset(b) {
        return None;
    }
    Some(match op {
        b'|' => union(a, &[b]),
        b'&' => intersection(a, b),
        b'-' => difference(a, b),
        _ => symmetric_difference(a, b),
    })
}

/// `a op= b` on a (mutable) set; `None` when the plain operator applies instead.
pub fn inplace(op: u8, a: u64, b: u64) -> Option<R<()>> {
    if !is_set(a) || !is_anyset(b) {
        return None;
    }
    Some(match op {
        b'|' => update(a, b),
        b'&' => intersection_update(a, &[b]),
        b'-' => difference_update(a, b),
        _ => symmetric_difference_update(a, b),
    })
}

pub fn repr(v: u64) -> R<String> {
    let name = type_name(v);
    if len(v) == 0 {
        return Ok(format!("{name}()"));
    }
    crate::builtins::repr_guarded(v, &format!("{name}(...)"), || {
        let mut s = String::new();
        for (i, e) in active(v).iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&crate::builtins::repr_string(e.key)?);
        }
        Ok(if is_set(v) { format!("{{{s}}}") } else { format!("{name}({{{s}}})") })
    })
}

pub fn iter(v: u64) -> u64 {
    incref(v);
    alloc_obj(SetIter { hdr: Header { refcount: 1, kind: KIND_SET_ITER }, set: v, pos: 0, used: len(v), failed: false })
}

pub fn iter_next(it: u64) -> u64 {
    let o = unsafe { obj_mut::<SetIter>(it) };
    if o.pos == usize::MAX {
        return STOP;
    }
    if o.failed || len(o.set) != o.used {
        o.failed = true;
        return ret(raise(RUNTIME_ERROR, "Set changed size during iteration"));
    }
    let table = &so(o.set).table;
    while o.pos < table.len() {
        let e = table[o.pos];
        o.pos += 1;
        if e.active() {
            incref(e.key);
            return e.key;
        }
    }
    o.pos = usize::MAX;
    STOP
}

fn arity(v: u64, name: &str, args: &[u64], lo: usize, hi: usize) -> R<()> {
    crate::list::arity_of(type_name(v), name, args, lo, hi)
}

fn unit(r: R<()>) -> R<u64> {
    r.map(|()| NONE)
}

/// Calls method `name` of set or frozenset `v` with borrowed `args`; `None` if there is
/// no such method.
pub fn call_method(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    let frozen = is_kind(v, KIND_FROZENSET);
    let one = |f: fn(u64, u64) -> R<bool>| arity(v, name, args, 1, 1).and_then(|()| f(v, args[0])).map(box_bool);
    Some(match name {
        "copy" if frozen => arity(v, name, args, 0, 0).map(|()| {
            incref(v);
            v
        }),
        "copy" => arity(v, name, args, 0, 0).and_then(|()| copy(v)),
        "union" => union(v, args),
        "intersection" => intersection_multi(v, args),
        "difference" => difference_multi(v, args),
        "symmetric_difference" => arity(v, name, args, 1, 1).and_then(|()| symmetric_difference(v, args[0])),
        "issubset" => one(issubset),
        "issuperset" => one(issuperset),
        "isdisjoint" => one(isdisjoint),
        _ if frozen => return None,
        "add" => arity(v, name, args, 1, 1).and_then(|()| unit(add(v, args[0]))),
        "remove" => arity(v, name, args, 1, 1).and_then(|()| {
            if with_set_key(args[0], |k| discard_key(v, k))? { Ok(NONE) } else { raise_args(KEY_ERROR, &[args[0]]) }
        }),
        "discard" => arity(v, name, args, 1, 1).and_then(|()| unit(discard(v, args[0]).map(drop))),
        "pop" => arity(v, name, args, 0, 0).and_then(|()| pop(v)),
        "clear" => arity(v, name, args, 0, 0).map(|()| {
            clear(v);
            NONE
        }),
        "update" => unit(args.iter().try_for_each(|&o| update(v, o))),
        "intersection_update" => unit(intersection_update(v, args)),
        "difference_update" => unit(args.iter().try_for_each(|&o| difference_update(v, o))),
        "symmetric_difference_update" => arity(v, name, args, 1, 1).and_then(|()| unit(symmetric_difference_update(v, args[0]))),
        _ => return None,
    })
}

/// The set a dict view stands for in a set operation (CPython's `dictviews_to_set`):
/// a keys view is built from its dict, anything else by iteration.
fn view_to_set(x: u64) -> R<u64> {
    let src = if is_kind(x, KIND_DICT_KEYS) { crate::dict::view_dict(x) } else { x };
    make_new(KIND_SET, Some(src))
}

fn is_set_view(x: u64) -> bool {
    matches!(heap_kind(x), KIND_DICT_KEYS | KIND_DICT_ITEMS)
}

/// `a op b` where either operand is a keys or items view: the result is a set.
pub fn view_binop(op: u8, a: u64, b: u64) -> Option<R<u64>> {
    if !is_set_view(a) && !is_set_view(b) {
        return None;
    }
    Some(match op {
        b'|' => view_to_set(a).and_then(|r| building(r, |r| update(r, b))),
        b'-' => view_to_set(a).and_then(|r| building(r, |r| difference_update(r, b))),
        b'^' if is_kind(a, KIND_DICT_ITEMS) && is_kind(b, KIND_DICT_ITEMS) => items_xor(a, b),
        b'^' => view_to_set(a).and_then(|r| building(r, |r| symmetric_difference_update(r, b))),
        _ => view_intersection(a, b),
    })
}

/// CPython's `_PyDictView_Intersect`.
fn view_intersection(a: u64, b: u64) -> R<u64> {
    let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let n = crate::dict::view_len(view);
    if is_set(other) && n <= len(other) {
        return intersection_multi(other, &[view]);
    }
    if is_set_view(other) && crate::dict::view_len(other) > n {
        std::mem::swap(&mut view, &mut other);
    }
    building(new_empty(KIND_SET), |result| {
        crate::iter::for_each(other, |x| {
            if crate::dict::view_contains(view, x)? {
                add(result, x)?;
            }
            Ok(())
        })
    })
}

/// CPython's `dictitems_xor`: pairs in exactly one of the two views, by key and value.
fn items_xor(a: u64, b: u64) -> R<u64> {
    let (d1, d2) = (crate::dict::view_dict(a), crate::dict::view_dict(b));
    let temp = crate::dict::copy(d1);
    let r = building(new_empty(KIND_SET), |result| {
        let entries: Vec<(u64, u64)> = crate::dict::live(d2).map(|e| (e.key, e.value)).collect();
        for (k, v2) in entries {
            let delete = match crate::dict::get(temp, k)? {
                Some(v1) => eq_identity(v1, v2)?,
                None => false,
            };
            if delete {
                if let Some(x) = crate::dict::remove(temp, k)? {
                    decref(x);
                }
            } else {
                let pair = crate::tuple::new_tuple_borrowed(&[k, v2]);
                let r = add(result, pair);
                decref(pair);
                r?;
            }
        }
        let rest: Vec<(u64, u64)> = crate::dict::live(temp).map(|e| (e.key, e.value)).collect();
        for (k, v1) in rest {
            let pair = crate::tuple::new_tuple_borrowed(&[k, v1]);
            let r = add(result, pair);
            decref(pair);
            r?;
        }
        Ok(())
    });
    decref(temp);
    r
}

/// Comparison of a keys or items view with a set or another such view (CPython's
/// `dictview_richcompare`); `None` when neither side is such a view or the other is not
/// set-like.
pub fn view_compare(a: u64, b: u64, op: i32) -> Option<R<bool>> {
    use molt_abi::cmp;
    let size = |x: u64| if is_anyset(x) { len(x) } else { crate::dict::view_len(x) };
    let set_like = |x: u64| is_anyset(x) || is_set_view(x);
    if !(is_set_view(a) || is_set_view(b)) || !set_like(a) || !set_like(b) {
        return None;
    }
    if !is_set_view(a) {
        // `set op view` runs as the view's reflected comparison, as in CPython.
        let reflected = match op {
            cmp::LT => cmp::GT,
            cmp::LE => cmp::GE,
            cmp::GT => cmp::LT,
            cmp::GE => cmp::LE,
            other => other,
        };
        return view_compare(b, a, reflected);
    }
    let contained = |x: u64, y: u64| -> R<bool> {
        let mut all = true;
        crate::iter::for_each(x, |item| {
            if all && !crate::ops::contains(y, item)? {
                all = false;
            }
            Ok(())
        })?;
        Ok(all)
    };
    let (la, lb) = (size(a), size(b));
    Some(match op {
        cmp::EQ => if la == lb { contained(a, b) } else { Ok(false) },
        cmp::NE => if la == lb { contained(a, b).map(|c| !c) } else { Ok(true) },
        cmp::LT => if la < lb { contained(a, b) } else { Ok(false) },
        cmp::LE => if la <= lb { contained(a, b) } else { Ok(false) },
        cmp::GT => if la > lb { contained(b, a) } else { Ok(false) },
        _ => if la >= lb { contained(b, a) } else { Ok(false) },
    })
}

/// `view.isdisjoint(other)` (CPython's `dictviews_isdisjoint`).
pub fn view_isdisjoint(view: u64, other: u64) -> R<bool> {
    if view == other {
        return Ok(crate::dict::view_len(view) == 0);
    }
    let (mut this, mut that) = (view, other);
    if is_anyset(other) || is_set_view(other) {
        let lo = if is_anyset(other) { len(other) } else { crate::dict::view_len(other) };
        if lo > crate::dict::view_len(view) {
            std::mem::swap(&mut this, &mut that);
        }
    }
    let mut disjoint = true;
    crate::iter::for_each(that, |x| {
        if disjoint && crate::ops::contains(this, x)? {
            disjoint = false;
        }
        Ok(())
    })?;
    Ok(disjoint)
}

/// `{a, b, c}` built as CPython's compiler does (`build` is `SetBuild` in the compiler's
/// HIR): 0 adds the items one by one; 1 copies a frozenset constant (more than two
/// constant items); 2 is that frozenset constant itself (constants iterated by `for`).
/// CPython builds the constant from the items, then rebuilds it from its own iteration
/// order when merging the code object's constants: both steps decide the layout.
#[unsafe(no_mangle)]
pub extern "C" fn molt_set_new(build: i32, items: *const u64, n: usize) -> u64 {
    let items = if n == 0 || items.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(items, n) } };
    let sequential = |kind, items: &[u64]| building(new_empty(kind), |s| items.iter().try_for_each(|&x| add(s, x)));
    if build == 0 {
        return ret(sequential(KIND_SET, items));
    }
    let constant = sequential(KIND_FROZENSET, items).and_then(|first| {
        let order: Vec<u64> = active(first).iter().map(|e| e.key).collect();
        let rebuilt = sequential(KIND_FROZENSET, &order);
        decref(first);
        rebuilt
    });
    ret(if build == 1 {
        constant.and_then(|f| {
            let r = make_new(KIND_SET, Some(f));
            decref(f);
            r
        })
    } else {
        constant
    })
}

/// Adds a borrowed value to a set (set comprehensions): 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub extern "C" fn molt_set_add(v: u64, x: u64) -> i32 {
    if add(v, x).is_ok() { 0 } else { -1 }
}

/// `set()` and `set(iterable)`: ERR for no argument.
#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_set(x: u64) -> u64 {
    ret(make_new(KIND_SET, if x == ERR { None } else { Some(x) }))
}

/// `frozenset()` and `frozenset(iterable)`: ERR for no argument.
#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_frozenset(x: u64) -> u64 {
    ret(frozenset_of(if x == ERR { None } else { Some(x) }))
}
