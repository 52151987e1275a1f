//! The process's global allocator. Small requests (at most `MAX_SMALL` bytes, alignment at
//! most 16) come from 64 KiB pages, each holding blocks of one 16-byte size class and owned
//! by one thread; larger or over-aligned requests go to `System`.
//!
//! Why: a Python program frees and reallocates millions of small objects in bursts. glibc
//! keeps 7 blocks per size in its thread cache, so a burst falls through to its slower bins,
//! and every block carries a size header that `free` reads back. Here a block's class comes
//! from the `Layout` that Rust passes to both `alloc` and `dealloc`, and its page from its
//! address (decision 0019).
//!
//! Invariants:
//! - a page is `PAGE`-aligned, starts with its `Page` header, and its blocks are
//!   `class_size(class)` bytes at 16-aligned offsets from `HEADER`; an allocated block is
//!   on no list; a free block's first word links to the next free block of its page;
//! - `used` counts a page's blocks that are allocated or waiting on its remote list; a page
//!   whose `used` drops to 0 goes back to its thread's empty pages (for any class), unless
//!   it is the only page its class has, so memory moves between size classes as the
//!   program's mix changes;
//! - only the owning thread touches a page's fields, except `remote`: a block freed by
//!   another thread is pushed there atomically, and the owner takes the list back when
//!   the page runs out of blocks while first in its list (so blocks freed remotely into a
//!   full page wait until the owner frees one of its blocks there: cross-thread frees are
//!   rare, only between the main thread and the program's thread);
//! - pages are never returned to the system: the memory they take is bounded by the peak of
//!   live small blocks, rounded up to pages (as with CPython's pymalloc arenas);
//! - the per-thread state is a const-initialised thread local with no destructor, so an
//!   allocation never registers a TLS destructor (which could itself allocate). A thread
//!   that exits leaves its pages allocated (the runtime's threads live as long as the
//!   program).
//!
//! Every call is also counted for `$MOLT_STATS` (`stats.rs`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicPtr, Ordering};

use crate::stats;

const GRANULE: usize = 16;
/// The largest request served from pages.
pub const MAX_SMALL: usize = 512;
const CLASSES: usize = MAX_SMALL / GRANULE;
const PAGE: usize = 64 * 1024;
/// Where a page's first block starts (the header rounded up to the granule).
const HEADER: usize = 64;
/// Bytes reserved from the system at a time and cut into pages (touched lazily).
const SEGMENT: usize = 4 * 1024 * 1024;

const _: () = assert!(std::mem::size_of::<Page>() <= HEADER && HEADER % GRANULE == 0);

#[repr(C)]
struct Page {
    owner: *const Heap,
    free: *mut u8,
    remote: AtomicPtr<u8>,
    /// Links in the owner's list of pages of this class with room (or of empty pages).
    next: *mut Page,
    prev: *mut Page,
    /// Offset of the first never-used block.
    bump: u32,
    used: u32,
    class: u32,
    listed: bool,
}

struct Heap {
    /// Per class, the pages that may have room; allocation takes from the first.
    avail: [*mut Page; CLASSES],
    /// Pages with no block in use, for any class.
    empty: *mut Page,
    segment_next: usize,
    segment_end: usize,
}

thread_local! {
    static HEAP: UnsafeCell<Heap> = const {
        UnsafeCell::new(Heap { avail: [null_mut(); CLASSES], empty: null_mut(), segment_next: 0, segment_end: 0 })
    };
}

#[inline]
fn is_small(layout: &Layout) -> bool {
    layout.size() <= MAX_SMALL && layout.align() <= GRANULE
}

#[inline]
fn class_of(size: usize) -> usize {
    // `GlobalAlloc` is never asked for zero bytes; `max` keeps the helper total anyway.
    (size.max(1) - 1) / GRANULE
}

#[inline]
fn class_size(class: usize) -> usize {
    (class + 1) * GRANULE
}

#[inline]
fn page_of(block: *mut u8) -> *mut Page {
    (block as usize & !(PAGE - 1)) as *mut Page
}

#[inline]
fn with_heap<T>(f: impl FnOnce(&mut Heap) -> T) -> T {
    // SAFETY: the heap is this thread's own and `f` never re-enters the allocator.
    HEAP.with(|h| f(unsafe { &mut *h.get() }))
}

impl Heap {
    /// The first free block of the first page of `class`, else the general path: the
    /// common case is a few loads and no call, so callers stay leaf functions.
    #[inline(always)]
    unsafe fn alloc(&mut self, class: usize) -> *mut u8 {
        let page = self.avail[class];
        if !page.is_null() {
            // SAFETY: listed pages are live pages of this heap.
            let p = unsafe { &mut *page };
            let block = p.free;
            if !block.is_null() {
                // SAFETY: a free block's first word is the next free block.
                p.free = unsafe { *(block as *mut *mut u8) };
                p.used += 1;
                return block;
            }
        }
        unsafe { self.alloc_slow(class) }
    }

