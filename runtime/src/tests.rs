//! Unit tests for representation invariants: the ABI table, value boxing, small-int
//! normalisation, reference counting and the stats JSON shape. Python semantics are
//! tested by corpus programs against CPython, not here.

use crate::abi::*;
use crate::builtins::*;
use crate::exc::*;
use crate::int::*;
use crate::iter::*;
use crate::list::*;
use crate::dict::{molt_builtin_dict, molt_dict_new};
use crate::hash::molt_builtin_hash;
use crate::bytes::molt_const_bytes;
use crate::generator::{molt_gen_new, molt_yield_from};
use crate::attr_sites::{molt_attr_sites, molt_call_method_site, molt_getattr_site, molt_setattr_site};
use crate::builtin_value::molt_builtin_value;
use crate::display::{molt_display_add, molt_display_new, molt_display_tuple};
use crate::func::{molt_call, molt_call_star, molt_call_unpack, molt_kwargs_merge, molt_kwargs_put, molt_cell_get, molt_cell_new, molt_cell_set, molt_func_cells, molt_make_function};
use crate::class::{molt_class_new, molt_context_method, molt_exc_class, molt_exc_matches_value, molt_isinstance_class, molt_isinstance_classes, molt_not_implemented, molt_property_setter, molt_setattr, molt_super, molt_traceback_of, molt_type_of, molt_wrap_method};
use crate::set::{molt_builtin_frozenset, molt_builtin_set, molt_set_add, molt_set_new, molt_set_new_unordered};
use crate::iter_builtins::*;
use crate::module::{molt_builtin_input, molt_module_attr, molt_module_call};
use crate::format_spec::{molt_builtin_format, molt_format_field, molt_str_join_parts};
use crate::lifecycle::*;
use crate::object::*;
use crate::ops::*;
use crate::range::*;
use crate::str::*;
use crate::tuple::*;
use crate::float::molt_pow_f64_bits;
use std::collections::BTreeSet;

/// Maps a Rust parameter/return type to its ABI machine type.
trait AbiType {
    const TY: AbiTy;
}
impl AbiType for u64 {
    const TY: AbiTy = AbiTy::Val;
}
impl AbiType for i32 {
    const TY: AbiTy = AbiTy::I32;
}
impl AbiType for i64 {
    const TY: AbiTy = AbiTy::I64;
}
impl AbiType for usize {
    const TY: AbiTy = AbiTy::Ptr;
}
impl<T> AbiType for *const T {
    const TY: AbiTy = AbiTy::Ptr;
}
impl<T> AbiType for *mut T {
    const TY: AbiTy = AbiTy::Ptr;
}

trait RetType {
    const TY: Option<AbiTy>;
}
impl RetType for () {
    const TY: Option<AbiTy> = None;
}
impl<T: AbiType> RetType for T {
    const TY: Option<AbiTy> = Some(T::TY);
}

macro_rules! defs {
    ($( $name:ident : fn($($p:ty),*) -> $r:ty ; )*) => {
        vec![$( {
            // Coercion to the declared signature: a mismatch fails to compile.
            let _f: extern "C" fn($($p),*) -> $r = $name;
            (stringify!($name), vec![$(<$p as AbiType>::TY),*], <$r as RetType>::TY)
        } ),*]
    };
}

type CStrArr = *const *const std::ffi::c_char;

