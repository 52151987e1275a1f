//! `molt build --explain` and `molt build --tier 0` (specs/tier0.md): for each function,
//! the inferred types and how each operation is compiled (inline, guarded fast path,
//! runtime call on a known type, or generic dispatch on an unknown type), and why a
//! value's type is unknown.
//!
//! Tier 0 accepts a program only when no value's type is unknown (`dyn` in the typed IR):
//! every *origin* of an unknown type (a container item, a method result, a parameter of a
//! function used as a value...) becomes a diagnostic. Values that are unknown only
//! because an operand is (`x + 1` where `x` is unknown) are not reported again, and each
//! variable is reported once, at its first use.

use crate::codegen::{binop_has_fast_path, compare_has_fast_path, item_has_fast_path};
use crate::diagnostics::{Code, Diagnostic, LineIndex, Span};
use crate::hir::*;
use crate::types::{Ty, Types};
use std::collections::HashSet;

/// How one operation is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Path {
    /// Machine code on unboxed values (overflow checks that promote to big ints included).
    Inline,
    /// An inline fast path behind tag checks, the runtime's generic entry otherwise.
    Guarded,
    /// A runtime call specialized to a known built-in type.
    Runtime,
    /// Dispatch on a value of unknown type in the runtime.
    Generic,
}

impl Path {
    fn name(self) -> &'static str {
        match self {
            Path::Inline => "inline",
            Path::Guarded => "guarded",
            Path::Runtime => "runtime",
            Path::Generic => "generic",
        }
    }
}

pub struct Operation {
    pub span: Span,
    pub path: Path,
    pub what: String,
    pub why: String,
}

/// An expression whose type is unknown, and not merely because an operand's is.
pub struct Unknown {
    pub span: Span,
    pub what: String,
    pub why: String,
}

pub struct FunctionReport {
    pub func: FuncId,
    pub operations: Vec<Operation>,
    pub unknowns: Vec<Unknown>,
}

pub fn analyze(module: &Module, types: &Types) -> Vec<FunctionReport> {
    (0..module.functions.len()).map(|i| analyze_function(module, types, FuncId(i as u32))).collect()
}

