//! Method calls (and attribute reads, and `%` on bytes) the runtime cannot perform exactly are rejected here, after type inference:
//! a call `x.m(...)` on a receiver of a known built-in type compiles only if either Molt
//! implements `m` for that type or CPython's type has no attribute `m` (then both raise
//! the same AttributeError). A `dyn` receiver (possibly a user instance, whose lookups are
//! exact) is guarded at run time instead: reaching an attribute CPython has and Molt
//! lacks stops the program with exit status 70, never a catchable exception.

use crate::diagnostics::{Code, Diagnostic};
use crate::hir::{BinOp, Const, ExprKind, FuncId, Module};
use crate::types::{Ty, Types};

/// The runtime type names a value of static type `ty` may have.
fn runtime_types(ty: Ty) -> Vec<&'static str> {
    match ty {
        Ty::Int => vec!["int", "bool"],
        Ty::Float => vec!["float"],
        Ty::Bool => vec!["bool"],
        Ty::NoneType => vec!["NoneType"],
        Ty::Str => vec!["str"],
        Ty::Bytes => vec!["bytes"],
        Ty::ByteArray => vec!["bytearray"],
        Ty::Tuple => vec!["tuple"],
        Ty::List => vec!["list"],
        Ty::Dict => vec!["dict"],
        Ty::Set => vec!["set"],
        Ty::FrozenSet => vec!["frozenset"],
        Ty::Range => vec!["range"],
        Ty::Exception => vec!["BaseException"],
        // A `dyn` receiver is checked at run time instead (`no_such_attribute` stops the
        // program when the attribute exists in CPython but not in Molt): it is often an
        // instance of a user class, whose attributes are always exact.
        Ty::Bottom | Ty::Dynamic => vec![],
    }
}

/// Whether a format template has a field like `{0.real}` (a '.' in a field name).
fn has_attribute_field(template: &str) -> bool {
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '{' {
            if chars.peek() == Some(&'{') {
                chars.next();
                continue;
            }
            let mut in_bracket = false;
            for d in chars.by_ref() {
                match d {
                    '[' => in_bracket = true,
                    ']' => in_bracket = false,
                    '.' if !in_bracket => return true,
                    '!' | ':' | '}' if !in_bracket => break,
                    _ => {}
                }
            }
        }
    }
    false
}

pub fn check_method_calls(module: &Module, types: &Types) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (fi, f) in module.functions.iter().enumerate() {
        for e in &f.exprs {
            if let ExprKind::Binary(BinOp::Mod, left, _) = &e.kind {
                // `bytes % args` (printf-style bytes formatting) is not implemented; on a
                // `dyn` operand the runtime stops the program instead.
                let ty = types.expr(FuncId(fi as u32), *left);
                if matches!(ty, Ty::Bytes | Ty::ByteArray) {
                    diags.push(
                        Diagnostic::new(Code::UnsupportedExpression, e.span, format!("'%' formatting of {} is not supported", ty.name()))
                            .with_help("format a str and encode it: ('%d' % n).encode()"),
                    );
                }
                continue;
            }
            if let ExprKind::Attribute { value, name } = &e.kind {
                let ty = types.expr(FuncId(fi as u32), *value);
                // Every type has dunder attributes the tables do not list: only the
                // implemented ones are safe to read. (A user class instance may be any
                // `dyn` value: its attributes are always looked up exactly.)
                let missing: Vec<&str> = runtime_types(ty)
                    .into_iter()
                    .filter(|t| {
                        let cpython_has = if molt_abi::EXCEPTION_ONLY_ATTRS.contains(&name.as_str()) {
                            *t == "BaseException"
                        } else {
                            (name.starts_with("__") && name.ends_with("__")) || molt_abi::cpython_has_attr(t, name)
                        };
                        cpython_has && !molt_abi::attr_implemented(t, name)
                    })
                    .collect();
                if !missing.is_empty() {
                    let owners = missing.iter().map(|t| format!("{t}.{name}")).collect::<Vec<_>>().join(", ");
                    diags.push(
                        Diagnostic::new(Code::UnsupportedExpression, e.span, format!("the attribute '{name}' is not supported ({owners})"))
                            .with_help("see specs/subset.md for the supported attributes"),
                    );
                }
                continue;
            }
            let ExprKind::MethodCall { receiver, method, .. } = &e.kind else { continue };
            if let (ExprKind::Const(Const::Str(template)), "format") = (&f.expr(*receiver).kind, method.as_str()) {
                if has_attribute_field(template) {
                    diags.push(
                        Diagnostic::new(Code::UnsupportedCall, e.span, "attribute lookups in str.format fields are not supported")
                            .with_help("format the attribute's value instead: '{}'.format(x.attr)"),
                    );
                }
            }
            let ty = types.expr(FuncId(fi as u32), *receiver);
            let missing: Vec<&str> = runtime_types(ty)
                .into_iter()
                .filter(|t| molt_abi::cpython_has_attr(t, method) && !molt_abi::method_implemented(t, method))
                .collect();
            if !missing.is_empty() {
                let owners = missing.iter().map(|t| format!("{t}.{method}")).collect::<Vec<_>>().join(", ");
                diags.push(
                    Diagnostic::new(Code::UnsupportedCall, e.span, format!("the method '{method}' is not supported ({owners})"))
                        .with_help("see specs/subset.md for the supported methods; write the operation with supported ones"),
                );
            }
        }
    }
    diags
}