#[test]
fn abi_table_matches_definitions() {
    let defs: Vec<(&str, Vec<AbiTy>, Option<AbiTy>)> = defs! {
        molt_main: fn(i32, CStrArr, usize) -> i32;
        molt_set_source: fn(*const u8, usize, *const u8, usize) -> ();
        molt_const_str: fn(*const u8, usize) -> u64;
        molt_const_int: fn(*const u8, usize) -> u64;
        molt_decref: fn(u64) -> ();
        molt_enter_frame: fn() -> i32;
        molt_traceback_add: fn(*const u8, usize, i32) -> ();
        molt_int_from_i64: fn(i64) -> u64;
        molt_add: fn(u64, u64) -> u64;
        molt_sub: fn(u64, u64) -> u64;
        molt_mul: fn(u64, u64) -> u64;
        molt_truediv: fn(u64, u64) -> u64;
        molt_floordiv: fn(u64, u64) -> u64;
        molt_mod: fn(u64, u64) -> u64;
        molt_pow: fn(u64, u64) -> u64;
        molt_pow_f64_bits: fn(i64, i64) -> i64;
        molt_lshift: fn(u64, u64) -> u64;
        molt_rshift: fn(u64, u64) -> u64;
        molt_bitand: fn(u64, u64) -> u64;
        molt_bitor: fn(u64, u64) -> u64;
        molt_bitxor: fn(u64, u64) -> u64;
        molt_matmul: fn(u64, u64) -> u64;
        molt_neg: fn(u64) -> u64;
        molt_pos: fn(u64) -> u64;
        molt_invert: fn(u64) -> u64;
        molt_not: fn(u64) -> u64;
        molt_is_true: fn(u64) -> i32;
        molt_compare: fn(u64, u64, i32) -> u64;
        molt_contains: fn(u64, u64) -> u64;
        molt_set_contains: fn(u64, u64) -> u64;
        molt_dict_contains: fn(u64, u64) -> u64;
        molt_getitem: fn(u64, u64) -> u64;
        molt_getslice: fn(u64, u64, u64, u64) -> u64;
        molt_tuple_new: fn(*const u64, usize) -> u64;
        molt_tuple_new_owned: fn(*const u64, usize) -> u64;
        molt_tuple_new2: fn(u64, u64) -> u64;
        molt_unpack: fn(u64, usize, *mut u64) -> i32;
        molt_unpack_star: fn(u64, usize, usize, *mut u64) -> i32;
        molt_slice_new: fn(u64, u64, u64) -> u64;
        molt_list_new: fn(*const u64, usize) -> u64;
        molt_list_new_owned: fn(*const u64, usize) -> u64;
        molt_list_append: fn(u64, u64) -> ();
        molt_setitem: fn(u64, u64, u64) -> i32;
        molt_setslice: fn(u64, u64, u64, u64, u64) -> i32;
        molt_delitem: fn(u64, u64) -> i32;
        molt_dict_new: fn(*const u64, usize) -> u64;
        molt_set_new: fn(i32, *const u64, usize) -> u64;
        molt_set_new_unordered: fn() -> u64;
        molt_set_add: fn(u64, u64) -> i32;
        molt_call_method: fn(u64, u64, u64, *const u64, usize) -> u64;
        molt_call_builtin_method: fn(u64, u64, usize, *const u64, usize) -> u64;
        molt_attr_sites: fn(*mut [[u64; 2]; molt_abi::SITE_WAYS], usize) -> ();
        molt_getattr_site: fn(u64, u64, *mut [[u64; 2]; molt_abi::SITE_WAYS]) -> u64;
        molt_setattr_site: fn(u64, u64, u64, *mut [[u64; 2]; molt_abi::SITE_WAYS]) -> i32;
        molt_call_method_site: fn(u64, u64, *const u64, usize, *mut [[u64; 2]; molt_abi::SITE_WAYS]) -> u64;
        molt_inplace: fn(i32, u64, u64) -> u64;
        molt_iter: fn(u64) -> u64;
        molt_iter_next: fn(u64) -> u64;
        molt_gen_new: fn(*const u8, usize, *const u8, usize, *const u64, usize) -> u64;
        molt_yield_from: fn(u64, u64, *mut u64) -> u64;
        molt_builtin_value: fn(i32) -> u64;
        molt_exc_new: fn(i32, *const u64, usize) -> u64;
        molt_raise: fn(u64) -> u64;
        molt_raise_name_error: fn(u64, u64, *const u64) -> u64;
        molt_raise_unbound_local: fn(u64) -> u64;
        molt_raise_assertion: fn(u64) -> u64;
        molt_raise_from: fn(u64, u64) -> u64;
        molt_reraise: fn() -> u64;
        molt_exc_take: fn() -> u64;
        molt_exc_matches: fn(u64, i32) -> i32;
        molt_exc_restore: fn(u64) -> ();
        molt_handler_enter: fn(u64) -> ();
        molt_handler_exit: fn() -> ();
        molt_genexpr_stop_to_runtime_error: fn() -> i32;
        molt_make_function: fn(usize, u64, u64, i64, *const u64, *const u64) -> u64;
        molt_call: fn(u64, u64, *const u64, usize) -> u64;
        molt_func_cells: fn(u64) -> *const u64;
        molt_cell_new: fn(u64) -> u64;
        molt_cell_get: fn(u64, u64, i32) -> u64;
        molt_cell_set: fn(u64, u64) -> ();
        molt_getattr: fn(u64, u64) -> u64;
        molt_class_new: fn(u64, u64, u64, *const u64, usize) -> u64;
        molt_setattr: fn(u64, u64, u64) -> i32;
        molt_super: fn(u64, u64) -> u64;
        molt_wrap_method: fn(i32, u64) -> u64;
        molt_property_setter: fn(u64, u64) -> u64;
        molt_isinstance_class: fn(u64, u64) -> u64;
        molt_isinstance_classes: fn(u64, u64, *const u64, usize) -> u64;
        molt_not_implemented: fn() -> u64;
        molt_exc_class: fn(i32) -> u64;
        molt_call_unpack: fn(u64, u64, *const u64, usize) -> u64;
        molt_kwargs_merge: fn(u64, u64, u64) -> i32;
        molt_kwargs_put: fn(u64, u64, u64, u64) -> i32;
        molt_call_star: fn(u64) -> u64;
        molt_display_new: fn(i32) -> u64;
        molt_display_add: fn(u64, i32, u64) -> i32;
        molt_display_tuple: fn(u64) -> u64;
        molt_context_method: fn(u64, i32) -> u64;
        molt_type_of: fn(u64) -> u64;
        molt_traceback_of: fn(u64) -> u64;
        molt_exc_matches_value: fn(u64, u64) -> i32;
        molt_print: fn(*const u64, usize, u64, u64) -> u64;
        molt_builtin_str: fn(u64) -> u64;
        molt_builtin_repr: fn(u64) -> u64;
        molt_builtin_int: fn(u64) -> u64;
        molt_builtin_int_base: fn(u64, u64) -> u64;
        molt_builtin_float: fn(u64) -> u64;
        molt_builtin_bool: fn(u64) -> u64;
        molt_builtin_len: fn(u64) -> u64;
        molt_builtin_list: fn(u64) -> u64;
        molt_builtin_dict: fn(u64) -> u64;
        molt_builtin_tuple: fn(u64) -> u64;
        molt_builtin_format: fn(u64, u64) -> u64;
        molt_builtin_enumerate: fn(u64, u64) -> u64;
        molt_builtin_zip: fn(*const u64, usize) -> u64;
        molt_builtin_reversed: fn(u64) -> u64;
        molt_builtin_sum: fn(u64, u64) -> u64;
        molt_builtin_any: fn(u64) -> u64;
        molt_builtin_all: fn(u64) -> u64;
        molt_builtin_sorted: fn(u64, u64, u64) -> u64;
        molt_isinstance: fn(u64, u64) -> u64;
        molt_module_call: fn(u64, *const u64, usize) -> u64;
        molt_module_attr: fn(u64) -> u64;
        molt_builtin_input: fn(u64) -> u64;
        molt_builtin_next: fn(u64, u64) -> u64;
        molt_format_field: fn(u64, i32, u64) -> u64;
        molt_str_join_parts: fn(*const u64, usize) -> u64;
        molt_builtin_abs: fn(u64) -> u64;
        molt_builtin_divmod: fn(u64, u64) -> u64;
        molt_builtin_pow3: fn(u64, u64, u64) -> u64;
        molt_builtin_round: fn(u64, u64) -> u64;
        molt_builtin_min_max: fn(i32, u64, u64, *const u64, usize) -> u64;
        molt_builtin_chr: fn(u64) -> u64;
        molt_builtin_ord: fn(u64) -> u64;
        molt_builtin_hex: fn(u64) -> u64;
        molt_builtin_oct: fn(u64) -> u64;
        molt_builtin_bin: fn(u64) -> u64;
        molt_builtin_range: fn(u64, u64, u64) -> u64;
        molt_builtin_set: fn(u64) -> u64;
        molt_builtin_frozenset: fn(u64) -> u64;
        molt_builtin_hash: fn(u64) -> u64;
        molt_const_bytes: fn(*const u8, usize) -> u64;
        molt_inplace_local: fn(i32, u64, u64) -> u64;
    };
    let defined: BTreeSet<&str> = defs.iter().map(|d| d.0).collect();
    let table: BTreeSet<&str> = RUNTIME_FNS.iter().map(|f| f.name).collect();
    assert_eq!(defined, table, "runtime definitions and RUNTIME_FNS differ");
    assert_eq!(defs.len(), RUNTIME_FNS.len(), "duplicate entries");
    for f in RUNTIME_FNS {
        let d = defs.iter().find(|d| d.0 == f.name).expect("checked above");
        assert_eq!(d.1.as_slice(), f.params, "parameters of {}", f.name);
        assert_eq!(d.2, f.ret, "result of {}", f.name);
    }
}

