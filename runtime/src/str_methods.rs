//! Methods of `str`, with CPython 3.11's results and error messages. Character classes and
//! case mappings come from `unicode_props` (generated from CPython itself); indices are
//! code points, as in Python.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;
use crate::str::{as_str, new_str, new_string};
use crate::unicode_props as up;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table.binary_search_by(|&(a, b)| if b < c { std::cmp::Ordering::Less } else if a > c { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }).is_ok()
}

/// Pushes `c`'s mapping in `table` (one of unicode_props' case maps), or else in `base`,
/// or `c` itself.
fn push_mapped(out: &mut String, table: &[(u32, u32)], base: &[(u32, u32)], c: char) {
    let find = |t: &[(u32, u32)]| t.binary_search_by_key(&(c as u32), |&(k, _)| k).ok().map(|i| t[i].1);
    let Some(value) = find(table).or_else(|| find(base)) else {
        out.push(c);
        return;
    };
    let chars: &[u32] = if value & up::MULTI == 0 { &[value] } else { &up::EXPANSIONS[(value & !up::MULTI) as usize] };
    // The generator wrote only code points CPython produced, so each is a valid char.
    out.extend(chars.iter().take_while(|&&m| m != 0).filter_map(|&m| char::from_u32(m)));
}

pub fn is_space(c: char) -> bool {
    if c.is_ascii() { matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f') } else { in_ranges(up::SPACE, c) }
}
fn is_upper(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_uppercase() } else { in_ranges(up::UPPER, c) }
}
fn is_lower(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_lowercase() } else { in_ranges(up::LOWER, c) }
}
fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(up::TITLE, c)
}
fn is_cased(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { in_ranges(up::CASED, c) }
}
fn is_case_ignorable(c: char) -> bool {
    in_ranges(up::CASE_IGNORABLE, c)
}
fn is_alpha(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { in_ranges(up::ALPHA, c) }
}
fn is_decimal(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_digit() } else { in_ranges(up::DECIMAL, c) }
}
fn is_digit(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_digit() } else { in_ranges(up::DIGIT, c) }
}
fn is_numeric(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_digit() } else { in_ranges(up::NUMERIC, c) }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, up::UPPER_MAP, &[], c);
    }
}

fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, up::TITLE_MAP, up::UPPER_MAP, c);
    }
}

/// Lower-cases `chars[i]`, applying Unicode's Final_Sigma rule to U+03A3 as CPython does.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) { '\u{3c2}' } else { '\u{3c3}' });
    } else {
        push_mapped(out, up::LOWER_MAP, &[], c);
    }
}

fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c))
}

/// How a method reports a wrong number of arguments (CPython uses three wordings).
#[derive(Clone, Copy)]
enum Style {
    /// `split() takes at most 2 arguments (3 given)`
    Takes,
    /// `strip expected at most 1 argument, got 2`
    Expected,
    /// `str.upper() takes no arguments (1 given)` / `takes exactly one argument`
    Exact,
}

