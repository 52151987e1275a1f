//! `format(value, spec)`: the format-spec mini-language of f-strings and `str.format`
//! (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`) for int, bool,
//! float and str, with CPython 3.11's results and error messages. Other types accept
//! only the empty spec (then `str(value)`), as `object.__format__` does.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

#[derive(Clone, Debug)]
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    z: bool,
    alt: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
    /// The '0' flag without an explicit alignment: '=' for numbers, '<' for str.
    zero_align: bool,
}

impl Spec {
    fn for_number(mut self) -> Spec {
        if self.zero_align {
            self.align = Some('=');
        }
        self
    }
}

/// `default_ty` is the type letter assumed when the spec has none ('s' for str, 'd' for
/// int, none for float), as CPython's parser does for its grouping check.
fn parse(spec: &str, type_name: &str, default_ty: Option<char>) -> R<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut fill_given = false;
    let mut s = Spec { fill: ' ', align: None, sign: None, z: false, alt: false, width: 0, grouping: None, precision: None, ty: None, zero_align: false };
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = c[0];
        s.align = Some(c[1]);
        fill_given = true;
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        // '0' sets the fill unless one was given, and the alignment to '=' for numbers
        // unless one was given (see `Spec::zero_flag_align`).
        if !fill_given {
            s.fill = '0';
            if s.align.is_none() {
                s.zero_align = true;
            }
        }
        i += 1;
    }
    let digits = |i: &mut usize| -> Option<usize> {
        let start = *i;
        let mut n: usize = 0;
        while *i < c.len() && c[*i].is_ascii_digit() {
            n = n.saturating_mul(10).saturating_add(c[*i] as usize - '0' as usize);
            *i += 1;
        }
        (*i > start).then_some(n)
    };
    if let Some(w) = digits(&mut i) {
        s.width = w;
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        s.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && matches!(c[i], ',' | '_') {
            return value_error("Cannot specify both ',' and '_'.");
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        match digits(&mut i) {
            Some(p) => s.precision = Some(p),
            None => return value_error("Format specifier missing precision"),
        }
    }
    if c.len() - i > 1 {
        return value_error(&format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if i < c.len() {
        s.ty = Some(c[i]);
    }
    // Grouping is checked against the type letter while parsing, for every value type.
    if let Some(g) = s.grouping {
        let ok = match s.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return value_error(&format!("Cannot specify '{g}' with '{}'.", s.ty.or(default_ty).unwrap_or(' ')));
        }
    }
    if s.width > 100_000_000 || s.precision.is_some_and(|p| p > 100_000_000) {
        return value_error("Too many decimal digits in format string");
    }
    Ok(s)
}

/// Pads `body` (already signed) to the width; `=` puts the padding after `prefix_len`
/// characters (sign and radix prefix).
fn pad(body: &str, prefix_len: usize, s: &Spec, default_align: char) -> String {
    let n = body.chars().count();
    if n >= s.width {
        return body.to_string();
    }
    let k = s.width - n;
    let fill = |k: usize| std::iter::repeat_n(s.fill, k).collect::<String>();
    match s.align.unwrap_or(default_align) {
        '<' => format!("{body}{}", fill(k)),
        '^' => format!("{}{body}{}", fill(k / 2), fill(k - k / 2)),
        '=' => {
            let split = body.char_indices().nth(prefix_len).map_or(body.len(), |(b, _)| b);
            format!("{}{}{}", &body[..split], fill(k), &body[split..])
        }
        _ => format!("{}{body}", fill(k)),
    }
}

/// Inserts `sep` every `every` digits from the right; with `min_width`, first pads the
/// digits with zeros until the grouped text is at least that wide (CPython's rule for
/// zero padding with grouping).
fn group(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let mut d: String = digits.to_string();
    loop {
        let n = d.chars().count();
        let mut out = String::new();
        for (i, ch) in d.chars().enumerate() {
            if i > 0 && (n - i) % every == 0 {
                out.push(sep);
            }
            out.push(ch);
        }
        if out.chars().count() >= min_width {
            return out;
        }
        d.insert(0, '0');
    }
}

fn sign_str(negative: bool, s: &Spec) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Digits with optional grouping; zero padding with grouping is folded into the digits.
fn finish_number(negative: bool, prefix: &str, digits: &str, suffix: &str, s: &Spec, every: usize) -> String {
    let sign = sign_str(negative, s);
    let zero_group = s.fill == '0' && s.align == Some('=');
    let grouped = match s.grouping {
        Some(g) => {
            let min = if zero_group { s.width.saturating_sub(sign.len() + prefix.len() + suffix.chars().count()) } else { 0 };
            group(digits, g, every, min)
        }
        None => digits.to_string(),
    };
    let body = format!("{sign}{prefix}{grouped}{suffix}");
    pad(&body, sign.len() + prefix.len(), s, '>')
}

fn format_int(v: u64, s: &Spec, type_name: &str) -> R<String> {
    let ty = s.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = crate::int::to_f64(v)?;
            return format_float(x, s);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        _ => return value_error(&format!("Unknown format code '{ty}' for object of type '{type_name}'")),
    }
    if s.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if s.z {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if s.alt {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let ch = match crate::int::to_i64(v) {
            Some(i) => match u32::try_from(i).ok().filter(|&u| u < 0x11_0000) {
                Some(u) => match char::from_u32(u) {
                    Some(ch) => ch,
                    None => return raise(NOT_IMPLEMENTED_ERROR, "surrogate code points are not supported by Molt"),
                },
                None => return overflow_error("%c arg not in range(0x110000)"),
            },
            None => return overflow_error("Python int too large to convert to C long"),
        };
        return Ok(pad(&ch.to_string(), 0, s, '>'));
    }
    let negative = crate::int::sign(v) < 0;
    let mag = crate::int::abs(v);
    let (prefix, digits) = match ty {
        'b' => ("0b", crate::int::to_radix(mag, 2, "")),
        'o' => ("0o", crate::int::to_radix(mag, 8, "")),
        'x' => ("0x", crate::int::to_radix(mag, 16, "")),
        'X' => ("0X", crate::int::to_radix(mag, 16, "").to_uppercase()),
        _ => ("", crate::int::to_decimal(mag)?),
    };
    decref(mag);
    let prefix = if s.alt { prefix } else { "" };
    let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    Ok(finish_number(negative, prefix, &digits, "", s, every))
}

fn format_float(x: f64, s: &Spec) -> R<String> {
    let ty = s.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return value_error(&format!("Unknown format code '{t}' for object of type 'float'")),
    }
    let mut negative = x.is_sign_negative() && !x.is_nan();
    let mut a = x.abs();
    let text = match ty {
        None if s.precision.is_none() => {
            let r = crate::float::repr(a);
            if s.alt && !r.contains('.') && a.is_finite() {
                match r.find('e') {
                    Some(i) => format!("{}.{}", &r[..i], &r[i..]),
                    None => format!("{r}."),
                }
            } else {
                r
            }
        }
        None => none_type_with_precision(a, s.precision.unwrap_or(6), s.alt),
        Some('%') => {
            a *= 100.0;
            format!("{}%", crate::format::format_float(a, 'f', s.precision.unwrap_or(6), s.alt))
        }
        Some('n') => crate::format::format_float(a, 'g', s.precision.unwrap_or(6), s.alt),
        Some(t) => crate::format::format_float(a, t, s.precision.unwrap_or(6), s.alt),
    };
    if s.z && negative && a.is_finite() && text.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        negative = false;
    }
    // Split into integer digits and the rest, so grouping applies to the integer part.
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (int_part, rest) = text.split_at(split);
    if int_part.is_empty() {
        // inf and nan: never zero-grouped.
        let sign = sign_str(negative, s);
        return Ok(pad(&format!("{sign}{text}"), sign.len(), s, '>'));
    }
    Ok(finish_number(negative, "", int_part, rest, s, 3))
}

