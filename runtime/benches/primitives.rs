//! Criterion benches for the runtime primitives that generated code calls most: integer
//! arithmetic across the small/big boundary, float repr, str building, and the list, dict
//! and set operations. They time the runtime alone, without codegen, so a regression can
//! be pinned on one entry point; `molt bench` times whole programs against CPython.
//!
//! `cargo bench -p molt-runtime --bench primitives` measures; `cargo test` runs each bench
//! once (criterion's test mode), so a bench that panics or leaks a raised exception fails
//! the suite.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use molt_runtime::abi::*;
use molt_runtime::builtins::molt_builtin_repr;
use molt_runtime::dict::molt_dict_new;
use molt_runtime::exc::pending;
use molt_runtime::int::new_int_i64;
use molt_runtime::list::{molt_list_append, molt_list_new};
use molt_runtime::object::decref;
use molt_runtime::ops::{molt_add, molt_getitem, molt_mul, molt_set_contains, molt_setitem};
use molt_runtime::set::{molt_set_add, molt_set_new};
use molt_runtime::str::{as_str, new_str};

/// A result of a runtime entry that must not have raised.
fn ok(v: u64) -> u64 {
    assert!(v != ERR, "the runtime raised: {}", molt_runtime::str::as_str(molt_builtin_repr(pending())));
    v
}

fn ints(c: &mut Criterion) {
    let mut g = c.benchmark_group("int");
    let (a, b) = (box_small_int(123_456), box_small_int(-789));
    g.bench_function("add small", |t| t.iter(|| ok(molt_add(black_box(a), black_box(b)))));
    // i64::MAX + 1 leaves the small range and promotes to a big int: never wraps.
    let (max, one) = (new_int_i64(i64::MAX), box_small_int(1));
    g.bench_function("add promoting to big", |t| t.iter(|| decref(ok(molt_add(black_box(max), black_box(one))))));
    let big = ok(molt_mul(max, max));
    g.bench_function("mul big by big", |t| t.iter(|| decref(ok(molt_mul(black_box(big), black_box(big))))));
    g.finish();
}

fn floats(c: &mut Criterion) {
    let mut g = c.benchmark_group("float");
    let x = box_float(1.0 / 7.0);
    assert_eq!(as_str(ok(molt_builtin_repr(x))), "0.14285714285714285");
    g.bench_function("repr", |t| t.iter(|| decref(ok(molt_builtin_repr(black_box(x))))));
    g.finish();
}

fn strs(c: &mut Criterion) {
    let mut g = c.benchmark_group("str");
    let (a, b) = (new_str("user"), new_str("0042"));
    assert_eq!(as_str(ok(molt_add(a, b))), "user0042");
    g.bench_function("concat", |t| t.iter(|| decref(ok(molt_add(black_box(a), black_box(b))))));
    g.bench_function("new and free", |t| t.iter(|| decref(new_str(black_box("a short field")))));
    g.finish();
}

fn containers(c: &mut Criterion) {
    let mut g = c.benchmark_group("containers");
    g.bench_function("list append 1000", |t| {
        t.iter_batched(
            || molt_list_new(std::ptr::null(), 0),
            |l| {
                for i in 0..1000 {
                    molt_list_append(l, box_small_int(i));
                }
                decref(l)
            },
            BatchSize::SmallInput,
        )
    });
    let dict = molt_dict_new(std::ptr::null(), 0);
    let keys: Vec<u64> = (0..1000).map(|i| new_str(&format!("key{i}"))).collect();
    for (i, &k) in keys.iter().enumerate() {
        assert_eq!(molt_setitem(dict, k, box_small_int(i as i64)), 0);
    }
    g.bench_function("dict str-key get 1000", |t| {
        t.iter(|| {
            for &k in &keys {
                black_box(ok(molt_getitem(dict, k)));
            }
        })
    });
    g.bench_function("dict int-key set 1000", |t| {
        t.iter_batched(
            || molt_dict_new(std::ptr::null(), 0),
            |d| {
                for i in 0..1000 {
                    assert_eq!(molt_setitem(d, box_small_int(i), NONE), 0);
                }
                decref(d)
            },
            BatchSize::SmallInput,
        )
    });
    let set = molt_set_new(0, std::ptr::null(), 0);
    for i in (0..2000).step_by(2) {
        assert_eq!(molt_set_add(set, box_small_int(i)), 0);
    }
    assert_eq!(ok(molt_set_contains(set, box_small_int(10))), TRUE);
    g.bench_function("set int contains 1000", |t| {
        t.iter(|| {
            for i in 0..1000 {
                black_box(ok(molt_set_contains(set, box_small_int(i))));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, ints, floats, strs, containers);
criterion_main!(benches);
