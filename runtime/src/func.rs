//! Function objects (a `def` or `lambda` as a value) and calls of values: binding
//! positional and keyword arguments to parameters, with CPython's TypeError messages.
//!
//! The compiler generates, for every function, an *entry* that takes the function object
//! and exactly one borrowed value per parameter; the runtime binds the call's arguments
//! (and the defaults the object holds) into that array, so a call through a value behaves
//! like CPython's, while direct calls of a known function skip all of this.
//!
//! Closures: a variable that an inner function reads or assigns (`nonlocal`) lives in a
//! *cell*; the function object holds the cells it captured, and its entry passes them to
//! the function after the parameters. Function objects and cells are tracked by the cycle
//! collector: a recursive inner function is a cycle (its cell holds the function).

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

/// The generated entry: (function object, one borrowed value per parameter) → owned result.
pub type Entry = extern "C" fn(u64, *const u64) -> u64;

#[repr(C)]
pub struct FuncObj {
    pub hdr: Header,
    pub gc: crate::gc::GcHead,
    pub(crate) entry: Entry,
    /// The qualified name shown by TypeError messages (a str, owned).
    pub(crate) name: u64,
    /// The parameter names, comma-separated (a str, owned); parsed only when a call
    /// passes keywords or fails.
    pub(crate) params: u64,
    /// Every parameter: the named ones, then `*args` and `**kwargs` if present.
    nparams: u32,
    /// Leading positional-only parameters and keyword-only ones (after the positional
    /// ones, before `*args`/`**kwargs`).
    posonly: u32,
    kwonly: u32,
    /// Whether the last parameters are `*args` (a tuple of the extra positional
    /// arguments) and `**kwargs` (a dict of the extra keyword arguments).
    varargs: bool,
    varkw: bool,
    /// One default per parameter, ERR where there is none (owned).
    defaults: Vec<u64>,
    /// The cells captured from enclosing functions, in the order the function's code
    /// expects them (owned).
    pub cells: Vec<u64>,
}

/// A variable shared between a function and the functions nested in it.
#[repr(C)]
pub struct CellObj {
    pub hdr: Header,
    pub gc: crate::gc::GcHead,
    /// The variable's value (owned), or ERR while it is unbound.
    pub value: u64,
}

pub fn is_func(v: u64) -> bool {
    is_kind(v, KIND_FUNC)
}

/// Releases what a function object owns (called by `dealloc`, and by the cycle
/// collector on garbage: the references are taken out first, so this runs once).
pub fn release_parts(f: &mut FuncObj) {
    let defaults = std::mem::take(&mut f.defaults);
    let cells = std::mem::take(&mut f.cells);
    for d in defaults.into_iter().chain(cells) {
        if d != ERR {
            decref(d);
        }
    }
}

/// The references a function object holds that may form cycles (borrowed).
pub fn children(f: &FuncObj) -> impl Iterator<Item = u64> + '_ {
    f.defaults.iter().chain(&f.cells).copied().filter(|&d| d != ERR)
}

/// The function's qualified name (`f`, `<lambda>`, `outer.<locals>.<lambda>`).
pub fn qualname(v: u64) -> String {
    name_of(unsafe { obj::<FuncObj>(v) })
}

fn name_of(f: &FuncObj) -> String {
    crate::builtins::str_string(f.name).unwrap_or_default()
}

