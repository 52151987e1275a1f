//! Builtins as values (`key=len`, `map(str, xs)`, `print(*xs)`): one immortal object per
//! name in `molt_abi::BUILTIN_VALUES`, called through the same entry points as direct
//! calls, with CPython 3.11's argument errors; and the lazy `map` and `filter` iterators.

use crate::abi::*;
use crate::builtins::*;
use crate::exc::*;
use crate::object::*;
use std::cell::RefCell;

#[repr(C)]
pub struct BuiltinFunc {
    pub hdr: Header,
    id: u32,
}

/// `map(f, *iterables)` and `filter(f, iterable)`.
#[repr(C)]
pub struct MapObj {
    pub hdr: Header,
    /// The function (owned; None for `filter(None, ...)`).
    func: u64,
    /// The iterators (owned).
    iters: Vec<u64>,
}

thread_local! {
    static VALUES: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    /// Type objects for CPython type names that are not builtin names (`NoneType`,
    /// `function`), made on first use; their ids follow BUILTIN_VALUES's.
    static HIDDEN_TYPES: RefCell<Vec<(&'static str, u64)>> = const { RefCell::new(Vec::new()) };
}

fn new_value(id: usize) -> u64 {
    let f = alloc_obj(BuiltinFunc { hdr: Header { refcount: 1, kind: KIND_BUILTIN_FUNC }, id: id as u32 });
    make_immortal(f);
    f
}

/// The builtin named `BUILTIN_VALUES[id]` as a value (immortal, one per name).
#[unsafe(no_mangle)]
pub extern "C" fn molt_builtin_value(id: i32) -> u64 {
    VALUES.with(|v| {
        let mut v = v.borrow_mut();
        if v.is_empty() {
            v.extend((0..BUILTIN_VALUES.len()).map(new_value));
        }
        v[id as usize]
    })
}

/// The type object for CPython type name `name` (immortal, one per name).
pub fn type_value(name: &'static str) -> u64 {
    if let Some(id) = builtin_value_id(name) {
        return molt_builtin_value(id as i32);
    }
    HIDDEN_TYPES.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(&(_, v)) = h.iter().find(|(n, _)| *n == name) {
            return v;
        }
        let v = new_value(BUILTIN_VALUES.len() + h.len());
        h.push((name, v));
        v
    })
}

pub fn name(f: u64) -> &'static str {
    let id = unsafe { obj::<BuiltinFunc>(f) }.id as usize;
    match BUILTIN_VALUES.get(id) {
        Some(n) => n,
        None => HIDDEN_TYPES.with(|h| h.borrow()[id - BUILTIN_VALUES.len()].0),
    }
}

/// Builtins that are classes in CPython (`<class 'int'>`, type `type`).
pub fn is_type(f: u64) -> bool {
    let id = unsafe { obj::<BuiltinFunc>(f) }.id as usize;
    id >= BUILTIN_VALUES.len()
        || matches!(
            name(f),
            "int" | "float" | "bool" | "str" | "list" | "tuple" | "set" | "frozenset" | "dict" | "range" | "enumerate" | "zip" | "reversed" | "map" | "filter" | "type" | "object"
                | "bytes"
                | "bytearray"
        )
}

pub fn repr(f: u64) -> String {
    match name(f) {
        "TextIOWrapper" => "<class '_io.TextIOWrapper'>".to_string(),
        n if is_type(f) => format!("<class '{n}'>"),
        n => format!("<built-in function {n}>"),
    }
}

/// `isinstance(v, f)` for a builtin that is a class.
pub fn isinstance(v: u64, f: u64) -> bool {
    match name(f) {
        "map" => is_kind(v, KIND_MAP),
        "filter" => is_kind(v, KIND_FILTER),
        "type" => crate::reflect::is_type_object(v),
        n => crate::builtins::isinstance(v, n) || type_name(v) == n,
    }
}

fn exactly_one(name: &str, pos: &[u64]) -> R<()> {
    if pos.len() != 1 {
        return type_error(&format!("{name}() takes exactly one argument ({} given)", pos.len()));
    }
    Ok(())
}