    #[inline(never)]
    unsafe fn alloc_slow(&mut self, class: usize) -> *mut u8 {
        let size = class_size(class);
        loop {
            let mut page = self.avail[class];
            if page.is_null() {
                page = unsafe { self.new_page(class) };
                if page.is_null() {
                    return null_mut();
                }
            }
            // SAFETY: listed pages are live pages of this heap.
            let p = unsafe { &mut *page };
            if !p.free.is_null() {
                let block = p.free;
                // SAFETY: a free block's first word is the next free block.
                p.free = unsafe { *(block as *mut *mut u8) };
                p.used += 1;
                return block;
            }
            if p.bump as usize + size <= PAGE {
                let block = unsafe { (page as *mut u8).add(p.bump as usize) };
                p.bump += size as u32;
                p.used += 1;
                return block;
            }
            unsafe { self.refill_or_retire(page) };
        }
    }

    /// The page at the head of its class's list has no free block: takes back blocks other
    /// threads freed, or takes the page off the list.
    #[cold]
    unsafe fn refill_or_retire(&mut self, page: *mut Page) {
        let p = unsafe { &mut *page };
        let mut taken = p.remote.swap(null_mut(), Ordering::Acquire);
        if taken.is_null() {
            unsafe { self.unlink(page) };
            return;
        }
        p.free = taken;
        while !taken.is_null() {
            p.used -= 1;
            taken = unsafe { *(taken as *mut *mut u8) };
        }
    }

    #[inline]
    unsafe fn free(&mut self, block: *mut u8) {
        let page = page_of(block);
        // SAFETY: small blocks live in pages, whose header stays valid while any block does.
        let p = unsafe { &mut *page };
        if !std::ptr::eq(p.owner, self) {
            let mut head = p.remote.load(Ordering::Relaxed);
            loop {
                unsafe { *(block as *mut *mut u8) = head };
                match p.remote.compare_exchange_weak(head, block, Ordering::Release, Ordering::Relaxed) {
                    Ok(_) => return,
                    Err(h) => head = h,
                }
            }
        }
        unsafe { *(block as *mut *mut u8) = p.free };
        p.free = block;
        p.used -= 1;
        if !p.listed {
            unsafe { self.link(page) };
        } else if p.used == 0 && !(p.next.is_null() && p.prev.is_null()) {
            unsafe { self.unlink(page) };
            p.next = self.empty;
            self.empty = page;
        }
    }

    unsafe fn link(&mut self, page: *mut Page) {
        let p = unsafe { &mut *page };
        let class = p.class as usize;
        p.prev = null_mut();
        p.next = self.avail[class];
        if !p.next.is_null() {
            unsafe { (*p.next).prev = page };
        }
        self.avail[class] = page;
        p.listed = true;
    }

    unsafe fn unlink(&mut self, page: *mut Page) {
        let p = unsafe { &mut *page };
        if p.prev.is_null() {
            self.avail[p.class as usize] = p.next;
        } else {
            unsafe { (*p.prev).next = p.next };
        }
        if !p.next.is_null() {
            unsafe { (*p.next).prev = p.prev };
        }
        p.next = null_mut();
        p.prev = null_mut();
        p.listed = false;
    }

    /// A page for `class`, from the empty pages or a segment, linked first in its list.
    #[cold]
    unsafe fn new_page(&mut self, class: usize) -> *mut Page {
        let page = if !self.empty.is_null() {
            let page = self.empty;
            self.empty = unsafe { (*page).next };
            page
        } else {
            if self.segment_end - self.segment_next < PAGE {
                // SAFETY: a non-zero size.
                let seg = unsafe { System.alloc(Layout::from_size_align_unchecked(SEGMENT, GRANULE)) };
                if seg.is_null() {
                    return null_mut();
                }
                self.segment_next = (seg as usize).next_multiple_of(PAGE);
                self.segment_end = seg as usize + SEGMENT;
            }
            let page = self.segment_next as *mut Page;
            self.segment_next += PAGE;
            page
        };
        let owner: *const Heap = self;
        unsafe {
            page.write(Page {
                owner,
                free: null_mut(),
                remote: AtomicPtr::new(null_mut()),
                next: null_mut(),
                prev: null_mut(),
                bump: HEADER as u32,
                used: 0,
                class: class as u32,
                listed: false,
            });
            self.link(page);
        }
        page
    }
}

pub struct PoolAlloc;

