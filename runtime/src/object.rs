//! Heap objects: the common header, object kinds, allocation, reference counting,
//! immortal objects, and helpers to classify a value and name its Python type.

use crate::abi::*;
use std::alloc::{Layout, alloc, dealloc};

/// Placed at offset 0 of every heap object.
#[repr(C)]
pub struct Header {
    pub refcount: u32,
    pub kind: u32,
}

/// Refcounts at or above this value are immortal: never changed, never freed.
pub const IMMORTAL: u32 = 1 << 30;

pub const KIND_STR: u32 = 1;
pub const KIND_BIGINT: u32 = 2;
pub const KIND_TUPLE: u32 = 3;
pub const KIND_RANGE: u32 = 4;
pub const KIND_EXC: u32 = 5;
pub const KIND_STR_ITER: u32 = 6;
pub const KIND_TUPLE_ITER: u32 = 7;
pub const KIND_RANGE_ITER: u32 = 8;
pub const KIND_BIG_RANGE_ITER: u32 = 9;
pub const KIND_LIST: u32 = 10;
pub const KIND_LIST_ITER: u32 = 11;
pub const KIND_DICT: u32 = 12;
pub const KIND_DICT_KEYS: u32 = 13;
pub const KIND_DICT_VALUES: u32 = 14;
pub const KIND_DICT_ITEMS: u32 = 15;
pub const KIND_DICT_ITER: u32 = 16;
pub const KIND_ENUMERATE: u32 = 17;
pub const KIND_ZIP: u32 = 18;
pub const KIND_REVERSED: u32 = 19;
pub const KIND_STREAM: u32 = 20;
pub const KIND_SLICE: u32 = 21;
pub const KIND_SET: u32 = 22;
pub const KIND_FROZENSET: u32 = 23;
pub const KIND_SET_ITER: u32 = 24;
pub const KIND_FUNC: u32 = 25;
pub const KIND_CELL: u32 = 26;
pub const KIND_CLASS: u32 = 27;
pub const KIND_INSTANCE: u32 = 28;
pub const KIND_METHOD: u32 = 29;
pub const KIND_WRAPPER: u32 = 30;
pub const KIND_SUPER: u32 = 31;
pub const KIND_NOT_IMPLEMENTED: u32 = 32;
pub const KIND_BUILTIN_METHOD: u32 = 33;
/// The stand-in for a traceback object (`__exit__`'s third argument).
pub const KIND_TRACEBACK: u32 = 34;
pub const KIND_GEN: u32 = 35;
pub const KIND_BUILTIN_FUNC: u32 = 36;
pub const KIND_MAP: u32 = 37;
pub const KIND_FILTER: u32 = 38;
/// A plain `object()` (header only).
pub const KIND_OBJECT: u32 = 39;
pub const KIND_BYTES: u32 = 40;
pub const KIND_BYTEARRAY: u32 = 41;
/// An iterator over a bytes or bytearray (`iter::SeqIter`).
pub const KIND_BYTES_ITER: u32 = 42;

/// Raised-exception marker: the pending exception has been set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;
/// Result type of internal operations: `Err` means an exception is pending.
pub type R<T> = Result<T, Raised>;

#[inline]
pub fn ret(r: R<u64>) -> u64 {
    r.unwrap_or(ERR)
}

#[inline]
pub fn box_ptr<T>(p: *mut T) -> u64 {
    (TAG_PTR << TAG_SHIFT) | (p as u64 & PAYLOAD_MASK)
}

#[inline]
pub fn ptr_of(v: u64) -> *mut Header {
    (v & PAYLOAD_MASK) as usize as *mut Header
}

/// Heap kind of `v`, or 0 if `v` is not a heap pointer.
#[inline]
pub fn heap_kind(v: u64) -> u32 {
    if is_ptr(v) {
        // SAFETY: every TAG_PTR value points to a live object with a Header.
        unsafe { (*ptr_of(v)).kind }
    } else {
        0
    }
}

#[inline]
pub fn is_kind(v: u64, kind: u32) -> bool {
    heap_kind(v) == kind
}