/// CPython's `_PyArg_CheckPositional`: between `lo` and `hi` positional arguments.
fn positional(name: &str, pos: &[u64], lo: usize, hi: usize) -> R<()> {
    let n = pos.len();
    let (bound, which) = match () {
        _ if n < lo => (lo, "at least "),
        _ if n > hi => (hi, "at most "),
        _ => return Ok(()),
    };
    let which = if lo == hi { "" } else { which };
    let s = if bound == 1 { "" } else { "s" };
    type_error(&format!("{name} expected {which}{bound} argument{s}, got {n}"))
}

fn no_keywords(name: &str, kwnames: &[&str]) -> R<()> {
    if !kwnames.is_empty() {
        return type_error(&format!("{name}() takes no keyword arguments"));
    }
    Ok(())
}

/// The keyword values for `allowed` names (ERR where absent), or CPython's TypeError.
fn keywords<const N: usize>(name: &str, kwnames: &[&str], kwvals: &[u64], allowed: [&str; N]) -> R<[u64; N]> {
    let mut out = [ERR; N];
    for (k, &v) in kwnames.iter().zip(kwvals) {
        match allowed.iter().position(|a| a == k) {
            Some(i) => out[i] = v,
            None => return type_error(&format!("'{k}' is an invalid keyword argument for {name}()")),
        }
    }
    Ok(out)
}

fn checked(v: u64) -> R<u64> {
    if v == ERR { Err(Raised) } else { Ok(v) }
}

fn or(v: u64, absent: u64) -> u64 {
    if v == ERR { absent } else { v }
}

