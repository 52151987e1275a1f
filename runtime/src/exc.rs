//! Exceptions: exception objects (kind id + args tuple + traceback frames), the pending
//! exception, helpers to raise built-in exceptions, and CPython-style traceback printing.
//!
//! An instance of a user exception class (`class E(ValueError)`) is an `ExcObj` too: its
//! `kind` is the first built-in exception class in the class's MRO (what the runtime's own
//! `except`-style tests see) and `class` is the user class, which decides matching
//! (`is_subclass` on the MRO), attribute lookup and `str`/`repr`.

use crate::abi::*;
use crate::gc::{GcHead, UNTRACKED};
use crate::object::*;
use std::cell::{Cell, RefCell};

pub const BASE_EXCEPTION: usize = 0;
pub const ZERO_DIVISION_ERROR: usize = 3;
pub const OVERFLOW_ERROR: usize = 4;
pub const VALUE_ERROR: usize = 5;
pub const TYPE_ERROR: usize = 6;
pub const NAME_ERROR: usize = 7;
pub const UNBOUND_LOCAL_ERROR: usize = 8;
pub const ASSERTION_ERROR: usize = 9;
pub const RUNTIME_ERROR: usize = 10;
pub const RECURSION_ERROR: usize = 11;
pub const NOT_IMPLEMENTED_ERROR: usize = 12;
pub const INDEX_ERROR: usize = 14;
pub const KEY_ERROR: usize = 15;
pub const ATTRIBUTE_ERROR: usize = 16;
pub const SYSTEM_EXIT: usize = 18;
pub const MEMORY_ERROR: usize = 20;
pub const EOF_ERROR: usize = 23;
pub const STOP_ITERATION: usize = 17;
pub const UNICODE_ERROR: usize = 21;
pub const UNSUPPORTED_OPERATION: usize = 24;
pub const GENERATOR_EXIT: usize = 25;
pub const LOOKUP_ERROR: usize = 13;
pub const UNICODE_DECODE_ERROR: usize = 26;
pub const UNICODE_ENCODE_ERROR: usize = 27;

#[repr(C)]
pub struct ExcObj {
    pub hdr: Header,
    /// Tracked by the cycle collector once the exception has a user class or attributes.
    pub gc: GcHead,
    pub kind: u32,
    /// Owned tuple of the constructor arguments.
    pub args: u64,
    /// Frames the exception propagated through, innermost first: (function name, line).
    /// The name is the compiler's static text, checked as UTF-8 only when printed.
    pub traceback: Vec<(&'static [u8], i32)>,
    /// `__cause__` (owned; ERR when unset, NONE after `raise ... from None`).
    pub cause: u64,
    /// `__context__`: the exception being handled when this one was raised (owned; ERR
    /// when unset).
    pub context: u64,
    pub suppress_context: bool,
    /// The user class (owned) of an instance of a user exception class; ERR for
    /// instances of built-in exception classes.
    pub class: u64,
    /// Attributes set on the exception (an owned dict; ERR until the first one).
    pub dict: u64,
    /// For the "Did you mean" suggestion (`suggest.rs`) of a NameError or AttributeError
    /// the runtime raised: the missing name (owned str; ERR otherwise), and the object
    /// without the attribute (owned) or the NameError frame's scope (a str, see
    /// `suggest::for_name`) with its module's globals.
    pub missing: u64,
    pub missing_in: u64,
    pub globals: usize,
}

thread_local! {
    static PENDING: Cell<u64> = const { Cell::new(ERR) };
    /// The exceptions being handled (`except` and exceptional `finally` bodies), innermost
    /// last, each owned: what a bare `raise` re-raises and what a new exception's
    /// `__context__` becomes.
    static HANDLED: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

pub use molt_abi::RECURSION_LIMIT;

/// The number of frames entered (functions, generator resumptions and the recursive
/// builtins' levels). Generated code counts its own frames inline, on this symbol; the
/// program runs on one thread.
#[unsafe(no_mangle)]
pub static MOLT_FRAME_DEPTH: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

fn depth() -> u32 {
    MOLT_FRAME_DEPTH.load(std::sync::atomic::Ordering::Relaxed)
}

fn set_depth(d: u32) {
    MOLT_FRAME_DEPTH.store(d, std::sync::atomic::Ordering::Relaxed)
}

/// The class name of an exception (`type(e).__name__`).
pub fn kind_name(v: u64) -> &'static str {
    let e = unsafe { obj::<ExcObj>(v) };
    if e.class != ERR {
        return crate::class::class_name(e.class);
    }
    builtin_kind_name(e.kind as usize)
}

pub fn builtin_kind_name(k: usize) -> &'static str {
    let name = EXCEPTION_KINDS.get(k).map(|e| e.0).unwrap_or("BaseException");
    name.rsplit('.').next().unwrap_or(name)
}