fn arity(name: &str, args: &[u64], lo: usize, hi: usize, style: Style) -> R<()> {
    let n = args.len();
    if (lo..=hi).contains(&n) {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    match style {
        Style::Exact if hi == 0 => type_error(&format!("str.{name}() takes no arguments ({n} given)")),
        Style::Exact => type_error(&format!("str.{name}() takes exactly one argument ({n} given)")),
        Style::Takes if n < lo => type_error(&format!("{name}() takes at least {lo} argument{} ({n} given)", plural(lo))),
        Style::Takes => type_error(&format!("{name}() takes at most {hi} argument{} ({n} given)", plural(hi))),
        Style::Expected if n < lo => type_error(&format!("{name} expected at least {lo} argument{}, got {n}", plural(lo))),
        Style::Expected => type_error(&format!("{name} expected at most {hi} argument{}, got {n}", plural(hi))),
    }
}

fn arg_str<'a>(v: u64, what: &str) -> R<&'a str> {
    if is_str(v) { Ok(as_str(v)) } else { type_error(&format!("{what}must be str, not {}", type_name(v))) }
}

/// Like `arg_str`, for arguments CPython checks with Argument Clinic, which names None
/// `None` rather than `NoneType`.
fn clinic_str<'a>(v: u64, what: &str) -> R<&'a str> {
    if v == NONE { type_error(&format!("{what}must be str, not None")) } else { arg_str(v, what) }
}

/// An int argument of a method (a width, a count, a position): CPython's TypeError for a
/// non-int, OverflowError beyond `Py_ssize_t`.
pub(crate) fn arg_int(v: u64) -> R<i64> {
    if !is_int_like(v) {
        return type_error(&format!("'{}' object cannot be interpreted as an integer", type_name(v)));
    }
    let v = if tag_of(v) == TAG_BOOL { box_small_int((v & 1) as i64) } else { v };
    match crate::int::to_i64(v) {
        Some(i) => Ok(i),
        None => overflow_error("Python int too large to convert to C ssize_t"),
    }
}

fn bool_of(b: bool) -> u64 {
    box_bool(b)
}

fn list_of_strs(parts: Vec<String>) -> u64 {
    crate::list::new_list_owned(parts.into_iter().map(new_string).collect())
}

/// Code-point bounds `[start, end)` of `s[start:end]` for find/count/startswith.
fn bounds(len: usize, args: &[u64], first: usize) -> R<(usize, usize, bool)> {
    let get = |k: usize| -> R<Option<i64>> {
        match args.get(k) {
            None => Ok(None),
            Some(&v) if v == NONE => Ok(None),
            Some(&v) if is_int_like(v) => crate::tuple::slice_index(v),
            Some(_) => type_error("slice indices must be integers or None or have an __index__ method"),
        }
    };
    let n = len as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let (start_raw, end_raw) = (get(first)?, get(first + 1)?);
    let start = start_raw.map_or(0, fix);
    let end = end_raw.map_or(n, fix);
    // `start` beyond the string makes even the empty substring absent.
    let past_end = start_raw.is_some_and(|s| s > n);
    Ok((start as usize, end as usize, past_end))
}

fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Byte offset of code point `i` in `s`.
fn byte_at(s: &str, i: usize, ascii: bool) -> usize {
    if ascii { i.min(s.len()) } else { s.char_indices().nth(i).map_or(s.len(), |(b, _)| b) }
}

fn sub_range(s: &str, start: usize, end: usize, ascii: bool) -> &str {
    if start >= end {
        return "";
    }
    let a = byte_at(s, start, ascii);
    let b = a + byte_at(&s[a..], end - start, ascii);
    &s[a..b]
}

/// Code-point index of byte offset `b` in `s`.
fn cp_index(s: &str, b: usize, ascii: bool) -> usize {
    if ascii { b } else { s[..b].chars().count() }
}

fn find_impl(s: &str, ascii: bool, args: &[u64], reverse: bool) -> R<Option<usize>> {
    // `ascii` comes from the object (O(1)); scanning `s` would make a find loop quadratic.
    let n = if ascii { s.len() } else { s.chars().count() };
    let (start, end, past_end) = bounds(n, args, 1)?;
    let sub = arg_str(args[0], "")?;
    if past_end || start > end {
        return Ok(None);
    }
    let hay = sub_range(s, start, end, ascii);
    let found = if reverse { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|b| start + cp_index(hay, b, ascii)))
}

fn count_impl(s: &str, ascii: bool, args: &[u64]) -> R<u64> {
    // `ascii` comes from the object (O(1)); scanning `s` would make a find loop quadratic.
    let n = if ascii { s.len() } else { s.chars().count() };
    let (start, end, past_end) = bounds(n, args, 1)?;
    let sub = arg_str(args[0], "")?;
    if past_end || start > end {
        return Ok(box_small_int(0));
    }
    let hay = sub_range(s, start, end, ascii);
    let c = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(box_small_int(c as i64))
}