fn analyze_function(module: &Module, types: &Types, fid: FuncId) -> FunctionReport {
    let f = &module.functions[fid.0 as usize];
    let ty = |e: ExprId| types.expr(fid, e);
    let mut operations = Vec::new();
    let mut unknowns = Vec::new();
    let mut seen_vars: HashSet<String> = HashSet::new();
    let discarded = discarded_values(&f.body);
    let iterables = loop_iterables(f);
    let comprehension_iterables = comprehension_iterables(f);
    for (i, e) in f.exprs.iter().enumerate() {
        let id = ExprId(i as u32);
        let dyn_operand = |ops: &[ExprId]| ops.iter().copied().find(|&o| ty(o) == Ty::Dynamic);
        let mut op = |path: Path, what: String, why: String| operations.push(Operation { span: e.span, path, what, why });
        if iterables.contains(&id) {
            let (path, what, why) = loop_path(f, e, ty(id), comprehension_iterables.contains(&id));
            op(path, what, why.into());
        }
        match &e.kind {
            ExprKind::Binary(b, x, y) | ExprKind::InPlace(b, x, y) => {
                let (tx, ty_) = (ty(*x), ty(*y));
                let assign = if matches!(e.kind, ExprKind::InPlace(..)) { "=" } else { "" };
                let what = format!("`{}{assign}` on {} and {}", binop_symbol(*b), tx.name(), ty_.name());
                let fast = binop_has_fast_path(*b, tx, ty_);
                match dyn_operand(&[*x, *y]) {
                    Some(_) if fast => op(Path::Guarded, what, "an operand's type is unknown: small ints and floats take the inline path".into()),
                    Some(_) => op(Path::Generic, what, "an operand's type is unknown".into()),
                    None if fast => op(Path::Inline, what, "unboxed numbers (ints promote to big ints on overflow)".into()),
                    None => op(Path::Runtime, what, "no inline form for these types".into()),
                }
            }
            ExprKind::Compare { left, rest } => {
                let mut l = *left;
                for (c, r) in rest {
                    let (tl, tr) = (ty(l), ty(*r));
                    let what = format!("`{}` on {} and {}", cmp_symbol(*c), tl.name(), tr.name());
                    let fast = compare_has_fast_path(tl, tr);
                    if matches!(c, CmpOp::Is | CmpOp::IsNot) {
                        op(Path::Inline, what, "identity".into());
                    } else if matches!(c, CmpOp::In | CmpOp::NotIn) {
                        let path = if tr == Ty::Dynamic { Path::Generic } else { Path::Runtime };
                        op(path, what, "membership test".into());
                    } else if tl == Ty::Dynamic || tr == Ty::Dynamic {
                        let path = if fast { Path::Guarded } else { Path::Generic };
                        op(path, what, "an operand's type is unknown".into());
                    } else if fast {
                        op(Path::Inline, what, "unboxed numbers".into());
                    } else {
                        op(Path::Runtime, what, "no inline form for these types".into());
                    }
                    l = *r;
                }
            }
            ExprKind::Subscript { value, index } => {
                let (tv, ti) = (ty(*value), ty(*index));
                let what = format!("item of {} by {}", tv.name(), ti.name());
                let items = item_has_fast_path(tv, ti, true);
                let path = match (tv, items) {
                    (Ty::Dynamic, true) => Path::Guarded,
                    (Ty::Dynamic, false) => Path::Generic,
                    (_, true) => Path::Guarded,
                    _ => Path::Runtime,
                };
                let why = if items { "list and tuple items by small-int index are read inline" } else { "read by the runtime" };
                op(path, what, why.into());
            }
            // Receivers of unknown type get an inline cache per site (codegen/attr_sites.rs).
            ExprKind::Attribute { value, name } => {
                let what = format!("attribute `.{name}` of {}", ty(*value).name());
                match ty(*value) {
                    Ty::Dynamic => op(Path::Guarded, what, "inline cache: a slot of a fixed-layout instance whose class the site has seen".into()),
                    _ => op(Path::Runtime, what, "looked up by name in the runtime".into()),
                }
            }
            ExprKind::MethodCall { receiver, method, kwnames, .. } => {
                let what = format!("method call `.{method}()` on {}", ty(*receiver).name());
                match ty(*receiver) {
                    Ty::Dynamic if kwnames.is_empty() => {
                        op(Path::Guarded, what, "inline cache: a direct call of the method a fixed-layout instance's class has".into())
                    }
                    Ty::Dynamic => op(Path::Generic, what, "dispatched on the receiver (keyword arguments)".into()),
                    _ => op(Path::Runtime, what, "dispatched on the receiver".into()),
                }
            }
            ExprKind::Call { func, .. } => {
                let callee = &module.functions[func.0 as usize];
                op(Path::Inline, format!("call of `{}`", callee.name), "direct call".into());
            }
            ExprKind::CallValue { .. } | ExprKind::CallUnpacked { .. } => op(Path::Generic, "call through a value".into(), "the callee is not known statically".into()),
            _ => {}
        }
        if ty(id) != Ty::Dynamic || discarded.contains(&id) {
            continue;
        }
        // Report where unknown types come from, once per variable.
        let inherited = match &e.kind {
            ExprKind::Binary(_, x, y) | ExprKind::InPlace(_, x, y) => ty(*x) == Ty::Dynamic || ty(*y) == Ty::Dynamic,
            ExprKind::Unary(_, x) => ty(*x) == Ty::Dynamic,
            ExprKind::IfExp { body, orelse, .. } => ty(*body) == Ty::Dynamic || ty(*orelse) == Ty::Dynamic,
            ExprKind::BoolOp(_, vs) => vs.iter().any(|v| ty(*v) == Ty::Dynamic),
            ExprKind::Compare { left, rest } => ty(*left) == Ty::Dynamic || rest.iter().any(|(_, r)| ty(*r) == Ty::Dynamic),
            ExprKind::Slice { value, .. } => ty(*value) == Ty::Dynamic,
            _ => false,
        };
        if inherited {
            continue;
        }
        let (what, why) = match &e.kind {
            ExprKind::Local(l) => {
                let name = f.locals[l.0 as usize].clone();
                if !seen_vars.insert(name.clone()) {
                    continue;
                }
                let why = if f.is_cell(*l) {
                    "it is captured by a nested function (a cell)".to_string()
                } else if (l.0 as usize) < f.params.len() {
                    if types.escaping[fid.0 as usize] {
                        "it is a parameter of a function used as a value (callers are not all known)".to_string()
                    } else {
                        "it is a parameter whose callers pass values of different or unknown types".to_string()
                    }
                } else {
                    "it is assigned values of different or unknown types".to_string()
                };
                (format!("variable `{name}`"), why)
            }
            ExprKind::Global(g) => {
                let name = module.globals[g.0 as usize].name.clone();
                if !seen_vars.insert(format!("global {name}")) {
                    continue;
                }
                (format!("global `{name}`"), "it is assigned values of different or unknown types, or is a class or function object".to_string())
            }
            ExprKind::Subscript { value, .. } => {
                let of = if ty(*value) == Ty::Dynamic { "a value of unknown type".to_string() } else { format!("a {}", ty(*value).name()) };
                (format!("an item of {of}"), "element types of containers are not inferred".to_string())
            }
            ExprKind::MethodCall { method, receiver, .. } => (format!("the result of `.{method}()` on {}", ty(*receiver).name()), "method results are not inferred".to_string()),
            ExprKind::Attribute { name, .. } => (format!("attribute `.{name}`"), "attribute types are not inferred".to_string()),
            ExprKind::Call { func, .. } => {
                let callee = &module.functions[func.0 as usize];
                let why = if callee.generator { "it makes a generator" } else { "the function returns values of different or unknown types" };
                (format!("the result of `{}()`", callee.name), why.to_string())
            }
            ExprKind::CallBuiltin { builtin, .. } => (format!("the result of builtin `{}()`", builtin_name(*builtin)), "this builtin's result type depends on its arguments' unknown types".to_string()),
            ExprKind::CallValue { .. } | ExprKind::CallUnpacked { .. } => ("the result of a call through a value".into(), "the callee is not known statically".into()),
            ExprKind::MakeClass { name, .. } => (format!("class `{name}`"), "classes and their instances are not inferred yet".into()),
            ExprKind::MakeFunction { .. } => ("a function object".into(), "functions used as values are not typed".into()),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => ("the value of a `yield`".into(), "values sent into a generator are not inferred".into()),
            ExprKind::Comprehension { .. } => ("a comprehension".into(), "not inferred".into()),
            ExprKind::ModuleAttr { name, .. } | ExprKind::ModuleCall { name, .. } => (format!("`{name}`"), "module attributes and calls are not inferred".into()),
            _ => ("this expression".into(), "its type is not inferred".into()),
        };
        unknowns.push(Unknown { span: e.span, what, why });
    }
    operations.sort_by_key(|o| (o.span.start, o.path));
    unknowns.sort_by_key(|u| u.span.start);
    FunctionReport { func: fid, operations, unknowns }
}

