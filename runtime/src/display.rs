//! Displays with unpacking (`[a, *xs]`, `(*xs,)`, `{*s, x}`, `{**d, k: v}`): the compiled
//! code makes the container, adds each part in source order, and (for a tuple) freezes
//! the list; the errors for a part that cannot be unpacked are CPython 3.11's.

use crate::exc::*;
use crate::object::*;

/// A new empty container for display `kind`: 0 list, 1 tuple (built as a list), 2 set,
/// 3 dict.
#[unsafe(no_mangle)]
pub extern "C" fn molt_display_new(kind: i32) -> u64 {
    match kind {
        0 | 1 => crate::list::new_list_owned(Vec::new()),
        2 => crate::set::new_empty(KIND_SET),
        _ => crate::dict::new_dict(),
    }
}

/// Adds `v` (borrowed) to display `acc`: as one item (`part` 0) or unpacked (`*v` in a
/// list, tuple or set; `**v` in a dict). 0, or -1 with the exception set.
#[unsafe(no_mangle)]
pub extern "C" fn molt_display_add(acc: u64, part: i32, v: u64) -> i32 {
    let r = match (heap_kind(acc), part) {
        (KIND_LIST, 0) => {
            incref(v);
            crate::list::items_mut(acc).push(v);
            Ok(())
        }
        (KIND_LIST, _) => star_items(v).map(|items| crate::list::items_mut(acc).extend(items)),
        (KIND_SET, 0) => crate::set::add(acc, v),
        (KIND_SET, _) => crate::set::update(acc, v),
        _ if crate::dict::is_dict(v) => crate::dict::update(acc, v),
        _ if crate::class::is_instance_obj(v) => unsupported_attribute(v, "keys"),
        _ => type_error(&format!("'{}' object is not a mapping", type_name(v))),
    };
    if r.is_ok() { 0 } else { -1 }
}

/// The items of `*v` (borrowed) in a list or tuple display or among call arguments
/// (CPython's LIST_EXTEND), owned.
pub fn star_items(v: u64) -> R<Vec<u64>> {
    match crate::iter::try_iter(v)? {
        Some(it) => {
            let items = crate::iter::remaining(it);
            decref(it);
            items
        }
        None => type_error(&format!("Value after * must be an iterable, not {}", type_name(v))),
    }
}

/// The tuple of display list `acc` (consumed).
#[unsafe(no_mangle)]
pub extern "C" fn molt_display_tuple(acc: u64) -> u64 {
    let items = std::mem::take(crate::list::items_mut(acc));
    decref(acc);
    crate::tuple::new_tuple_owned(items)
}
