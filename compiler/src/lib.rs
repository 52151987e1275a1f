//! The Molt compiler: Python source → HIR (name-resolved) → typed IR → Cranelift object
//! file → native executable linked with the Molt runtime.

pub mod diagnostics;
pub mod hir;
pub mod limits;
pub mod lower;
pub mod set_display;
pub mod types;
pub mod explain;
pub mod methods;
pub mod verify;
pub mod bound;
pub mod codegen;
pub mod unordered_sets;
pub mod driver;
pub mod link;
pub mod difftest;
pub mod report;
pub mod fuzz;
pub mod bench;
