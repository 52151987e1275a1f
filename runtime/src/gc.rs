//! The cycle collector: reference counting frees everything except reference cycles
//! (`a = []; a.append(a)`); this finds unreachable cycles among container objects and
//! frees them, so memory stays bounded in long-running loops (specs/containers.md).
//!
//! Every container that can hold arbitrary values (lists, tuples, dicts and their views,
//! function objects and cells, class objects and instances, and exceptions with a user
//! class or attributes) is *tracked*:
//! it stores its index in `TRACKED` right after its header (`GcHead`). A collection
//! 1. copies each tracked object's refcount,
//! 2. subtracts every reference a tracked object holds to another tracked object,
//! 3. treats objects left with a positive count as roots (something outside the tracked
//!    set, e.g. generated code or a global, holds them) and marks all they reach,
//! 4. frees the rest: it holds an extra reference to each, clears their contents (which
//!    drops references to each other), then releases the extra references.
//!
//! Invariant for the rest of the runtime: a reference that generated code or the runtime
//! can still use is counted, or is borrowed from an object whose reference is counted, so
//! a collection (which runs when a tracked object is allocated) never frees anything
//! reachable. New objects are tracked only once their contents are initialised.

use crate::abi::*;
use crate::object::*;
use std::cell::{Cell, RefCell};

/// Placed right after the `Header` of every tracked object.
#[repr(C)]
pub struct GcHead {
    pub index: usize,
}

/// Marks an object that is not (yet) tracked.
pub const UNTRACKED: usize = usize::MAX;

/// Collections start after this many tracked allocations (CPython's generation-0 default).
const BASE_THRESHOLD: usize = 700;

thread_local! {
    static TRACKED: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    static ALLOCATED_SINCE: Cell<usize> = const { Cell::new(0) };
    /// Grows with the survivors and the references they hold, so the total collection
    /// work stays linear in the number of allocations even when big containers live long.
    static THRESHOLD: Cell<usize> = const { Cell::new(BASE_THRESHOLD) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
}

fn head<'a>(v: u64) -> &'a mut GcHead {
    // SAFETY: tracked kinds are repr(C) with a GcHead right after the Header.
    unsafe { &mut *((ptr_of(v) as *mut u8).add(std::mem::size_of::<Header>()) as *mut GcHead) }
}

/// Whether `v` is an object of a tracked kind.
fn is_container(v: u64) -> bool {
    matches!(heap_kind(v), KIND_LIST | KIND_TUPLE | KIND_DICT | KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS | KIND_FUNC | KIND_CELL | KIND_CLASS | KIND_INSTANCE | KIND_METHOD | KIND_WRAPPER | KIND_SUPER | KIND_BUILTIN_METHOD | KIND_EXC)
}

/// Calls `f` on each reference `v` holds (borrowed); nothing is freed meanwhile.
fn for_each_child(v: u64, mut f: impl FnMut(u64)) {
    match heap_kind(v) {
        KIND_LIST => crate::list::items(v).iter().for_each(|&c| f(c)),
        KIND_TUPLE => crate::tuple::items(v).iter().for_each(|&c| f(c)),
        KIND_DICT => crate::dict::live(v).for_each(|e| {
            f(e.key);
            f(e.value)
        }),
        KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => f(crate::dict::view_dict(v)),
        KIND_FUNC => crate::func::children(unsafe { obj::<crate::func::FuncObj>(v) }).for_each(f),
        KIND_CELL => {
            let c = unsafe { obj::<crate::func::CellObj>(v) }.value;
            if c != ERR {
                f(c)
            }
        }
        KIND_CLASS | KIND_INSTANCE | KIND_METHOD | KIND_WRAPPER | KIND_SUPER | KIND_BUILTIN_METHOD => crate::class::children(v, &mut f),
        KIND_EXC => crate::exc::children(v, &mut f),
        _ => {}
    }
}

/// Starts tracking a fully initialised container. (`maybe_collect` may run at any time
/// before: an untracked object's references count as external, so they keep what they
/// reach alive.)
pub fn track(v: u64) {
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        head(v).index = t.len();
        t.push(v);
    });
}

