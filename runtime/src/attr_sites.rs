//! Per-site inline caches for attribute reads, writes and method calls on instances of
//! fixed-layout classes (specs/object-layout.md, "Inline caches").
//!
//! Generated code owns a table of sites, each `SITE_WAYS` entries of two words: a class and
//! what that class resolved the site's attribute name to (a slot index, or for a method
//! call the plain function to call directly). Its fast path finds the instance's class
//! among the site's and uses the second word without any lookup; anything else calls the entry
//! points here, which do the full lookup and fill the site when the answer depends on the
//! class alone. Every class attribute store and every class deallocation empties the whole
//! table, so a site never outlives what it says about a class (classes are rarely changed
//! after creation; a class freed and another allocated at its address must not match).

use crate::abi::*;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

// Process-wide, not thread-local: `main` registers the table before `molt_main` starts
// the program's thread, and the table itself is one per binary.
/// One site: its entries, the empty ones (class 0) last.
type Site = [[u64; 2]; SITE_WAYS];

static TABLE: AtomicPtr<Site> = AtomicPtr::new(std::ptr::null_mut());
static LEN: AtomicUsize = AtomicUsize::new(0);

/// Registers the program's site table (zero-initialised data in the binary).
#[unsafe(no_mangle)]
pub extern "C" fn molt_attr_sites(table: *mut Site, n: usize) {
    LEN.store(n, Ordering::Relaxed);
    TABLE.store(table, Ordering::Release);
}

/// Empties every site: a class changed or was freed.
pub fn invalidate_all() {
    let table = TABLE.load(Ordering::Acquire);
    let n = LEN.load(Ordering::Relaxed);
    if !table.is_null() {
        // SAFETY: the table registered by generated code has `n` entries.
        unsafe { std::ptr::write_bytes(table, 0, n) };
    }
}

/// Records `class` at the first empty entry, or over the last one when the site is full
/// (a site that sees more classes than it has entries keeps the first ones fast).
fn fill(site: *mut Site, class: u64, what: u64) {
    // SAFETY: generated code passes the address of one of its sites.
    let site = unsafe { &mut *site };
    let way = site.iter().position(|e| e[0] == 0 || e[0] == class).unwrap_or(SITE_WAYS - 1);
    site[way] = [class, what];
}

/// `v.name` at a site: fills the site with the slot when `v` is an instance whose class
/// keeps `name` in an unshadowed slot, then reads the attribute as `molt_getattr` does.
#[unsafe(no_mangle)]
pub extern "C" fn molt_getattr_site(v: u64, name: u64, site: *mut Site) -> u64 {
    if let Some((class, slot)) = crate::class::cacheable_slot(v, name) {
        fill(site, class, slot as u64);
    }
    crate::exc::molt_getattr(v, name)
}

/// `v.name = x` at a site (like `molt_setattr`, filling the site as `molt_getattr_site`).
#[unsafe(no_mangle)]
pub extern "C" fn molt_setattr_site(v: u64, name: u64, x: u64, site: *mut Site) -> i32 {
    if let Some((class, slot)) = crate::class::cacheable_slot(v, name) {
        fill(site, class, slot as u64);
    }
    crate::class::molt_setattr(v, name, x)
}

/// `obj.name(args)` at a site without keywords: fills the site with the function when
/// `obj` is an instance of a fixed-layout class whose attribute `name` is a plain
/// function of the class taking exactly the receiver and `n` arguments, then calls as
/// `molt_call_method` does. Generated code calls a cached function directly, but only
/// for an instance without an overflow dict (which could hold an attribute `name`).
#[unsafe(no_mangle)]
pub extern "C" fn molt_call_method_site(obj: u64, name: u64, args: *const u64, n: usize, site: *mut Site) -> u64 {
    if let Some((class, f)) = crate::class::cacheable_method(obj, name, n) {
        fill(site, class, f);
    }
    crate::ops::molt_call_method(obj, name, NONE, args, n)
}