fn affix_impl(s: &str, ascii: bool, args: &[u64], name: &str, ends: bool) -> R<u64> {
    // `ascii` comes from the object (O(1)); scanning `s` would make a find loop quadratic.
    let n = if ascii { s.len() } else { s.chars().count() };
    let (start, end, past_end) = bounds(n, args, 1)?;
    let hay = if start > end { "" } else { sub_range(s, start, end, ascii) };
    let test = |p: &str| !(past_end || start > end) && if ends { hay.ends_with(p) } else { hay.starts_with(p) };
    let a = args[0];
    if is_str(a) {
        return Ok(bool_of(test(as_str(a))));
    }
    if is_tuple(a) {
        for &p in crate::tuple::items(a) {
            if !is_str(p) {
                return type_error(&format!("tuple for {name} must only contain str, not {}", type_name(p)));
            }
            if test(as_str(p)) {
                return Ok(TRUE);
            }
        }
        return Ok(FALSE);
    }
    type_error(&format!("{name} first arg must be str or a tuple of str, not {}", type_name(a)))
}

fn split_whitespace(s: &str, maxsplit: i64, reverse: bool) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut splits = 0;
    if !reverse {
        let mut rest = s.trim_start_matches(is_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && splits == maxsplit {
                parts.push(rest);
                break;
            }
            let end = rest.find(is_space).unwrap_or(rest.len());
            parts.push(&rest[..end]);
            splits += 1;
            rest = rest[end..].trim_start_matches(is_space);
        }
    } else {
        let mut rest = s.trim_end_matches(is_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && splits == maxsplit {
                parts.push(rest);
                break;
            }
            let start = rest.rfind(is_space).map_or(0, |j| j + rest[j..].chars().next().map_or(1, char::len_utf8));
            parts.push(&rest[start..]);
            splits += 1;
            rest = rest[..start].trim_end_matches(is_space);
        }
        parts.reverse();
    }
    parts
}

fn split_impl(s: &str, args: &[u64], reverse: bool) -> R<u64> {
    let maxsplit = match args.get(1) {
        Some(&m) => arg_int(m)?,
        None => -1,
    };
    let sep = match args.first() {
        None => None,
        Some(&v) if v == NONE => None,
        Some(&v) if is_str(v) => Some(as_str(v)),
        Some(&v) => return type_error(&format!("must be str or None, not {}", type_name(v))),
    };
    let parts: Vec<&str> = match sep {
        None => split_whitespace(s, maxsplit, reverse),
        Some("") => return value_error("empty separator"),
        Some(sep) => {
            let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize + 1 };
            // A one-byte separator is an ASCII char: searched as a char, not a substring.
            let mut v: Vec<&str> = match (sep.len(), reverse) {
                (1, false) => s.splitn(limit, sep.as_bytes()[0] as char).collect(),
                (1, true) => s.rsplitn(limit, sep.as_bytes()[0] as char).collect(),
                (_, false) => s.splitn(limit, sep).collect(),
                (_, true) => s.rsplitn(limit, sep).collect(),
            };
            if reverse {
                v.reverse();
            }
            v
        }
    };
    // Pieces of ASCII text are ASCII: no scan per piece.
    let ascii = s.is_ascii();
    Ok(crate::list::new_list_owned(parts.into_iter().map(|p| if ascii { crate::str::new_ascii_str(p) } else { new_str(p) }).collect()))
}

fn splitlines_impl(s: &str, keepends: bool) -> u64 {
    let chars = chars_of(s);
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            let mut eol = i + 1;
            if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                eol += 1;
            }
            let end = if keepends { eol } else { i };
            parts.push(chars[start..end].iter().collect());
            start = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        parts.push(chars[start..].iter().collect());
    }
    list_of_strs(parts)
}

fn strip_impl(s: &str, args: &[u64], name: &str, left: bool, right: bool) -> R<u64> {
    let chars: Option<Vec<char>> = match args.first() {
        None => None,
        Some(&v) if v == NONE => None,
        Some(&v) if is_str(v) => Some(as_str(v).chars().collect()),
        Some(_) => return type_error(&format!("{name} arg must be None or str")),
    };
    let strip = |c: char| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(strip);
    }
    if right {
        r = r.trim_end_matches(strip);
    }
    Ok(new_str(r))
}