#[test]
fn small_int_boxing_round_trips() {
    for i in [0, 1, -1, 42, SMALL_INT_MIN, SMALL_INT_MAX, 123_456_789, -987_654_321] {
        let v = box_small_int(i);
        assert!(is_small_int(v) && !is_float(v) && !is_ptr(v));
        assert_eq!(unbox_small_int(v), i);
    }
}

#[test]
fn float_boxing_round_trips() {
    for f in [0.0, -0.0, 1.5, -2.25, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN_POSITIVE, 5e-324] {
        let v = box_float(f);
        assert!(is_float(v));
        assert_eq!(unbox_float(v).to_bits(), f.to_bits());
    }
    let n = box_float(f64::NAN);
    assert!(is_float(n) && unbox_float(n).is_nan());
    let nn = box_float(-f64::NAN);
    assert!(is_float(nn) && unbox_float(nn).is_nan() && unbox_float(nn).is_sign_negative());
}

#[test]
fn ints_are_normalised() {
    assert!(is_small_int(new_int_i64(SMALL_INT_MAX)));
    assert!(is_ptr(new_int_i64(SMALL_INT_MAX + 1)));
    let big = new_int_i64(SMALL_INT_MAX + 1);
    let one = box_small_int(1);
    let back = molt_sub(big, one);
    assert!(is_small_int(back) && unbox_small_int(back) == SMALL_INT_MAX);
    let min = new_int_i64(SMALL_INT_MIN);
    assert!(is_small_int(min));
    let below = molt_sub(min, one);
    assert!(is_ptr(below));
    let prod = molt_mul(below, box_small_int(0));
    assert_eq!(prod, box_small_int(0));
    let q = molt_floordiv(big, big);
    assert_eq!(q, box_small_int(1));
    let c = molt_const_int(b"-140737488355328".as_ptr(), 16);
    assert!(is_small_int(c));
    let c2 = molt_const_int(b"99999999999999999999".as_ptr(), 20);
    assert!(is_ptr(c2));
    let shifted = molt_rshift(c2, box_small_int(40));
    assert!(is_small_int(shifted));
    for v in [big, below] {
        decref(v);
    }
}

