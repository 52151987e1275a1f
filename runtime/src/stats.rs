//! Allocation statistics, counted by the global allocator (`pool.rs`), and the JSON report
//! written to `$MOLT_STATS` at exit.
//!
//! The counters are updated with a relaxed load and store, not a locked read-modify-write:
//! a locked update cost tens of cycles per allocation. Two threads allocating at the same
//! moment could lose a count; a program's threads do not (the main thread only waits for
//! the program's thread).

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);
static CURRENT: AtomicU64 = AtomicU64::new(0);
static PEAK: AtomicU64 = AtomicU64::new(0);

#[inline]
pub(crate) fn on_alloc(size: usize) {
    ALLOCS.store(ALLOCS.load(Relaxed) + 1, Relaxed);
    let cur = CURRENT.load(Relaxed).wrapping_add(size as u64);
    CURRENT.store(cur, Relaxed);
    if cur > PEAK.load(Relaxed) {
        PEAK.store(cur, Relaxed);
    }
}

#[inline]
pub(crate) fn on_free(size: usize) {
    FREES.store(FREES.load(Relaxed) + 1, Relaxed);
    CURRENT.store(CURRENT.load(Relaxed).wrapping_sub(size as u64), Relaxed);
}

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