fn pad(s: &str, args: &[u64], kind: char) -> R<u64> {
    let width = arg_int(args[0])?;
    let fill = match args.get(1) {
        None => ' ',
        Some(&f) => {
            if !is_str(f) {
                return type_error(&format!("The fill character must be a unicode character, not {}", type_name(f)));
            }
            let f = as_str(f);
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return type_error("The fill character must be exactly one character long"),
            }
        }
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(new_str(s));
    }
    let marg = width - n;
    let (left, right) = match kind {
        'l' => (0, marg),
        'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let fill_s = |k: i64| std::iter::repeat_n(fill, k as usize).collect::<String>();
    Ok(new_string(format!("{}{s}{}", fill_s(left), fill_s(right))))
}

fn join_impl(sep: &str, iterable: u64) -> R<u64> {
    let Some(it) = crate::iter::try_iter(iterable)? else {
        return type_error("can only join an iterable");
    };
    let mut out = String::new();
    let mut i = 0usize;
    let result = crate::iter::drain(it, |x| {
        if !is_str(x) {
            return type_error(&format!("sequence item {i}: expected str instance, {} found", type_name(x)));
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(x));
        i += 1;
        Ok(())
    });
    decref(it);
    result.map(|()| new_string(out))
}

fn replace_impl(s: &str, args: &[u64]) -> R<u64> {
    let old = clinic_str(args[0], "replace() argument 1 ")?;
    let new = clinic_str(args[1], "replace() argument 2 ")?;
    let count = match args.get(2) {
        Some(&c) => arg_int(c)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(new_string(out));
        }
        return Ok(new_string(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut left = count;
        for c in s.chars() {
            if left > 0 {
                out.push_str(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(new);
        }
        return Ok(new_string(out));
    }
    Ok(new_string(s.replacen(old, new, count as usize)))
}

fn expandtabs_impl(s: &str, args: &[u64]) -> R<u64> {
    let tab = match args.first() {
        Some(&t) => arg_int(t)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let k = tab - col % tab;
                    out.extend(std::iter::repeat_n(' ', k as usize));
                    col += k;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

fn zfill_impl(s: &str, width: i64) -> u64 {
    let n = s.chars().count() as i64;
    if width <= n {
        return new_str(s);
    }
    let zeros = "0".repeat((width - n) as usize);
    match s.chars().next() {
        Some(c @ ('+' | '-')) => new_string(format!("{c}{zeros}{}", &s[1..])),
        _ => new_string(format!("{zeros}{s}")),
    }
}

fn partition_impl(s: &str, sep_v: u64, reverse: bool) -> R<u64> {
    let sep = arg_str(sep_v, "")?;
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let parts = match if reverse { s.rfind(sep) } else { s.find(sep) } {
        Some(b) => [&s[..b], sep, &s[b + sep.len()..]],
        None if reverse => ["", "", s],
        None => [s, "", ""],
    };
    Ok(crate::tuple::new_tuple_owned(parts.iter().map(|p| new_str(p)).collect()))
}

fn case_map(s: &str, mode: char) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        match mode {
            'u' => push_upper(&mut out, c),
            'l' => push_lower(&mut out, &chars, i),
            'f' => {
                if c.is_ascii() {
                    out.push(c.to_ascii_lowercase());
                } else {
                    push_mapped(&mut out, up::FOLD_MAP, up::LOWER_MAP, c);
                }
            }
            's' => {
                if is_upper(c) {
                    push_lower(&mut out, &chars, i);
                } else if is_lower(c) {
                    push_upper(&mut out, c);
                } else {
                    out.push(c);
                }
            }
            't' => {
                if prev_cased {
                    push_lower(&mut out, &chars, i);
                } else {
                    push_title(&mut out, c);
                }
                prev_cased = is_cased(c);
            }
            _ => {
                // capitalize: title-case the first character, lower-case the rest.
                if i == 0 {
                    push_title(&mut out, c);
                } else {
                    push_lower(&mut out, &chars, i);
                }
            }
        }
    }
    out
}

fn is_upper_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

fn is_lower_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

fn is_title_str(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn all_chars(s: &str, f: impl Fn(char) -> bool) -> u64 {
    bool_of(!s.is_empty() && s.chars().all(f))
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && in_ranges(up::ID_START, c)) => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && in_ranges(up::ID_CONTINUE, c)))
}

/// Calls method `name` of str `v` with borrowed `args`; `None` if str has no such method
/// (or Molt does not implement it: the compiler rejects those calls).
pub fn call_method(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    let s = as_str(v);
    let ascii = crate::str::is_ascii(v);
    let none = |style| arity(name, args, 0, 0, style);
    Some(match name {
        // The common methods first: a match on names compares them in order.
        "split" | "rsplit" => arity(name, args, 0, 2, Style::Takes).and_then(|()| split_impl(s, args, name == "rsplit")),
        "splitlines" => arity(name, args, 0, 1, Style::Takes).and_then(|()| {
            let keepends = match args.first() {
                Some(&k) => arg_int(k)? != 0,
                None => false,
            };
            Ok(splitlines_impl(s, keepends))
        }),
        "join" => arity(name, args, 1, 1, Style::Exact).and_then(|()| join_impl(s, args[0])),
        "strip" => arity(name, args, 0, 1, Style::Expected).and_then(|()| strip_impl(s, args, name, true, true)),
        "lstrip" => arity(name, args, 0, 1, Style::Expected).and_then(|()| strip_impl(s, args, name, true, false)),
        "rstrip" => arity(name, args, 0, 1, Style::Expected).and_then(|()| strip_impl(s, args, name, false, true)),
        "replace" => arity(name, args, 2, 3, Style::Expected).and_then(|()| replace_impl(s, args)),
        "find" | "rfind" => arity(name, args, 1, 3, Style::Takes)
            .and_then(|()| find_impl(s, ascii, args, name == "rfind"))
            .map(|r| box_small_int(r.map_or(-1, |i| i as i64))),
        "index" | "rindex" => arity(name, args, 1, 3, Style::Takes).and_then(|()| match find_impl(s, ascii, args, name == "rindex")? {
            Some(i) => Ok(box_small_int(i as i64)),
            None => value_error("substring not found"),
        }),
        "count" => arity(name, args, 1, 3, Style::Takes).and_then(|()| count_impl(s, ascii, args)),
        "startswith" | "endswith" => arity(name, args, 1, 3, Style::Takes).and_then(|()| affix_impl(s, ascii, args, name, name == "endswith")),
        "zfill" => arity(name, args, 1, 1, Style::Exact).and_then(|()| Ok(zfill_impl(s, arg_int(args[0])?))),
        "center" | "ljust" | "rjust" => arity(name, args, 1, 2, Style::Expected).and_then(|()| pad(s, args, name.as_bytes()[0] as char)),
        "partition" | "rpartition" => arity(name, args, 1, 1, Style::Exact).and_then(|()| partition_impl(s, args[0], name == "rpartition")),
        "encode" => arity(name, args, 0, 2, Style::Takes).and_then(|()| {
            // ERR: not passed (a keyword call fills the parameters before it with ERR).
            let given = |i: usize| args.get(i).copied().filter(|&x| x != ERR);
            let (enc, err) = crate::codecs::codec_args("encode", given(0), given(1))?;
            crate::codecs::encode(v, enc, err)
        }),
        "upper" | "lower" | "casefold" | "swapcase" | "title" | "capitalize" => none(Style::Exact).map(|()| {
            let mode = match name {
                "upper" => 'u',
                "lower" => 'l',
                "casefold" => 'f',
                "swapcase" => 's',
                "title" => 't',
                _ => 'c',
            };
            match mode {
                // ASCII text maps byte by byte: no array of chars.
                'u' if ascii => crate::str::ascii_case_mapped(s, true),
                'l' | 'f' if ascii => crate::str::ascii_case_mapped(s, false),
                _ => new_string(case_map(s, mode)),
            }
        }),
        "isupper" => none(Style::Exact).map(|()| bool_of(is_upper_str(s))),
        "islower" => none(Style::Exact).map(|()| bool_of(is_lower_str(s))),
        "istitle" => none(Style::Exact).map(|()| bool_of(is_title_str(s))),
        "isalpha" => none(Style::Exact).map(|()| all_chars(s, is_alpha)),
        "isdecimal" => none(Style::Exact).map(|()| all_chars(s, is_decimal)),
        "isdigit" => none(Style::Exact).map(|()| all_chars(s, is_digit)),
        "isnumeric" => none(Style::Exact).map(|()| all_chars(s, is_numeric)),
        "isalnum" => none(Style::Exact).map(|()| all_chars(s, |c| is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c))),
        "isspace" => none(Style::Exact).map(|()| all_chars(s, is_space)),
        "isascii" => none(Style::Exact).map(|()| bool_of(ascii)),
        "isprintable" => none(Style::Exact).map(|()| bool_of(s.chars().all(crate::str::is_printable))),
        "isidentifier" => none(Style::Exact).map(|()| bool_of(is_identifier(s))),
        "removeprefix" => arity(name, args, 1, 1, Style::Exact)
            .and_then(|()| clinic_str(args[0], "removeprefix() argument "))
            .map(|p| new_str(s.strip_prefix(p).unwrap_or(s))),
        "removesuffix" => arity(name, args, 1, 1, Style::Exact)
            .and_then(|()| clinic_str(args[0], "removesuffix() argument "))
            .map(|p| new_str(s.strip_suffix(p).unwrap_or(s))),
        "expandtabs" => arity(name, args, 0, 1, Style::Takes).and_then(|()| expandtabs_impl(s, args)),
        "format" => str_format(s, args, &[], &[]),
        _ => return None,
    })
}

