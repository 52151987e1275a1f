//! Reflection builtins: `type(x)` and the type objects Molt has no builtin name for
//! (`NoneType`, `function`, `list_iterator`, ...), `issubclass`, `getattr`/`setattr`/
//! `hasattr`, `callable`, attributes of builtins as values (`int.__name__`, `str.lower`
//! as an unbound method), and plain `object()` instances.
//!
//! A type object is either a class object (user classes and exception classes,
//! `class.rs`) or an immortal builtin value (`builtin_value.rs`) whose name is a
//! CPython type name; each name has exactly one, so `type(x) is int` compares identity.

use crate::abi::*;
use crate::builtin_value::{is_type, name};
use crate::class::{class_of_value, is_class, is_subclass, lookup_str};
use crate::exc::*;
use crate::object::*;

/// `type(v)`, owned.
pub fn type_of(v: u64) -> u64 {
    if let Some(c) = class_of_value(v) {
        incref(c);
        return c;
    }
    crate::builtin_value::type_value(type_name(v))
}

/// `object()`: a new plain object.
pub fn new_object() -> u64 {
    alloc_obj(Header { refcount: 1, kind: KIND_OBJECT })
}

/// A class object or a builtin type value.
pub fn is_type_object(v: u64) -> bool {
    is_class(v) || (is_kind(v, KIND_BUILTIN_FUNC) && is_type(v))
}

/// `issubclass(a, b)` (borrowed), with CPython's TypeErrors.
pub fn issubclass(a: u64, b: u64) -> R<bool> {
    if !is_type_object(a) {
        return type_error("issubclass() arg 1 must be a class");
    }
    if is_tuple(b) {
        // Like CPython, stops at the first match (a later non-class is not checked).
        for &c in crate::tuple::items(b) {
            if issubclass(a, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_type_object(b) {
        return type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    Ok(subclass_of(a, b))
}

fn subclass_of(a: u64, b: u64) -> bool {
    if a == b {
        return true;
    }
    if is_class(b) {
        return is_class(a) && is_subclass(a, b);
    }
    match name(b) {
        "object" => true,
        "int" => !is_class(a) && name(a) == "bool",
        _ => false,
    }
}

/// `callable(v)`.
pub fn callable(v: u64) -> R<bool> {
    Ok(match heap_kind(v) {
        _ if !is_ptr(v) => false,
        KIND_FUNC | KIND_CLASS | KIND_BUILTIN_FUNC | KIND_METHOD | KIND_BUILTIN_METHOD => true,
        KIND_WRAPPER => crate::class::is_staticmethod(v),
        KIND_INSTANCE => lookup_str(crate::class::instance_class(v), "__call__")?.is_some(),
        KIND_EXC if exc_user_class(v) != ERR => lookup_str(exc_user_class(v), "__call__")?.is_some(),
        _ => false,
    })
}

fn attribute_name(name: u64) -> R<()> {
    if !is_str(name) {
        return type_error(&format!("attribute name must be string, not '{}'", type_name(name)));
    }
    Ok(())
}

/// `v.name` (owned), or None when reading it raises AttributeError (then cleared).
fn read_attribute(v: u64, name: u64) -> R<Option<u64>> {
    attribute_name(name)?;
    let r = crate::exc::molt_getattr(v, name);
    if r != ERR {
        return Ok(Some(r));
    }
    if pending_is(ATTRIBUTE_ERROR) {
        decref(take_pending());
        return Ok(None);
    }
    Err(Raised)
}

/// `getattr(v, name[, default])` (borrowed; `default` is ERR when absent).
pub fn getattr(v: u64, name: u64, default: u64) -> R<u64> {
    if default == ERR {
        attribute_name(name)?;
        let r = crate::exc::molt_getattr(v, name);
        return if r == ERR { Err(Raised) } else { Ok(r) };
    }
    Ok(read_attribute(v, name)?.unwrap_or_else(|| {
        incref(default);
        default
    }))
}

/// `hasattr(v, name)`: whether reading the attribute does not raise AttributeError.
pub fn hasattr(v: u64, name: u64) -> R<bool> {
    Ok(read_attribute(v, name)?.map(decref).is_some())
}

/// `setattr(v, name, x)` (borrowed).
pub fn setattr(v: u64, name: u64, x: u64) -> R<u64> {
    attribute_name(name)?;
    if crate::class::molt_setattr(v, name, x) < 0 {
        return Err(Raised);
    }
    Ok(NONE)
}

/// Class methods of built-in types: `dict.fromkeys` is not an unbound method.
const CLASS_METHODS: &[&str] = &["fromkeys", "maketrans", "from_bytes", "fromhex"];

/// `f.name` for a builtin value `f`: names, and the methods of a type as unbound
/// methods (`str.lower`); None when the attribute is not one of these.
pub fn builtin_value_attribute(f: u64, attr: u64) -> Option<R<u64>> {
    let n = crate::str::as_str(attr);
    let own = name(f);
    match n {
        "__name__" | "__qualname__" => return Some(Ok(crate::str::new_str(own))),
        "__module__" if is_type(f) => return Some(Ok(crate::str::new_str("builtins"))),
        _ => {}
    }
    if !is_type(f) {
        return None;
    }
    if molt_abi::method_implemented(own, n) && !CLASS_METHODS.contains(&n) {
        return Some(Ok(crate::class::builtin_method(f, attr)));
    }
    if n.starts_with("__") || molt_abi::cpython_has_attr(own, n) {
        unsupported_attribute(f, n);
    }
    Some(raise(ATTRIBUTE_ERROR, &format!("type object '{own}' has no attribute '{n}'")))
}

/// Whether a builtin method value is unbound (`str.lower`): its receiver is the type.
pub fn is_unbound(receiver: u64) -> bool {
    is_kind(receiver, KIND_BUILTIN_FUNC)
}

/// Calls unbound method `method` of type `owner` with `args` (borrowed), the first being
/// the receiver, which must be of that type.
pub fn call_unbound(owner: u64, method: &str, args: &[u64], kwnames: &[&str]) -> R<u64> {
    let t = name(owner);
    let Some((&receiver, rest)) = args.split_first().filter(|_| args.len() > kwnames.len()) else {
        return type_error(&format!("unbound method {t}.{method}() needs an argument"));
    };
    if !crate::builtin_value::isinstance(receiver, owner) {
        return type_error(&format!("descriptor '{method}' for '{t}' objects doesn't apply to a '{}' object", type_name(receiver)));
    }
    crate::ops::call_method_kw(receiver, method, rest, kwnames)
}

/// repr of an unbound method: `<method 'lower' of 'str' objects>`.
pub fn unbound_repr(owner: u64, method: &str) -> String {
    format!("<method '{method}' of '{}' objects>", name(owner))
}
