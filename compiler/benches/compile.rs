//! Criterion benches for compile throughput: the front end (parse, lower, verify, infer)
//! and the whole compile to an object file (plus Cranelift), on single benchmark programs
//! and on a 514-line program made of three of them. Issue 7's target is under one second
//! for a 500-line program including the link, which `molt bench` reports per program; the
//! link runs the system linker and is not timed here.
//!
//! `cargo bench -p molt-compiler --bench compile` measures; `cargo test` runs each bench
//! once (criterion's test mode), so a program that stops compiling fails the suite.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const RICHARDS: &str = include_str!("../../benches/programs/richards.py");
const NBODY: &str = include_str!("../../benches/programs/nbody.py");
const WORD_COUNT: &str = include_str!("../../benches/programs/word_count.py");

fn compile(c: &mut Criterion) {
    let app = [RICHARDS, NBODY, WORD_COUNT].concat();
    let programs = [("richards", RICHARDS.to_string()), ("app514", app)];
    let mut g = c.benchmark_group("compile");
    for (name, source) in &programs {
        g.throughput(Throughput::Elements(source.lines().count() as u64));
        let path = format!("{name}.py");
        assert!(molt_compiler::driver::compile_to_object(&path, source).is_ok(), "{name} no longer compiles");
        g.bench_function(format!("front end {name}"), |t| t.iter(|| black_box(molt_compiler::driver::front_end(&path, black_box(source)).is_ok())));
        g.bench_function(format!("object {name}"), |t| {
            t.iter(|| black_box(molt_compiler::driver::compile_to_object(&path, black_box(source)).map_or(0, |o| o.len())))
        });
    }
    g.finish();
}

criterion_group!(benches, compile);
criterion_main!(benches);