unsafe impl GlobalAlloc for PoolAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = if is_small(&layout) {
            with_heap(|heap| unsafe { heap.alloc(class_of(layout.size())) })
        } else {
            unsafe { System.alloc(layout) }
        };
        if !p.is_null() {
            stats::on_alloc(layout.size());
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if is_small(&layout) {
            with_heap(|heap| unsafe { heap.free(ptr) });
        } else {
            unsafe { System.dealloc(ptr, layout) };
        }
        stats::on_free(layout.size());
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_small(&layout) {
            let p = unsafe { self.alloc(layout) };
            if !p.is_null() {
                unsafe { p.write_bytes(0, layout.size()) };
            }
            return p;
        }
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            stats::on_alloc(layout.size());
        }
        p
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (of the unchecked layout): `realloc`'s contract guarantees it is valid.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let (old_small, new_small) = (is_small(&layout), is_small(&new_layout));
        if old_small && new_small && class_of(layout.size()) == class_of(new_size) {
            // Counted as a free of the old block and an allocation of the new one.
            stats::on_free(layout.size());
            stats::on_alloc(new_size);
            return ptr;
        }
        if !old_small && !new_small {
            let p = unsafe { System.realloc(ptr, layout, new_size) };
            if !p.is_null() {
                stats::on_free(layout.size());
                stats::on_alloc(new_size);
            }
            return p;
        }
        let p = unsafe { self.alloc(new_layout) };
        if !p.is_null() {
            unsafe { std::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size)) };
            unsafe { self.dealloc(ptr, layout) };
        }
        p
    }
}

#[global_allocator]
static GLOBAL: PoolAlloc = PoolAlloc;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_every_small_size_exactly_once() {
        for size in 1..=MAX_SMALL {
            let c = class_of(size);
            assert!(c < CLASSES && class_size(c) >= size, "size {size}");
            assert!(c == 0 || class_size(c - 1) < size, "size {size} is not in its smallest class");
        }
    }

    #[test]
    fn emptied_pages_serve_other_classes() {
        let small = Layout::from_size_align(48, 8).unwrap();
        let other = Layout::from_size_align(200, 8).unwrap();
        unsafe {
            let blocks: Vec<*mut u8> = (0..20_000).map(|_| GLOBAL.alloc(small)).collect();
            let pages: std::collections::HashSet<usize> = blocks.iter().map(|&b| page_of(b) as usize).collect();
            assert!(pages.len() > 10);
            for &b in &blocks {
                b.write_bytes(0xAB, 48);
            }
            for &b in &blocks {
                GLOBAL.dealloc(b, small);
            }
            let again: Vec<*mut u8> = (0..5_000).map(|_| GLOBAL.alloc(other)).collect();
            let reused = again.iter().filter(|&&b| pages.contains(&(page_of(b) as usize))).count();
            assert!(reused > 4_000, "only {reused} of 5000 blocks came from emptied pages");
            for &b in &again {
                GLOBAL.dealloc(b, other);
            }
        }
    }

    #[test]
    fn blocks_freed_by_another_thread_come_back_to_the_owner() {
        let layout = Layout::from_size_align(96, 16).unwrap();
        unsafe {
            // Whole pages fill up and leave their list.
            let blocks: Vec<usize> = (0..3_000).map(|_| GLOBAL.alloc(layout) as usize).collect();
            let mut pages = std::collections::HashMap::new();
            for &b in &blocks {
                pages.entry(b & !(PAGE - 1)).or_insert(b);
            }
            let kept: std::collections::HashSet<usize> = pages.values().copied().collect();
            let remote: Vec<usize> = blocks.iter().copied().filter(|b| !kept.contains(b)).collect();
            std::thread::spawn(move || {
                for b in remote {
                    GLOBAL.dealloc(b as *mut u8, layout);
                }
            })
            .join()
            .unwrap();
            // A local free relists each page; the owner then drains its remote list.
            for &b in &kept {
                GLOBAL.dealloc(b as *mut u8, layout);
            }
            let again: Vec<*mut u8> = (0..3_000).map(|_| GLOBAL.alloc(layout)).collect();
            let reused = again.iter().filter(|&&b| pages.contains_key(&(b as usize & !(PAGE - 1)))).count();
            assert!(reused >= 2_900, "only {reused} blocks reused after remote frees");
            for &b in &again {
                assert_eq!(b as usize % 16, 0);
                GLOBAL.dealloc(b, layout);
            }
        }
    }

    #[test]
    fn blocks_are_reused_aligned_and_kept_apart() {
        let mut live: Vec<Vec<u8>> = Vec::new();
        for round in 0..3u8 {
            for size in [1usize, 15, 16, 17, 100, 511, 512, 513, 4096] {
                let v = vec![round ^ size as u8; size];
                assert_eq!(v.as_ptr() as usize % 8, 0);
                live.push(v);
            }
            for v in &live {
                assert!(v.iter().all(|&b| b == v[0]), "a live block was overwritten");
            }
            live.truncate(live.len() / 2);
        }
        // Growing through the small/large boundary keeps the contents.
        let mut grow: Vec<u64> = Vec::new();
        for i in 0..1000 {
            grow.push(i);
        }
        assert!(grow.iter().enumerate().all(|(i, &x)| x == i as u64));
        grow.truncate(3);
        grow.shrink_to_fit();
        assert_eq!(grow, [0, 1, 2]);
    }
}
