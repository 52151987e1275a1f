//! Sets whose order nothing observes: an empty `set()` passed straight to a parameter that
//! is only ever used for membership, which may then use a table laid out for speed rather
//! than CPython's (`molt_set_new_unordered`).
//!
//! CPython's set table decides iteration order, so Molt's sets use the same table and
//! probing; for keys that are runs of small ints (nqueens' columns and diagonals) that
//! probing walks long clusters. A parameter is *membership-only* when every read of it is
//! the right side of a single `in` / `not in`, the receiver of `.add(x)`, `.discard(x)` or
//! `.remove(x)`, or an argument passed to a membership-only parameter of a direct call
//! (itself included: the greatest fixed point, so recursion keeps the property). A cell
//! (captured by a nested function) is never membership-only. None of those operations
//! depends on the table's layout (`remove`'s KeyError names the key only), and none lets
//! the set escape, so an unordered table there is invisible to the program.

use crate::hir::{Builtin, CmpOp, ExprId, ExprKind, FuncId, Module};
use std::collections::HashSet;

/// The `set()` expressions (function, expression) that may build an unordered set.
pub fn unordered_set_sites(m: &Module) -> HashSet<(FuncId, ExprId)> {
    let only = membership_only_params(m);
    let mut sites = HashSet::new();
    for (fi, f) in m.functions.iter().enumerate() {
        for e in &f.exprs {
            let ExprKind::Call { func, args, .. } = &e.kind else { continue };
            for (k, a) in args.iter().enumerate() {
                let Some(a) = *a else { continue };
                let empty_set = matches!(&f.expr(a).kind, ExprKind::CallBuiltin { builtin: Builtin::Set, args, kw: [None, None] } if args.is_empty());
                if empty_set && only[func.0 as usize].get(k).copied().unwrap_or(false) {
                    sites.insert((FuncId(fi as u32), a));
                }
            }
        }
    }
    sites
}

/// Per function, per parameter: whether it is membership-only (see the module doc).
fn membership_only_params(m: &Module) -> Vec<Vec<bool>> {
    let mut only: Vec<Vec<bool>> = m.functions.iter().map(|f| (0..f.params.len()).map(|i| !f.is_cell(crate::hir::LocalId(i as u32))).collect()).collect();
    loop {
        let mut changed = false;
        for (fi, f) in m.functions.iter().enumerate() {
            let n = f.params.len();
            // Reads of each parameter, and those in an allowed place.
            let mut reads = vec![0usize; n];
            let mut allowed = vec![0usize; n];
            let param_read = |e: ExprId| param_read_kind(&f.expr(e).kind, n);
            for e in &f.exprs {
                if let Some(i) = param_read_kind(&e.kind, n) {
                    reads[i] += 1;
                }
                match &e.kind {
                    ExprKind::Compare { rest, .. } if rest.len() == 1 && matches!(rest[0].0, CmpOp::In | CmpOp::NotIn) => {
                        if let Some(i) = param_read(rest[0].1) {
                            allowed[i] += 1;
                        }
                    }
                    ExprKind::MethodCall { receiver, method, args, kwnames } if args.len() == 1 && kwnames.is_empty() && matches!(method.as_str(), "add" | "discard" | "remove") => {
                        if let Some(i) = param_read(*receiver) {
                            allowed[i] += 1;
                        }
                    }
                    ExprKind::Call { func, args, .. } => {
                        for (k, a) in args.iter().enumerate() {
                            if let Some(i) = a.and_then(param_read)
                                && only[func.0 as usize].get(k).copied().unwrap_or(false)
                            {
                                allowed[i] += 1;
                            }
                        }
                    }
                    _ => {}
                }
            }
            for i in 0..n {
                if only[fi][i] && reads[i] != allowed[i] {
                    only[fi][i] = false;
                    changed = true;
                }
            }
        }
        if !changed {
            return only;
        }
    }
}

/// The parameter (of `nparams`) that expression `kind` reads, if it reads one.
fn param_read_kind(kind: &ExprKind, nparams: usize) -> Option<usize> {
    match kind {
        ExprKind::Local(l) if (l.0 as usize) < nparams => Some(l.0 as usize),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of the `set()` calls that may build unordered sets, in source order.
    fn check(source: &str) -> String {
        let Ok((m, _)) = crate::driver::front_end("t.py", source) else { panic!("the front end rejects the test program") };
        let mut lines: Vec<usize> = unordered_set_sites(&m)
            .into_iter()
            .map(|(f, e)| {
                let at = m.functions[f.0 as usize].expr(e).span.start as usize;
                source[..at].matches('\n').count() + 1
            })
            .collect();
        lines.sort();
        lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn membership_and_recursion_keep_a_set_unordered() {
        let src = "def solve(n, seen):\n    if n in seen or n < 0:\n        return 0\n    seen.add(n)\n    r = solve(n - 1, seen)\n    seen.discard(n)\n    return r\n\nprint(solve(3, set()))\nprint(solve(2, set()), len({1}))\n";
        assert_eq!(check(src), "9 10");
    }

    #[test]
    fn any_other_use_keeps_cpythons_order() {
        let src = "def a(s):\n    s.add(1)\n    return list(s)\n\ndef b(s):\n    s.add(1)\n    t = s\n    return 1 in t\n\ndef c(s):\n    s.add(2)\n    a(s)\n\ndef d(s):\n    s.add(3)\n    return lambda: s\n\ndef e(s):\n    return 1 in s\n\nprint(a(set()), b(set()), c(set()), d(set()), e(set()), e({1}))\n";
        assert_eq!(check(src), "21");
    }
}