/// Calls builtin `f` with `args` (borrowed; the last `kwnames.len()` are keyword values).
pub fn call(f: u64, args: &[u64], kwnames: &[&str]) -> R<u64> {
    let (pos, kwvals) = args.split_at(args.len() - kwnames.len());
    let name = name(f);
    let one = |g: extern "C" fn(u64) -> u64| -> R<u64> {
        no_keywords(name, kwnames)?;
        exactly_one(name, pos)?;
        checked(g(pos[0]))
    };
    match name {
        "len" => one(molt_builtin_len),
        "abs" => one(molt_builtin_abs),
        "repr" => one(molt_builtin_repr),
        "chr" => one(molt_builtin_chr),
        "ord" => one(molt_builtin_ord),
        "hex" => one(molt_builtin_hex),
        "oct" => one(molt_builtin_oct),
        "bin" => one(molt_builtin_bin),
        "hash" => one(crate::hash::molt_builtin_hash),
        "any" => one(crate::iter_builtins::molt_builtin_any),
        "all" => one(crate::iter_builtins::molt_builtin_all),
        "float" | "bool" | "list" | "tuple" | "set" | "frozenset" => {
            no_keywords(name, kwnames)?;
            positional(name, pos, 0, 1)?;
            let x = pos.first().copied();
            checked(match (name, x) {
                ("float", None) => box_float(0.0),
                ("float", Some(x)) => molt_builtin_float(x),
                ("bool", None) => FALSE,
                ("bool", Some(x)) => molt_builtin_bool(x),
                ("list", x) => molt_builtin_list(x.unwrap_or(ERR)),
                ("tuple", x) => molt_builtin_tuple(x.unwrap_or(ERR)),
                ("set", x) => crate::set::molt_builtin_set(x.unwrap_or(ERR)),
                (_, x) => crate::set::molt_builtin_frozenset(x.unwrap_or(ERR)),
            })
        }
        "dict" => {
            positional(name, pos, 0, 1)?;
            let d = checked(crate::dict::molt_builtin_dict(pos.first().copied().unwrap_or(ERR)))?;
            for (k, &v) in kwnames.iter().zip(kwvals) {
                let key = crate::str::new_str(k);
                let r = crate::dict::set(d, key, v);
                decref(key);
                if r.is_err() {
                    decref(d);
                    return Err(Raised);
                }
            }
            Ok(d)
        }
        "str" => {
            let [object, encoding, errors] = keywords(name, kwnames, kwvals, ["object", "encoding", "errors"])?;
            if pos.len() > 3 {
                return type_error(&format!("str() takes at most 3 arguments ({} given)", pos.len() + kwnames.len()));
            }
            let mut args = [object, encoding, errors];
            for (i, &p) in pos.iter().enumerate() {
                if args[i] != ERR {
                    return type_error(&format!("argument for str() given by name ('{}') and position ({})", ["object", "encoding", "errors"][i], i + 1));
                }
                args[i] = p;
            }
            let given = |x: u64| Some(x).filter(|&x| x != ERR);
            match args {
                [ERR, ERR, ERR] => Ok(crate::str::new_str("")),
                [x, ERR, ERR] => checked(molt_builtin_str(x)),
                [ERR, _, _] => Ok(crate::str::new_str("")),
                [x, e, r] => crate::bytes::str_of_bytes(x, given(e), given(r)),
            }
        }
        "bytes" | "bytearray" => crate::bytes::construct(name == "bytearray", pos, kwnames, kwvals),
        "int" => {
            let [base] = keywords(name, kwnames, kwvals, ["base"])?;
            if pos.len() > 2 {
                return type_error(&format!("int() takes at most 2 arguments ({} given)", pos.len()));
            }
            checked(match (pos, base) {
                ([], ERR) => box_small_int(0),
                ([x], ERR) => molt_builtin_int(*x),
                ([x, b], ERR) => molt_builtin_int_base(*x, *b),
                ([x], b) => molt_builtin_int_base(*x, b),
                ([_, _], _) => return type_error("argument for int() given by name ('base') and position (2)"),
                ([], _) => return type_error("int() missing string argument"),
                _ => unreachable!("at most 2 positional arguments"),
            })
        }
        "sorted" => {
            positional(name, pos, 1, 1)?;
            let [key, reverse] = keywords("sort", kwnames, kwvals, ["key", "reverse"])?;
            checked(crate::iter_builtins::molt_builtin_sorted(pos[0], or(key, NONE), or(reverse, FALSE)))
        }
        "min" | "max" => {
            positional(name, pos, 1, usize::MAX)?;
            let [key, default] = keywords(name, kwnames, kwvals, ["key", "default"])?;
            checked(molt_builtin_min_max((name == "max") as i32, or(key, NONE), default, pos.as_ptr(), pos.len()))
        }
        "sum" => {
            let [start] = keywords(name, kwnames, kwvals, ["start"])?;
            match pos.len() {
                0 => type_error("sum() takes at least 1 positional argument (0 given)"),
                1 | 2 if start != ERR && pos.len() == 2 => type_error("argument for sum() given by name ('start') and position (2)"),
                1 | 2 => checked(crate::iter_builtins::molt_builtin_sum(pos[0], pos.get(1).copied().unwrap_or(start))),
                n => type_error(&format!("sum() takes at most 2 arguments ({n} given)")),
            }
        }
        "print" => {
            if kwnames.iter().any(|k| *k == "file" || *k == "flush") {
                unsupported_call(name);
            }
            let [sep, end] = keywords(name, kwnames, kwvals, ["sep", "end"])?;
            checked(molt_print(pos.as_ptr(), pos.len(), or(sep, NONE), or(end, NONE)))
        }
        "iter" => {
            no_keywords(name, kwnames)?;
            positional(name, pos, 1, 2)?;
            match pos.len() {
                1 => checked(crate::iter::molt_iter(pos[0])),
                _ => unsupported_call(name),
            }
        }
        "next" => {
            no_keywords(name, kwnames)?;
            positional(name, pos, 1, 2)?;
            checked(crate::iter::molt_builtin_next(pos[0], pos.get(1).copied().unwrap_or(ERR)))
        }
        "reversed" => {
            no_keywords(name, kwnames)?;
            positional(name, pos, 1, 1)?;
            checked(crate::iter_builtins::molt_builtin_reversed(pos[0]))
        }
        "divmod" => {
            no_keywords(name, kwnames)?;
            positional(name, pos, 2, 2)?;
            checked(molt_builtin_divmod(pos[0], pos[1]))
        }
        "zip" => {
            if !kwnames.is_empty() {
                unsupported_call(name);
            }
            checked(crate::iter_builtins::molt_builtin_zip(pos.as_ptr(), pos.len()))
        }
        "map" => {
            no_keywords(name, kwnames)?;
            if pos.len() < 2 {
                return type_error("map() must have at least two arguments.");
            }
            new_map(KIND_MAP, pos[0], &pos[1..])
        }
        "filter" => {
            no_keywords(name, kwnames)?;
            positional(name, pos, 2, 2)?;
            new_map(KIND_FILTER, pos[0], &pos[1..])
        }
        "type" => {
            no_keywords(name, kwnames)?;
            match pos.len() {
                1 => Ok(crate::reflect::type_of(pos[0])),
                3 => unsupported_call(name),
                _ => type_error("type() takes 1 or 3 arguments"),
            }
        }
        "object" => {
            if !args.is_empty() {
                return type_error("object() takes no arguments");
            }
            Ok(crate::reflect::new_object())
        }
        "isinstance" | "issubclass" => {
            no_keywords(name, kwnames)?;
            positional(name, pos, 2, 2)?;
            if name == "isinstance" {
                return checked(crate::class::molt_isinstance_class(pos[0], pos[1]));
            }
            Ok(box_bool(crate::reflect::issubclass(pos[0], pos[1])?))
        }
        "getattr" | "hasattr" | "setattr" => {
            no_keywords(name, kwnames)?;
            let (lo, hi) = match name {
                "getattr" => (2, 3),
                "hasattr" => (2, 2),
                _ => (3, 3),
            };
            positional(name, pos, lo, hi)?;
            match name {
                "getattr" => crate::reflect::getattr(pos[0], pos[1], pos.get(2).copied().unwrap_or(ERR)),
                "hasattr" => Ok(box_bool(crate::reflect::hasattr(pos[0], pos[1])?)),
                _ => crate::reflect::setattr(pos[0], pos[1], pos[2]),
            }
        }
        "callable" => {
            no_keywords(name, kwnames)?;
            exactly_one(name, pos)?;
            Ok(box_bool(crate::reflect::callable(pos[0])?))
        }
        "pow" => {
            let [base, exp, modulus] = clinic(name, pos, kwnames, kwvals, ["base", "exp", "mod"], 2, true)?;
            checked(if modulus == ERR || modulus == NONE { crate::ops::molt_pow(base, exp) } else { molt_builtin_pow3(base, exp, modulus) })
        }
        "round" => {
            let [number, ndigits] = clinic(name, pos, kwnames, kwvals, ["number", "ndigits"], 1, true)?;
            checked(molt_builtin_round(number, or(ndigits, NONE)))
        }
        "enumerate" => {
            // CPython 3.11's enumerate parses its own arguments: with one argument it must
            // be `iterable`, and a keyword given positionally is invalid, not a duplicate.
            let total = args.len();
            if total > 2 {
                return type_error(&format!("enumerate() takes at most 2 arguments ({total} given)"));
            }
            let allowed: &[&str] = match (total, pos.len()) {
                (1, _) => &["iterable"],
                (2, 1) => &["start"],
                _ => &["iterable", "start"],
            };
            if let Some(k) = kwnames.iter().find(|k| !allowed.contains(k)) {
                return type_error(&format!("'{k}' is an invalid keyword argument for enumerate()"));
            }
            let [iterable, start] = clinic(name, pos, kwnames, kwvals, ["iterable", "start"], 1, false)?;
            checked(crate::iter_builtins::molt_builtin_enumerate(iterable, start))
        }
        "range" | "format" => {
            no_keywords(name, kwnames)?;
            positional(name, pos, 1, if name == "range" { 3 } else { 2 })?;
            match pos.len() {
                _ if name == "format" => checked(crate::format_spec::molt_builtin_format(pos[0], pos.get(1).copied().unwrap_or(ERR))),
                1 => checked(crate::range::molt_builtin_range(box_small_int(0), pos[0], box_small_int(1))),
                n => checked(crate::range::molt_builtin_range(pos[0], pos[1], if n == 3 { pos[2] } else { box_small_int(1) })),
            }
        }
        _ if is_type(f) && name == "NoneType" && args.is_empty() => Ok(NONE),
        _ => unsupported_call(name),
    }
}