/// `template.format(*args, **kwargs)` (kwargs as parallel name/value slices).
pub fn str_format(template: &str, args: &[u64], kwnames: &[&str], kwvals: &[u64]) -> R<u64> {
    let mut auto: Option<usize> = None;
    let mut manual = false;
    let out = format_template(template, args, kwnames, kwvals, &mut auto, &mut manual, 2)?;
    Ok(new_string(out))
}

fn format_template(t: &str, args: &[u64], kwnames: &[&str], kwvals: &[u64], auto: &mut Option<usize>, manual: &mut bool, depth: u32) -> R<String> {
    let c: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '{' if c.get(i + 1) == Some(&'{') => {
                out.push('{');
                i += 2;
            }
            '}' if c.get(i + 1) == Some(&'}') => {
                out.push('}');
                i += 2;
            }
            '}' => return value_error("Single '}' encountered in format string"),
            '{' => {
                if i + 1 == c.len() {
                    return value_error("Single '{' encountered in format string");
                }
                // Find the matching '}' (nested fields may appear in the spec; brackets
                // in the field name hide braces).
                let (mut j, mut level, mut in_name, mut in_bracket) = (i + 1, 1, true, false);
                while j < c.len() {
                    let ch = c[j];
                    if in_bracket {
                        if ch == ']' {
                            in_bracket = false;
                        }
                    } else if in_name && ch == '[' {
                        in_bracket = true;
                    } else if ch == '{' {
                        level += 1;
                    } else if ch == '}' {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    } else if in_name && (ch == ':' || ch == '!') {
                        in_name = false;
                    }
                    j += 1;
                }
                if j >= c.len() {
                    return value_error("expected '}' before end of string");
                }
                let field: String = c[i + 1..j].iter().collect();
                out.push_str(&format_field(&field, args, kwnames, kwvals, auto, manual, depth)?);
                i = j + 1;
            }
            ch => {
                out.push(ch);
                i += 1;
            }
        }
    }
    Ok(out)
}