/// Borrows the object behind `v` as `T`. The caller guarantees the kind matches.
#[inline]
pub unsafe fn obj<'a, T>(v: u64) -> &'a T {
    unsafe { &*(ptr_of(v) as *const T) }
}

#[inline]
pub unsafe fn obj_mut<'a, T>(v: u64) -> &'a mut T {
    unsafe { &mut *(ptr_of(v) as *mut T) }
}

#[cfg(test)]
thread_local! {
    pub static LIVE_OBJECTS: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

#[inline]
fn note_alloc() {
    #[cfg(test)]
    LIVE_OBJECTS.with(|c| c.set(c.get() + 1));
}

#[inline]
fn note_free() {
    #[cfg(test)]
    LIVE_OBJECTS.with(|c| c.set(c.get() - 1));
}

/// Allocates a fixed-size object (whose first field is a `Header`) and returns its value.
pub fn alloc_obj<T>(o: T) -> u64 {
    note_alloc();
    box_ptr(Box::into_raw(Box::new(o)))
}

/// Allocates `size` bytes (8-aligned) for a variable-size object; the caller initialises it.
pub fn alloc_raw(size: usize) -> *mut u8 {
    note_alloc();
    let layout = match Layout::from_size_align(size.max(8), 8) {
        Ok(l) => l,
        Err(_) => std::process::abort(),
    };
    // SAFETY: layout has non-zero size.
    let p = unsafe { alloc(layout) };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p
}

/// Resizes a block from `alloc_raw` (the object may move; its contents are kept).
pub unsafe fn realloc_raw(p: *mut u8, old_size: usize, new_size: usize) -> *mut u8 {
    let Ok(layout) = Layout::from_size_align(old_size.max(8), 8) else { std::process::abort() };
    // SAFETY: `p` was allocated by `alloc_raw` with this layout.
    let q = unsafe { std::alloc::realloc(p, layout, new_size.max(8)) };
    if q.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    q
}

unsafe fn free_raw(p: *mut u8, size: usize) {
    note_free();
    if let Ok(layout) = Layout::from_size_align(size.max(8), 8) {
        unsafe { dealloc(p, layout) };
    }
}

pub unsafe fn free_box<T>(p: *mut Header) {
    note_free();
    drop(unsafe { Box::from_raw(p as *mut T) });
}

#[inline]
pub fn incref(v: u64) {
    if is_ptr(v) {
        // SAFETY: live heap object.
        let h = unsafe { &mut *ptr_of(v) };
        if h.refcount < IMMORTAL {
            h.refcount += 1;
        }
    }
}

#[inline]
pub fn decref(v: u64) {
    if is_ptr(v) {
        // SAFETY: live heap object.
        let h = unsafe { &mut *ptr_of(v) };
        if h.refcount < IMMORTAL {
            h.refcount -= 1;
            if h.refcount == 0 {
                unsafe { free_dead(v) };
            }
        }
    }
}

/// Makes `v` immortal (used for constants).
pub fn make_immortal(v: u64) {
    if is_ptr(v) {
        unsafe { (*ptr_of(v)).refcount = IMMORTAL + (IMMORTAL >> 1) };
    }
}

/// Frees an object whose count reached zero. Tuples and strs are most of what is freed:
/// they skip the general match, whose prologue costs more than freeing them.
#[inline(never)]
unsafe fn free_dead(v: u64) {
    match unsafe { (*ptr_of(v)).kind } {
        KIND_TUPLE => unsafe { free_tuple(v) },
        KIND_STR => unsafe { free_raw(ptr_of(v) as *mut u8, crate::str::alloc_size(v)) },
        _ => unsafe { free_object(v) },
    }
}

#[inline]
unsafe fn free_tuple(v: u64) {
    crate::gc::untrack(v);
    // The items live inside the block: released before it is freed (nothing can reach a
    // tuple whose count is zero).
    let items = crate::tuple::items(v);
    let size = crate::tuple::alloc_size(items.len());
    items.iter().for_each(|&it| decref(it));
    unsafe { free_raw(ptr_of(v) as *mut u8, size) };
}

unsafe fn free_object(v: u64) {
    let p = ptr_of(v);
    unsafe {
        match (*p).kind {
            KIND_STR => {
                let size = crate::str::alloc_size(v);
                free_raw(p as *mut u8, size);
            }
            KIND_BYTES => {
                let size = crate::bytes::alloc_size(v);
                free_raw(p as *mut u8, size);
            }
            KIND_BYTEARRAY => free_box::<crate::bytes::ByteArrayObj>(p),
            KIND_LIST => {
                crate::gc::untrack(v);
                let items = std::mem::take(crate::list::items_mut(v));
                free_box::<crate::list::ListObj>(p);
                for it in items {
                    decref(it);
                }
            }
            KIND_DICT => {
                crate::gc::untrack(v);
                let entries = std::mem::take(crate::dict::slots(v));
                free_box::<crate::dict::DictObj>(p);
                for e in entries {
                    if e.key != ERR {
                        decref(e.key);
                        decref(e.value);
                    }
                }
            }
            KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => {
                crate::gc::untrack(v);
                let dict = obj::<crate::dict::ViewObj>(v).dict;
                free_box::<crate::dict::ViewObj>(p);
                decref(dict);
            }
            KIND_ENUMERATE | KIND_ZIP | KIND_REVERSED => {
                let o = obj_mut::<crate::iter_builtins::IterObj>(v);
                let parts = std::mem::take(&mut o.parts);
                let state = o.state;
                let kind = (*p).kind;
                free_box::<crate::iter_builtins::IterObj>(p);
                parts.into_iter().for_each(decref);
                if kind == KIND_ENUMERATE {
                    decref(state);
                }
            }
            KIND_STREAM => free_box::<crate::module::StreamObj>(p),
            KIND_GEN => crate::generator::dealloc(v),
            KIND_MAP | KIND_FILTER => crate::builtin_value::dealloc(v),
            KIND_SLICE => {
                let o = obj::<crate::list::SliceObj>(v);
                let parts = [o.start, o.stop, o.step];
                free_box::<crate::list::SliceObj>(p);
                parts.into_iter().for_each(decref);
            }
            KIND_SET | KIND_FROZENSET => {
                let keys = crate::set::take_keys(v);
                free_box::<crate::set::SetObj>(p);
                keys.into_iter().for_each(decref);
            }
            KIND_SET_ITER => {
                let set = obj::<crate::set::SetIter>(v).set;
                free_box::<crate::set::SetIter>(p);
                decref(set);
            }
            KIND_DICT_ITER => {
                let dict = obj::<crate::dict::DictIter>(v).dict;
                free_box::<crate::dict::DictIter>(p);
                decref(dict);
            }
            KIND_TUPLE => free_tuple(v),
            KIND_BIGINT => free_box::<crate::int::BigIntObj>(p),
            KIND_RANGE => {
                let r = obj::<crate::range::RangeObj>(v);
                let (a, b, c) = (r.start, r.stop, r.step);
                free_box::<crate::range::RangeObj>(p);
                decref(a);
                decref(b);
                decref(c);
            }
            KIND_EXC => {
                crate::gc::untrack(v);
                let refs = crate::exc::take_refs(v);
                free_box::<crate::exc::ExcObj>(p);
                refs.into_iter().for_each(decref);
            }
            KIND_FUNC => {
                crate::gc::untrack(v);
                let f = obj_mut::<crate::func::FuncObj>(v);
                let (name, params) = (f.name, f.params);
                crate::func::release_parts(f);
                free_box::<crate::func::FuncObj>(p);
                decref(name);
                decref(params);
            }
            KIND_CLASS | KIND_INSTANCE | KIND_METHOD | KIND_WRAPPER | KIND_SUPER | KIND_BUILTIN_METHOD => crate::class::dealloc(v),
            KIND_OBJECT => free_box::<Header>(p),
            KIND_CELL => {
                crate::gc::untrack(v);
                let value = obj::<crate::func::CellObj>(v).value;
                free_box::<crate::func::CellObj>(p);
                if value != ERR {
                    decref(value);
                }
            }
            KIND_STR_ITER => {
                let s = obj::<crate::iter::SeqIter>(v).seq;
                free_box::<crate::iter::SeqIter>(p);
                decref(s);
            }
            KIND_TUPLE_ITER | KIND_LIST_ITER | KIND_BYTES_ITER => {
                let s = obj::<crate::iter::SeqIter>(v).seq;
                free_box::<crate::iter::SeqIter>(p);
                decref(s);
            }
            KIND_RANGE_ITER => free_box::<crate::range::RangeIter>(p),
            KIND_BIG_RANGE_ITER => free_box::<crate::range::BigRangeIter>(p),
            _ => {}
        }
    }
}

/// The Python type name of `v`, as used in error messages.
pub fn type_name(v: u64) -> &'static str {
    if is_float(v) {
        return "float";
    }
    match tag_of(v) {
        TAG_INT => "int",
        TAG_BOOL => "bool",
        TAG_NONE => "NoneType",
        TAG_PTR => match heap_kind(v) {
            KIND_STR => "str",
            KIND_BYTES => "bytes",
            KIND_BYTEARRAY => "bytearray",
            KIND_BYTES_ITER => crate::bytes::iter_type_name(v),
            KIND_BIGINT => "int",
            KIND_TUPLE => "tuple",
            KIND_LIST => "list",
            KIND_DICT => "dict",
            KIND_DICT_KEYS => "dict_keys",
            KIND_DICT_VALUES => "dict_values",
            KIND_DICT_ITEMS => "dict_items",
            KIND_ENUMERATE => "enumerate",
            KIND_STREAM => "TextIOWrapper",
            KIND_SLICE => "slice",
            KIND_SET => "set",
            KIND_FROZENSET => "frozenset",
            KIND_SET_ITER => "set_iterator",
            KIND_FUNC => "function",
            KIND_CELL => "cell",
            KIND_INSTANCE => crate::class::type_name_of_instance(v),
            KIND_CLASS => "type",
            KIND_METHOD => "method",
            KIND_BUILTIN_METHOD if crate::reflect::is_unbound(unsafe { obj::<crate::class::BoundMethod>(v) }.receiver) => "method_descriptor",
            KIND_BUILTIN_METHOD => "builtin_function_or_method",
            KIND_WRAPPER => ["staticmethod", "classmethod", "property"][unsafe { obj::<crate::class::Wrapper>(v) }.wrap as usize],
            KIND_SUPER => "super",
            KIND_NOT_IMPLEMENTED => "NotImplementedType",
            KIND_TRACEBACK => "traceback",
            KIND_GEN => "generator",
            KIND_BUILTIN_FUNC => if crate::builtin_value::is_type(v) { "type" } else { "builtin_function_or_method" },
            KIND_MAP => "map",
            KIND_FILTER => "filter",
            KIND_ZIP => "zip",
            KIND_REVERSED => {
                if is_kind(crate::iter_builtins::parts(v)[0], KIND_LIST) { "list_reverseiterator" } else { "reversed" }
            }
            KIND_DICT_ITER => match unsafe { obj::<crate::dict::DictIter>(v) }.mode {
                0 => "dict_keyiterator",
                1 => "dict_valueiterator",
                _ => "dict_itemiterator",
            },
            KIND_RANGE => "range",
            KIND_EXC => crate::exc::kind_name(v),
            KIND_STR_ITER => {
                if crate::str::is_ascii(unsafe { obj::<crate::iter::SeqIter>(v) }.seq) {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            KIND_TUPLE_ITER => "tuple_iterator",
            KIND_LIST_ITER => "list_iterator",
            KIND_RANGE_ITER => "range_iterator",
            KIND_BIG_RANGE_ITER => "longrange_iterator",
            _ => "object",
        },
        _ => "object",
    }
}

/// True for int values (small, big) and bools.
#[inline]
pub fn is_int_like(v: u64) -> bool {
    is_small_int(v) || tag_of(v) == TAG_BOOL || is_kind(v, KIND_BIGINT)
}

#[inline]
pub fn is_str(v: u64) -> bool {
    is_kind(v, KIND_STR)
}

#[inline]
pub fn is_tuple(v: u64) -> bool {
    is_kind(v, KIND_TUPLE)
}