fn live() -> i64 {
    LIVE_OBJECTS.with(|c| c.get())
}

#[test]
fn refcounting_frees_objects() {
    let base = live();
    let s = new_str("hello world");
    let t = new_str("!!");
    let u = molt_add(s, t);
    let tup = new_tuple_borrowed(&[s, t, u]);
    decref(s);
    decref(t);
    decref(u);
    assert_eq!(live(), base + 4);
    let it = molt_iter(tup);
    let first = molt_iter_next(it);
    decref(first);
    decref(it);
    decref(tup);
    assert_eq!(live(), base);
    // Big ints and ranges.
    let b = new_int_i64(1 << 60);
    let r = molt_builtin_range(box_small_int(0), b, box_small_int(1));
    decref(b);
    let it = molt_iter(r);
    decref(r);
    let x = molt_iter_next(it);
    assert_eq!(x, box_small_int(0));
    decref(it);
    assert_eq!(live(), base);
    // Exceptions.
    let msg = new_str("boom");
    let e = molt_exc_new(5, &msg, 1);
    decref(msg);
    assert_eq!(molt_raise(e), ERR);
    decref(e);
    let p = take_pending();
    decref(p);
    assert_eq!(live(), base);
}

#[test]
fn immortal_constants_survive_decref() {
    let s = molt_const_str(b"const".as_ptr(), 5);
    for _ in 0..10 {
        decref(s);
    }
    assert_eq!(as_str(s), "const");
    assert_eq!(nchars(s), 5);
}