/// The float presentation with no type and a precision: like 'g', but fixed notation
/// keeps a digit after the point, so it switches to exponents one digit earlier
/// (CPython's `Py_DTSF_ADD_DOT_0`): `format(1.0, '.1')` is `'1e+00'`.
fn none_type_with_precision(a: f64, p: usize, alt: bool) -> String {
    if !a.is_finite() {
        return crate::format::format_float(a, 'g', p, alt);
    }
    let p = p.max(1);
    let e = if a == 0.0 {
        0
    } else {
        let t = format!("{:.*e}", p - 1, a);
        t.split_once('e').and_then(|(_, e)| e.parse::<i32>().ok()).unwrap_or(0)
    };
    let mut r = if e < -4 || e >= p as i32 - 1 {
        crate::format::exp_format(a, p - 1)
    } else {
        format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, a)
    };
    if !alt {
        r = crate::format::strip_zeros(&r);
    } else if !r.contains('.') {
        r = match r.find('e') {
            Some(i) => format!("{}.{}", &r[..i], &r[i..]),
            None => format!("{r}."),
        };
    }
    if !r.contains('.') && !r.contains('e') {
        r.push_str(".0");
    }
    r
}

fn format_str(v: &str, s: &Spec) -> R<String> {
    match s.ty {
        None | Some('s') => {}
        Some(t) => return value_error(&format!("Unknown format code '{t}' for object of type 'str'")),
    }
    match s.sign {
        Some(' ') => return value_error("Space not allowed in string format specifier"),
        Some(_) => return value_error("Sign not allowed in string format specifier"),
        None => {}
    }
    if s.z {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if s.alt {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if s.align == Some('=') {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    let body: String = match s.precision {
        Some(p) => v.chars().take(p).collect(),
        None => v.to_string(),
    };
    Ok(pad(&body, 0, s, '<'))
}

/// `format(v, spec)` as Rust text.
pub fn format_value(v: u64, spec: &str) -> R<String> {
    if spec.is_empty() {
        return crate::builtins::str_string(v);
    }
    let tn = type_name(v);
    if is_float(v) {
        return format_float(unbox_float(v), &parse(spec, tn, None)?.for_number());
    }
    if is_int_like(v) {
        let iv = if tag_of(v) == TAG_BOOL { box_small_int((v & 1) as i64) } else { v };
        return format_int(iv, &parse(spec, tn, Some('d'))?.for_number(), tn);
    }
    if is_str(v) {
        return format_str(crate::str::as_str(v), &parse(spec, tn, Some('s'))?);
    }
    type_error(&format!("unsupported format string passed to {tn}.__format__"))
}

/// Applies an f-string conversion: 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
pub fn convert(v: u64, conversion: i32) -> R<u64> {
    match conversion {
        1 => Ok(crate::str::new_string(crate::builtins::str_string(v)?)),
        2 => Ok(crate::str::new_string(crate::builtins::repr_string(v)?)),
        3 => Ok(crate::str::new_string(crate::format::ascii_escape(&crate::builtins::repr_string(v)?))),
        _ => {
            incref(v);
            Ok(v)
        }
    }
}

/// The commonest specs of f-string fields, formatted without building a `Spec`: a small
/// int with at most a '0' flag, a width below 1000 and 'd' (`{i:05d}`, `{i:3}`), and a
/// float with only a precision and 'f' (`{x:.2f}`). The results are what the general
/// path gives (right-aligned numbers; '0' pads after the sign). `None` for anything else.
fn simple_number_spec(v: u64, spec: &[u8]) -> Option<u64> {
    if is_small_int(v) {
        let (zero, rest) = match spec.split_first() {
            Some((b'0', r)) => (true, r),
            _ => (false, spec),
        };
        let end = rest.iter().position(|b| !b.is_ascii_digit()).unwrap_or(rest.len());
        let (width, tail) = rest.split_at(end);
        if !(tail.is_empty() || tail == b"d") || width.len() > 3 {
            return None;
        }
        let width = width.iter().fold(0usize, |w, &d| w * 10 + (d - b'0') as usize);
        let i = unbox_small_int(v);
        let mut digits = [0u8; 20];
        let mut n = 0;
        let mut m = i.unsigned_abs();
        loop {
            digits[n] = b'0' + (m % 10) as u8;
            n += 1;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        let sign = if i < 0 { "-" } else { "" };
        let pad = width.saturating_sub(n + sign.len());
        let mut out = String::with_capacity(n + sign.len() + pad);
        if !zero {
            out.extend(std::iter::repeat_n(' ', pad));
        }
        out.push_str(sign);
        if zero {
            out.extend(std::iter::repeat_n('0', pad));
        }
        out.extend(digits[..n].iter().rev().map(|&d| d as char));
        return Some(crate::str::new_ascii_str(&out));
    }
    if is_float(v) {
        let [b'.', digits @ .., b'f'] = spec else { return None };
        if digits.is_empty() || digits.len() > 2 || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let precision = digits.iter().fold(0usize, |p, &d| p * 10 + (d - b'0') as usize);
        let x = unbox_float(v);
        let text = crate::format::format_float(x.abs(), 'f', precision, false);
        let negative = x.is_sign_negative() && !x.is_nan();
        return Some(crate::str::new_ascii_str(&if negative { format!("-{text}") } else { text }));
    }
    None
}

/// One f-string replacement field: `{v!conv:spec}` (spec is a str, or NONE for none).
#[unsafe(no_mangle)]
pub extern "C" fn molt_format_field(v: u64, conversion: i32, spec: u64) -> u64 {
    let no_spec = spec == NONE || crate::str::as_str(spec).is_empty();
    if is_small_int(v) && conversion <= 1 && no_spec {
        return crate::int::small_to_str(unbox_small_int(v));
    }
    // `f"{s}"` and `f"{s!s}"` of a str are the str itself, as in CPython.
    if is_str(v) && conversion <= 1 && no_spec {
        incref(v);
        return v;
    }
    if conversion == 0
        && spec != NONE
        && let Some(r) = simple_number_spec(v, crate::str::as_str(spec).as_bytes())
    {
        return r;
    }
    let converted = match convert(v, conversion) {
        Ok(c) => c,
        Err(_) => return ERR,
    };
    let spec = if spec == NONE { "" } else { crate::str::as_str(spec) };
    let r = format_value(converted, spec).map(crate::str::new_string);
    decref(converted);
    ret(r)
}

/// Concatenates `n` str values (borrowed): the pieces of an f-string.
#[unsafe(no_mangle)]
pub extern "C" fn molt_str_join_parts(items: *const u64, n: usize) -> u64 {
    let parts = if n == 0 || items.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(items, n) } };
    crate::str::concat_many(parts)
}

/// `format(v[, spec])`.
#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_format(v: u64, spec: u64) -> u64 {
    if spec != ERR && !is_str(spec) {
        return ret(type_error(&format!("format() argument 2 must be str, not {}", type_name(spec))));
    }
    let spec = if spec == ERR { "" } else { crate::str::as_str(spec) };
    ret(format_value(v, spec).map(crate::str::new_string))
}
