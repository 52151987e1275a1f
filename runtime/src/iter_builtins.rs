//! Built-ins over iterables: `enumerate`, `zip`, `reversed` (lazy iterator objects, as in
//! CPython), `sum`, `any`, `all`, `sorted` and `list.sort` (CPython 3.11's timsort, so the
//! same comparisons in the same order: a failing or inconsistent `<` has CPython's outcome).

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
    incref(start);
    let is_list = is_kind(iterable, KIND_LIST);
    if is_list || is_tuple(iterable) {
        // A list or tuple is read by index, as its iterator would: the length is read
        // again at each step, since an `__add__` may change the list.
        let mut acc = start;
        let mut i = 0;
        loop {
            let items = if is_list { crate::list::items(iterable) } else { crate::tuple::items(iterable) };
            let Some(&x) = items.get(i) else { return Ok(acc) };
            i += 1;
            incref(x);
            acc = sum_step(acc, x)?;
        }
    }
    let it = match crate::iter::iter(iterable) {
        Ok(it) => it,
        Err(e) => {
            decref(start);
            return Err(e);
        }
    };
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
        match sum_step(acc, x) {
            Ok(v) => acc = v,
            Err(e) => break Err(e),
        }
    };
    decref(it);
    result
}

/// `acc + x`, consuming both (on an error too).
#[inline]
fn sum_step(acc: u64, x: u64) -> R<u64> {
    // Small ints (48 bits: their sum cannot overflow i64), bools and floats add inline, as
    // CPython's sum() has int and float loops; none needs reference counting.
    if is_small_int(acc) && (is_small_int(x) || tag_of(x) == TAG_BOOL) {
        let xi = if is_small_int(x) { unbox_small_int(x) } else { (x & 1) as i64 };
        return Ok(crate::int::new_int_i64(unbox_small_int(acc) + xi));
    }
    if is_float(acc) && is_float(x) {
        return Ok(box_float(unbox_float(acc) + unbox_float(x)));
    }
    let r = crate::ops::binop(crate::ops::BinOp::Add, acc, x);
    decref(x);
    decref(acc);
    r
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

/// Sorts `items` stably with `<`, comparing exactly the pairs CPython 3.11's timsort
/// compares, in the same order (see [`TimSort`]).
pub fn sort(items: &mut [u64]) -> R<()> {
    sort_by(items, |x| x)
}

/// `sort` comparing `key(item)`: with `key=`, items are (key, value) pairs.
fn sort_by<T: Copy>(items: &mut [T], key: impl Fn(T) -> u64 + Copy) -> R<()> {
    if items.len() < 2 {
        return Ok(());
    }
    if sort_homogeneous(items, key) {
        return Ok(());
    }
    let listlen = items.len();
    TimSort { items, less: move |a: T, b: T| less(key(a), key(b)), min_gallop: MIN_GALLOP, runs: Vec::new(), listlen }.sort()
}

/// Sorts items whose keys are all small ints or all non-NaN floats without calling `<`,
/// and says whether it did. For these, `<` is a strict weak order that cannot fail or
/// have effects, and a stable sort's result is unique under such an order, so it is
/// exactly the order TimSort leaves (as CPython's `unsafe_*_compare` pre-checks in
/// `list.sort` rely on); only the comparisons made differ, which nothing can observe.
/// Each key becomes a `u64` with the same order (-0.0 and 0.0 the same key, as they
/// compare equal), paired with its position so that an unstable sort of the pairs is
/// the stable sort of the items. One instantiation of the standard sort serves every
/// item type: a sort per key kind and item type cost 45 KB of binary.
fn sort_homogeneous<T: Copy>(items: &mut [T], key: impl Fn(T) -> u64 + Copy) -> bool {
    let Ok(n) = u32::try_from(items.len()) else { return false };
    let first = key(items[0]);
    let order_key: fn(u64) -> u64 = if is_small_int(first) && items.iter().all(|&x| is_small_int(key(x))) {
        |k| (unbox_small_int(k) as u64) ^ (1 << 63)
    } else if is_float(first) && items.iter().all(|&x| is_float(key(x)) && !f64::from_bits(key(x)).is_nan()) {
        |k| {
            let bits = if f64::from_bits(k) == 0.0 { 0 } else { k };
            if bits >> 63 == 1 { !bits } else { bits | (1 << 63) }
        }
    } else {
        return false;
    };
    let mut keyed: Vec<(u64, u32)> = items.iter().zip(0..n).map(|(&x, i)| (order_key(key(x)), i)).collect();
    keyed.sort_unstable();
    let sorted: Vec<T> = keyed.iter().map(|&(_, i)| items[i as usize]).collect();
    items.copy_from_slice(&sorted);
    true
}

const MIN_GALLOP: usize = 7;

/// A pending run: `items[base..base + len]`, with its powersort "power".
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// CPython 3.11's list sort (Objects/listobject.c, Objects/listsort.txt): natural runs
/// extended to `minrun` by binary insertion, merged by the powersort policy with galloping
/// merges. Every comparison CPython makes is made here, in the same order, so a raising
/// or inconsistent `<` (NaN, a user `__lt__` with effects) gives CPython's outcome, and on
/// an error the items are left in the same order CPython leaves them.
struct TimSort<'a, T, F> {
    items: &'a mut [T],
    less: F,
    min_gallop: usize,
    runs: Vec<Run>,
    listlen: usize,
}