fn format_field(field: &str, args: &[u64], kwnames: &[&str], kwvals: &[u64], auto: &mut Option<usize>, manual: &mut bool, depth: u32) -> R<String> {
    // Split name / conversion / spec at the first '!' or ':' outside brackets.
    let chars: Vec<char> = field.chars().collect();
    let mut k = 0;
    let mut in_bracket = false;
    while k < chars.len() {
        match chars[k] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => break,
            _ => {}
        }
        k += 1;
    }
    let name: String = chars[..k].iter().collect();
    let mut conversion = 0;
    let mut rest = k;
    if chars.get(k) == Some(&'!') {
        match chars.get(k + 1) {
            None | Some(':') => return value_error("unmatched '{' in format spec"),
            Some(&cv) => {
                conversion = match cv {
                    's' => 1,
                    'r' => 2,
                    'a' => 3,
                    other => return value_error(&format!("Unknown conversion specifier {other}")),
                };
                rest = k + 2;
                if rest < chars.len() && chars[rest] != ':' {
                    return value_error("expected ':' after conversion specifier");
                }
            }
        }
    }
    let spec_raw: String = if rest < chars.len() { chars[rest + 1..].iter().collect() } else { String::new() };
    let value = resolve_field(&name, args, kwnames, kwvals, auto, manual)?;
    let result = (|| {
        if depth == 0 && spec_raw.contains('{') {
            return value_error("Max string recursion exceeded");
        }
        let spec = format_template(&spec_raw, args, kwnames, kwvals, auto, manual, depth.saturating_sub(1))?;
        let converted = crate::format_spec::convert(value, conversion)?;
        let r = crate::format_spec::format_value(converted, &spec);
        decref(converted);
        r
    })();
    decref(value);
    result
}