#[test]
fn str_stores_code_point_count() {
    let s = new_str("héllo");
    assert_eq!(nchars(s), 5);
    assert!(!is_ascii(s));
    decref(s);
}

#[test]
fn stats_json_shape() {
    let snap = crate::stats::snapshot();
    let j = crate::stats::to_json(&snap, 12345, 678);
    assert!(j.starts_with("{\"allocs\":"));
    assert!(j.contains(",\"frees\":"));
    assert!(j.contains(",\"peak_heap_bytes\":"));
    assert!(j.ends_with(",\"wall_ns\":12345,\"max_rss_kb\":678}"));
    assert!(snap.allocs > 0);
}

#[test]
fn errors_set_pending_exception() {
    let r = molt_truediv(box_small_int(1), box_small_int(0));
    assert_eq!(r, ERR);
    let e = take_pending();
    assert!(is_exc(e));
    assert_eq!(exc_kind(e), ZERO_DIVISION_ERROR);
    decref(e);
    let _ = (repr_string(NONE), is_true(NONE), argv());
    let _ = molt_builtin_len(new_range(box_small_int(0), box_small_int(3), box_small_int(1)).unwrap_or(ERR));
    let _ = collect(new_str("ab"));
    let _ = to_big(NONE);
}

#[test]
fn cycle_collector_frees_unreachable_cycles_only() {
    let before = crate::gc::tracked_count();
    // a = []; a.append(a); b = [a, (a,)]; a.append(b); then drop every reference.
    let a = new_list_owned(Vec::new());
    assert_eq!(crate::ops::call_method(a, "append", &[a]), Ok(NONE));
    let t = crate::tuple::new_tuple_borrowed(&[a]);
    let b = new_list_borrowed(&[a, t]);
    decref(t);
    assert_eq!(crate::ops::call_method(a, "append", &[b]), Ok(NONE));
    let kept = new_list_owned(vec![new_str("kept")]);
    assert_eq!(crate::gc::tracked_count(), before + 4);
    // Everything is still referenced from here: nothing may be freed.
    assert_eq!(crate::gc::collect(), 0);
    decref(a);
    decref(b);
    // a, b and the tuple form an unreachable cycle; `kept` is held by this test.
    assert_eq!(crate::gc::collect(), 3);
    assert_eq!(crate::gc::tracked_count(), before + 1);
    assert_eq!(repr_string(kept), Ok("['kept']".to_string()));
    decref(kept);
    assert_eq!(crate::gc::tracked_count(), before);
}

#[test]
fn self_referencing_list_repr_and_atomic_tuples_untracked() {
    let a = new_list_owned(vec![box_small_int(1)]);
    assert_eq!(crate::ops::call_method(a, "append", &[a]), Ok(NONE));
    assert_eq!(repr_string(a), Ok("[1, [...]]".to_string()));
    let before = crate::gc::tracked_count();
    let x = new_str("x");
    let t = crate::tuple::new_tuple_borrowed(&[box_small_int(1), x]);
    assert_eq!(crate::gc::tracked_count(), before, "a tuple of atomic values can never be in a cycle");
    decref(t);
    decref(x);
    let _ = crate::ops::call_method(a, "clear", &[]);
    decref(a);
}

/// A generator whose body returns None at once (setting the state to running, as
/// compiled bodies do on entry).
fn empty_generator() -> u64 {
    extern "C" fn body(slots: *mut u64, _sent: u64) -> u64 {
        // SAFETY: the runtime passes the generator's slots.
        unsafe { *slots = -1i64 as u64 };
        NONE
    }
    let name = "empty";
    molt_gen_new(body as *const u8, 0, name.as_ptr(), name.len(), std::ptr::null(), 0)
}

#[test]
fn generator_finishes_and_stays_finished() {
    let g = empty_generator();
    assert_eq!(crate::iter::next(g), STOP);
    assert_eq!(crate::generator::send(g, NONE), Err(Raised));
    assert!(crate::exc::pending_is(crate::exc::STOP_ITERATION));
    decref(take_pending());
    assert_eq!(crate::generator::close(g), Ok(()));
    decref(g);
}

