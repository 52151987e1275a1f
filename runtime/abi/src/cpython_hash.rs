//! CPython 3.11's hash functions over plain Rust values, and a model of its set table's
//! layout for distinct keys. Both sides need them: the runtime hashes objects with them,
//! and the compiler predicts the order of constant set displays (`lower.rs`).

/// Numbers hash modulo the Mersenne prime 2**61 - 1.
pub const MODULUS_BITS: u32 = 61;
pub const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
const HASH_INF: i64 = 314_159;

/// -1 is CPython's error marker: a hash of -1 becomes -2.
pub fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

pub fn hash_i64(i: i64) -> i64 {
    hash_int_residue(i.unsigned_abs() % MODULUS, i < 0)
}

/// The hash of an int whose magnitude is `residue` modulo [`MODULUS`].
pub fn hash_int_residue(residue: u64, negative: bool) -> i64 {
    let m = residue as i64;
    fix(if negative { -m } else { m })
}

/// CPython's `_Py_HashDouble` for finite values and infinities (NaN hashes by identity
/// in CPython; callers decide).
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.fract() == 0.0 && v.abs() < 9.0e18 {
        return hash_i64(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (MODULUS_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % MODULUS_BITS as i32 } else { MODULUS_BITS as i32 - 1 - ((-1 - e) % MODULUS_BITS as i32) };
    let e = e as u32;
    x = ((x << e) & MODULUS) | (x >> (MODULUS_BITS - e));
    fix(x as i64 * sign)
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's `_Py_HashBytes` with `PYTHONHASHSEED=0` (the oracle's setting): SipHash-1-3
/// with an all-zero key; the empty input hashes to 0.
pub fn hash_bytes(b: &[u8]) -> i64 {
    use std::hash::Hasher;
    if b.is_empty() {
        return 0;
    }
    let mut h = siphasher::sip::SipHasher13::new_with_keys(0, 0);
    h.write(b);
    fix(h.finish() as i64)
}

/// A str hashes the bytes of CPython's compact representation: one byte per code point
/// when all are below 256, else two (below 65536) or four, little-endian.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let bytes: Vec<u8> = if max < 256 {
        s.chars().map(|c| c as u8).collect()
    } else if max < 65_536 {
        s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect()
    } else {
        s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
    };
    hash_bytes(&bytes)
}

/// CPython 3.11's tuple hash (xxHash-based) over the items' hashes.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX { 1_546_275_796 } else { acc as i64 }
}

pub const SET_MINSIZE: usize = 8;
pub const SET_LINEAR_PROBES: usize = 9;
pub const SET_PERTURB_SHIFT: u32 = 5;

/// The slots of a fresh CPython set after adding distinct keys in order (each given by
/// its hash; slot values are indices into `hashes`): the table a frozenset constant gets.
/// The runtime's `set.rs` implements the full algorithm (equality, deletion); this model
/// covers distinct keys only, and the oracle's tests check the two agree with CPython.
pub fn set_table_of_distinct(hashes: &[i64]) -> Vec<Option<usize>> {
    let mut table: Vec<Option<usize>> = vec![None; SET_MINSIZE];
    let mut used = 0;
    for (k, &h) in hashes.iter().enumerate() {
        place(&mut table, k, h);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let target = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = SET_MINSIZE;
            while size <= target {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for k in old.into_iter().flatten() {
                place(&mut table, k, hashes[k]);
            }
        }
    }
    table
}

fn place(table: &mut [Option<usize>], key: usize, hash: i64) {
    for run in set_probe_runs(hash, table.len() - 1) {
        for j in run {
            if table[j].is_none() {
                table[j] = Some(key);
                return;
            }
        }
    }
}

/// CPython's set probe sequence for `hash` in a table of `mask + 1` slots, as a cursor:
/// `run()` is the consecutive slots to look at in order (ten at a time while they fit
/// before the end of the table, else one), `advance()` makes the perturbed jump; endless.
#[derive(Clone, Copy)]
pub struct SetProbe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl SetProbe {
    #[inline]
    pub fn new(hash: i64, mask: usize) -> Self {
        SetProbe { i: hash as u64 as usize & mask, perturb: hash as u64, mask }
    }

    #[inline]
    pub fn run(&self) -> std::ops::Range<usize> {
        let probes = if self.i + SET_LINEAR_PROBES <= self.mask { SET_LINEAR_PROBES } else { 0 };
        self.i..self.i + probes + 1
    }

    #[inline]
    pub fn advance(&mut self) {
        self.perturb >>= SET_PERTURB_SHIFT;
        self.i = self.i.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize) & self.mask;
    }
}

/// The runs of `SetProbe` as an iterator.
pub fn set_probe_runs(hash: i64, mask: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    let mut probe = SetProbe::new(hash, mask);
    let mut first = true;
    std::iter::from_fn(move || {
        if !first {
            probe.advance();
        }
        first = false;
        Some(probe.run())
    })
}
