//! `bytes` (immutable, the data stored after the header like a str's) and `bytearray`
//! (a growable byte vector): construction, `repr`, hashing, comparison, concatenation and
//! repetition, indexing and slicing (and assignment and deletion for bytearray), `in`,
//! iteration, and their methods, with CPython 3.11's results and error messages.
//! Encoding and decoding live in `codecs`.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

/// Header of a bytes object; the data follows it directly.
#[repr(C)]
pub struct BytesObj {
    pub hdr: Header,
    pub len: usize,
    /// `hash()` once computed, else -1.
    pub hash: i64,
}

#[repr(C)]
pub struct ByteArrayObj {
    pub hdr: Header,
    pub data: Vec<u8>,
}

const BYTES_HDR: usize = std::mem::size_of::<BytesObj>();

pub fn alloc_size(v: u64) -> usize {
    BYTES_HDR + unsafe { obj::<BytesObj>(v) }.len
}

pub fn new_bytes(data: &[u8]) -> u64 {
    let p = alloc_raw(BYTES_HDR + data.len());
    unsafe {
        std::ptr::write(p as *mut BytesObj, BytesObj { hdr: Header { refcount: 1, kind: KIND_BYTES }, len: data.len(), hash: -1 });
        std::ptr::copy_nonoverlapping(data.as_ptr(), p.add(BYTES_HDR), data.len());
    }
    box_ptr(p)
}

pub fn new_bytearray(data: Vec<u8>) -> u64 {
    alloc_obj(ByteArrayObj { hdr: Header { refcount: 1, kind: KIND_BYTEARRAY }, data })
}

pub fn is_bytes_like(v: u64) -> bool {
    matches!(heap_kind(v), KIND_BYTES | KIND_BYTEARRAY)
}

/// The bytes of a bytes or bytearray value (borrowed).
pub fn data<'a>(v: u64) -> &'a [u8] {
    unsafe {
        if heap_kind(v) == KIND_BYTEARRAY {
            &obj::<ByteArrayObj>(v).data
        } else {
            let o = obj::<BytesObj>(v);
            std::slice::from_raw_parts((ptr_of(v) as *const u8).add(BYTES_HDR), o.len)
        }
    }
}

fn array_mut<'a>(v: u64) -> &'a mut Vec<u8> {
    unsafe { &mut obj_mut::<ByteArrayObj>(v).data }
}

/// `ba *= n`: repeats a bytearray's contents in place.
pub fn repeat_in_place(v: u64, n: i64) -> R<()> {
    let d = array_mut(v);
    let n = n.max(0) as usize;
    if d.len().checked_mul(n).is_none_or(|t| t > crate::str::MAX_ALLOC) {
        return memory_error();
    }
    *d = d.repeat(n);
    Ok(())
}

