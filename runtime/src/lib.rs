//! The Molt runtime: the library linked into every binary Molt produces. It implements
//! Python's object model for compiled code (values, numbers, strings, exceptions, I/O).
//! It never depends on the compiler; generated code reaches it only through the entry
//! points listed in `molt_abi::RUNTIME_FNS`.
//!
//! Modules: `object` (heap header, refcounting), `int`, `float`, `str` (+ `unicode_table`),
//! `bytes` (+ `codecs`), `tuple`, `list`, `dict`, `set`, `gc` (cycle collector), `range`, `iter`, `ops` (operators and comparisons), `format` (`str % args`),
//! `exc` (exceptions and tracebacks), `builtins`, `io` (stdout), `stats` (counting
//! allocator) and `lifecycle` (`molt_main`, constants).

pub use molt_abi as abi;

pub mod attr_sites;
pub mod builtin_value;
pub mod builtin_names;
pub mod builtins;
pub mod bytes;
pub mod class;
pub mod codecs;
pub mod dict;
pub mod display;
pub mod exc;
pub mod float;
pub mod func;
pub mod generator;
pub mod format;
pub mod format_spec;
pub mod gc;
pub mod hash;
pub mod int;
pub mod io;
pub mod iter;
pub mod iter_builtins;
pub mod lifecycle;
pub mod list;
pub mod math;
pub mod module;
pub mod object;
pub mod pool;
pub mod ops;
pub mod range;
pub mod reflect;
pub mod set;
pub mod stats;
pub mod str;
pub mod str_methods;
pub mod suggest;
pub mod tuple;
pub mod unicode_props;
pub mod unicode_table;

#[cfg(test)]
mod tests;
