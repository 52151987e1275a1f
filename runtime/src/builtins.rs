//! Built-in functions (str, repr, int, float, bool, len, abs, divmod, pow, round, min,
//! max, chr, ord, hex, oct, bin) and print().

use crate::abi::*;
use crate::exc::*;
use crate::int;
use crate::object::*;
use crate::ops::{BinOp, binop, compare};

/// str(v) as Rust text.
pub fn str_string(v: u64) -> R<String> {
    if is_str(v) {
        return Ok(crate::str::as_str(v).to_string());
    }
    if crate::class::is_instance_obj(v) {
        return crate::class::str(v);
    }
    if is_exc(v) {
        return exc_str(v);
    }
    repr_string(v)
}

thread_local! {
    /// Containers whose repr is being built: one that contains itself prints a placeholder.
    static IN_REPR: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Builds the repr of container `v` with `body`, printing `placeholder` (`[...]`, `{...}`)
/// if `v` is already being printed, and counting the nesting against the recursion limit
/// as CPython's `Py_ReprEnter` and `Py_EnterRecursiveCall` do.
pub fn repr_guarded(v: u64, placeholder: &str, body: impl FnOnce() -> R<String>) -> R<String> {
    if IN_REPR.with(|r| r.borrow().contains(&v)) {
        return Ok(placeholder.into());
    }
    enter_recursive_call(" while getting the repr of an object")?;
    IN_REPR.with(|r| r.borrow_mut().push(v));
    let result = body();
    IN_REPR.with(|r| r.borrow_mut().pop());
    leave_recursive_call();
    result
}

/// repr(v) as Rust text.
pub fn repr_string(v: u64) -> R<String> {
    if is_float(v) {
        return Ok(crate::float::repr(unbox_float(v)));
    }
    match tag_of(v) {
        TAG_INT => Ok(unbox_small_int(v).to_string()),
        TAG_BOOL => Ok(if v & 1 == 1 { "True" } else { "False" }.to_string()),
        TAG_NONE => Ok("None".to_string()),
        TAG_PTR => match heap_kind(v) {
            KIND_STR => Ok(crate::str::repr(crate::str::as_str(v))),
            KIND_BYTES | KIND_BYTEARRAY => Ok(crate::bytes::repr(v)),
            KIND_BIGINT => int::to_decimal(v),
            KIND_TUPLE => crate::tuple::repr(v),
            KIND_LIST => crate::list::repr(v),
            KIND_DICT => crate::dict::repr(v),
            KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => crate::dict::view_repr(v),
            KIND_SET | KIND_FROZENSET => crate::set::repr(v),
            KIND_RANGE => crate::range::repr(v),
            KIND_SLICE => {
                let (a, b, c) = crate::list::slice_parts(v);
                Ok(format!("slice({}, {}, {})", repr_string(a)?, repr_string(b)?, repr_string(c)?))
            }
            KIND_EXC if exc_user_class(v) != ERR => crate::class::repr(v),
            KIND_EXC => exc_repr(v),
            KIND_GEN => Ok(crate::generator::repr(v)),
            KIND_BUILTIN_FUNC => Ok(crate::builtin_value::repr(v)),
            KIND_FUNC => Ok(format!("<function {} at {:#x}>", crate::func::qualname(v), v & PAYLOAD_MASK)),
            KIND_INSTANCE => crate::class::repr(v),
            KIND_CLASS => Ok(format!("<class '{}'>", crate::class::class_path(v))),
            KIND_METHOD => {
                let m = unsafe { obj::<crate::class::BoundMethod>(v) };
                let owner = if crate::class::is_class(m.receiver) { crate::class::class_name(m.receiver) } else { type_name(m.receiver) };
                let name = crate::func::qualname(m.func);
                let short = name.rsplit('.').next().unwrap_or(&name).to_string();
                Ok(format!("<bound method {owner}.{short} of {}>", repr_string(m.receiver)?))
            }
            KIND_BUILTIN_METHOD => {
                let m = unsafe { obj::<crate::class::BoundMethod>(v) };
                let method = crate::str::as_str(m.func);
                if crate::reflect::is_unbound(m.receiver) {
                    return Ok(crate::reflect::unbound_repr(m.receiver, method));
                }
                Ok(format!("<built-in method {method} of {} object at {:#x}>", type_name(m.receiver), m.receiver & PAYLOAD_MASK))
            }
            KIND_NOT_IMPLEMENTED => Ok("NotImplemented".to_string()),
            _ => Ok(format!("<{} object at {:#x}>", type_name(v), v & PAYLOAD_MASK)),
        },
        _ => Ok("<NULL>".to_string()),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_str(v: u64) -> u64 {
    if is_str(v) {
        incref(v);
        return v;
    }
    if is_small_int(v) {
        return int::small_to_str(unbox_small_int(v));
    }
    ret(str_string(v).map(crate::str::new_string))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_repr(v: u64) -> u64 {
    ret(repr_string(v).map(crate::str::new_string))
}

fn builtin_int(v: u64) -> R<u64> {
    if is_small_int(v) {
        return Ok(v);
    }
    if tag_of(v) == TAG_BOOL {
        return Ok(box_small_int((v & 1) as i64));
    }
    if is_kind(v, KIND_BIGINT) {
        incref(v);
        return Ok(v);
    }
    if is_float(v) {
        return int::from_f64(unbox_float(v));
    }
    if is_str(v) {
        return int::parse(crate::str::as_str(v), 10);
    }
    type_error(&format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(v)
    ))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_int(v: u64) -> u64 {
    ret(builtin_int(v))
}

fn builtin_int_base(v: u64, base: u64) -> R<u64> {
    if !is_int_like(base) {
        return not_an_index(base);
    }
    let b = match int::to_i64(base) {
        Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
        _ => return value_error("int() base must be >= 2 and <= 36, or 0"),
    };
    if !is_str(v) {
        return type_error("int() can't convert non-string with explicit base");
    }
    int::parse(crate::str::as_str(v), b)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_int_base(v: u64, base: u64) -> u64 {
    ret(builtin_int_base(v, base))
}

fn builtin_float(v: u64) -> R<u64> {
    if is_float(v) {
        return Ok(v);
    }
    if is_int_like(v) {
        return Ok(box_float(int::to_f64(v)?));
    }
    if is_str(v) {
        return Ok(box_float(crate::float::parse(crate::str::as_str(v))?));
    }
    type_error(&format!("float() argument must be a string or a real number, not '{}'", type_name(v)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_float(v: u64) -> u64 {
    ret(builtin_float(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_bool(v: u64) -> u64 {
    ret(crate::ops::truth(v).map(box_bool))
}

fn builtin_len(v: u64) -> R<u64> {
    match heap_kind(v) {
        KIND_STR => Ok(int::new_int_i64(crate::str::nchars(v) as i64)),
        KIND_BYTES | KIND_BYTEARRAY => Ok(int::new_int_i64(crate::bytes::data(v).len() as i64)),
        KIND_TUPLE => Ok(int::new_int_i64(crate::tuple::items(v).len() as i64)),
        KIND_LIST => Ok(int::new_int_i64(crate::list::items(v).len() as i64)),
        KIND_DICT => Ok(int::new_int_i64(crate::dict::len(v) as i64)),
        KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => Ok(int::new_int_i64(crate::dict::view_len(v) as i64)),
        KIND_SET | KIND_FROZENSET => Ok(int::new_int_i64(crate::set::len(v) as i64)),
        KIND_RANGE => crate::range::len_value(v),
        KIND_INSTANCE => crate::class::len(v),
        _ => type_error(&format!("object of type '{}' has no len()", type_name(v))),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_len(v: u64) -> u64 {
    ret(builtin_len(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_abs(v: u64) -> u64 {
    if is_float(v) {
        return box_float(unbox_float(v).abs());
    }
    if is_int_like(v) {
        return int::abs(v);
    }
    ret(type_error(&format!("bad operand type for abs(): '{}'", type_name(v))))
}

fn builtin_divmod(a: u64, b: u64) -> R<u64> {
    let (q, r) = if is_int_like(a) && is_int_like(b) {
        int::divmod(a, b)?
    } else if (is_float(a) || is_int_like(a)) && (is_float(b) || is_int_like(b)) {
        let (x, y) = (crate::ops::as_f64(a)?, crate::ops::as_f64(b)?);
        let (q, r) = crate::float::divmod(x, y)?;
        (box_float(q), box_float(r))
    } else {
        return crate::ops::unsupported("divmod()", a, b);
    };
    Ok(crate::tuple::new_tuple_owned(vec![q, r]))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_divmod(a: u64, b: u64) -> u64 {
    ret(builtin_divmod(a, b))
}

fn builtin_pow3(a: u64, b: u64, m: u64) -> R<u64> {
    if m == NONE || m == ERR {
        return binop(BinOp::Pow, a, b);
    }
    let is_num = |v: u64| is_float(v) || is_int_like(v);
    if is_int_like(a) && is_int_like(b) && is_int_like(m) {
        return int::pow_mod(a, b, m);
    }
    if is_num(a) && is_num(b) && is_num(m) {
        return type_error("pow() 3rd argument not allowed unless all arguments are integers");
    }
    type_error(&format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(a),
        type_name(b),
        type_name(m)
    ))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_pow3(a: u64, b: u64, m: u64) -> u64 {
    ret(builtin_pow3(a, b, m))
}

fn builtin_round(x: u64, nd: u64) -> R<u64> {
    let has_nd = nd != NONE && nd != ERR;
    if has_nd && !is_int_like(nd) {
        if !(is_float(x) || is_int_like(x)) {
            return type_error(&format!("type {} doesn't define __round__ method", type_name(x)));
        }
        return not_an_index(nd);
    }
    if is_float(x) {
        let f = unbox_float(x);
        if !has_nd {
            return crate::float::round_to_int(f);
        }
        let n = int::index_saturating(nd).unwrap_or(0);
        return Ok(box_float(crate::float::round_ndigits(f, n)?));
    }
    if is_int_like(x) {
        if !has_nd {
            return builtin_int(x);
        }
        let n = int::index_saturating(nd).unwrap_or(0);
        return Ok(crate::float::round_int_ndigits(x, n));
    }
    type_error(&format!("type {} doesn't define __round__ method", type_name(x)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_round(x: u64, nd: u64) -> u64 {
    ret(builtin_round(x, nd))
}

fn args_slice<'a>(p: *const u64, n: usize) -> &'a [u64] {
    if n == 0 || p.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(p, n) } }
}

/// `min`/`max(*args, key=None, default=ERR)`: the first extreme item, comparing
/// `key(item)` when a key function is given (called once per item, in order).
fn min_max(args: &[u64], is_max: bool, key: u64, default: u64) -> R<u64> {
    let name = if is_max { "max" } else { "min" };
    if default != ERR && args.len() > 1 {
        return type_error(&format!("Cannot specify a default for {name}() with multiple positional arguments"));
    }
    let items: Vec<u64> = match args.len() {
        0 => return type_error(&format!("{name} expected at least 1 argument, got 0")),
        1 => crate::iter::collect(args[0])?,
        _ => {
            for &a in args {
                incref(a);
            }
            args.to_vec()
        }
    };
    let release = |items: &[u64]| {
        for &x in items {
            decref(x);
        }
    };
    if items.is_empty() {
        if default != ERR {
            incref(default);
            return Ok(default);
        }
        return value_error(&format!("{name}() arg is an empty sequence"));
    }
    let op = if is_max { crate::abi::cmp::GT } else { crate::abi::cmp::LT };
    let key_of = |x: u64| -> R<u64> {
        if key == NONE {
            incref(x);
            Ok(x)
        } else {
            crate::func::call(key, &[x], &[])
        }
    };
    let result = (|| {
        let mut best = items[0];
        let mut best_key = key_of(best)?;
        for &x in &items[1..] {
            let k = key_of(x)?;
            match compare(k, best_key, op) {
                Ok(true) => {
                    decref(best_key);
                    best = x;
                    best_key = k;
                }
                Ok(false) => decref(k),
                Err(e) => {
                    decref(k);
                    decref(best_key);
                    return Err(e);
                }
            }
        }
        decref(best_key);
        incref(best);
        Ok(best)
    })();
    release(&items);
    result
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_min_max(is_max: i32, key: u64, default: u64, args: *const u64, n: usize) -> u64 {
    ret(min_max(args_slice(args, n), is_max != 0, key, default))
}

fn builtin_chr(v: u64) -> R<u64> {
    if !is_int_like(v) {
        return not_an_index(v);
    }
    let i = match int::to_i64(v) {
        Some(i) if i32::try_from(i).is_ok() => i,
        _ => return overflow_error("Python int too large to convert to C int"),
    };
    if !(0..0x110000).contains(&i) {
        return value_error("chr() arg not in range(0x110000)");
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(crate::str::char_str(c)),
        None => raise(NOT_IMPLEMENTED_ERROR, "surrogate code points are not supported by Molt"),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_chr(v: u64) -> u64 {
    ret(builtin_chr(v))
}

fn builtin_ord(v: u64) -> R<u64> {
    if !is_str(v) {
        return type_error(&format!("ord() expected string of length 1, but {} found", type_name(v)));
    }
    let n = crate::str::nchars(v);
    if n != 1 {
        return type_error(&format!("ord() expected a character, but string of length {n} found"));
    }
    let c = crate::str::as_str(v).chars().next().unwrap_or('\0');
    Ok(int::new_int_i64(c as i64))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_ord(v: u64) -> u64 {
    ret(builtin_ord(v))
}

fn radix(v: u64, r: u32, prefix: &str) -> R<u64> {
    if !is_int_like(v) {
        return not_an_index(v);
    }
    Ok(crate::str::new_string(int::to_radix(v, r, prefix)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_hex(v: u64) -> u64 {
    ret(radix(v, 16, "0x"))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_oct(v: u64) -> u64 {
    ret(radix(v, 8, "0o"))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_bin(v: u64) -> u64 {
    ret(radix(v, 2, "0b"))
}

fn print(args: &[u64], sep: u64, end: u64) -> R<u64> {
    let check = |v: u64, what: &str| -> R<()> {
        if v == NONE || v == ERR || is_str(v) {
            Ok(())
        } else {
            type_error(&format!("{what} must be None or a string, not {}", type_name(v)))
        }
    };
    check(sep, "sep")?;
    check(end, "end")?;
    let sep = if is_str(sep) { crate::str::as_str(sep) } else { " " };
    let end = if is_str(end) { crate::str::as_str(end) } else { "\n" };
    let mut buf = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            buf.push_str(sep);
        }
        if is_str(a) {
            buf.push_str(crate::str::as_str(a));
        } else {
            match str_string(a) {
                Ok(s) => buf.push_str(&s),
                Err(e) => {
                    // CPython has already written the earlier pieces.
                    crate::io::write_stdout(buf.as_bytes());
                    return Err(e);
                }
            }
        }
    }
    buf.push_str(end);
    crate::io::write_stdout(buf.as_bytes());
    Ok(NONE)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_print(args: *const u64, n: usize, sep: u64, end: u64) -> u64 {
    ret(print(args_slice(args, n), sep, end))
}

/// `isinstance(v, classes)` for built-in classes (see `molt_isinstance` in the ABI).
pub fn isinstance(v: u64, classes: &str) -> bool {
    // Empty when every class is a user class (`molt_isinstance_classes`).
    !classes.is_empty() && classes.split(',').any(|c| match c {
        "object" => true,
        "int" => is_int_like(v),
        "bool" => tag_of(v) == TAG_BOOL,
        "float" => is_float(v),
        "str" => is_str(v),
        "list" => is_kind(v, KIND_LIST),
        "dict" => is_kind(v, KIND_DICT),
        "tuple" => is_tuple(v),
        "range" => is_kind(v, KIND_RANGE),
        "set" => is_kind(v, KIND_SET),
        "frozenset" => is_kind(v, KIND_FROZENSET),
        "bytes" => is_kind(v, KIND_BYTES),
        "bytearray" => is_kind(v, KIND_BYTEARRAY),
        other => match other.strip_prefix("exc:").and_then(|k| k.parse::<usize>().ok()) {
            Some(k) => is_exc(v) && exc_is(v, k),
            None => false,
        },
    })
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_isinstance(classes: u64, v: u64) -> u64 {
    box_bool(isinstance(v, crate::str::as_str(classes)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_tuple(v: u64) -> u64 {
    if v == ERR {
        return crate::tuple::new_tuple_owned(Vec::new());
    }
    if is_tuple(v) {
        incref(v);
        return v;
    }
    ret(crate::iter::collect(v).map(crate::tuple::new_tuple_owned))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_list(v: u64) -> u64 {
    if v == ERR {
        return crate::list::new_list_owned(Vec::new());
    }
    ret(crate::list::from_iterable(v))
}
