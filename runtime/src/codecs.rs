//! `str.encode` and `bytes.decode` for the codecs Molt implements (UTF-8, ASCII,
//! Latin-1, under all of CPython's aliases), with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and (encoding) `xmlcharrefreplace`, and CPython 3.11's
//! UnicodeDecodeError / UnicodeEncodeError, whose `args` are the five-tuple CPython uses
//! (encoding, object, start, end, reason). Any other codec stops the program (exit status
//! 70): raising LookupError for a codec CPython has would change the outcome.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// CPython's `encodings.normalize_encoding` plus the aliases of the three codecs.
fn lookup(encoding: &str) -> R<Codec> {
    // The default and the usual spellings, without building the normalized name.
    match encoding {
        "utf-8" | "utf8" | "UTF-8" => return Ok(Codec::Utf8),
        "ascii" => return Ok(Codec::Ascii),
        "latin-1" | "latin1" => return Ok(Codec::Latin1),
        _ => {}
    }
    let norm: String = encoding.trim().to_ascii_lowercase().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" | "us" => Codec::Ascii,
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso_ir_100" | "l1" | "latin" | "iso_8859_1_1987" => {
            Codec::Latin1
        }
        _ => unsupported_feature(&format!("the codec '{encoding}'")),
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The error handler, looked up only when an error happens (as CPython does).
fn handler(errors: &str, encoding: bool) -> R<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" if encoding => Handler::XmlCharRefReplace,
        "surrogateescape" | "surrogatepass" | "namereplace" | "xmlcharrefreplace" => unsupported_feature(&format!("the error handler '{errors}'")),
        _ => return raise(LOOKUP_ERROR, &format!("unknown error handler name '{errors}'")),
    })
}

