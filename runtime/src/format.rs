//! printf-style `str % args` formatting (the subset Molt supports: %s %r %a %d %i %u
//! %x %X %o %f %F %e %E %g %G %c %% with flags, width and precision).

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

pub fn percent_format(fmt: u64, args: u64) -> R<u64> {
    let f = crate::str::as_str(fmt);
    let items: Vec<u64> = if is_tuple(args) { crate::tuple::items(args).to_vec() } else { vec![args] };
    let mut next = 0usize;
    let mut out = String::with_capacity(f.len() + 16);
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let spec_start = i;
        if chars.get(i) == Some(&'(') {
            return type_error("format requires a mapping");
        }
        let mut left = false;
        let mut zero = false;
        let mut plus = false;
        let mut space = false;
        let mut alt = false;
        while i < chars.len() {
            match chars[i] {
                '-' => left = true,
                '0' => zero = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            let w = star_arg(&items, &mut next, false)?;
            // A negative width left-justifies, as the '-' flag does.
            left |= w < 0;
            width = w.unsigned_abs() as usize;
        }
        while i < chars.len() && chars[i].is_ascii_digit() {
            width = width.saturating_mul(10).saturating_add(chars[i].to_digit(10).unwrap_or(0) as usize);
            i += 1;
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = 0usize;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                p = star_arg(&items, &mut next, true)?.max(0) as usize;
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p = p.saturating_mul(10).saturating_add(chars[i].to_digit(10).unwrap_or(0) as usize);
                i += 1;
            }
            prec = Some(p);
        }
        if width > 100_000_000 || prec.is_some_and(|p| p > 100_000_000) {
            return value_error("width or precision too big");
        }
        let Some(&conv) = chars.get(i) else {
            return value_error("incomplete format");
        };
        i += 1;
        // Only `%%` is a literal percent; with flags, width or precision in between, `%` is
        // an (unsupported) conversion that still takes an argument, as in CPython.
        if conv == '%' && i - 1 == spec_start {
            out.push('%');
            continue;
        }
        let Some(&arg) = items.get(next) else {
            return type_error("not enough arguments for format string");
        };
        next += 1;
        let mut sign_neg = false;
        // `0x`/`0X`/`0o` of the alternate form: zero padding and precision go after it.
        let mut radix_prefix = "";
        let body: String = match conv {
            's' => crate::builtins::str_string(arg)?,
            'r' => crate::builtins::repr_string(arg)?,
            'a' => ascii_escape(&crate::builtins::repr_string(arg)?),
            'c' => {
                if is_str(arg) && crate::str::nchars(arg) == 1 {
                    crate::str::as_str(arg).to_string()
                } else if is_int_like(arg) {
                    match crate::int::to_i64(arg).and_then(|x| u32::try_from(x).ok()).filter(|&x| x < 0x11_0000) {
                        Some(x) => match char::from_u32(x) {
                            Some(ch) => ch.to_string(),
                            None => return raise(NOT_IMPLEMENTED_ERROR, "surrogate code points are not supported by Molt"),
                        },
                        None => return overflow_error("%c arg not in range(0x110000)"),
                    }
                } else {
                    return type_error("%c requires int or char");
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let iv = if is_int_like(arg) {
                    if tag_of(arg) == TAG_BOOL { box_small_int((arg & 1) as i64) } else { arg }
                } else if is_float(arg) && matches!(conv, 'd' | 'i' | 'u') {
                    crate::int::from_f64(unbox_float(arg))?
                } else {
                    let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                    return type_error(&format!("%{} format: {} is required, not {}", conv, what, type_name(arg)));
                };
                sign_neg = crate::int::sign(iv) < 0;
                let mag = crate::int::abs(iv);
                let s = match conv {
                    'x' => crate::int::to_radix(mag, 16, ""),
                    'X' => crate::int::to_radix(mag, 16, "").to_uppercase(),
                    'o' => crate::int::to_radix(mag, 8, ""),
                    _ => crate::int::to_decimal(mag)?,
                };
                if alt {
                    radix_prefix = match conv {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    };
                }
                decref(mag);
                if is_kind(iv, KIND_BIGINT) && iv != arg {
                    decref(iv);
                }
                match prec {
                    Some(p) if s.len() < p => format!("{}{}", "0".repeat(p - s.len()), s),
                    _ => s,
                }
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                if !(is_float(arg) || is_int_like(arg)) {
                    return type_error(&format!("must be real number, not {}", type_name(arg)));
                }
                let x = crate::ops::as_f64(arg)?;
                sign_neg = x.is_sign_negative() && !x.is_nan();
                format_float(x.abs(), conv, prec.unwrap_or(6), alt)
            }
            other => {
                return value_error(&format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                ));
            }
        };
        let numeric = !matches!(conv, 's' | 'r' | 'a' | 'c');
        // Precision truncates %s, %r and %a; %c ignores it.
        let body = if matches!(conv, 's' | 'r' | 'a') {
            match prec {
                Some(p) => body.chars().take(p).collect(),
                None => body,
            }
        } else {
            body
        };
        let sign = if !numeric {
            ""
        } else if sign_neg {
            "-"
        } else if plus {
            "+"
        } else if space {
            " "
        } else {
            ""
        };
        let sign = format!("{sign}{radix_prefix}");
        let sign = sign.as_str();
        let len = sign.chars().count() + body.chars().count();
        if len >= width {
            out.push_str(sign);
            out.push_str(&body);
        } else if left {
            out.push_str(sign);
            out.push_str(&body);
            out.push_str(&" ".repeat(width - len));
        } else if zero && numeric {
            out.push_str(sign);
            out.push_str(&"0".repeat(width - len));
            out.push_str(&body);
        } else {
            out.push_str(&" ".repeat(width - len));
            out.push_str(sign);
            out.push_str(&body);
        }
    }
    if next < items.len() && is_tuple(args) || (!is_tuple(args) && next == 0) {
        return type_error("not all arguments converted during string formatting");
    }
    Ok(crate::str::new_string(out))
}