/// Arguments parsed the way CPython's Argument Clinic parses them for `name`: positional
/// or keyword `params`, the first `required` of them required. Absent ones are ERR.
fn clinic<const N: usize>(name: &str, pos: &[u64], kwnames: &[&str], kwvals: &[u64], params: [&str; N], required: usize, numbered: bool) -> R<[u64; N]> {
    let total = pos.len() + kwnames.len();
    if total > N {
        return type_error(&format!("{name}() takes at most {N} arguments ({total} given)"));
    }
    let mut out = [ERR; N];
    out[..pos.len()].copy_from_slice(pos);
    for (k, &v) in kwnames.iter().zip(kwvals) {
        if let Some(i) = params.iter().position(|p| p == k).filter(|&i| i >= pos.len()) {
            out[i] = v;
        }
    }
    // CPython reports a missing argument before a bad keyword.
    if let Some(i) = out[..required].iter().position(|&v| v == ERR) {
        let at = if numbered { format!(" (pos {})", i + 1) } else { String::new() };
        return type_error(&format!("{name}() missing required argument '{}'{at}", params[i]));
    }
    for k in kwnames {
        match params.iter().position(|p| p == k) {
            Some(i) if i < pos.len() => return type_error(&format!("argument for {name}() given by name ('{k}') and position ({})", i + 1)),
            Some(_) => {}
            None => return type_error(&format!("'{k}' is an invalid keyword argument for {name}()")),
        }
    }
    Ok(out)
}