/// How a merge loop ended (CPython's labels): the rest of A (the temporary copy) goes
/// back in place, or one element of one run is left to place after the other's rest.
enum MergeEnd {
    Done,
    CopyLast,
}

impl<T: Copy, F: Fn(T, T) -> R<bool>> TimSort<'_, T, F> {
    fn sort(mut self) -> R<()> {
        let n = self.listlen;
        let minrun = {
            let (mut m, mut r) = (n, 0);
            while m >= 64 {
                r |= m & 1;
                m >>= 1;
            }
            m + r
        };
        let (mut lo, mut remaining) = (0, n);
        while remaining > 0 {
            let (mut len, descending) = self.count_run(lo, lo + remaining)?;
            if descending {
                self.items[lo..lo + len].reverse();
            }
            if len < minrun {
                let force = remaining.min(minrun);
                self.binary_sort(lo, lo + force, lo + len)?;
                len = force;
            }
            self.found_new_run(len)?;
            self.runs.push(Run { base: lo, len, power: 0 });
            lo += len;
            remaining -= len;
        }
        while self.runs.len() > 1 {
            let mut i = self.runs.len() - 2;
            if i > 0 && self.runs[i - 1].len < self.runs[i + 1].len {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }

    fn lt(&self, a: T, b: T) -> R<bool> {
        (self.less)(a, b)
    }

    /// The run starting at `lo`: ascending (`a <= b <= ...`) or strictly descending.
    fn count_run(&self, lo: usize, hi: usize) -> R<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let descending = self.lt(self.items[lo + 1], self.items[lo])?;
        while lo + n < hi && self.lt(self.items[lo + n], self.items[lo + n - 1])? == descending {
            n += 1;
        }
        Ok((n, descending))
    }

    /// Binary insertion of `items[start..hi]` into the sorted `items[lo..start]`.
    fn binary_sort(&mut self, lo: usize, hi: usize, start: usize) -> R<()> {
        for s in start.max(lo + 1)..hi {
            let pivot = self.items[s];
            let (mut l, mut r) = (lo, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.items[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.items.copy_within(l..s, l + 1);
            self.items[l] = pivot;
        }
        Ok(())
    }

    /// Powersort: the depth of the boundary between the last run and the new one (of
    /// length `n2`) in a conceptual binary merge tree; deeper pending runs merge first.
    fn found_new_run(&mut self, n2: usize) -> R<()> {
        let Some(last) = self.runs.last().copied() else { return Ok(()) };
        let n = self.listlen;
        let mut a = 2 * last.base + last.len;
        let mut b = a + last.len + n2;
        let mut power = 0;
        loop {
            power += 1;
            if a >= n {
                a -= n;
                b -= n;
            } else if b >= n {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > power {
            self.merge_at(self.runs.len() - 2)?;
        }
        if let Some(r) = self.runs.last_mut() {
            r.power = power;
        }
        Ok(())
    }

    /// Where `key` goes in sorted `run` (left of equal elements), searching from `hint`.
    fn gallop_left(&self, key: T, run: &[T], hint: usize) -> R<usize> {
        let n = run.len();
        let (mut lastofs, mut ofs) = (0usize, 1usize);
        let (mut lo, mut hi);
        if self.lt(run[hint], key)? {
            let maxofs = n - hint;
            while ofs < maxofs && self.lt(run[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = (hint + lastofs) as isize;
            hi = hint + ofs;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs && !self.lt(run[hint - ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = hint as isize - ofs as isize;
            hi = hint - lastofs;
        }
        lo += 1;
        let mut lo = lo as usize;
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(run[m], key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// Where `key` goes in sorted `run` (right of equal elements), searching from `hint`.
    fn gallop_right(&self, key: T, run: &[T], hint: usize) -> R<usize> {
        let n = run.len();
        let (mut lastofs, mut ofs) = (0usize, 1usize);
        let (mut lo, mut hi);
        if self.lt(key, run[hint])? {
            let maxofs = hint + 1;
            while ofs < maxofs && self.lt(key, run[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = hint as isize - ofs as isize;
            hi = hint - lastofs;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs && !self.lt(key, run[hint + ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = (hint + lastofs) as isize;
            hi = hint + ofs;
        }
        lo += 1;
        let mut lo = lo as usize;
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(key, run[m])? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> R<()> {
        let (Run { base: mut sa, len: mut na, .. }, Run { base: sb, len: nb, .. }) = (self.runs[i], self.runs[i + 1]);
        self.runs[i].len = na + nb;
        self.runs.remove(i + 1);
        // Elements of A before B's first, and of B after A's last, are already in place.
        let k = self.gallop_right(self.items[sb], &self.items[sa..sa + na], 0)?;
        sa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let nb = self.gallop_left(self.items[sa + na - 1], &self.items[sb..sb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb { self.merge_lo(sa, na, sb, nb) } else { self.merge_hi(sa, na, sb, nb) }
    }

    /// Merges A = `items[sa..sa + na]` (copied out) with the B that follows it, from the left.
    fn merge_lo(&mut self, sa: usize, mut na: usize, mut b: usize, mut nb: usize) -> R<()> {
        let tmp: Vec<T> = self.items[sa..sa + na].to_vec();
        let (mut a, mut dest) = (0usize, sa);
        macro_rules! check {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => break Err(e),
                }
            };
        }
        self.items[dest] = self.items[b];
        dest += 1;
        b += 1;
        nb -= 1;
        let end: R<MergeEnd> = 'merge: {
            if nb == 0 {
                break 'merge Ok(MergeEnd::Done);
            }
            if na == 1 {
                break 'merge Ok(MergeEnd::CopyLast);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                let simple = loop {
                    if check!(self.lt(self.items[b], tmp[a])) {
                        self.items[dest] = self.items[b];
                        (dest, b, nb, bcount, acount) = (dest + 1, b + 1, nb - 1, bcount + 1, 0);
                        if nb == 0 {
                            break Ok(Some(MergeEnd::Done));
                        }
                        if bcount >= min_gallop {
                            break Ok(None);
                        }
                    } else {
                        self.items[dest] = tmp[a];
                        (dest, a, na, acount, bcount) = (dest + 1, a + 1, na - 1, acount + 1, 0);
                        if na == 1 {
                            break Ok(Some(MergeEnd::CopyLast));
                        }
                        if acount >= min_gallop {
                            break Ok(None);
                        }
                    }
                };
                match simple {
                    Err(e) => break 'merge Err(e),
                    Ok(Some(end)) => break 'merge Ok(end),
                    Ok(None) => {}
                }
                min_gallop += 1;
                let galloped = loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = check!(self.gallop_right(self.items[b], &tmp[a..a + na], 0));
                    acount = k;
                    if k > 0 {
                        self.items[dest..dest + k].copy_from_slice(&tmp[a..a + k]);
                        (dest, a, na) = (dest + k, a + k, na - k);
                        if na == 1 {
                            break Ok(Some(MergeEnd::CopyLast));
                        }
                        if na == 0 {
                            break Ok(Some(MergeEnd::Done));
                        }
                    }
                    self.items[dest] = self.items[b];
                    (dest, b, nb) = (dest + 1, b + 1, nb - 1);
                    if nb == 0 {
                        break Ok(Some(MergeEnd::Done));
                    }
                    let k = check!(self.gallop_left(tmp[a], &self.items[b..b + nb], 0));
                    bcount = k;
                    if k > 0 {
                        self.items.copy_within(b..b + k, dest);
                        (dest, b, nb) = (dest + k, b + k, nb - k);
                        if nb == 0 {
                            break Ok(Some(MergeEnd::Done));
                        }
                    }
                    self.items[dest] = tmp[a];
                    (dest, a, na) = (dest + 1, a + 1, na - 1);
                    if na == 1 {
                        break Ok(Some(MergeEnd::CopyLast));
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break Ok(None);
                    }
                };
                match galloped {
                    Err(e) => break 'merge Err(e),
                    Ok(Some(end)) => break 'merge Ok(end),
                    Ok(None) => {}
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            Ok(MergeEnd::CopyLast) => {
                // The last element of A belongs at the end of the merge.
                self.items.copy_within(b..b + nb, dest);
                self.items[dest + nb] = tmp[a];
                Ok(())
            }
            done_or_failed => {
                self.items[dest..dest + na].copy_from_slice(&tmp[a..a + na]);
                done_or_failed.map(|_| ())
            }
        }
    }

    /// Merges A = `items[sa..sa + na]` with B = `items[sb..sb + nb]` (copied out), from
    /// the right. Positions are signed: they step one below the runs' starts at the end.
    fn merge_hi(&mut self, sa: usize, mut na: usize, sb: usize, mut nb: usize) -> R<()> {
        let tmp: Vec<T> = self.items[sb..sb + nb].to_vec();
        let base_a = sa;
        let (mut a, mut b, mut dest) = ((sa + na - 1) as isize, (nb - 1) as isize, (sb + nb - 1) as isize);
        macro_rules! check {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => break Err(e),
                }
            };
        }
        let at = |i: isize| i as usize;
        self.items[at(dest)] = self.items[at(a)];
        dest -= 1;
        a -= 1;
        na -= 1;
        let end: R<MergeEnd> = 'merge: {
            if na == 0 {
                break 'merge Ok(MergeEnd::Done);
            }
            if nb == 1 {
                break 'merge Ok(MergeEnd::CopyLast);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                let simple = loop {
                    if check!(self.lt(tmp[at(b)], self.items[at(a)])) {
                        self.items[at(dest)] = self.items[at(a)];
                        (dest, a, na, acount, bcount) = (dest - 1, a - 1, na - 1, acount + 1, 0);
                        if na == 0 {
                            break Ok(Some(MergeEnd::Done));
                        }
                        if acount >= min_gallop {
                            break Ok(None);
                        }
                    } else {
                        self.items[at(dest)] = tmp[at(b)];
                        (dest, b, nb, bcount, acount) = (dest - 1, b - 1, nb - 1, bcount + 1, 0);
                        if nb == 1 {
                            break Ok(Some(MergeEnd::CopyLast));
                        }
                        if bcount >= min_gallop {
                            break Ok(None);
                        }
                    }
                };
                match simple {
                    Err(e) => break 'merge Err(e),
                    Ok(Some(end)) => break 'merge Ok(end),
                    Ok(None) => {}
                }
                min_gallop += 1;
                let galloped = loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = na - check!(self.gallop_right(tmp[at(b)], &self.items[base_a..base_a + na], na - 1));
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        a -= k as isize;
                        self.items.copy_within(at(a + 1)..at(a + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break Ok(Some(MergeEnd::Done));
                        }
                    }
                    self.items[at(dest)] = tmp[at(b)];
                    (dest, b, nb) = (dest - 1, b - 1, nb - 1);
                    if nb == 1 {
                        break Ok(Some(MergeEnd::CopyLast));
                    }
                    let k = nb - check!(self.gallop_left(self.items[at(a)], &tmp[..nb], nb - 1));
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        b -= k as isize;
                        self.items[at(dest + 1)..at(dest + 1) + k].copy_from_slice(&tmp[at(b + 1)..at(b + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            break Ok(Some(MergeEnd::CopyLast));
                        }
                        if nb == 0 {
                            break Ok(Some(MergeEnd::Done));
                        }
                    }
                    self.items[at(dest)] = self.items[at(a)];
                    (dest, a, na) = (dest - 1, a - 1, na - 1);
                    if na == 0 {
                        break Ok(Some(MergeEnd::Done));
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break Ok(None);
                    }
                };
                match galloped {
                    Err(e) => break 'merge Err(e),
                    Ok(Some(end)) => break 'merge Ok(end),
                    Ok(None) => {}
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            Ok(MergeEnd::CopyLast) => {
                // The first element of B belongs at the front of the merge.
                let lo = at(a + 1) - na;
                self.items.copy_within(lo..lo + na, at(dest + 1) - na);
                self.items[at(dest) - na] = tmp[at(b)];
                Ok(())
            }
            done_or_failed => {
                if nb > 0 {
                    let lo = at(dest + 1) - nb;
                    self.items[lo..lo + nb].copy_from_slice(&tmp[..nb]);
                }
                done_or_failed.map(|_| ())
            }
        }
    }
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