/// The user class of an exception; ERR for built-in exception classes.
pub fn exc_user_class(v: u64) -> u64 {
    unsafe { obj::<ExcObj>(v) }.class
}

/// Whether exception `v` is an instance of built-in exception class `kind`.
pub fn exc_is(v: u64, kind: usize) -> bool {
    let e = unsafe { obj::<ExcObj>(v) };
    if e.class != ERR {
        return crate::class::is_subclass(e.class, crate::class::builtin_exception_class(kind));
    }
    kind_is_subclass(e.kind as usize, kind)
}

pub fn is_exc(v: u64) -> bool {
    is_kind(v, KIND_EXC)
}

/// Kind id of an exception value.
pub fn exc_kind(v: u64) -> usize {
    unsafe { obj::<ExcObj>(v) }.kind as usize
}

pub fn exc_args(v: u64) -> u64 {
    unsafe { obj::<ExcObj>(v) }.args
}

/// True if kind `k` is `base` or a subclass of it.
pub fn kind_is_subclass(mut k: usize, base: usize) -> bool {
    loop {
        if k == base {
            return true;
        }
        match EXCEPTION_KINDS.get(k).and_then(|e| e.1) {
            Some(p) => k = p,
            None => return false,
        }
    }
}

/// New exception object of kind `kind`, taking ownership of `args` (a tuple).
pub fn new_exc_owned_args(kind: usize, args: u64) -> u64 {
    alloc_obj(ExcObj {
        hdr: Header { refcount: 1, kind: KIND_EXC },
        kind: kind as u32,
        args,
        gc: GcHead { index: UNTRACKED },
        traceback: Vec::new(),
        cause: ERR,
        context: ERR,
        suppress_context: false,
        class: ERR,
        dict: ERR,
        missing: ERR,
        missing_in: ERR,
        globals: 0,
    })
}

/// A new instance of user exception class `class` (borrowed), whose first built-in
/// exception base is `kind`, with `args` (a tuple, owned) and an empty attribute dict.
pub fn new_user_exc(kind: usize, class: u64, args: u64) -> u64 {
    let v = new_exc_owned_args(kind, args);
    incref(class);
    let e = unsafe { obj_mut::<ExcObj>(v) };
    e.class = class;
    e.dict = crate::dict::new_dict();
    crate::gc::track(v);
    crate::gc::maybe_collect();
    v
}

/// The attribute dict of an exception (borrowed), made on first use.
pub fn exc_dict(v: u64) -> u64 {
    let e = unsafe { obj_mut::<ExcObj>(v) };
    if e.dict == ERR {
        e.dict = crate::dict::new_dict();
        if e.gc.index == UNTRACKED {
            crate::gc::track(v);
        }
    }
    e.dict
}

/// Replaces the args tuple (owned) of an exception: `BaseException.__init__`.
pub fn set_exc_args(v: u64, args: u64) {
    let old = std::mem::replace(&mut unsafe { obj_mut::<ExcObj>(v) }.args, args);
    decref(old);
}

/// The references an exception holds (borrowed), for the cycle collector.
pub fn children(v: u64, f: &mut dyn FnMut(u64)) {
    let e = unsafe { obj::<ExcObj>(v) };
    for x in [e.args, e.cause, e.context, e.class, e.dict, e.missing, e.missing_in] {
        if x != ERR {
            f(x)
        }
    }
}

/// Takes every reference out of exception `v` (left holding ERR); ERR marks an empty
/// field. An array, not a Vec: freeing an exception allocates nothing.
pub fn take_refs(v: u64) -> impl Iterator<Item = u64> {
    let e = unsafe { obj_mut::<ExcObj>(v) };
    [&mut e.args, &mut e.cause, &mut e.context, &mut e.class, &mut e.dict, &mut e.missing, &mut e.missing_in].map(|x| std::mem::replace(x, ERR)).into_iter().filter(|&x| x != ERR)
}

