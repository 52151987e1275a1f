//! `str` objects: immutable UTF-8 text with a cached code-point count (indexing is O(1)
//! for ASCII-only strings), concatenation, repetition, indexing, slicing, `in`, and
//! CPython's `repr` quoting rules.

use crate::exc::*;
use crate::object::*;
use std::cell::RefCell;

/// Header of a str object; the UTF-8 bytes follow it directly.
#[repr(C)]
pub struct StrObj {
    pub hdr: Header,
    pub nchars: usize,
    pub nbytes: usize,
    /// `hash()` once computed, else -1 (CPython caches it the same way).
    pub hash: i64,
}

/// Larger requests raise MemoryError instead of aborting the process.
pub const MAX_ALLOC: usize = 1 << 36;

const STR_HDR: usize = std::mem::size_of::<StrObj>();

pub fn alloc_size(v: u64) -> usize {
    STR_HDR + unsafe { obj::<StrObj>(v) }.nbytes
}

/// Allocates a str with `nbytes` uninitialised bytes; returns (value, data pointer).
fn alloc_str(nbytes: usize, nchars: usize) -> (u64, *mut u8) {
    let p = alloc_raw(STR_HDR + nbytes);
    unsafe {
        std::ptr::write(
            p as *mut StrObj,
            StrObj { hdr: Header { refcount: 1, kind: KIND_STR }, nchars, nbytes, hash: -1 },
        );
        (box_ptr(p), p.add(STR_HDR))
    }
}

thread_local! {
    static ASCII_CHARS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// The immortal one-character string for ASCII byte `b`.
fn ascii_char(b: u8) -> u64 {
    ASCII_CHARS.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            for i in 0..128u8 {
                let v = new_str_raw(&[i], 1);
                make_immortal(v);
                c.push(v);
            }
        }
        c[(b & 127) as usize]
    })
}

fn new_str_raw(bytes: &[u8], nchars: usize) -> u64 {
    let (v, d) = alloc_str(bytes.len(), nchars);
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), d, bytes.len()) };
    v
}

/// New str from Rust text.
pub fn new_str(s: &str) -> u64 {
    if s.len() == 1 {
        return ascii_char(s.as_bytes()[0]);
    }
    let n = if s.is_ascii() { s.len() } else { s.chars().count() };
    new_str_raw(s.as_bytes(), n)
}

/// `s.upper()` or `s.lower()` of ASCII text, written straight into the new str (no
/// intermediate `String`).
pub fn ascii_case_mapped(s: &str, upper: bool) -> u64 {
    debug_assert!(s.is_ascii());
    let map = |b: u8| if upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
    if s.len() == 1 {
        return ascii_char(map(s.as_bytes()[0]));
    }
    let (v, d) = alloc_str(s.len(), s.len());
    for (i, &b) in s.as_bytes().iter().enumerate() {
        // SAFETY: `alloc_str` gave `s.len()` bytes at `d`.
        unsafe { d.add(i).write(map(b)) };
    }
    v
}

/// A str of text the caller knows is ASCII (no scan for its length in code points).
pub fn new_ascii_str(s: &str) -> u64 {
    debug_assert!(s.is_ascii());
    if s.len() == 1 {
        return ascii_char(s.as_bytes()[0]);
    }
    new_str_raw(s.as_bytes(), s.len())
}

pub fn new_string(s: String) -> u64 {
    new_str(&s)
}

/// Borrows the text of a str value.
pub fn as_str<'a>(v: u64) -> &'a str {
    unsafe {
        let o = obj::<StrObj>(v);
        let data = (ptr_of(v) as *const u8).add(STR_HDR);
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(data, o.nbytes))
    }
}

pub fn nchars(v: u64) -> usize {
    unsafe { obj::<StrObj>(v) }.nchars
}

pub fn is_ascii(v: u64) -> bool {
    let o = unsafe { obj::<StrObj>(v) };
    o.nchars == o.nbytes
}