fn param_names(f: &FuncObj) -> Vec<String> {
    let s = crate::builtins::str_string(f.params).unwrap_or_default();
    if s.is_empty() { vec![] } else { s.split(',').map(str::to_string).collect() }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// `'a', 'b' and 'c'`, as CPython lists missing arguments.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Calls `f` with positional `args` followed by keyword arguments named `kwnames`
/// (the last `kwnames.len()` values of `args`), all borrowed.
pub fn call(f: u64, args: &[u64], kwnames: &[&str]) -> R<u64> {
    if !is_func(f) {
        return call_other(f, args, kwnames);
    }
    let fo = unsafe { obj::<FuncObj>(f) };
    let n = fo.nparams as usize;
    let named = n - fo.varargs as usize - fo.varkw as usize;
    let npos_params = named - fo.kwonly as usize;
    let npos = args.len() - kwnames.len();
    if kwnames.is_empty() && npos == n && named == n && fo.kwonly == 0 {
        return ok_or_raised((fo.entry)(f, args.as_ptr()));
    }
    if npos > npos_params && !fo.varargs {
        let with_default = fo.defaults[..npos_params].iter().filter(|&&d| d != ERR).count();
        let takes = if with_default > 0 {
            format!("from {} to {npos_params} positional arguments", npos_params - with_default)
        } else {
            plural(npos_params, "positional argument")
        };
        let given = if npos == 1 { "was" } else { "were" };
        return type_error(&format!("{}() takes {takes} but {npos} {given} given", name_of(fo)));
    }
    let mut slots = vec![ERR; n];
    let bound = npos.min(npos_params);
    slots[..bound].copy_from_slice(&args[..bound]);
    // The `*args` tuple and `**kwargs` dict this call makes (released after it).
    let mut made = Vec::new();
    if fo.varargs {
        let extra = crate::tuple::new_tuple_borrowed(&args[bound..npos]);
        slots[named] = extra;
        made.push(extra);
    }
    if fo.varkw {
        let d = crate::dict::new_dict();
        slots[n - 1] = d;
        made.push(d);
    }
    let r = bind_rest(f, fo, args, kwnames, &mut slots, named, npos_params);
    made.into_iter().for_each(decref);
    r
}

/// The rest of [`call`]: keyword arguments, defaults and missing arguments, then the call.
fn bind_rest(f: u64, fo: &FuncObj, args: &[u64], kwnames: &[&str], slots: &mut [u64], named: usize, npos_params: usize) -> R<u64> {
    let npos = args.len() - kwnames.len();
    if !kwnames.is_empty() {
        let names = param_names(fo);
        let mut posonly_passed = Vec::new();
        for (k, &v) in kwnames.iter().zip(&args[npos..]) {
            match names[..named].iter().position(|p| p == k) {
                Some(i) if i < fo.posonly as usize && !fo.varkw => posonly_passed.push(k.to_string()),
                Some(i) if i >= fo.posonly as usize && slots[i] != ERR => {
                    return type_error(&format!("{}() got multiple values for argument '{k}'", name_of(fo)));
                }
                Some(i) if i >= fo.posonly as usize => slots[i] = v,
                _ if fo.varkw => {
                    let key = crate::str::new_str(k);
                    let r = crate::dict::set(slots[slots.len() - 1], key, v);
                    decref(key);
                    r?;
                }
                _ => {
                    return type_error(&format!("{}() got an unexpected keyword argument '{k}'", name_of(fo)));
                }
            }
        }
        if !posonly_passed.is_empty() {
            return type_error(&format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                name_of(fo),
                posonly_passed.join(", ")
            ));
        }
    }
    for (i, s) in slots[..named].iter_mut().enumerate() {
        if *s == ERR {
            *s = fo.defaults[i];
        }
    }
    let missing = |range: std::ops::Range<usize>| -> Vec<String> {
        let names = param_names(fo);
        range.filter(|&i| slots[i] == ERR).map(|i| names[i].clone()).collect()
    };
    for (range, kind) in [(0..npos_params, "positional"), (npos_params..named, "keyword-only")] {
        let m = missing(range);
        if !m.is_empty() {
            return type_error(&format!(
                "{}() missing {} required {kind} argument{}: {}",
                name_of(fo),
                m.len(),
                if m.len() == 1 { "" } else { "s" },
                name_list(&m)
            ));
        }
    }
    ok_or_raised((fo.entry)(f, slots.as_ptr()))
}