/// Sets `exc` (owned) as the pending exception, replacing any previous one. Like
/// CPython's `_PyErr_SetObject`, a newly raised exception's `__context__` becomes the
/// exception being handled, after cutting any cycle that would create.
pub fn set_pending(exc: u64) {
    if let Some(handled) = HANDLED.with(|h| h.borrow().last().copied()) {
        if handled != exc && is_exc(exc) {
            let mut o = handled;
            loop {
                let next = unsafe { obj::<ExcObj>(o) }.context;
                if next == ERR {
                    break;
                }
                if next == exc {
                    unsafe { obj_mut::<ExcObj>(o) }.context = ERR;
                    decref(exc);
                    break;
                }
                o = next;
            }
            incref(handled);
            let slot = &mut unsafe { obj_mut::<ExcObj>(exc) }.context;
            let old = std::mem::replace(slot, handled);
            if old != ERR {
                decref(old);
            }
        }
    }
    set_pending_as_is(exc);
}

/// Raises `kind(msg)` whose `__cause__` and `__context__` are `cause` (owned), as
/// CPython's `_PyErr_FormatFromCause` does.
pub fn raise_from_cause(kind: usize, msg: &str, cause: u64) {
    let s = crate::str::new_str(msg);
    let exc = new_exc_owned_args(kind, crate::tuple::new_tuple_owned(vec![s]));
    let e = unsafe { obj_mut::<ExcObj>(exc) };
    incref(cause);
    e.cause = cause;
    e.context = cause;
    e.suppress_context = true;
    set_pending_as_is(exc);
}

/// How many exceptions are being handled.
#[inline]
pub fn handled_depth() -> usize {
    HANDLED.with(|h| h.borrow().len())
}

/// Removes (owned) the exceptions being handled above `depth`: a generator's, as it yields.
#[inline]
pub fn split_handled(depth: usize) -> Vec<u64> {
    // Nothing above `depth` (a generator yielding outside any handler, the usual case):
    // no allocation and no call. `split_off(0)` would allocate a new buffer for `h`.
    if handled_depth() <= depth {
        return Vec::new();
    }
    split_handled_above(depth)
}

#[inline(never)]
fn split_handled_above(depth: usize) -> Vec<u64> {
    HANDLED.with(|h| h.borrow_mut().split_off(depth))
}

/// Pushes back (owned) exceptions that `split_handled` removed, as a generator resumes.
#[inline]
pub fn restore_handled(excs: Vec<u64>) {
    if !excs.is_empty() {
        restore_handled_nonempty(excs);
    }
}

#[inline(never)]
fn restore_handled_nonempty(excs: Vec<u64>) {
    HANDLED.with(|h| h.borrow_mut().extend(excs));
}

/// Sets `exc` (owned) pending as it is (no `__context__`), as a re-raise does.
pub fn set_pending_as_is(exc: u64) {
    let old = PENDING.with(|p| p.replace(exc));
    if old != ERR {
        decref(old);
    }
}

/// Takes the pending exception (owned), leaving none; ERR if none.
pub fn take_pending() -> u64 {
    PENDING.with(|p| p.replace(ERR))
}

pub fn pending() -> u64 {
    PENDING.with(|p| p.get())
}

/// Whether the pending exception is an instance of built-in class `kind`.
pub fn pending_is(kind: usize) -> bool {
    let p = pending();
    p != ERR && is_exc(p) && exc_is(p, kind)
}

/// Raises `kind` with the given argument values (borrowed).
pub fn raise_args<T>(kind: usize, args: &[u64]) -> R<T> {
    let t = crate::tuple::new_tuple_borrowed(args);
    set_pending(new_exc_owned_args(kind, t));
    Err(Raised)
}

/// Raises `kind` with a single string message.
pub fn raise<T>(kind: usize, msg: &str) -> R<T> {
    let s = crate::str::new_str(msg);
    let t = crate::tuple::new_tuple_owned(vec![s]);
    set_pending(new_exc_owned_args(kind, t));
    Err(Raised)
}

/// Raises `kind` with no arguments.
pub fn raise_empty<T>(kind: usize) -> R<T> {
    raise_args(kind, &[])
}

pub fn type_error<T>(msg: &str) -> R<T> {
    raise(TYPE_ERROR, msg)
}