pub fn char_str(c: char) -> u64 {
    let mut buf = [0u8; 4];
    new_str(c.encode_utf8(&mut buf))
}

/// The character starting at byte offset `pos` as a new str, and the next offset.
pub fn char_at_byte(v: u64, pos: usize) -> Option<(u64, usize)> {
    let s = as_str(v);
    let b = *s.as_bytes().get(pos)?;
    if b < 128 {
        return Some((ascii_char(b), pos + 1));
    }
    let c = s[pos..].chars().next()?;
    Some((char_str(c), pos + c.len_utf8()))
}

/// The concatenation of `parts` (str values, borrowed) in one allocation: lengths in
/// bytes and code points are summed from the parts' headers first. A single part is
/// returned itself.
pub fn concat_many(parts: &[u64]) -> u64 {
    if let [one] = parts {
        incref(*one);
        return *one;
    }
    let nbytes: usize = parts.iter().map(|&p| as_str(p).len()).sum();
    let total_chars: usize = parts.iter().map(|&p| nchars(p)).sum();
    if nbytes == 0 {
        return new_str("");
    }
    let (v, d) = alloc_str(nbytes, total_chars);
    let mut at = 0;
    for &p in parts {
        let piece = as_str(p);
        // SAFETY: `d` has room for `nbytes`, the sum of the pieces' lengths.
        unsafe { std::ptr::copy_nonoverlapping(piece.as_ptr(), d.add(at), piece.len()) };
        at += piece.len();
    }
    v
}

pub fn concat(a: u64, b: u64) -> u64 {
    let (sa, sb) = (as_str(a), as_str(b));
    if sb.is_empty() {
        incref(a);
        return a;
    }
    if sa.is_empty() {
        incref(b);
        return b;
    }
    let (v, d) = alloc_str(sa.len() + sb.len(), nchars(a) + nchars(b));
    unsafe {
        std::ptr::copy_nonoverlapping(sa.as_ptr(), d, sa.len());
        std::ptr::copy_nonoverlapping(sb.as_ptr(), d.add(sa.len()), sb.len());
    }
    v
}

/// `a + b` reusing `a`'s block, which the caller owns outright (no other reference): the
/// text grows in place by `realloc`, as CPython's `unicode_concatenate` does, so building
/// a string with `s += piece` in a loop is linear. Returns the (possibly moved) `a`.
pub fn append_in_place(a: u64, b: u64) -> u64 {
    let (na, nb) = (unsafe { obj::<StrObj>(a) }.nbytes, unsafe { obj::<StrObj>(b) }.nbytes);
    let chars = nchars(b);
    let old = ptr_of(a) as *mut u8;
    // SAFETY: `a` is a str block of STR_HDR + na bytes; `b` is a different live str.
    unsafe {
        let p = realloc_raw(old, STR_HDR + na, STR_HDR + na + nb);
        let src = (ptr_of(b) as *const u8).add(STR_HDR);
        std::ptr::copy_nonoverlapping(src, p.add(STR_HDR + na), nb);
        let o = &mut *(p as *mut StrObj);
        o.nbytes = na + nb;
        o.nchars += chars;
        o.hash = -1;
        box_ptr(p)
    }
}

/// s * n (n already an i64; negative gives '').
pub fn repeat(s: u64, n: i64) -> R<u64> {
    let t = as_str(s);
    if n <= 0 || t.is_empty() {
        return Ok(new_str(""));
    }
    if n == 1 {
        incref(s);
        return Ok(s);
    }
    let total = match t.len().checked_mul(n as usize) {
        Some(x) if x <= MAX_ALLOC => x,
        _ => return memory_error(),
    };
    let (v, d) = alloc_str(total, nchars(s) * n as usize);
    let mut off = 0;
    for _ in 0..n {
        unsafe { std::ptr::copy_nonoverlapping(t.as_ptr(), d.add(off), t.len()) };
        off += t.len();
    }
    Ok(v)
}