/// The value of a `*` width or precision, taken from the arguments.
fn star_arg(items: &[u64], next: &mut usize, is_precision: bool) -> R<i64> {
    let Some(&a) = items.get(*next) else {
        return type_error("not enough arguments for format string");
    };
    *next += 1;
    if !is_int_like(a) {
        return type_error("* wants int");
    }
    match crate::int::to_i64(if tag_of(a) == TAG_BOOL { box_small_int((a & 1) as i64) } else { a }) {
        Some(v) if !is_precision || i32::try_from(v).is_ok() => Ok(v),
        _ if is_precision => overflow_error("Python int too large to convert to C int"),
        _ => overflow_error("Python int too large to convert to C ssize_t"),
    }
}

/// `ascii()` of a repr: non-ASCII characters become `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// Formats a non-negative float for %f/%e/%g.
pub fn format_float(x: f64, conv: char, prec: usize, alt: bool) -> String {
    let upper = conv.is_ascii_uppercase();
    let s = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        match conv.to_ascii_lowercase() {
            'f' => format!("{:.*}", prec, x),
            'e' => exp_format(x, prec),
            _ => {
                let p = if prec == 0 { 1 } else { prec };
                let e = if x == 0.0 {
                    0
                } else {
                    let s = format!("{:.*e}", p - 1, x);
                    s.split_once('e').and_then(|(_, e)| e.parse::<i32>().ok()).unwrap_or(0)
                };
                let mut r = if e < -4 || e >= p as i32 {
                    exp_format(x, p - 1)
                } else {
                    format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, x)
                };
                if !alt {
                    r = strip_zeros(&r);
                }
                r
            }
        }
    };
    // The alternate form always has a decimal point (`'%#.0f' % 1` is `'1.'`).
    let s = if alt && x.is_finite() && !s.contains('.') {
        match s.find('e') {
            Some(i) => format!("{}.{}", &s[..i], &s[i..]),
            None => format!("{s}."),
        }
    } else {
        s
    };
    if upper { s.to_uppercase() } else { s }
}

pub(crate) fn exp_format(x: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, x);
    match s.split_once('e') {
        Some((m, e)) => {
            let e: i32 = e.parse().unwrap_or(0);
            format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
        }
        None => s,
    }
}

pub(crate) fn strip_zeros(s: &str) -> String {
    let (m, e) = match s.find('e') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
    format!("{m}{e}")
}
