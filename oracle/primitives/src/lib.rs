//! The runtime-primitive oracle: property tests (in `tests/`) that compare the runtime's
//! primitives — integer arithmetic including big values, floor division and modulo, float
//! repr and formatting, string operations — with CPython in-process through pyo3.
//!
//! It is a separate crate so that pyo3 and libpython never enter the `molt` binary or the
//! runtime archive. Run it with `cargo test -p molt-primitive-oracle`.