/// Calls a value that is not a function: a class (a new instance), a bound method, an
/// instance with `__call__`.
fn call_other(f: u64, args: &[u64], kwnames: &[&str]) -> R<u64> {
    match heap_kind(f) {
        KIND_CLASS => crate::class::instantiate(f, args, kwnames),
        KIND_BUILTIN_FUNC => crate::builtin_value::call(f, args, kwnames),
        KIND_BUILTIN_METHOD => {
            let m = unsafe { obj::<crate::class::BoundMethod>(f) };
            if crate::reflect::is_unbound(m.receiver) {
                return crate::reflect::call_unbound(m.receiver, crate::str::as_str(m.func), args, kwnames);
            }
            crate::ops::call_method_kw(m.receiver, crate::str::as_str(m.func), args, kwnames)
        }
        KIND_METHOD => {
            let m = unsafe { obj::<crate::class::BoundMethod>(f) };
            call_with_self(m.func, m.receiver, args, kwnames)
        }
        KIND_INSTANCE => {
            // Like every special method, `__call__` is looked up on the class.
            let class = crate::class::instance_class(f);
            match crate::class::lookup_str(class, "__call__")? {
                Some(m) => crate::class::call_with_receiver(m, f, class, args, kwnames),
                None => type_error(&format!("'{}' object is not callable", type_name(f))),
            }
        }
        _ => type_error(&format!("'{}' object is not callable", type_name(f))),
    }
}

/// `f(receiver, *args)`: a method called on its receiver (all borrowed).
pub fn call_with_self(f: u64, receiver: u64, args: &[u64], kwnames: &[&str]) -> R<u64> {
    // Most methods take a few arguments: no allocation for them.
    if args.len() < 8 {
        let mut buf = [0u64; 8];
        buf[0] = receiver;
        buf[1..=args.len()].copy_from_slice(args);
        return call(f, &buf[..=args.len()], kwnames);
    }
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(receiver);
    all.extend_from_slice(args);
    call(f, &all, kwnames)
}

/// Whether `call(f, args, [])` with `n` arguments calls `f`'s entry directly: exactly `n`
/// plain positional parameters.
pub fn takes_exactly(f: u64, n: usize) -> bool {
    let fo = unsafe { obj::<FuncObj>(f) };
    fo.nparams as usize == n && !fo.varargs && !fo.varkw && fo.kwonly == 0
}

fn ok_or_raised(v: u64) -> R<u64> {
    if v == ERR { Err(Raised) } else { Ok(v) }
}

// ---------------------------------------------------------------------------------------
// Entry points

/// A new function object. `params` is the comma-separated parameter names; `defaults`
/// holds one borrowed value per parameter (ERR for none); `cells` holds the captured
/// cells (borrowed), as many as `shape >> 48`.
#[unsafe(no_mangle)]
pub extern "C" fn molt_make_function(entry: usize, name: u64, params: u64, shape: i64, defaults: *const u64, cells: *const u64) -> u64 {
    // SAFETY: generated code passes the address of a function with the `Entry` signature.
    let entry: Entry = unsafe { std::mem::transmute::<usize, Entry>(entry) };
    let nparams = (shape & 0x3fff) as u32;
    let (varargs, varkw) = (shape & 0x4000 != 0, shape & 0x8000 != 0);
    let posonly = ((shape >> 16) & 0xffff) as u32;
    let kwonly = ((shape >> 32) & 0xffff) as u32;
    let ncells = ((shape >> 48) & 0xffff) as usize;
    let defaults: Vec<u64> = if nparams == 0 || defaults.is_null() {
        vec![]
    } else {
        // SAFETY: generated code passes one value per parameter.
        unsafe { std::slice::from_raw_parts(defaults, nparams as usize) }.to_vec()
    };
    let cells: Vec<u64> = if ncells == 0 || cells.is_null() {
        vec![]
    } else {
        // SAFETY: generated code passes `ncells` cells.
        unsafe { std::slice::from_raw_parts(cells, ncells) }.to_vec()
    };
    for &x in defaults.iter().chain(&cells).chain([&name, &params]) {
        if x != ERR {
            incref(x);
        }
    }
    let hdr = Header { refcount: 1, kind: KIND_FUNC };
    let f = alloc_obj(FuncObj { hdr, gc: crate::gc::GcHead { index: crate::gc::UNTRACKED }, entry, name, params, nparams, posonly, kwonly, varargs, varkw, defaults, cells });
    crate::gc::track(f);
    crate::gc::maybe_collect();
    f
}