/// The value a field name refers to (owned): `0`, `name`, or auto-numbered, followed by
/// `[key]` lookups.
fn resolve_field(name: &str, args: &[u64], kwnames: &[&str], kwvals: &[u64], auto: &mut Option<usize>, manual: &mut bool) -> R<u64> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut accessors) = name.split_at(first_end);
    let mut value = if first.is_empty() {
        if *manual {
            return value_error("cannot switch from manual field specification to automatic field numbering");
        }
        let n = auto.map_or(0, |a| a + 1);
        *auto = Some(n);
        positional(args, n)?
    } else if first.bytes().all(|b| b.is_ascii_digit()) {
        if auto.is_some() {
            return value_error("cannot switch from automatic field numbering to manual field specification");
        }
        *manual = true;
        let n = first.parse::<usize>().unwrap_or(usize::MAX);
        positional(args, n)?
    } else {
        match kwnames.iter().position(|k| *k == first) {
            Some(p) => {
                incref(kwvals[p]);
                kwvals[p]
            }
            None => {
                let key = new_str(first);
                let r = raise_args(KEY_ERROR, &[key]);
                decref(key);
                return r;
            }
        }
    };
    while !accessors.is_empty() {
        if accessors.starts_with('.') {
            decref(value);
            return raise(NOT_IMPLEMENTED_ERROR, "attribute access in format fields is not supported by Molt");
        }
        let Some(close) = accessors.find(']') else {
            decref(value);
            return value_error("Missing ']' in format string");
        };
        let key_text = &accessors[1..close];
        let key = if !key_text.is_empty() && key_text.bytes().all(|b| b.is_ascii_digit()) {
            crate::int::parse(key_text, 10)?
        } else {
            new_str(key_text)
        };
        let next = crate::ops::getitem(value, key);
        decref(key);
        decref(value);
        value = next?;
        accessors = &accessors[close + 1..];
        if !accessors.is_empty() && !accessors.starts_with(['.', '[']) {
            decref(value);
            return value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    Ok(value)
}

fn positional(args: &[u64], n: usize) -> R<u64> {
    match args.get(n) {
        Some(&v) => {
            incref(v);
            Ok(v)
        }
        None => raise(INDEX_ERROR, &format!("Replacement index {n} out of range for positional args tuple")),
    }
}