/// Stops tracking `v` (when it is freed).
#[inline]
pub fn untrack(v: u64) {
    // Most objects freed were never tracked (tuples of atoms): no call for them.
    if head(v).index != UNTRACKED {
        remove_tracked(v);
    }
}

fn remove_tracked(v: u64) {
    let i = head(v).index;
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        t.swap_remove(i);
        if let Some(&moved) = t.get(i) {
            head(moved).index = i;
        }
    });
    head(v).index = UNTRACKED;
}

/// Counts an allocation of a tracked object and collects when the threshold is reached.
pub fn maybe_collect() {
    let n = ALLOCATED_SINCE.with(|a| {
        a.set(a.get() + 1);
        a.get()
    });
    if n >= THRESHOLD.with(Cell::get) {
        collect();
    }
}

/// Runs a full collection; returns the number of objects freed.
pub fn collect() -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    ALLOCATED_SINCE.with(|a| a.set(0));
    let objects: Vec<u64> = TRACKED.with(|t| t.borrow().clone());
    let mut refs: Vec<i64> = objects.iter().map(|&o| unsafe { (*ptr_of(o)).refcount } as i64).collect();
    for &o in &objects {
        for_each_child(o, |c| {
            if is_container(c) && head(c).index != UNTRACKED {
                refs[head(c).index] -= 1;
            }
        });
    }
    let mut reachable = vec![false; objects.len()];
    let mut work: Vec<usize> = (0..objects.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    // References held by survivors (each scanned once here).
    let mut references = 0usize;
    while let Some(i) = work.pop() {
        for_each_child(objects[i], |c| {
            references += 1;
            if is_container(c) && head(c).index != UNTRACKED {
                let j = head(c).index;
                if !reachable[j] {
                    reachable[j] = true;
                    work.push(j);
                }
            }
        });
    }
    let garbage: Vec<u64> = objects.iter().zip(&reachable).filter(|(_, r)| !**r).map(|(o, _)| *o).collect();
    for &g in &garbage {
        incref(g);
    }
    for &g in &garbage {
        clear(g);
    }
    for &g in &garbage {
        decref(g);
    }
    // The next collection waits for as many allocations as the survivors and their
    // references (a list of a million strings is one object but a million references),
    // so the collector's total work stays linear in the number of allocations. (Counting
    // the garbage's references too would let the threshold grow with uncollected cycles.)
    let survivors = TRACKED.with(|t| t.borrow().len());
    THRESHOLD.with(|t| t.set(BASE_THRESHOLD.max(survivors + references)));
    COLLECTING.with(|c| c.set(false));
    garbage.len()
}

/// Drops every reference a garbage container holds.
fn clear(v: u64) {
    match heap_kind(v) {
        KIND_LIST => {
            let items = std::mem::take(crate::list::items_mut(v));
            for x in items {
                decref(x);
            }
        }
        KIND_TUPLE => {
            for slot in crate::tuple::items_mut(v) {
                let x = std::mem::replace(slot, NONE);
                decref(x);
            }
        }
        KIND_DICT => crate::dict::clear(v),
        KIND_FUNC => crate::func::release_parts(unsafe { obj_mut::<crate::func::FuncObj>(v) }),
        KIND_CELL => crate::func::molt_cell_set(v, ERR),
        KIND_CLASS | KIND_INSTANCE | KIND_METHOD | KIND_WRAPPER | KIND_SUPER | KIND_BUILTIN_METHOD => crate::class::take_refs(v).into_iter().for_each(decref),
        KIND_EXC => crate::exc::take_refs(v).into_iter().for_each(decref),
        KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => {
            // The view keeps its dict pointer (freeing the view releases it); the dict
            // itself is garbage too and is cleared, which breaks the cycle.
        }
        _ => {}
    }
}

/// The number of tracked objects (for tests and statistics).
pub fn tracked_count() -> usize {
    TRACKED.with(|t| t.borrow().len())
}