/// `f(*args)` with keyword arguments: `kwnames` is None or the comma-separated names of
/// the last arguments.
#[unsafe(no_mangle)]
pub extern "C" fn molt_call(f: u64, kwnames: u64, args: *const u64, n: usize) -> u64 {
    let args: &[u64] = if n == 0 || args.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(args, n) } };
    if kwnames == NONE {
        return ret(call(f, args, &[]));
    }
    let names = crate::builtins::str_string(kwnames).unwrap_or_default();
    let names: Vec<&str> = names.split(',').collect();
    ret(call(f, args, &names))
}

/// How CPython names a callable in argument errors (`_PyObject_FunctionStr`):
/// `__main__.f()`, `__main__.C.m()`, `__main__.C()`.
fn function_str(f: u64) -> String {
    match heap_kind(f) {
        KIND_FUNC => format!("__main__.{}()", qualname(f)),
        KIND_METHOD => function_str(unsafe { obj::<crate::class::BoundMethod>(f) }.func),
        KIND_CLASS => format!("{}()", crate::class::class_path(f)),
        KIND_BUILTIN_FUNC => format!("{}()", crate::builtin_value::name(f)),
        KIND_BUILTIN_METHOD => {
            let m = unsafe { obj::<crate::class::BoundMethod>(f) };
            let owner = if crate::reflect::is_unbound(m.receiver) { crate::builtin_value::name(m.receiver) } else { type_name(m.receiver) };
            format!("{owner}.{}()", crate::str::as_str(m.func))
        }
        _ => format!("{} object", type_name(f)),
    }
}

/// A call with argument unpacking, `f(a, *xs, k=v, **kw)`: `spec` (a str) has one
/// comma-separated entry per value in `args` (borrowed): `p` positional, `*` unpacked
/// into positional arguments, `k=name` keyword, `**` unpacked into keyword arguments.
/// `*v` (borrowed) among other positional arguments: its items as a tuple (owned), taken
/// when the argument is evaluated.
#[unsafe(no_mangle)]
pub extern "C" fn molt_call_star(v: u64) -> u64 {
    if is_tuple(v) {
        incref(v);
        return v;
    }
    ret(crate::display::star_items(v).map(crate::tuple::new_tuple_owned))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_call_unpack(f: u64, spec: u64, args: *const u64, n: usize) -> u64 {
    let args: &[u64] = if n == 0 || args.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(args, n) } };
    let spec = crate::str::as_str(spec).to_string();
    let mut positional: Vec<u64> = Vec::new();
    let mut kw: Vec<(String, u64)> = Vec::new();
    let result = (|| -> R<u64> {
        for (part, &v) in spec.split(',').zip(args) {
            match part {
                "p" => {
                    incref(v);
                    positional.push(v);
                }
                "*" => match crate::iter::try_iter(v)? {
                    Some(it) => {
                        let items = crate::iter::remaining(it);
                        decref(it);
                        positional.extend(items?);
                    }
                    None => return type_error(&format!("{} argument after * must be an iterable, not {}", function_str(f), type_name(v))),
                },
                "**" => {
                    if !is_kind(v, KIND_DICT) {
                        return type_error(&format!("{} argument after ** must be a mapping, not {}", function_str(f), type_name(v)));
                    }
                    for e in crate::dict::live(v) {
                        if !is_str(e.key) {
                            return type_error("keywords must be strings");
                        }
                        add_keyword(f, &mut kw, crate::str::as_str(e.key).to_string(), e.value)?;
                    }
                }
                k => add_keyword(f, &mut kw, k.trim_start_matches("k=").to_string(), v)?,
            }
        }
        let names: Vec<&str> = kw.iter().map(|(k, _)| k.as_str()).collect();
        let mut all = positional.clone();
        all.extend(kw.iter().map(|(_, v)| *v));
        call(f, &all, &names)
    })();
    positional.into_iter().chain(kw.into_iter().map(|(_, v)| v)).for_each(decref);
    ret(result)
}