fn raise_unicode<T>(kind: usize, codec: Codec, object: u64, start: usize, end: usize, reason: &str) -> R<T> {
    // The error holds a bytes copy of a bytearray being decoded, as CPython's does.
    let object = if is_kind(object, KIND_BYTEARRAY) {
        crate::bytes::new_bytes(crate::bytes::data(object))
    } else {
        incref(object);
        object
    };
    let args = vec![crate::str::new_str(codec.name()), object, crate::int::new_int_i64(start as i64), crate::int::new_int_i64(end as i64), crate::str::new_str(reason)];
    set_pending(new_exc_owned_args(kind, crate::tuple::new_tuple_owned(args)));
    Err(Raised)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`: how CPython's messages and `backslashreplace` show
/// a character.
fn escape(ch: char) -> String {
    let c = ch as u32;
    if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// `str(e)` for a UnicodeDecodeError / UnicodeEncodeError whose args have CPython's shape.
pub fn unicode_error_str(kind: usize, args: &[u64]) -> Option<String> {
    let [enc, object, start, end, reason] = args else { return None };
    if !is_str(*enc) || !is_str(*reason) || !is_small_int(*start) || !is_small_int(*end) {
        return None;
    }
    let (enc, reason) = (crate::str::as_str(*enc), crate::str::as_str(*reason));
    let (start, end) = (unbox_small_int(*start), unbox_small_int(*end));
    if kind == UNICODE_DECODE_ERROR && crate::bytes::is_bytes_like(*object) {
        let data = crate::bytes::data(*object);
        if start >= 0 && end == start + 1 && (start as usize) < data.len() {
            return Some(format!("'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}", data[start as usize]));
        }
        return Some(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1));
    }
    if kind == UNICODE_ENCODE_ERROR && is_str(*object) {
        let ch = crate::str::as_str(*object).chars().nth(start.max(0) as usize);
        if let (Some(c), true) = (ch, end == start + 1) {
            return Some(format!("'{enc}' codec can't encode character '{}' in position {start}: {reason}", escape(c)));
        }
        return Some(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1));
    }
    None
}

/// `s.encode(encoding, errors)` for str value `s`: a new bytes.
pub fn encode(s: u64, encoding: &str, errors: &str) -> R<u64> {
    let codec = lookup(encoding)?;
    let text = crate::str::as_str(s);
    if codec == Codec::Utf8 || text.is_ascii() {
        return Ok(crate::bytes::new_bytes(text.as_bytes()));
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let run_end = (i..chars.len()).find(|&k| (chars[k] as u32) < limit).unwrap_or(chars.len());
        match handler(errors, true)? {
            Handler::Strict => return raise_unicode(UNICODE_ENCODE_ERROR, codec, s, i, run_end, &format!("ordinal not in range({limit})")),
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run_end - i)),
            Handler::BackslashReplace => {
                for &ch in &chars[i..run_end] {
                    out.extend_from_slice(escape(ch).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &ch in &chars[i..run_end] {
                    out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                }
            }
        }
        i = run_end;
    }
    Ok(crate::bytes::new_bytes(&out))
}

/// `b.decode(encoding, errors)` for bytes-like value `b`: a new str.
pub fn decode(b: u64, encoding: &str, errors: &str) -> R<u64> {
    let codec = lookup(encoding)?;
    let data = crate::bytes::data(b);
    match codec {
        Codec::Latin1 => return Ok(crate::str::new_string(data.iter().map(|&x| x as char).collect())),
        _ if data.is_ascii() => return Ok(crate::str::new_str(std::str::from_utf8(data).unwrap_or_default())),
        _ => {}
    }
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        // The next bad range [bad, bad_end) after the valid text that precedes it.
        let (bad, bad_end, reason) = if codec == Codec::Ascii {
            let ok = data[pos..].iter().position(|&x| x >= 0x80).map_or(data.len(), |k| pos + k);
            out.push_str(std::str::from_utf8(&data[pos..ok]).unwrap_or_default());
            if ok == data.len() {
                break;
            }
            (ok, ok + 1, "ordinal not in range(128)")
        } else {
            match std::str::from_utf8(&data[pos..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let ok = pos + e.valid_up_to();
                    out.push_str(std::str::from_utf8(&data[pos..ok]).unwrap_or_default());
                    match e.error_len() {
                        None => (ok, data.len(), "unexpected end of data"),
                        Some(n) => {
                            let start_byte = data[ok];
                            let invalid_start = (0x80..=0xc1).contains(&start_byte) || start_byte >= 0xf5;
                            (ok, ok + n, if invalid_start { "invalid start byte" } else { "invalid continuation byte" })
                        }
                    }
                }
            }
        };
        match handler(errors, false)? {
            Handler::Strict => return raise_unicode(UNICODE_DECODE_ERROR, codec, b, bad, bad_end, reason),
            Handler::Ignore => {}
            Handler::Replace => {
                // ASCII replaces each byte; UTF-8 each maximal invalid subsequence.
                let n = if codec == Codec::Ascii { bad_end - bad } else { 1 };
                out.extend(std::iter::repeat_n('\u{fffd}', n));
            }
            Handler::BackslashReplace => {
                for &x in &data[bad..bad_end] {
                    out.push_str(&format!("\\x{x:02x}"));
                }
            }
            Handler::XmlCharRefReplace => unreachable!("decoding has no xmlcharrefreplace"),
        }
        pos = bad_end;
    }
    Ok(crate::str::new_string(out))
}

/// The `encoding` / `errors` arguments (`None` when absent) as text, or CPython's TypeError
/// naming the function.
pub fn codec_args<'a>(func: &str, encoding: Option<u64>, errors: Option<u64>) -> R<(&'a str, &'a str)> {
    let text = |v: Option<u64>, what: &str, default: &'static str| -> R<&'a str> {
        match v {
            None => Ok(default),
            Some(x) if is_str(x) => Ok(crate::str::as_str(x)),
            Some(x) => type_error(&format!("{func}() argument '{what}' must be str, not {}", type_name(x))),
        }
    };
    Ok((text(encoding, "encoding", "utf-8")?, text(errors, "errors", "strict")?))
}