/// A new value of the same type as `like` (bytes or bytearray).
fn new_like(like: u64, data: Vec<u8>) -> u64 {
    if heap_kind(like) == KIND_BYTEARRAY { new_bytearray(data) } else { new_bytes(&data) }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_const_bytes(p: *const u8, n: usize) -> u64 {
    let data: &[u8] = if p.is_null() || n == 0 { &[] } else { unsafe { std::slice::from_raw_parts(p, n) } };
    let v = new_bytes(data);
    make_immortal(v);
    v
}

/// CPython's bytes repr: single quotes unless the data has `'` and no `"`.
pub fn repr(v: u64) -> String {
    let d = data(v);
    let array = heap_kind(v) == KIND_BYTEARRAY;
    let quote = if d.contains(&b'\'') && !d.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::with_capacity(d.len() + 3);
    s.push('b');
    s.push(quote);
    for &c in d {
        match c {
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\\' => s.push_str("\\\\"),
            // bytearray's repr escapes `'` even inside double quotes.
            b'\'' if quote == '\'' || array => s.push_str("\\'"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    if array { format!("bytearray({s})") } else { s }
}

/// A bytes value's hash (CPython hashes the data as it hashes an ASCII str's).
pub fn hash(v: u64) -> i64 {
    let o = unsafe { obj_mut::<BytesObj>(v) };
    if o.hash == -1 {
        o.hash = molt_abi::cpython_hash::hash_bytes(data(v));
    }
    o.hash
}

/// `a op b` for two bytes-like values: lexicographic, like memcmp then length.
pub fn compare(a: u64, b: u64) -> std::cmp::Ordering {
    data(a).cmp(data(b))
}

pub fn concat(a: u64, b: u64) -> R<u64> {
    if !is_bytes_like(b) {
        return type_error(&format!("can't concat {} to {}", type_name(b), type_name(a)));
    }
    let mut out = Vec::with_capacity(data(a).len() + data(b).len());
    out.extend_from_slice(data(a));
    out.extend_from_slice(data(b));
    Ok(new_like(a, out))
}

pub fn repeat(v: u64, n: i64) -> R<u64> {
    let d = data(v);
    let n = n.max(0) as usize;
    if d.len().checked_mul(n).is_none_or(|t| t > crate::str::MAX_ALLOC) {
        return memory_error();
    }
    Ok(new_like(v, d.repeat(n)))
}

/// `a += b` on a bytearray: extends it in place.
pub fn extend_in_place(a: u64, b: u64) -> R<()> {
    if !is_bytes_like(b) {
        return type_error(&format!("can't concat {} to {}", type_name(b), type_name(a)));
    }
    let extra = data(b).to_vec();
    array_mut(a).extend_from_slice(&extra);
    Ok(())
}

/// An int in range(256), with `what` naming it in the ValueError (`byte` or `bytes`).
fn byte_value(v: u64, what: &str) -> R<u8> {
    if !is_int_like(v) {
        return not_an_index(v);
    }
    match crate::int::to_i64(if tag_of(v) == TAG_BOOL { box_small_int((v & 1) as i64) } else { v }) {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => value_error(&format!("{what} must be in range(0, 256)")),
    }
}

/// A subscript `v[idx]`: past `Py_ssize_t` it is an IndexError, as for every sequence.
fn subscript_index(idx: u64) -> R<i64> {
    match crate::str_methods::arg_int(idx) {
        Err(Raised) if is_int_like(idx) => {
            decref(take_pending());
            raise(INDEX_ERROR, "cannot fit 'int' into an index-sized integer")
        }
        r => r,
    }
}

/// The position `i` names in `v` (negative from the end), or IndexError(`what`).
fn position(v: u64, i: i64, what: &str) -> R<usize> {
    let n = data(v).len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return raise(INDEX_ERROR, what);
    }
    Ok(j as usize)
}

fn out_of_range(v: u64) -> &'static str {
    if heap_kind(v) == KIND_BYTEARRAY { "bytearray index out of range" } else { "index out of range" }
}

pub fn getitem(v: u64, idx: u64) -> R<u64> {
    if is_kind(idx, KIND_SLICE) {
        let (a, b, c) = crate::list::slice_parts(idx);
        return getslice(v, a, b, c);
    }
    if !is_int_like(idx) {
        let what = if heap_kind(v) == KIND_BYTEARRAY { "bytearray" } else { "byte" };
        return type_error(&format!("{what} indices must be integers or slices, not {}", type_name(idx)));
    }
    let i = position(v, subscript_index(idx)?, out_of_range(v))?;
    Ok(box_small_int(data(v)[i] as i64))
}

pub fn getslice(v: u64, start: u64, stop: u64, step: u64) -> R<u64> {
    let d = data(v);
    let (s, st, n) = crate::tuple::adjust_slice(d.len() as i64, start, stop, step)?;
    let out: Vec<u8> = if st == 1 { d[s as usize..s as usize + n].to_vec() } else { (0..n as i64).map(|k| d[(s + k * st) as usize]).collect() };
    Ok(new_like(v, out))
}

/// The bytes of a bytes-like value or of an iterable of ints (each checked by
/// `byte_value`, `what` naming it); None when `x` is neither.
fn bytes_of_iterable(x: u64, what: &str) -> R<Option<Vec<u8>>> {
    if is_bytes_like(x) {
        return Ok(Some(data(x).to_vec()));
    }
    let Some(it) = crate::iter::try_iter(x)? else { return Ok(None) };
    let items = crate::iter::collect(it);
    decref(it);
    let items = items?;
    let r = items.iter().map(|&i| byte_value(i, what)).collect::<R<Vec<u8>>>();
    items.into_iter().for_each(decref);
    r.map(Some)
}

/// `ba[idx] = x` for a bytearray.
pub fn setitem(v: u64, idx: u64, x: u64) -> R<()> {
    if is_kind(idx, KIND_SLICE) {
        let (a, b, c) = crate::list::slice_parts(idx);
        // An int or a str is rejected although one is a count to bytes() and one iterable.
        let new = if is_int_like(x) || is_str(x) { None } else { bytes_of_iterable(x, "byte")? };
        let Some(new) = new else {
            return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        };
        let (start, step, len) = crate::tuple::adjust_slice(data(v).len() as i64, a, b, c)?;
        if step == 1 {
            let start = start as usize;
            array_mut(v).splice(start..start + len, new);
            return Ok(());
        }
        if new.len() != len {
            return value_error(&format!("attempt to assign bytes of size {} to extended slice of size {len}", new.len()));
        }
        for (k, b) in new.into_iter().enumerate() {
            array_mut(v)[(start + k as i64 * step) as usize] = b;
        }
        return Ok(());
    }
    if !is_int_like(idx) {
        return type_error(&format!("bytearray indices must be integers or slices, not {}", type_name(idx)));
    }
    let i = position(v, subscript_index(idx)?, "bytearray index out of range")?;
    array_mut(v)[i] = byte_value(x, "byte")?;
    Ok(())
}

/// `del ba[idx]` for a bytearray.
pub fn delitem(v: u64, idx: u64) -> R<()> {
    if is_kind(idx, KIND_SLICE) {
        let (a, b, c) = crate::list::slice_parts(idx);
        let (start, step, len) = crate::tuple::adjust_slice(data(v).len() as i64, a, b, c)?;
        let doomed: std::collections::HashSet<usize> = (0..len as i64).map(|k| (start + k * step) as usize).collect();
        let kept: Vec<u8> = data(v).iter().enumerate().filter(|(i, _)| !doomed.contains(i)).map(|(_, &b)| b).collect();
        *array_mut(v) = kept;
        return Ok(());
    }
    if !is_int_like(idx) {
        return type_error(&format!("bytearray indices must be integers or slices, not {}", type_name(idx)));
    }
    let i = position(v, subscript_index(idx)?, "bytearray index out of range")?;
    array_mut(v).remove(i);
    Ok(())
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `item in v`: an int byte or a bytes-like subsequence.
pub fn contains(v: u64, item: u64) -> R<bool> {
    if is_int_like(item) {
        return Ok(data(v).contains(&byte_value(item, "byte")?));
    }
    if !is_bytes_like(item) {
        return type_error(&format!("a bytes-like object is required, not '{}'", type_name(item)));
    }
    Ok(find_sub(data(v), data(item)).is_some())
}

/// The next item of a bytes or bytearray iterator (`SeqIter`): an int, or STOP.
pub fn iter_next(it: u64) -> u64 {
    let o = unsafe { obj_mut::<crate::iter::SeqIter>(it) };
    match data(o.seq).get(o.pos) {
        Some(&b) => {
            o.pos += 1;
            box_small_int(b as i64)
        }
        None => STOP,
    }
}

pub fn iter_type_name(it: u64) -> &'static str {
    if heap_kind(unsafe { obj::<crate::iter::SeqIter>(it) }.seq) == KIND_BYTEARRAY { "bytearray_iterator" } else { "bytes_iterator" }
}

// ---------------------------------------------------------------------------------------
// Construction: bytes(...) and bytearray(...)

/// `bytes(...)` / `bytearray(...)` with CPython's argument handling (`pos` and `kw`
/// borrowed; `kw` maps `source`, `encoding`, `errors`).
pub fn construct(array: bool, pos: &[u64], kwnames: &[&str], kwvals: &[u64]) -> R<u64> {
    let name = if array { "bytearray" } else { "bytes" };
    if pos.len() > 3 {
        return type_error(&format!("{name}() takes at most 3 arguments ({} given)", pos.len() + kwnames.len()));
    }
    let mut args = [ERR; 3];
    args[..pos.len()].copy_from_slice(pos);
    for (k, &v) in kwnames.iter().zip(kwvals) {
        match ["source", "encoding", "errors"].iter().position(|n| n == k) {
            Some(i) if args[i] == ERR => args[i] = v,
            Some(i) => return type_error(&format!("argument for {name}() given by name ('{k}') and position ({})", i + 1)),
            None => return type_error(&format!("'{k}' is an invalid keyword argument for {name}()")),
        }
    }
    let [source, encoding, errors] = args;
    let made = |d: Vec<u8>| if array { new_bytearray(d) } else { new_bytes(&d) };
    if encoding != ERR || errors != ERR {
        if source == ERR || !is_str(source) {
            return type_error(if encoding != ERR { "encoding without a string argument" } else { "errors without a string argument" });
        }
        let (enc, err) = crate::codecs::codec_args(name, Some(encoding).filter(|&e| e != ERR), Some(errors).filter(|&e| e != ERR))?;
        let b = crate::codecs::encode(source, enc, err)?;
        if !array {
            return Ok(b);
        }
        let r = new_bytearray(data(b).to_vec());
        decref(b);
        return Ok(r);
    }
    if source == ERR {
        return Ok(made(Vec::new()));
    }
    if is_str(source) {
        return type_error("string argument without an encoding");
    }
    if is_int_like(source) {
        let n = match crate::int::to_i64(if tag_of(source) == TAG_BOOL { box_small_int((source & 1) as i64) } else { source }) {
            Some(n) => n,
            None => return overflow_error("cannot fit 'int' into an index-sized integer"),
        };
        if n < 0 {
            return value_error("negative count");
        }
        if n as u64 > crate::str::MAX_ALLOC as u64 {
            return memory_error();
        }
        return Ok(made(vec![0; n as usize]));
    }
    match bytes_of_iterable(source, if array { "byte" } else { "bytes" })? {
        Some(d) => Ok(made(d)),
        None => type_error(&format!("cannot convert '{}' object to {name}", type_name(source))),
    }
}

/// `str(b, encoding[, errors])`.
pub fn str_of_bytes(source: u64, encoding: Option<u64>, errors: Option<u64>) -> R<u64> {
    let (enc, err) = crate::codecs::codec_args("str", encoding, errors)?;
    if is_str(source) {
        return type_error("decoding str is not supported");
    }
    if !is_bytes_like(source) {
        return type_error(&format!("decoding to str: need a bytes-like object, {} found", type_name(source)));
    }
    crate::codecs::decode(source, enc, err)
}

// ---------------------------------------------------------------------------------------
// Methods

fn arity(v: u64, name: &str, args: &[u64], lo: usize, hi: usize) -> R<()> {
    crate::list::arity_of(type_name(v), name, args, lo, hi)
}

/// The argument-count errors of the methods CPython parses with `PyArg_ParseTuple`
/// (`find() takes at least 1 argument (0 given)`).
fn takes(name: &str, args: &[u64], lo: usize, hi: usize) -> R<()> {
    let n = args.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < lo {
        return type_error(&format!("{name}() takes at least {lo} argument{} ({n} given)", s(lo)));
    }
    if n > hi {
        return type_error(&format!("{name}() takes at most {hi} argument{} ({n} given)", s(hi)));
    }
    Ok(())
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn bytes_arg<'a>(x: u64) -> R<&'a [u8]> {
    if is_bytes_like(x) { Ok(data(x)) } else { type_error(&format!("a bytes-like object is required, not '{}'", type_name(x))) }
}

/// The `sub` argument of find/count/index: bytes-like or an int byte.
fn sub_arg(x: u64) -> R<Vec<u8>> {
    if is_int_like(x) {
        return Ok(vec![byte_value(x, "byte")?]);
    }
    if is_bytes_like(x) {
        return Ok(data(x).to_vec());
    }
    type_error(&format!("argument should be integer or bytes-like object, not '{}'", type_name(x)))
}

/// The `[start, end)` range of optional slice-like arguments `args[first..]`, adjusted
/// as CPython's ADJUST_INDICES does: `end` is clamped to the length, `start` is not (a
/// start past the end finds nothing).
fn bounds(len: usize, args: &[u64], first: usize) -> R<(usize, usize)> {
    let n = len as i64;
    let adjust = |i: i64| -> usize { (if i < 0 { (i + n).max(0) } else { i }) as usize };
    let start = match args.get(first) {
        Some(&v) => crate::tuple::slice_index(v)?.map_or(0, adjust),
        None => 0,
    };
    let end = match args.get(first + 1) {
        Some(&v) => crate::tuple::slice_index(v)?.map_or(len, adjust).min(len),
        None => len,
    };
    Ok((start, end))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn list_of(v: u64, parts: Vec<Vec<u8>>) -> u64 {
    crate::list::new_list_owned(parts.into_iter().map(|p| new_like(v, p)).collect())
}

fn split(v: u64, args: &[u64], reverse: bool) -> R<u64> {
    let name = if reverse { "rsplit" } else { "split" };
    takes(name, args, 0, 2)?;
    let sep = args.first().copied().unwrap_or(NONE);
    let maxsplit = match args.get(1) {
        Some(&m) => crate::str_methods::arg_int(m)?,
        None => -1,
    };
    let d = data(v);
    let mut limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    if sep == NONE {
        let words: Vec<(usize, usize)> = {
            let mut w = Vec::new();
            let mut i = 0;
            while i < d.len() {
                while i < d.len() && is_space(d[i]) {
                    i += 1;
                }
                if i == d.len() {
                    break;
                }
                let s = i;
                while i < d.len() && !is_space(d[i]) {
                    i += 1;
                }
                w.push((s, i));
            }
            w
        };
        if words.is_empty() {
            return Ok(list_of(v, parts));
        }
        if !reverse {
            for &(s, e) in &words {
                if limit == 0 {
                    parts.push(d[s..].to_vec());
                    break;
                }
                parts.push(d[s..e].to_vec());
                limit -= 1;
            }
        } else {
            for &(s, e) in words.iter().rev() {
                if limit == 0 {
                    parts.push(d[..e].to_vec());
                    break;
                }
                parts.push(d[s..e].to_vec());
                limit -= 1;
            }
            parts.reverse();
        }
        return Ok(list_of(v, parts));
    }
    let sep = bytes_arg(sep)?.to_vec();
    if sep.is_empty() {
        return value_error("empty separator");
    }
    if !reverse {
        let mut rest = d;
        while limit > 0 {
            match find_sub(rest, &sep) {
                Some(i) => {
                    parts.push(rest[..i].to_vec());
                    rest = &rest[i + sep.len()..];
                    limit -= 1;
                }
                None => break,
            }
        }
        parts.push(rest.to_vec());
    } else {
        let mut rest = d;
        while limit > 0 {
            match rfind_sub(rest, &sep) {
                Some(i) => {
                    parts.push(rest[i + sep.len()..].to_vec());
                    rest = &rest[..i];
                    limit -= 1;
                }
                None => break,
            }
        }
        parts.push(rest.to_vec());
        parts.reverse();
    }
    Ok(list_of(v, parts))
}

fn strip(v: u64, name: &str, args: &[u64], left: bool, right: bool) -> R<u64> {
    arity(v, name, args, 0, 1)?;
    let d = data(v);
    let chars: Option<Vec<u8>> = match args.first() {
        None => None,
        Some(&x) if x == NONE => None,
        Some(&x) => Some(bytes_arg(x)?.to_vec()),
    };
    let strip_it = |b: u8| match &chars {
        None => is_space(b),
        Some(c) => c.contains(&b),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip_it(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(new_like(v, d[s..e].to_vec()))
}

fn pad(v: u64, name: &str, args: &[u64]) -> R<u64> {
    arity(v, name, args, 1, 2)?;
    let width = crate::str_methods::arg_int(args[0])?;
    let fill = match args.get(1) {
        None => b' ',
        Some(&f) if is_bytes_like(f) && data(f).len() == 1 => data(f)[0],
        Some(&f) => {
            return type_error(&format!("{name}() argument 2 must be a byte string of length 1, not {}", type_name(f)));
        }
    };
    let d = data(v);
    if width <= d.len() as i64 {
        return Ok(new_like(v, d.to_vec()));
    }
    let total = width as usize - d.len();
    let (l, r) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        // CPython's centering puts the extra byte on the left when the width is odd.
        _ => {
            let l = total / 2 + (total & width as usize & 1);
            (l, total - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(new_like(v, out))
}

fn join(v: u64, iterable: u64) -> R<u64> {
    let items = crate::iter::collect(iterable)?;
    let mut out = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        if !is_bytes_like(x) {
            let t = type_name(x);
            items.iter().for_each(|&x| decref(x));
            return type_error(&format!("sequence item {i}: expected a bytes-like object, {t} found"));
        }
        if i > 0 {
            out.extend_from_slice(data(v));
        }
        out.extend_from_slice(data(x));
    }
    items.into_iter().for_each(decref);
    Ok(new_like(v, out))
}

fn replace(v: u64, args: &[u64]) -> R<u64> {
    arity(v, "replace", args, 2, 3)?;
    let old = bytes_arg(args[0])?.to_vec();
    let new = bytes_arg(args[1])?.to_vec();
    let mut count = match args.get(2) {
        Some(&c) => crate::str_methods::arg_int(c)?,
        None => -1,
    };
    let d = data(v);
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for &b in d {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(b);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(new_like(v, out));
    }
    let mut i = 0;
    while i < d.len() {
        if count != 0 && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(new_like(v, out))
}

fn affix(v: u64, name: &str, args: &[u64], ends: bool) -> R<u64> {
    takes(name, args, 1, 3)?;
    let d = data(v);
    let (s, e) = bounds(d.len(), args, 1)?;
    let test = |p: &[u8]| -> bool {
        if s > e {
            return false;
        }
        if ends { d[s..e].ends_with(p) } else { d[s..e].starts_with(p) }
    };
    let x = args[0];
    if is_tuple(x) {
        for &p in crate::tuple::items(x) {
            if !is_bytes_like(p) {
                return type_error(&format!("a bytes-like object is required, not '{}'", type_name(p)));
            }
            if test(data(p)) {
                return Ok(TRUE);
            }
        }
        return Ok(FALSE);
    }
    if !is_bytes_like(x) {
        return type_error(&format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(x)));
    }
    Ok(box_bool(test(data(x))))
}

fn hex(args: &[u64], d: &[u8]) -> R<u64> {
    takes("hex", args, 0, 2)?;
    let digits: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(&sep) = args.first().filter(|&&x| x != ERR) else { return Ok(crate::str::new_string(digits.concat())) };
    let sep_text = if is_str(sep) {
        crate::str::as_str(sep).to_string()
    } else if is_bytes_like(sep) {
        String::from_utf8_lossy(data(sep)).into_owned()
    } else {
        return type_error("sep must be str or bytes.");
    };
    if sep_text.chars().count() != 1 {
        return value_error("sep must be length 1.");
    }
    let per = match args.get(1) {
        // bytes_per_sep is a C int.
        Some(&n) => match crate::str_methods::arg_int(n) {
            Ok(i) if i32::try_from(i).is_ok() => i,
            Err(Raised) if !is_int_like(n) => return Err(Raised),
            other => {
                if other.is_err() {
                    decref(take_pending());
                }
                return overflow_error("Python int too large to convert to C int");
            }
        },
        None => 1,
    };
    if per == 0 || d.is_empty() {
        return Ok(crate::str::new_string(digits.concat()));
    }
    let k = per.unsigned_abs() as usize;
    // Positive counts group from the right, negative from the left.
    let groups: Vec<String> = if per > 0 {
        let first = d.len() % k;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(k).map(|c| c.concat()));
        g
    } else {
        digits.chunks(k).map(|c| c.concat()).collect()
    };
    Ok(crate::str::new_string(groups.join(&sep_text)))
}

fn splitlines(v: u64, args: &[u64]) -> R<u64> {
    takes("splitlines", args, 0, 1)?;
    let keep = match args.first() {
        Some(&k) => crate::ops::truth(k)?,
        None => false,
    };
    let d = data(v);
    let mut parts = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let s = i;
        while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let e = i;
        if i < d.len() {
            i += if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
        }
        parts.push(d[s..if keep { i } else { e }].to_vec());
    }
    Ok(list_of(v, parts))
}

fn partition(v: u64, args: &[u64], reverse: bool) -> R<u64> {
    arity(v, if reverse { "rpartition" } else { "partition" }, args, 1, 1)?;
    let sep = bytes_arg(args[0])?.to_vec();
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let d = data(v);
    let found = if reverse { rfind_sub(d, &sep) } else { find_sub(d, &sep) };
    let parts = match found {
        Some(i) => [d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()],
        None if reverse => [Vec::new(), Vec::new(), d.to_vec()],
        None => [d.to_vec(), Vec::new(), Vec::new()],
    };
    Ok(crate::tuple::new_tuple_owned(parts.into_iter().map(|p| new_like(v, p)).collect()))
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let out = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn find(v: u64, name: &str, args: &[u64]) -> R<u64> {
    takes(name, args, 1, 3)?;
    let sub = sub_arg(args[0])?;
    let d = data(v);
    let (s, e) = bounds(d.len(), args, 1)?;
    let reverse = name.starts_with('r');
    let found = if s > e {
        None
    } else if reverse {
        rfind_sub(&d[s..e], &sub).map(|i| i + s)
    } else {
        find_sub(&d[s..e], &sub).map(|i| i + s)
    };
    match (found, name) {
        (Some(i), _) => Ok(box_small_int(i as i64)),
        (None, "index" | "rindex") => value_error("subsection not found"),
        (None, _) => Ok(box_small_int(-1)),
    }
}

fn count(v: u64, args: &[u64]) -> R<u64> {
    takes("count", args, 1, 3)?;
    let sub = sub_arg(args[0])?;
    let d = data(v);
    let (s, e) = bounds(d.len(), args, 1)?;
    if s > e {
        return Ok(box_small_int(0));
    }
    let seg = &d[s..e];
    if sub.is_empty() {
        return Ok(box_small_int(seg.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(k) = find_sub(&seg[i..], &sub) {
        n += 1;
        i += k + sub.len();
    }
    Ok(box_small_int(n))
}

fn predicate(d: &[u8], f: impl Fn(u8) -> bool) -> u64 {
    box_bool(!d.is_empty() && d.iter().all(|&b| f(b)))
}

/// `v.name(*args)` for a bytes or bytearray `v`; None if there is no such method.
pub fn call_method(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    let d = data(v);
    let array = heap_kind(v) == KIND_BYTEARRAY;
    let no_args = |f: &dyn Fn() -> u64| arity(v, name, args, 0, 0).map(|()| f());
    Some(match name {
        "decode" => takes("decode", args, 0, 2).and_then(|()| {
            // ERR: not passed (a keyword call fills the parameters before it with ERR).
            let given = |i: usize| args.get(i).copied().filter(|&x| x != ERR);
            let (enc, err) = crate::codecs::codec_args("decode", given(0), given(1))?;
            crate::codecs::decode(v, enc, err)
        }),
        "hex" => hex(args, d),
        "count" => count(v, args),
        "find" | "rfind" | "index" | "rindex" => find(v, name, args),
        "startswith" => affix(v, name, args, false),
        "endswith" => affix(v, name, args, true),
        "split" => split(v, args, false),
        "rsplit" => split(v, args, true),
        "splitlines" => splitlines(v, args),
        "join" => arity(v, name, args, 1, 1).and_then(|()| join(v, args[0])),
        "strip" => strip(v, name, args, true, true),
        "lstrip" => strip(v, name, args, true, false),
        "rstrip" => strip(v, name, args, false, true),
        "replace" => replace(v, args),
        "partition" => partition(v, args, false),
        "rpartition" => partition(v, args, true),
        "removeprefix" | "removesuffix" => arity(v, name, args, 1, 1).and_then(|()| {
            let a = bytes_arg(args[0])?;
            let out = if name == "removeprefix" { d.strip_prefix(a) } else { d.strip_suffix(a) }.unwrap_or(d);
            Ok(new_like(v, out.to_vec()))
        }),
        "center" | "ljust" | "rjust" => pad(v, name, args),
        "zfill" => arity(v, name, args, 1, 1).and_then(|()| {
            let width = crate::str_methods::arg_int(args[0])?;
            if width <= d.len() as i64 {
                return Ok(new_like(v, d.to_vec()));
            }
            let fill = width as usize - d.len();
            let sign = matches!(d.first(), Some(b'+' | b'-')) as usize;
            let mut out = d[..sign].to_vec();
            out.extend(std::iter::repeat_n(b'0', fill));
            out.extend_from_slice(&d[sign..]);
            Ok(new_like(v, out))
        }),
        "upper" => no_args(&|| new_like(v, d.to_ascii_uppercase())),
        "lower" => no_args(&|| new_like(v, d.to_ascii_lowercase())),
        "swapcase" => no_args(&|| new_like(v, d.iter().map(|&b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() }).collect())),
        "capitalize" => no_args(&|| {
            let mut out = d.to_ascii_lowercase();
            if let Some(f) = out.first_mut() {
                *f = f.to_ascii_uppercase();
            }
            new_like(v, out)
        }),
        "title" => no_args(&|| new_like(v, title(d))),
        "isdigit" => no_args(&|| predicate(d, |b| b.is_ascii_digit())),
        "isalpha" => no_args(&|| predicate(d, |b| b.is_ascii_alphabetic())),
        "isalnum" => no_args(&|| predicate(d, |b| b.is_ascii_alphanumeric())),
        "isspace" => no_args(&|| predicate(d, is_space)),
        "isascii" => no_args(&|| box_bool(d.is_ascii())),
        "isupper" => no_args(&|| box_bool(d.iter().any(|b| b.is_ascii_uppercase()) && !d.iter().any(|b| b.is_ascii_lowercase()))),
        "islower" => no_args(&|| box_bool(d.iter().any(|b| b.is_ascii_lowercase()) && !d.iter().any(|b| b.is_ascii_uppercase()))),
        _ if array => return array_method(v, name, args),
        _ => return None,
    })
}

/// `ba.append(x)` for a bytearray `ba`.
pub fn array_append(v: u64, x: u64) -> R<()> {
    let b = byte_value(x, "byte")?;
    array_mut(v).push(b);
    Ok(())
}

/// The methods only bytearray has.
fn array_method(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    Some(match name {
        "append" => arity(v, name, args, 1, 1).and_then(|()| array_append(v, args[0]).map(|()| NONE)),
        "extend" => arity(v, name, args, 1, 1).and_then(|()| {
            let Some(new) = bytes_of_iterable(args[0], "byte")? else {
                return type_error(&format!("can't extend bytearray with {}", type_name(args[0])));
            };
            array_mut(v).extend_from_slice(&new);
            Ok(NONE)
        }),
        "insert" => arity(v, name, args, 2, 2).and_then(|()| {
            let i = crate::str_methods::arg_int(args[0])?;
            let b = byte_value(args[1], "byte")?;
            let n = data(v).len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            array_mut(v).insert(at as usize, b);
            Ok(NONE)
        }),
        "pop" => arity(v, name, args, 0, 1).and_then(|()| {
            let i = match args.first() {
                Some(&x) => crate::str_methods::arg_int(x)?,
                None => -1,
            };
            if data(v).is_empty() {
                return raise(INDEX_ERROR, "pop from empty bytearray");
            }
            let i = position(v, i, "pop index out of range")?;
            Ok(box_small_int(array_mut(v).remove(i) as i64))
        }),
        "remove" => arity(v, name, args, 1, 1).and_then(|()| {
            let b = byte_value(args[0], "byte")?;
            match data(v).iter().position(|&x| x == b) {
                Some(i) => {
                    array_mut(v).remove(i);
                    Ok(NONE)
                }
                None => value_error("value not found in bytearray"),
            }
        }),
        "clear" => arity(v, name, args, 0, 0).map(|()| {
            array_mut(v).clear();
            NONE
        }),
        "copy" => arity(v, name, args, 0, 0).map(|()| new_bytearray(data(v).to_vec())),
        "reverse" => arity(v, name, args, 0, 0).map(|()| {
            array_mut(v).reverse();
            NONE
        }),
        _ => return None,
    })
}