/// How a `for` loop or comprehension clause over `iter` runs (codegen/loops.rs).
fn loop_path(f: &Function, iter: &Expr, ty: Ty, in_comprehension: bool) -> (Path, String, &'static str) {
    let counted = matches!(&iter.kind, ExprKind::CallBuiltin { builtin: Builtin::Range, args, kw: [None, None] } if (1..=3).contains(&args.len()));
    if f.generator && !in_comprehension {
        return (Path::Runtime, format!("loop over {}", ty.name()), "a generator body iterates through the runtime's iterator");
    }
    match ty {
        _ if counted => (Path::Guarded, "loop over range()".into(), "small-int bounds run a machine counter; others make a range object"),
        Ty::List | Ty::Tuple => (Path::Inline, format!("loop over {}", ty.name()), "items read inline by index"),
        Ty::Dynamic => (Path::Guarded, "loop over dyn".into(), "lists and tuples are read inline by index, other values through the runtime's iterator"),
        _ => (Path::Runtime, format!("loop over {}", ty.name()), "the runtime's iterator"),
    }
}

/// The iterables of comprehension clauses.
fn comprehension_iterables(f: &Function) -> HashSet<ExprId> {
    f.exprs
        .iter()
        .filter_map(|e| match &e.kind {
            ExprKind::Comprehension { clauses, .. } => Some(clauses.iter().map(|c| c.iter)),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The iterables of `for` loops and comprehension clauses.
fn loop_iterables(f: &Function) -> HashSet<ExprId> {
    let mut out = comprehension_iterables(f);
    for_each_stmt(&f.body, |s| {
        if let StmtKind::For { iter, .. } = &s.kind {
            out.insert(*iter);
        }
    });
    out
}

/// Expression statements: their values are dropped, so their types do not matter.
fn discarded_values(body: &[Stmt]) -> HashSet<ExprId> {
    let mut out = HashSet::new();
    for_each_stmt(body, |s| {
        if let StmtKind::Expr(e) = &s.kind {
            out.insert(*e);
        }
    });
    out
}

fn binop_symbol(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        MatMul => "@",
        TrueDiv => "/",
        FloorDiv => "//",
        Mod => "%",
        Pow => "**",
        LShift => "<<",
        RShift => ">>",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn builtin_name(b: Builtin) -> String {
    format!("{b:?}").to_lowercase()
}

/// The `--explain` text: one section per function, its signature and local types, then
/// each non-inline operation and each origin of an unknown type, by line.
pub fn render(module: &Module, types: &Types, reports: &[FunctionReport], source: &str) -> String {
    let lines = LineIndex::new(source);
    let mut out = String::new();
    let mut totals = [0usize; 4];
    for r in reports {
        let fi = r.func.0 as usize;
        let f = &module.functions[fi];
        let params: Vec<String> = f.params.iter().enumerate().map(|(i, _)| format!("{}: {}", f.locals[i], types.locals[fi][i].name())).collect();
        let locals: Vec<String> = (f.params.len()..f.locals.len()).map(|i| format!("{}: {}", f.locals[i], types.locals[fi][i].name())).collect();
        let line = lines.line(f.span.start);
        out.push_str(&format!("fn {}({}) -> {}    (line {line})\n", f.qualname, params.join(", "), types.returns[fi].name()));
        if !locals.is_empty() {
            out.push_str(&format!("  locals: {}\n", locals.join(", ")));
        }
        let mut counts = [0usize; 4];
        for o in &r.operations {
            counts[o.path as usize] += 1;
        }
        for (t, c) in totals.iter_mut().zip(counts) {
            *t += c;
        }
        out.push_str(&format!("  operations: {} inline, {} guarded, {} runtime, {} generic\n", counts[0], counts[1], counts[2], counts[3]));
        for o in r.operations.iter().filter(|o| o.path != Path::Inline) {
            out.push_str(&format!("  line {}: {} {}: {}\n", lines.line(o.span.start), o.path.name(), o.what, o.why));
        }
        for u in &r.unknowns {
            out.push_str(&format!("  line {}: unknown type: {}: {}\n", lines.line(u.span.start), u.what, u.why));
        }
    }
    let unknown: usize = reports.iter().map(|r| r.unknowns.len()).sum();
    out.push_str(&format!(
        "total: {} inline, {} guarded, {} runtime, {} generic operations; {unknown} origins of unknown types{}\n",
        totals[0],
        totals[1],
        totals[2],
        totals[3],
        if unknown == 0 { " (tier 0 accepts this program)" } else { " (tier 0 rejects this program)" }
    ));
    out
}

/// At most this many tier-0 diagnostics are shown; a last one counts the rest.
const TIER0_MAX_DIAGNOSTICS: usize = 20;

/// The tier-0 verdict: one diagnostic per origin of an unknown type (MOLT0008).
pub fn tier0_diagnostics(reports: &[FunctionReport]) -> Vec<Diagnostic> {
    let mut all: Vec<&Unknown> = reports.iter().flat_map(|r| &r.unknowns).collect();
    all.sort_by_key(|u| u.span.start);
    let mut out: Vec<Diagnostic> = all
        .iter()
        .take(TIER0_MAX_DIAGNOSTICS)
        .map(|u| {
            Diagnostic::new(Code::Tier0Unproven, u.span, format!("tier 0 cannot prove the type of {}", u.what))
                .with_label(format!("{}", u.why))
                .with_help("build without `--tier 0` to compile it with guarded fast paths and the generic runtime, or see `molt build --explain`")
        })
        .collect();
    if all.len() > TIER0_MAX_DIAGNOSTICS {
        let last = all[TIER0_MAX_DIAGNOSTICS];
        out.push(Diagnostic::new(Code::Tier0Unproven, last.span, format!("tier 0 cannot prove {} more types", all.len() - TIER0_MAX_DIAGNOSTICS)).with_help("see `molt build --explain` for the full list"));
    }
    out
}