/// `f(..., **m)` in a call with `**`: merges mapping `m` (borrowed) into the keyword
/// arguments `acc` gathered so far, where CPython's DICT_MERGE does (before the later
/// arguments are evaluated). 0, or -1 with CPython's TypeError pending.
#[unsafe(no_mangle)]
pub extern "C" fn molt_kwargs_merge(f: u64, acc: u64, m: u64) -> i32 {
    let r = (|| -> R<()> {
        if !is_kind(m, KIND_DICT) {
            if crate::class::class_of_value(m).is_some_and(|c| crate::class::lookup_str(c, "keys").ok().flatten().is_some()) {
                crate::exc::unsupported_feature("'**' unpacking of a mapping that is not a dict");
            }
            return type_error(&format!("{} argument after ** must be a mapping, not {}", function_str(f), type_name(m)));
        }
        // Non-str keys are merged too: the call itself says `keywords must be strings`.
        for e in crate::dict::live(m) {
            kwargs_put(f, acc, e.key, e.value)?;
        }
        Ok(())
    })();
    if r.is_ok() { 0 } else { -1 }
}

/// Keyword argument `name=v` (both borrowed) of a call with `**`, added when its group of
/// plain keywords is merged. 0, or -1 with the TypeError for a repeated name pending.
#[unsafe(no_mangle)]
pub extern "C" fn molt_kwargs_put(f: u64, acc: u64, name: u64, v: u64) -> i32 {
    if kwargs_put(f, acc, name, v).is_ok() { 0 } else { -1 }
}

fn kwargs_put(f: u64, acc: u64, name: u64, v: u64) -> R<()> {
    if crate::dict::contains(acc, name)? {
        return duplicate_keyword(f, &crate::builtins::str_string(name)?);
    }
    crate::dict::set(acc, name, v)
}

/// CPython's TypeError for keyword `name` given twice in a call of `f`.
fn duplicate_keyword<T>(f: u64, name: &str) -> R<T> {
    type_error(&format!("{} got multiple values for keyword argument '{name}'", function_str(f)))
}

/// Adds keyword argument `name` = `v` (borrowed; a reference is taken) to a call being
/// built, rejecting a repeated name as CPython does.
fn add_keyword(f: u64, kw: &mut Vec<(String, u64)>, name: String, v: u64) -> R<()> {
    if kw.iter().any(|(k, _)| *k == name) {
        return duplicate_keyword(f, &name);
    }
    incref(v);
    kw.push((name, v));
    Ok(())
}

/// The cells a function object captured (borrowed), for its generated entry.
#[unsafe(no_mangle)]
pub extern "C" fn molt_func_cells(f: u64) -> *const u64 {
    unsafe { obj::<FuncObj>(f) }.cells.as_ptr()
}

/// A new cell holding `value` (owned; ERR for an unbound variable).
#[unsafe(no_mangle)]
pub extern "C" fn molt_cell_new(value: u64) -> u64 {
    let c = alloc_obj(CellObj { hdr: Header { refcount: 1, kind: KIND_CELL }, gc: crate::gc::GcHead { index: crate::gc::UNTRACKED }, value });
    crate::gc::track(c);
    crate::gc::maybe_collect();
    c
}

/// The value of the variable in `cell` (owned). Unbound, it raises CPython's error:
/// UnboundLocalError in the function that owns the variable (`free` = 0), NameError in
/// the functions that captured it.
#[unsafe(no_mangle)]
pub extern "C" fn molt_cell_get(cell: u64, name: u64, free: i32) -> u64 {
    let v = unsafe { obj::<CellObj>(cell) }.value;
    if v != ERR {
        incref(v);
        return v;
    }
    let n = crate::builtins::str_string(name).unwrap_or_default();
    ret(if free != 0 {
        raise(NAME_ERROR, &format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"))
    } else {
        raise(UNBOUND_LOCAL_ERROR, &format!("cannot access local variable '{n}' where it is not associated with a value"))
    })
}

/// Stores `value` (owned; ERR unbinds) in `cell`, releasing the old value.
#[unsafe(no_mangle)]
pub extern "C" fn molt_cell_set(cell: u64, value: u64) {
    let old = std::mem::replace(&mut unsafe { obj_mut::<CellObj>(cell) }.value, value);
    if old != ERR {
        decref(old);
    }
}