pub fn value_error<T>(msg: &str) -> R<T> {
    raise(VALUE_ERROR, msg)
}

pub fn overflow_error<T>(msg: &str) -> R<T> {
    raise(OVERFLOW_ERROR, msg)
}

pub fn zero_div<T>(msg: &str) -> R<T> {
    raise(ZERO_DIVISION_ERROR, msg)
}

pub fn memory_error<T>() -> R<T> {
    raise_empty(MEMORY_ERROR)
}

/// `'float' object cannot be interpreted as an integer`
pub fn not_an_index<T>(v: u64) -> R<T> {
    type_error(&format!("'{}' object cannot be interpreted as an integer", type_name(v)))
}

/// `BaseException.__str__`: '' for no args, str(arg) for one (repr for KeyError), str(args) otherwise.
pub fn exc_str(v: u64) -> R<String> {
    let args = exc_args(v);
    let items = crate::tuple::items(args);
    let kind = exc_kind(v);
    if kind == UNICODE_DECODE_ERROR || kind == UNICODE_ENCODE_ERROR {
        if let Some(s) = crate::codecs::unicode_error_str(kind, items) {
            return Ok(s);
        }
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => {
            if exc_kind(v) == KEY_ERROR {
                crate::builtins::repr_string(items[0])
            } else {
                crate::builtins::str_string(items[0])
            }
        }
        _ => crate::builtins::repr_string(args),
    }
}

/// `BaseException.__repr__`: `ValueError('x')`, `ValueError()`, `ValueError('a', 1)`.
pub fn exc_repr(v: u64) -> R<String> {
    let args = exc_args(v);
    let items = crate::tuple::items(args);
    let mut s = String::from(kind_name(v));
    if items.len() == 1 {
        s.push('(');
        s.push_str(&crate::builtins::repr_string(items[0])?);
        s.push(')');
    } else {
        s.push_str(&crate::builtins::repr_string(args)?);
    }
    Ok(s)
}

// ---------------------------------------------------------------------------------------
// Entry points