/// A builtin called in a way Molt does not implement (`str(b, "utf-8")`, `print(file=)`):
/// the program stops, as for an unimplemented attribute.
fn unsupported_call(name: &str) -> ! {
    unsupported_feature(&format!("this call of {name}()"))
}

fn new_map(kind: u32, func: u64, iterables: &[u64]) -> R<u64> {
    let mut iters = Vec::with_capacity(iterables.len());
    for &x in iterables {
        match crate::iter::iter(x) {
            Ok(it) => iters.push(it),
            Err(Raised) => {
                iters.into_iter().for_each(decref);
                return Err(Raised);
            }
        }
    }
    incref(func);
    Ok(alloc_obj(MapObj { hdr: Header { refcount: 1, kind }, func, iters }))
}

/// The next item of a `map` or `filter` (owned), STOP or ERR. The caller's reference
/// keeps `m`, and so its iterators, alive while the function runs.
pub fn next(m: u64) -> u64 {
    let o = unsafe { obj::<MapObj>(m) };
    let (func, iters) = (o.func, o.iters.as_slice());
    if heap_kind(m) == KIND_FILTER {
        // `filter(None, ...)` and `filter(bool, ...)` test truth directly, as CPython does.
        let truth_only = func == NONE || (is_kind(func, KIND_BUILTIN_FUNC) && name(func) == "bool");
        loop {
            let x = crate::iter::next(iters[0]);
            if x == STOP || x == ERR {
                return x;
            }
            let keep = if truth_only {
                crate::ops::truth(x)
            } else {
                crate::func::call(func, &[x], &[]).and_then(|r| {
                    let t = crate::ops::truth(r);
                    decref(r);
                    t
                })
            };
            match keep {
                Ok(true) => return x,
                Ok(false) => decref(x),
                Err(Raised) => {
                    decref(x);
                    return ERR;
                }
            }
        }
    }
    let mut args = Vec::with_capacity(iters.len());
    for &it in iters {
        let x = crate::iter::next(it);
        if x == STOP || x == ERR {
            args.into_iter().for_each(decref);
            return x;
        }
        args.push(x);
    }
    let r = crate::func::call(func, &args, &[]);
    args.into_iter().for_each(decref);
    ret(r)
}

/// Frees a `map` or `filter`.
pub unsafe fn dealloc(m: u64) {
    let o = unsafe { obj_mut::<MapObj>(m) };
    let (func, iters) = (o.func, std::mem::take(&mut o.iters));
    unsafe { free_box::<MapObj>(ptr_of(m)) };
    decref(func);
    iters.into_iter().for_each(decref);
}
