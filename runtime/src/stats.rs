//! Allocation statistics: a counting global allocator (wrapping `System`) and the JSON
//! report written to `$MOLT_STATS` at exit.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

pub struct CountingAlloc;

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);
static CURRENT: AtomicU64 = AtomicU64::new(0);
static PEAK: AtomicU64 = AtomicU64::new(0);

#[inline]
fn on_alloc(size: usize) {
    ALLOCS.fetch_add(1, Relaxed);
    let cur = CURRENT.fetch_add(size as u64, Relaxed) + size as u64;
    PEAK.fetch_max(cur, Relaxed);
}

#[inline]
fn on_free(size: usize) {
    FREES.fetch_add(1, Relaxed);
    CURRENT.fetch_sub(size as u64, Relaxed);
}

unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            on_alloc(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            on_alloc(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        on_free(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            // Counted as a free of the old block and an allocation of the new one.
            on_free(layout.size());
            on_alloc(new_size);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

pub struct Snapshot {
    pub allocs: u64,
    pub frees: u64,
    pub current: u64,
    pub peak: u64,
}

pub fn snapshot() -> Snapshot {
    Snapshot { allocs: ALLOCS.load(Relaxed), frees: FREES.load(Relaxed), current: CURRENT.load(Relaxed), peak: PEAK.load(Relaxed) }
}

pub fn to_json(s: &Snapshot, wall_ns: u128, max_rss_kb: u64) -> String {
    format!(
        "{{\"allocs\":{},\"frees\":{},\"peak_heap_bytes\":{},\"wall_ns\":{},\"max_rss_kb\":{}}}",
        s.allocs, s.frees, s.peak, wall_ns, max_rss_kb
    )
}

/// The process's peak resident set size in KiB (`VmHWM`), 0 where unavailable.
fn max_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Writes the stats JSON to `$MOLT_STATS` if set; errors are ignored.
pub fn write_report(wall_ns: u128) {
    if let Some(path) = std::env::var_os("MOLT_STATS") {
        let snap = snapshot();
        let _ = std::fs::write(path, to_json(&snap, wall_ns, max_rss_kb()));
    }
}