#[unsafe(no_mangle)]
pub extern "C" fn molt_exc_new(kind: i32, args: *const u64, n: usize) -> u64 {
    if kind < 0 || kind as usize >= EXCEPTION_KINDS.len() {
        return ret(raise(RUNTIME_ERROR, "invalid built-in exception kind"));
    }
    let slice: &[u64] = if n == 0 || args.is_null() {
        &[]
    } else {
        // SAFETY: generated code passes `n` valid values.
        unsafe { std::slice::from_raw_parts(args, n) }
    };
    let t = crate::tuple::new_tuple_borrowed(slice);
    new_exc_owned_args(kind as usize, t)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_raise(exc: u64) -> u64 {
    let exc = match new_if_class(exc, "exceptions must derive from BaseException") {
        Ok(e) => e,
        Err(Raised) => return ERR,
    };
    set_pending(exc);
    ERR
}

/// The exception `raise x` raises (owned): `x` itself, or a new instance when `x` is an
/// exception class; TypeError(`not_exception`) for anything else.
fn new_if_class(x: u64, not_exception: &str) -> R<u64> {
    if is_exc(x) {
        incref(x);
        return Ok(x);
    }
    if crate::class::is_class(x) && crate::class::exc_kind_of_class(x) >= 0 {
        let e = crate::class::instantiate(x, &[], &[])?;
        if !is_exc(e) {
            decref(e);
            return type_error("calling an exception class should have returned an instance of BaseException");
        }
        return Ok(e);
    }
    type_error(not_exception)
}

/// NameError for global or builtin `name` (borrowed) read in a frame whose scope (for the
/// suggestion; borrowed str) is `scope`, in a module whose global slots are `globals`.
#[unsafe(no_mangle)]
pub extern "C" fn molt_raise_name_error(name: u64, scope: u64, globals: *const u64) -> u64 {
    let n = crate::builtins::str_string(name).unwrap_or_default();
    let r: R<u64> = raise(NAME_ERROR, &format!("name '{n}' is not defined"));
    remember_missing(name, scope, globals as usize);
    ret(r)
}

/// AttributeError `msg` for `v.name` (borrowed) missing on a read, remembering both for
/// the suggestion.
pub fn attribute_error<T>(v: u64, name: u64, msg: &str) -> R<T> {
    let r = raise(ATTRIBUTE_ERROR, msg);
    remember_missing(name, v, 0);
    r
}

fn remember_missing(name: u64, within: u64, globals: usize) {
    let exc = PENDING.with(|p| p.get());
    if exc == ERR || !is_str(name) {
        return;
    }
    incref(name);
    incref(within);
    let e = unsafe { obj_mut::<ExcObj>(exc) };
    e.missing = name;
    e.missing_in = within;
    e.globals = globals;
    // The object may refer back to the exception.
    crate::gc::track(exc);
}

/// ". Did you mean: 'x'?" for a NameError or AttributeError the runtime raised, as
/// CPython's traceback adds; empty otherwise.
fn suggestion(exc: u64) -> String {
    let e = unsafe { obj::<ExcObj>(exc) };
    if e.missing == ERR || !(e.kind as usize == NAME_ERROR || e.kind as usize == ATTRIBUTE_ERROR) {
        return String::new();
    }
    let name = crate::str::as_str(e.missing);
    let found = if e.kind as usize == NAME_ERROR {
        crate::suggest::for_name(name, crate::str::as_str(e.missing_in), e.globals as *const u64)
    } else {
        crate::suggest::for_attribute(e.missing_in, name)
    };
    found.map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default()
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_raise_unbound_local(name: u64) -> u64 {
    let n = crate::builtins::str_string(name).unwrap_or_default();
    ret(raise(
        UNBOUND_LOCAL_ERROR,
        &format!("cannot access local variable '{n}' where it is not associated with a value"),
    ))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_raise_assertion(msg: u64) -> u64 {
    if msg == ERR {
        ret(raise_empty(ASSERTION_ERROR))
    } else {
        ret(raise_args(ASSERTION_ERROR, &[msg]))
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_raise_from(exc: u64, cause: u64) -> u64 {
    let exc = match new_if_class(exc, "exceptions must derive from BaseException") {
        Ok(e) => e,
        Err(Raised) => return ERR,
    };
    let cause = if cause == NONE {
        NONE
    } else {
        match new_if_class(cause, "exception causes must derive from BaseException") {
            Ok(c) => c,
            Err(Raised) => {
                decref(exc);
                return ERR;
            }
        }
    };
    let e = unsafe { obj_mut::<ExcObj>(exc) };
    let old = std::mem::replace(&mut e.cause, cause);
    e.suppress_context = true;
    if old != ERR {
        decref(old);
    }
    set_pending(exc);
    ERR
}

/// A pending StopIteration leaving a generator's frame becomes RuntimeError with it as the
/// cause (PEP 479); whether it did.
pub fn stop_iteration_to_runtime_error() -> bool {
    if !pending_is(STOP_ITERATION) {
        return false;
    }
    let stop = take_pending();
    raise_from_cause(RUNTIME_ERROR, "generator raised StopIteration", stop);
    true
}

/// `stop_iteration_to_runtime_error` where an inline generator expression's body (a
/// comprehension that stands for a generator, `tuple(x for x in xs)`) raised: 1 when it
/// converted, else 0.
#[unsafe(no_mangle)]
pub extern "C" fn molt_genexpr_stop_to_runtime_error() -> i32 {
    stop_iteration_to_runtime_error() as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_reraise() -> u64 {
    match HANDLED.with(|h| h.borrow().last().copied()) {
        Some(exc) => {
            incref(exc);
            set_pending_as_is(exc);
            ERR
        }
        None => ret(raise(RUNTIME_ERROR, "No active exception to reraise")),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_exc_take() -> u64 {
    take_pending()
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_exc_matches(exc: u64, kind: i32) -> i32 {
    (is_exc(exc) && exc_is(exc, kind as usize)) as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_exc_restore(exc: u64) {
    set_pending_as_is(exc);
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_handler_enter(exc: u64) {
    HANDLED.with(|h| h.borrow_mut().push(exc));
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_handler_exit() {
    if let Some(exc) = HANDLED.with(|h| h.borrow_mut().pop()) {
        decref(exc);
    }
}

/// The built-in attributes of exceptions (owned), None for other names.
pub fn exc_attribute(v: u64, name: &str) -> Option<u64> {
    let e = unsafe { obj::<ExcObj>(v) };
    let r = match name {
        "args" => e.args,
        "__cause__" => if e.cause == ERR { NONE } else { e.cause },
        "__context__" => if e.context == ERR { NONE } else { e.context },
        "__suppress_context__" => return Some(box_bool(e.suppress_context)),
        "value" if exc_is(v, STOP_ITERATION) => return Some(crate::generator::stop_value(v)),
        "encoding" | "object" | "start" | "end" | "reason" if exc_is(v, UNICODE_DECODE_ERROR) || exc_is(v, UNICODE_ENCODE_ERROR) => {
            let items = crate::tuple::items(e.args);
            let i = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == name).unwrap_or(0);
            match items.get(i) {
                Some(&x) => x,
                None => unsupported_attribute(v, name),
            }
        }
        _ => return None,
    };
    incref(r);
    Some(r)
}

/// `e.args = x` (x borrowed: any iterable, kept as a tuple). Assigning the other built-in
/// attributes stops the program as unsupported.
pub fn set_exc_attribute(v: u64, name: &str, x: u64) -> R<()> {
    if name != "args" {
        unsupported_attribute(v, name);
    }
    let items = crate::iter::collect(x)?;
    set_exc_args(v, crate::tuple::new_tuple_owned(items));
    Ok(())
}

/// `x.name` for the attributes in `molt_abi::IMPLEMENTED_ATTRS`.
#[unsafe(no_mangle)]
pub extern "C" fn molt_getattr(v: u64, name: u64) -> u64 {
    if let Some(r) = crate::class::getattr(v, name) {
        return ret(r);
    }
    let n = crate::builtins::str_string(name).unwrap_or_default();
    if is_exc(v) {
        if let Some(r) = exc_attribute(v, &n) {
            return r;
        }
        let e = unsafe { obj::<ExcObj>(v) };
        if e.dict != ERR {
            match crate::dict::get(e.dict, name) {
                Ok(Some(x)) => {
                    incref(x);
                    return x;
                }
                Ok(None) => {}
                Err(_) => return ERR,
            }
        }
    }
    let number = |x: u64| {
        incref(x);
        x
    };
    if is_kind(v, KIND_BUILTIN_FUNC) {
        if let Some(r) = crate::reflect::builtin_value_attribute(v, name) {
            return ret(r);
        }
    }
    let r = match (heap_kind(v), n.as_str()) {
        (_, "__class__") => Some(crate::reflect::type_of(v)),
        _ if is_int_like(v) && matches!(n.as_str(), "real" | "numerator") => Some(crate::builtins::molt_builtin_int(v)),
        _ if is_int_like(v) && n == "imag" => Some(box_small_int(0)),
        _ if is_int_like(v) && n == "denominator" => Some(box_small_int(1)),
        _ if is_float(v) && n == "real" => Some(number(v)),
        _ if is_float(v) && n == "imag" => Some(box_float(0.0)),
        (KIND_RANGE, "start" | "stop" | "step") => Some(number(crate::range::part(v, &n))),
        (KIND_SLICE, "start" | "stop" | "step") => {
            let (start, stop, step) = crate::list::slice_parts(v);
            let part = match n.as_str() {
                "start" => start,
                "stop" => stop,
                _ => step,
            };
            incref(part);
            Some(part)
        }
        (KIND_FUNC, "__name__") => {
            let q = crate::func::qualname(v);
            Some(crate::str::new_string(q.rsplit('.').next().unwrap_or(&q).to_string()))
        }
        (KIND_FUNC, "__qualname__") => Some(crate::str::new_string(crate::func::qualname(v))),
        _ if molt_abi::method_implemented(type_name(v), &n) => Some(crate::class::builtin_method(v, name)),
        _ => None,
    };
    if let Some(r) = r {
        return r;
    }
    ret(no_such_attribute(v, &n))
}

/// CPython 3.11's `Py_EnterRecursiveCall(where)`: builtins that recurse into values
/// (repr and comparison of containers) share the frames' recursion budget.
pub fn enter_recursive_call(where_: &str) -> R<()> {
    let d = depth();
    if d >= RECURSION_LIMIT {
        return raise(RECURSION_ERROR, &format!("maximum recursion depth exceeded{where_}"));
    }
    set_depth(d + 1);
    Ok(())
}

/// Leaves a level entered by `enter_recursive_call` or a frame entered by
/// `molt_enter_frame` (a generator resumption).
pub fn leave_recursive_call() {
    set_depth(depth().saturating_sub(1));
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_enter_frame() -> i32 {
    let d = depth();
    if d >= RECURSION_LIMIT {
        let _: R<()> = raise(RECURSION_ERROR, "maximum recursion depth exceeded");
        return -1;
    }
    set_depth(d + 1);
    0
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_traceback_add(name: *const u8, len: usize, line: i32) {
    let p = pending();
    // A negative line: the frame is already recorded (an exception going on after an
    // `except` or `finally` of this frame saw it).
    if p == ERR || !is_exc(p) || line < 0 {
        return;
    }
    let name: &'static [u8] = if name.is_null() {
        b"?"
    } else {
        // SAFETY: the compiler passes static text that lives as long as the program.
        unsafe { std::slice::from_raw_parts(name, len) }
    };
    unsafe { obj_mut::<ExcObj>(p) }.traceback.push((name, line));
}

// ---------------------------------------------------------------------------------------
// Traceback printing

struct Source {
    path: &'static str,
    text: &'static str,
}

static SOURCE: std::sync::Mutex<Option<Source>> = std::sync::Mutex::new(None);

fn static_str(p: *const u8, n: usize) -> &'static str {
    if p.is_null() {
        return "";
    }
    // SAFETY: the caller guarantees the bytes live for the program's lifetime.
    let b: &'static [u8] = unsafe { std::slice::from_raw_parts(p, n) };
    match std::str::from_utf8(b) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).unwrap_or(""),
    }
}

/// The program's path as it was compiled (CPython's `sys.argv[0]`).
pub fn source_path() -> &'static str {
    SOURCE.lock().ok().and_then(|g| g.as_ref().map(|s| s.path)).unwrap_or("")
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_set_source(path: *const u8, path_len: usize, src: *const u8, src_len: usize) {
    let s = Source { path: static_str(path, path_len), text: static_str(src, src_len) };
    if let Ok(mut g) = SOURCE.lock() {
        *g = Some(s);
    }
}

const TB_RECURSIVE_CUTOFF: usize = 3;
const TB_LIMIT: usize = 1000;

/// Formats the traceback and final line of `exc` exactly like CPython.
pub fn format_traceback(exc: u64) -> String {
    let (path, text) = match SOURCE.lock() {
        Ok(g) => match &*g {
            Some(s) => (s.path, s.text),
            None => ("<unknown>", ""),
        },
        Err(_) => ("<unknown>", ""),
    };
    let mut out = String::from("Traceback (most recent call last):\n");
    let frames: Vec<(&'static str, i32)> =
        unsafe { obj::<ExcObj>(exc) }.traceback.iter().rev().map(|&(name, line)| (std::str::from_utf8(name).unwrap_or("?"), line)).collect();
    let skip = frames.len().saturating_sub(TB_LIMIT);
    let mut last: Option<(&str, i32)> = None;
    let mut cnt = 0usize;
    let repeated = |out: &mut String, cnt: usize| {
        let c = cnt - TB_RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            c,
            if c > 1 { "s" } else { "" }
        ));
    };
    for &(name, line) in &frames[skip..] {
        if last != Some((name, line)) {
            if cnt > TB_RECURSIVE_CUTOFF {
                repeated(&mut out, cnt);
            }
            last = Some((name, line));
            cnt = 0;
        }
        cnt += 1;
        if cnt <= TB_RECURSIVE_CUTOFF {
            out.push_str(&format!("  File \"{path}\", line {line}, in {name}\n"));
            if line > 0 {
                if let Some(src) = text.lines().nth(line as usize - 1) {
                    let t = src.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\x0c' || c == '\r');
                    if !t.is_empty() {
                        out.push_str("    ");
                        out.push_str(t);
                        out.push('\n');
                    }
                }
            }
        }
    }
    if cnt > TB_RECURSIVE_CUTOFF {
        repeated(&mut out, cnt);
    }
    // CPython's last line names the class by `__qualname__` (`f.<locals>.E: ...`).
    let e = unsafe { obj::<ExcObj>(exc) };
    out.push_str(if e.class != ERR { crate::class::class_qualname(e.class) } else { kind_name(exc) });
    match crate::builtins::str_string(exc) {
        Ok(s) => {
            if !s.is_empty() {
                out.push_str(": ");
                out.push_str(&s);
                out.push_str(&suggestion(exc));
            }
        }
        Err(_) => {
            let e = take_pending();
            decref(e);
            out.push_str(": <exception str() failed>");
        }
    }
    out.push('\n');
    out
}

/// Reports an uncaught exception (taking the pending one) and returns the exit code.
pub fn report_uncaught() -> i32 {
    let exc = take_pending();
    if exc == ERR || !is_exc(exc) {
        crate::io::flush_stdout();
        eprintln_safe("Fatal Python error: error return without exception set\n");
        return 1;
    }
    crate::io::flush_stdout();
    let code = if exc_is(exc, SYSTEM_EXIT) {
        system_exit_code(exc)
    } else {
        let mut s = String::new();
        format_chain(exc, &mut s, &mut Vec::new());
        eprintln_safe(&s);
        1
    };
    decref(exc);
    code
}

/// The traceback of `exc` preceded by those of its cause or context, as CPython prints them.
fn format_chain(exc: u64, out: &mut String, seen: &mut Vec<u64>) {
    seen.push(exc);
    let e = unsafe { obj::<ExcObj>(exc) };
    let (cause, context) = (e.cause, e.context);
    if cause != ERR && cause != NONE && !seen.contains(&cause) {
        format_chain(cause, out, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if context != ERR && !e.suppress_context && !seen.contains(&context) {
        format_chain(context, out, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    out.push_str(&format_traceback(exc));
}

fn system_exit_code(exc: u64) -> i32 {
    let args = exc_args(exc);
    let items = crate::tuple::items(args);
    let code = match items.len() {
        0 => return 0,
        1 => items[0],
        _ => args,
    };
    if code == NONE {
        return 0;
    }
    if is_small_int(code) {
        return unbox_small_int(code) as i32;
    }
    if tag_of(code) == TAG_BOOL {
        return (code & 1) as i32;
    }
    if is_kind(code, KIND_BIGINT) {
        return -1;
    }
    let s = crate::builtins::str_string(code).unwrap_or_default();
    eprintln_safe(&format!("{s}\n"));
    1
}

/// The exit status of a program stopped by [`unsupported_attribute`].
pub const UNSUPPORTED_EXIT: i32 = 70;

/// `obj.name` where `obj` is a built-in value whose CPython type has `name` but Molt does
/// not implement it. The compiler rejects this when it knows the receiver's type; for a
/// `dyn` receiver (often a user instance) this runtime guard stops the program loudly
/// instead: raising AttributeError could be caught and silently change the outcome.
pub fn unsupported_attribute(v: u64, name: &str) -> ! {
    crate::io::flush_stdout();
    eprintln_safe(&format!(
        "molt: the program read '{}.{name}', which Molt does not support yet (see specs/subset.md); stopping\n",
        type_name(v)
    ));
    std::process::exit(UNSUPPORTED_EXIT)
}

/// Something the program does that CPython supports and Molt does not implement yet,
/// found at run time (a codec, a call form): the program stops loudly, like
/// [`unsupported_attribute`], rather than raise an exception CPython would not.
pub fn unsupported_feature(what: &str) -> ! {
    crate::io::flush_stdout();
    eprintln_safe(&format!("molt: the program used {what}, which Molt does not support yet (see specs/subset.md); stopping\n"));
    std::process::exit(UNSUPPORTED_EXIT)
}

/// AttributeError for `v.name`, or [`unsupported_attribute`] when CPython's type of `v`
/// has the attribute.
pub fn no_such_attribute<T>(v: u64, name: &str) -> R<T> {
    let t = type_name(v);
    if is_kind(v, KIND_TRACEBACK) {
        unsupported_attribute(v, name);
    }
    let dunder = name.starts_with("__") && name.ends_with("__");
    let cpython_has = if EXCEPTION_ONLY_ATTRS_RT.contains(&name) { is_exc(v) } else { dunder || molt_abi::cpython_has_attr(if is_exc(v) { "BaseException" } else { t }, name) };
    if cpython_has {
        unsupported_attribute(v, name);
    }
    let n = crate::str::new_str(name);
    let r = attribute_error(v, n, &format!("'{t}' object has no attribute '{name}'"));
    decref(n);
    r
}

const EXCEPTION_ONLY_ATTRS_RT: &[&str] = molt_abi::EXCEPTION_ONLY_ATTRS;

fn eprintln_safe(s: &str) {
    use std::io::Write;
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}