#[test]
fn every_implemented_method_is_dispatched() {
    let keep_dict = crate::dict::new_dict();
    let samples = [("list", new_list_owned(vec![box_small_int(1)])), ("tuple", crate::tuple::new_tuple_borrowed(&[box_small_int(1)])), ("str", new_str("abc")), ("dict", crate::dict::new_dict()), ("TextIOWrapper", crate::module::attr("sys.stdout").unwrap_or(NONE)), ("range", crate::range::new_range(box_small_int(0), box_small_int(3), box_small_int(1)).unwrap_or(ERR)), ("set", molt_builtin_set(ERR)), ("frozenset", molt_builtin_frozenset(ERR)), ("dict_keys", crate::dict::new_view(keep_dict, KIND_DICT_KEYS)), ("dict_items", crate::dict::new_view(keep_dict, KIND_DICT_ITEMS)), ("generator", empty_generator()), ("int", box_small_int(5)), ("bool", TRUE), ("float", box_float(2.0)), ("bytes", crate::bytes::new_bytes(b"ab")), ("bytearray", crate::bytes::new_bytearray(b"ab".to_vec()))];
    for (ty, methods) in IMPLEMENTED_METHODS {
        let (_, v) = samples.iter().find(|(t, _)| t == ty).expect("a sample value of each type");
        for m in *methods {
            // Called with too many arguments: a TypeError (or a result, for variadic
            // methods such as str.format) proves the method exists.
            match crate::ops::call_method(*v, m, &[NONE, NONE, NONE, NONE]) {
                Ok(r) => decref(r),
                Err(_) => {
                    let e = take_pending();
                    assert_ne!(exc_kind(e), crate::exc::ATTRIBUTE_ERROR, "{ty}.{m} is listed as implemented but not dispatched");
                    decref(e);
                }
            }
        }
    }
    for (_, v) in samples {
        decref(v);
    }
    decref(keep_dict);
}

/// Generated code reads reference counts, list items and tuple items at the offsets in
/// `molt_abi::layout`; a change of struct (or of `Vec`'s private field order) fails here.
#[test]
fn object_layout_matches_abi() {
    use molt_abi::layout as l;
    assert_eq!((l::KIND_LIST, l::KIND_TUPLE, l::IMMORTAL), (KIND_LIST, KIND_TUPLE, IMMORTAL));
    let mut items = Vec::with_capacity(7);
    items.extend([box_small_int(1), box_small_int(2), box_small_int(3)]);
    let expected_ptr = items.as_ptr() as u64;
    let list = new_list_owned(items);
    let base = ptr_of(list) as *const u8;
    unsafe {
        assert_eq!(*(base.add(l::REFCOUNT as usize) as *const u32), 1);
        assert_eq!(*(base.add(l::KIND as usize) as *const u32), KIND_LIST);
        assert_eq!(*(base.add(l::LIST_ITEMS_PTR as usize) as *const u64), expected_ptr, "list item pointer offset");
        assert_eq!(*(base.add(l::LIST_LEN as usize) as *const u64), 3, "list length offset");
    }
    let tuple = new_tuple_borrowed(&[box_small_int(5), box_small_int(6)]);
    let base = ptr_of(tuple) as *const u8;
    unsafe {
        assert_eq!(*(base.add(l::TUPLE_LEN as usize) as *const u64), 2, "tuple length offset");
        assert_eq!(*(base.add(l::TUPLE_ITEMS as usize + 8) as *const u64), box_small_int(6), "tuple items offset");
    }
    decref(list);
    decref(tuple);
    assert_eq!(l::KIND_INSTANCE, KIND_INSTANCE);
    let inst = crate::class::InstanceObj {
        hdr: Header { refcount: 1, kind: KIND_INSTANCE },
        gc: crate::gc::GcHead { index: 0 },
        class: 0x1111,
        dict: 0x2222,
        values: vec![0x3333],
    };
    let base = &inst as *const crate::class::InstanceObj as *const u8;
    unsafe {
        assert_eq!(*(base.add(l::INSTANCE_CLASS as usize) as *const u64), 0x1111, "instance class offset");
        assert_eq!(*(base.add(l::INSTANCE_DICT as usize) as *const u64), 0x2222, "instance dict offset");
        assert_eq!(**(base.add(l::INSTANCE_VALUES_PTR as usize) as *const *const u64), 0x3333, "instance values pointer offset");
    }
    assert_eq!(std::mem::offset_of!(crate::func::FuncObj, entry), l::FUNC_ENTRY as usize, "function entry offset");
}