/// Byte offset of code point `i` (0 <= i <= nchars).
fn byte_offset(v: u64, i: usize) -> usize {
    if is_ascii(v) {
        return i;
    }
    as_str(v).char_indices().nth(i).map(|(o, _)| o).unwrap_or(as_str(v).len())
}

/// s[i] for an already normalised index.
pub fn getitem_index(v: u64, i: i64) -> R<u64> {
    let n = nchars(v) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return raise(INDEX_ERROR, "string index out of range");
    }
    if is_ascii(v) {
        return Ok(ascii_char(as_str(v).as_bytes()[j as usize]));
    }
    match as_str(v).chars().nth(j as usize) {
        Some(c) => Ok(char_str(c)),
        None => raise(INDEX_ERROR, "string index out of range"),
    }
}

/// s[start:stop:step] with indices already adjusted (see `crate::tuple::adjust_slice`).
pub fn slice(v: u64, start: i64, step: i64, len: usize) -> u64 {
    if len == 0 {
        return new_str("");
    }
    if step == 1 {
        let a = byte_offset(v, start as usize);
        let s = as_str(v);
        let b = if is_ascii(v) {
            a + len
        } else {
            a + s[a..].char_indices().nth(len).map(|(o, _)| o).unwrap_or(s.len() - a)
        };
        if a == 0 && b == s.len() {
            incref(v);
            return v;
        }
        return new_str(&s[a..b]);
    }
    let s = as_str(v);
    let mut out = String::with_capacity(len);
    if is_ascii(v) {
        let b = s.as_bytes();
        let mut i = start;
        for _ in 0..len {
            out.push(b[i as usize] as char);
            i += step;
        }
    } else {
        let chars: Vec<char> = s.chars().collect();
        let mut i = start;
        for _ in 0..len {
            out.push(chars[i as usize]);
            i += step;
        }
    }
    new_string(out)
}

pub fn contains(hay: u64, needle: u64) -> R<bool> {
    if !is_str(needle) {
        return type_error(&format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(needle)
        ));
    }
    Ok(as_str(hay).contains(as_str(needle)))
}

/// CPython's `str.isprintable` for one character (Unicode 14 tables).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    let t = crate::unicode_table::NON_PRINTABLE;
    // Binary search over sorted, non-overlapping inclusive ranges.
    let (mut lo, mut hi) = (0usize, t.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let (a, b) = t[mid];
        if cp < a {
            hi = mid;
        } else if cp > b {
            lo = mid + 1;
        } else {
            return false;
        }
    }
    true
}

/// repr(str) with CPython's quoting and escaping rules.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp <= 0xff {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp <= 0xffff {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isspace` (used by int()/float() to strip their argument).
pub fn is_py_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029
            | 0x202f | 0x205f | 0x3000
    )
}

pub fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

// ---------------------------------------------------------------------------------------

#[unsafe(no_mangle)]
pub extern "C" fn molt_const_str(p: *const u8, n: usize) -> u64 {
    let bytes: &[u8] = if p.is_null() || n == 0 { &[] } else { unsafe { std::slice::from_raw_parts(p, n) } };
    let s = String::from_utf8_lossy(bytes);
    // Identifier-like constants are interned, as CPython interns them: attribute and
    // method names then match slot names and namespace keys by identity.
    if !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return crate::class::interned(&s);
    }
    let v = new_str(&s);
    make_immortal(v);
    v
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII decimal digits become
/// ASCII digits, Unicode whitespace becomes ' ', any other non-ASCII character becomes '?'.
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let zeros = crate::unicode_table::DECIMAL_ZEROS;
    let out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            if is_py_space(c) {
                return ' ';
            }
            let cp = c as u32;
            let i = zeros.partition_point(|&z| z <= cp);
            if i > 0 && cp - zeros[i - 1] < 10 {
                return char::from(b'0' + (cp - zeros[i - 1]) as u8);
            }
            '?'
        })
        .collect();
    std::borrow::Cow::Owned(out)
}
