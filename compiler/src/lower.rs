//! Lowering from the Python AST to HIR: scoping and name resolution, call binding,
//! desugaring (augmented assignment, chained comparison stays structured), and subset
//! verification. Anything outside the supported subset becomes a diagnostic; lowering
//! never panics and always returns a (possibly partial) module with its diagnostics.
//!
//! Scoping follows CPython: in a function, a name bound anywhere in its body is local
//! unless declared `global`; other names are module globals or builtins. Molt resolves all
//! of this statically, so it rejects what would make a static answer wrong: rebinding a
//! builtin's name at module level, or binding a function's name more than once.

use crate::diagnostics::{Code, Diagnostic, Span};
use crate::hir::*;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

mod calls;
mod classes;
mod functions;
mod generators;
mod with_stmt;

/// Every other name in CPython 3.11's `builtins` module (not a `Builtin` Molt calls
/// directly): using one is a diagnostic rather than a NameError at run time, unless it is
/// in `molt_abi::BUILTIN_VALUES` (`map`, `filter`), which the runtime calls as a value.
const OTHER_PYTHON_BUILTINS: &[&str] = &[
    "aiter", "all", "anext", "any", "ascii", "breakpoint", "callable", "classmethod",
    "compile", "complex", "copyright", "credits", "delattr", "dict", "dir", "enumerate", "eval", "exec", "exit",
    "filter", "format", "getattr", "globals", "hasattr", "help", "id", "input",
    "isinstance", "issubclass", "iter", "license", "list", "locals", "map", "memoryview", "next", "object",
    "open", "property", "quit", "reversed", "setattr", "slice", "sorted", "staticmethod", "sum", "super",
    "tuple", "type", "vars", "zip", "NotImplemented", "Ellipsis", "__import__", "__name__", "__file__",
    "__doc__", "__builtins__", "__spec__", "__loader__", "__package__",
];

struct Signature {
    /// (name, positional-only, keyword-only, has default)
    params: Vec<(String, bool, bool, bool)>,
    /// Has `*args` or `**kwargs`: calls go through the runtime's binder.
    variadic: bool,
}

pub fn lower_module(suite: &[ast::Stmt]) -> (Module, Vec<Diagnostic>) {
    let mut l = Lowerer::default();
    l.run(suite);
    (l.module, l.diags)
}

#[derive(Default)]
struct Lowerer<'a> {
    module: Module,
    diags: Vec<Diagnostic>,
    globals: HashMap<String, GlobalId>,
    /// Function definitions in source order; `FuncId(i + 1)`.
    defs: Vec<&'a ast::StmtFunctionDef>,
    sigs: Vec<Signature>,
    /// Names bound by `def` exactly once and never otherwise.
    functions: HashMap<String, FuncId>,
    /// Per definition, per parameter: the global slot of its default.
    default_slots: Vec<Vec<Option<GlobalId>>>,
    /// Names bound at module level by assignment or `def` (pass 1).
    module_bound: HashSet<String>,
    /// `import math` / `import sys [as name]`: binding name -> (module, its global).
    modules: HashMap<String, (&'static str, GlobalId)>,
    /// Folded set displays seen so far (CPython shares equal ones' constant).
    set_displays: crate::set_display::SetDisplays,
    /// `from math import sqrt [as root]`: binding name -> ("math.sqrt", its global).
    members: HashMap<String, (String, GlobalId)>,
    /// Lambdas and nested `def`s, `FuncId(1 + defs.len() + i)`, appended after the defs
    /// (reserved before their bodies are lowered, which may add more).
    nested: Vec<Function>,
    /// The program reads some `__dict__` attribute: no class gets a fixed layout.
    reads_instance_dicts: bool,
    /// Set while lowering a method's `def`: its class's cell (taken by `function`).
    method_class: Option<String>,
}

/// What `math` and `sys` provide (the runtime's `module.rs`): functions, then values.
const MODULE_FUNCTIONS: &[&str] = &[
    "math.sqrt", "math.exp", "math.sin", "math.cos", "math.tan", "math.asin", "math.acos", "math.atan", "math.sinh", "math.cosh", "math.tanh",
    "math.fabs", "math.degrees", "math.radians", "math.log", "math.log2", "math.log10", "math.pow", "math.atan2", "math.hypot",
    "math.copysign", "math.fmod", "math.isfinite", "math.isinf", "math.isnan", "math.floor", "math.ceil", "math.trunc", "math.gcd",
    "math.lcm", "math.factorial", "math.isqrt", "math.expm1", "math.log1p", "math.exp2", "math.prod", "math.comb", "math.perm",
    "math.isclose", "math.fsum", "math.modf", "math.frexp", "math.ldexp", "math.remainder", "math.dist", "sys.exit",
];
const MODULE_VALUES: &[&str] = &["math.pi", "math.e", "math.tau", "math.inf", "math.nan", "sys.argv", "sys.stdin", "sys.stdout", "sys.stderr", "sys.maxsize"];

struct FnCtx {
    fid: FuncId,
    locals: HashMap<String, LocalId>,
    local_names: Vec<String>,
    declared_global: HashSet<String>,
    exprs: Vec<Expr>,
    loop_depth: usize,
    /// The function's qualified name (empty for the module body).
    qualname: String,
    /// Inside a `finally` body: the loop depth where it started (a `break`, `continue` or
    /// `return` leaving it would discard the exception in flight; not supported).
    finally_loop_depth: Option<usize>,
    /// The enclosing function being lowered (moved here while this nested one is).
    parent: Option<Box<FnCtx>>,
    /// See `Function::cells`, `freevars` and `captures`.
    cells: Vec<LocalId>,
    freevars: Vec<LocalId>,
    captures: Vec<LocalId>,
    /// Statements to emit before the one being lowered (a decorator's value, stored in a
    /// hidden local so it is evaluated before the defaults, as CPython does).
    prelude: Vec<Stmt>,
    /// Inside a `class` body (lowered in the module body): its namespace.
    class_body: Option<classes::ClassBody>,
    /// In a method: the name of its class's cell in the enclosing scope (for `super()`).
    method_of: Option<String>,
    nparams: usize,
    /// The function is a generator (its body has a `yield` of its own).
    generator: bool,
    /// The expression about to be lowered is the whole value of a statement (where a
    /// `yield` may stand).
    yield_position: bool,
    /// Inside a comprehension's expressions: which kind, for the SyntaxError of a `yield`.
    comprehension_kind: Option<&'static str>,
    /// Lowering a statement value with a `yield` inside (at `yield_ranges`): each part is
    /// evaluated into a hidden local before the statement (see `Lowerer::spilled`).
    spill: bool,
    yield_ranges: Vec<rustpython_parser::text_size::TextRange>,
}

impl FnCtx {
    fn new(fid: FuncId, qualname: String, declared_global: HashSet<String>) -> FnCtx {
        FnCtx {
            fid,
            locals: HashMap::new(),
            local_names: vec![],
            declared_global,
            exprs: vec![],
            loop_depth: 0,
            qualname,
            finally_loop_depth: None,
            parent: None,
            cells: vec![],
            freevars: vec![],
            captures: vec![],
            prelude: vec![],
            class_body: None,
            method_of: None,
            nparams: 0,
            generator: false,
            yield_position: false,
            comprehension_kind: None,
            spill: false,
            yield_ranges: Vec::new(),
        }
    }

    fn is_module(&self) -> bool {
        self.fid.0 == 0
    }

    /// A new local of this function that no source name reaches (`<decorator 0>`).
    fn hidden_local(&mut self, name: String) -> LocalId {
        let l = LocalId(self.local_names.len() as u32);
        self.local_names.push(name);
        l
    }

    /// Whether `name` is a variable of this function or of an enclosing one (not a
    /// global or builtin).
    fn sees_variable(&self, name: &str) -> bool {
        if self.locals.contains_key(name) {
            return true;
        }
        match self.parent.as_deref() {
            Some(p) if !self.declared_global.contains(name) => p.locals.contains_key(name) || (!p.is_module() && p.sees_variable(name)),
            _ => false,
        }
    }

    /// The local through which this function sees `name` when an enclosing function
    /// binds it: a free variable here (and in each function in between), a cell where it
    /// is bound. `None` when no enclosing function binds it (a global or builtin).
    fn free_variable(&mut self, name: &str) -> Option<LocalId> {
        let parent = self.parent.as_deref_mut()?;
        let outer = match parent.locals.get(name) {
            Some(&l) => {
                if !parent.freevars.contains(&l) && !parent.cells.contains(&l) {
                    parent.cells.push(l);
                }
                l
            }
            // Module-level names are globals; its locals are comprehension variables only.
            None if parent.is_module() || parent.declared_global.contains(name) => return None,
            None => parent.free_variable(name)?,
        };
        let l = self.hidden_local(name.to_string());
        self.locals.insert(name.to_string(), l);
        self.freevars.push(l);
        self.captures.push(outer);
        Some(l)
    }
}

fn unsupported_stmt(span: Span, what: &str, help: &str) -> Diagnostic {
    Diagnostic::new(Code::UnsupportedStatement, span, format!("{what} is not supported")).with_help(help)
}

/// Where a set display appears (see `Lowerer::set_display`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum SetPosition {
    Value,
    Iterated,
    Membership,
}

/// Whether CPython's AST optimizer turns `e` into a constant: `Some(true)` for literals,
/// signed or inverted numbers and tuples of constants; `None` for other expressions over
/// constants, whose folding depends on size limits; `Some(false)` otherwise.
fn folded_constant(e: &ast::Expr) -> Option<bool> {
    // Clearly not a constant if any part is not; uncertain if any part is uncertain.
    fn all(parts: impl Iterator<Item = Option<bool>>) -> Option<bool> {
        parts.fold(Some(true), |acc, c| match (acc, c) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (None, _) | (_, None) => None,
            _ => Some(true),
        })
    }
    match e {
        ast::Expr::Constant(_) => Some(true),
        ast::Expr::UnaryOp(u) => folded_constant(&u.operand),
        ast::Expr::Tuple(t) => all(t.elts.iter().map(folded_constant)),
        ast::Expr::BinOp(b) => all([folded_constant(&b.left), folded_constant(&b.right)].into_iter()).and_then(|c| if c { None } else { Some(false) }),
        _ => Some(false),
    }
}

/// The constant `-literal` is, for an int or float literal.
fn negated_literal(u: &ast::ExprUnaryOp) -> Option<Const> {
    let ast::Expr::Constant(c) = &*u.operand else { return None };
    match (&u.op, &c.value) {
        (ast::UnaryOp::USub, ast::Constant::Int(i)) => Some(Const::Int(-i)),
        (ast::UnaryOp::USub, ast::Constant::Float(f)) => Some(Const::Float(-f)),
        _ => None,
    }
}

fn unsupported_expr(span: Span, what: &str, help: &str) -> Diagnostic {
    Diagnostic::new(Code::UnsupportedExpression, span, format!("{what} is not supported")).with_help(help)
}

impl<'a> Lowerer<'a> {
    fn run(&mut self, suite: &'a [ast::Stmt]) {
        self.reads_instance_dicts = classes::reads_instance_dicts(suite);
        // Pass 1: module-level bindings and function definitions.
        let mut bound: Vec<(String, Span)> = Vec::new();
        let mut def_names: HashMap<String, Vec<Span>> = HashMap::new();
        self.collect_module_bindings(suite, &mut bound, &mut def_names);
        self.module_bound = bound.iter().map(|(n, _)| n.clone()).chain(def_names.keys().cloned()).collect();
        for def in self.defs.clone() {
            let mut declared = HashSet::new();
            collect_global_decls(&def.body, &mut declared);
            let mut assigned = Vec::new();
            collect_assigned(&def.body, &mut assigned);
            for (name, span) in assigned {
                if declared.contains(&name) {
                    bound.push((name, span));
                }
            }
        }
        for (name, span) in bound.iter().map(|(n, s)| (n.clone(), *s)).chain(def_names.iter().flat_map(|(n, v)| v.iter().map(move |s| (n.clone(), *s)))) {
            if Builtin::from_name(&name).is_some() || molt_abi::exception_kind(&name).is_some() || OTHER_PYTHON_BUILTINS.contains(&name.as_str()) {
                self.diags.push(
                    Diagnostic::new(Code::UnsupportedBinding, span, format!("rebinding the builtin name '{name}' is not supported"))
                        .with_help("choose another name; Molt resolves builtins statically"),
                );
            }
        }
        let bound_names: HashSet<&str> = bound.iter().map(|(n, _)| n.as_str()).collect();
        for (i, def) in self.defs.iter().enumerate() {
            let name = def.name.as_str();
            let fid = FuncId(i as u32 + 1);
            let count = def_names.get(name).map_or(0, Vec::len);
            if !def.decorator_list.is_empty() {
                // Its name is bound to whatever the decorators return: a variable.
                continue;
            }
            if count > 1 || bound_names.contains(name) {
                self.diags.push(
                    Diagnostic::new(Code::UnsupportedBinding, Span::from(def.range), format!("binding the function name '{name}' more than once is not supported"))
                        .with_help("give each function its own name and never assign to it"),
                );
            } else {
                self.functions.insert(name.to_string(), fid);
            }
        }
        // Globals: one slot per module-level name, function bindings included.
        let mut names: Vec<String> = bound.iter().map(|(n, _)| n.clone()).collect();
        for def in &self.defs {
            names.push(def.name.to_string());
        }
        for name in names {
            if !self.globals.contains_key(&name) {
                let kind = match self.functions.get(&name) {
                    Some(f) => GlobalKind::Function(*f),
                    None => GlobalKind::Variable,
                };
                self.add_global(&name, kind);
            }
        }
        // Signatures, then bodies.
        self.module.functions.push(Function::placeholder("<module>"));
        for (i, def) in self.defs.clone().into_iter().enumerate() {
            let sig = self.signature(def);
            let fid = FuncId(i as u32 + 1);
            let slots = sig
                .params
                .iter()
                .enumerate()
                .map(|(p, (pname, _, _, has_default))| {
                    // A decorated function is made by `MakeFunction`, with its defaults.
                    (*has_default && def.decorator_list.is_empty()).then(|| self.add_global(&format!("{}.<default {pname}>", def.name), GlobalKind::Default(fid, p as u32)))
                })
                .collect();
            self.default_slots.push(slots);
            self.sigs.push(sig);
        }
        let mut module_ctx = FnCtx::new(FuncId(0), String::new(), HashSet::new());
        let body = self.block(&mut module_ctx, suite);
        self.module.functions[0] = module_ctx.finish(Function::placeholder("<module>"), body);
        for (i, def) in self.defs.clone().into_iter().enumerate() {
            let f = self.function(FuncId(i as u32 + 1), def, None, def.name.to_string());
            self.module.functions.push(f);
        }
        let nested = std::mem::take(&mut self.nested);
        self.module.functions.extend(nested);
    }

    /// The global variable slot named `name`, created if it does not exist yet.
    fn global_variable(&mut self, name: &str) -> GlobalId {
        match self.globals.get(name) {
            Some(g) => *g,
            None => self.add_global(name, GlobalKind::Variable),
        }
    }

    fn add_global(&mut self, name: &str, kind: GlobalKind) -> GlobalId {
        let id = GlobalId(self.module.globals.len() as u32);
        self.module.globals.push(GlobalDecl { name: name.to_string(), kind });
        if kind == GlobalKind::Variable || matches!(kind, GlobalKind::Function(_)) {
            self.globals.insert(name.to_string(), id);
        }
        id
    }

    fn collect_module_bindings(&mut self, stmts: &'a [ast::Stmt], bound: &mut Vec<(String, Span)>, defs: &mut HashMap<String, Vec<Span>>) {
        for s in stmts {
            match s {
                ast::Stmt::FunctionDef(d) => {
                    defs.entry(d.name.to_string()).or_default().push(Span::from(d.range));
                    self.defs.push(d);
                }
                ast::Stmt::For(_) | ast::Stmt::If(_) | ast::Stmt::While(_) | ast::Stmt::Try(_) | ast::Stmt::With(_) => {
                    if let ast::Stmt::For(x) = s {
                        target_names(&x.target, bound);
                    }
                    with_target_names(s, bound);
                    collect_handler_names(s, bound);
                    for b in nested_bodies(s) {
                        self.collect_module_bindings(b, bound, defs);
                    }
                }
                _ => collect_assigned(std::slice::from_ref(s), bound),
            }
        }
    }

    fn signature(&mut self, def: &ast::StmtFunctionDef) -> Signature {
        let a = &def.args;
        let (posonly, kwonly_from) = (a.posonlyargs.len(), a.posonlyargs.len() + a.args.len());
        let params = functions::all_params(a)
            .into_iter()
            .enumerate()
            .map(|(i, p)| (p.def.arg.to_string(), i < posonly, i >= kwonly_from, p.default.is_some()))
            .collect();
        Signature { params, variadic: a.vararg.is_some() || a.kwarg.is_some() }
    }

    /// Annotations are evaluated by CPython when the `def` runs; Molt accepts only those
    /// whose evaluation cannot fail or have effects: builtin type names, None and strings.
    fn check_annotation(&mut self, ann: Option<&ast::Expr>) {
        let Some(ann) = ann else { return };
        let ok = match ann {
            ast::Expr::Name(n) => ["int", "float", "str", "bool", "tuple", "list", "dict", "set", "object", "bytes"].contains(&n.id.as_str()),
            ast::Expr::Constant(c) => matches!(c.value, ast::Constant::None | ast::Constant::Str(_)),
            _ => false,
        };
        if !ok {
            self.diags.push(unsupported_expr(Span::from(ann.range()), "this annotation", "annotate with a builtin type name (int, float, str, bool) or a string"));
        }
    }

    fn block(&mut self, ctx: &mut FnCtx, stmts: &'a [ast::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            let kind = self.stmt(ctx, s);
            out.append(&mut ctx.prelude);
            if let Some(kind) = kind {
                out.push(Stmt { kind, span: Span::from(s.range()) });
            }
        }
        out
    }

    fn stmt(&mut self, ctx: &mut FnCtx, s: &'a ast::Stmt) -> Option<StmtKind> {
        let span = Span::from(s.range());
        match s {
            ast::Stmt::Expr(e) => Some(StmtKind::Expr(self.statement_value(ctx, &e.value))),
            ast::Stmt::Pass(_) => None,
            ast::Stmt::Assign(a) => {
                let value = self.statement_value(ctx, &a.value);
                let targets = a.targets.iter().filter_map(|t| self.target(ctx, t)).collect::<Vec<_>>();
                (targets.len() == a.targets.len()).then_some(StmtKind::Assign { targets, value })
            }
            ast::Stmt::AnnAssign(a) => {
                if ctx.is_module() {
                    self.check_annotation(Some(&a.annotation));
                }
                let v = a.value.as_ref()?;
                let value = self.statement_value(ctx, v);
                let target = self.target(ctx, &a.target)?;
                Some(StmtKind::Assign { targets: vec![target], value })
            }
            ast::Stmt::AugAssign(a) => {
                let op = binop(a.op);
                match a.target.as_ref() {
                    ast::Expr::Name(n) => {
                        let (load, value) = self.spilling(ctx, &a.value, |this, ctx| {
                            let at = Span::from(n.range);
                            let load = this.name(ctx, n.id.as_str(), at);
                            let load = this.spill(ctx, load, at);
                            (load, this.expr(ctx, &a.value))
                        });
                        let result = self.push(ctx, ExprKind::InPlace(op, load, value), span);
                        let target = self.target(ctx, &a.target)?;
                        Some(StmtKind::Assign { targets: vec![target], value: result })
                    }
                    ast::Expr::Subscript(sub) => {
                        let value = self.expr(ctx, &sub.value);
                        let index = self.subscript_index(ctx, &sub.slice);
                        let rhs = self.expr(ctx, &a.value);
                        Some(StmtKind::AugAssignSubscript { value, index, op, rhs })
                    }
                    ast::Expr::Attribute(attr) => {
                        // `obj.x op= v`: `obj` once (a hidden local), get, operate, set.
                        let obj = self.expr(ctx, &attr.value);
                        let hidden = ctx.hidden_local("<augmented target>".into());
                        ctx.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![Target::Local(hidden)], value: obj }, span });
                        let at = Span::from(attr.range);
                        let (load, rhs) = self.spilling(ctx, &a.value, |this, ctx| {
                            let load_obj = this.push(ctx, ExprKind::Local(hidden), at);
                            let load = this.push(ctx, ExprKind::Attribute { value: load_obj, name: attr.attr.to_string() }, at);
                            let load = this.spill(ctx, load, at);
                            (load, this.expr(ctx, &a.value))
                        });
                        let result = self.push(ctx, ExprKind::InPlace(op, load, rhs), span);
                        let store_obj = self.push(ctx, ExprKind::Local(hidden), at);
                        Some(StmtKind::Assign { targets: vec![Target::Attribute { value: store_obj, name: attr.attr.to_string() }], value: result })
                    }
                    other => {
                        self.diags.push(unsupported_stmt(Span::from(other.range()), "augmented assignment to this target", "assign to a variable or an item: x += 1, xs[i] += 1"));
                        None
                    }
                }
            }
            ast::Stmt::If(x) => {
                let test = self.statement_value(ctx, &x.test);
                // What the test spilled runs before the `if`, not in its body.
                let before = std::mem::take(&mut ctx.prelude);
                let body = self.block(ctx, &x.body);
                let orelse = self.block(ctx, &x.orelse);
                ctx.prelude = before;
                Some(StmtKind::If { test, body, orelse })
            }
            ast::Stmt::While(x) => {
                let test = self.expr(ctx, &x.test);
                ctx.loop_depth += 1;
                let body = self.block(ctx, &x.body);
                ctx.loop_depth -= 1;
                let orelse = self.block(ctx, &x.orelse);
                Some(StmtKind::While { test, body, orelse })
            }
            ast::Stmt::For(x) => {
                let iter = self.iterable(ctx, &x.iter);
                let target = self.target(ctx, &x.target);
                ctx.loop_depth += 1;
                let body = self.block(ctx, &x.body);
                ctx.loop_depth -= 1;
                let orelse = self.block(ctx, &x.orelse);
                Some(StmtKind::For { target: target?, iter, body, orelse })
            }
            ast::Stmt::Break(_) | ast::Stmt::Continue(_) => {
                let is_break = matches!(s, ast::Stmt::Break(_));
                if ctx.loop_depth == 0 {
                    let word = if is_break { "break" } else { "continue" };
                    self.diags.push(Diagnostic::new(Code::Syntax, span, format!("'{word}' outside loop")));
                    return None;
                }
                if ctx.finally_loop_depth == Some(ctx.loop_depth) {
                    let word = if is_break { "break" } else { "continue" };
                    self.diags.push(unsupported_stmt(span, &format!("'{word}' out of a 'finally' body"), "set a flag in the 'finally' body and test it after the 'try' statement"));
                    return None;
                }
                Some(if is_break { StmtKind::Break } else { StmtKind::Continue })
            }
            ast::Stmt::Return(r) => {
                if ctx.is_module() {
                    self.diags.push(Diagnostic::new(Code::Syntax, span, "'return' outside function"));
                    return None;
                }
                if ctx.finally_loop_depth.is_some() {
                    self.diags.push(unsupported_stmt(span, "'return' inside a 'finally' body", "store the value in a variable and return it after the 'try' statement"));
                    return None;
                }
                Some(StmtKind::Return(r.value.as_ref().map(|v| self.statement_value(ctx, v))))
            }
            ast::Stmt::Raise(r) => {
                let exc = r.exc.as_ref().map(|e| self.raise_operand(ctx, e));
                let cause = r.cause.as_ref().map(|c| self.raise_operand(ctx, c));
                Some(StmtKind::Raise { exc, cause })
            }
            ast::Stmt::Assert(a) => {
                let test = self.expr(ctx, &a.test);
                let msg = a.msg.as_ref().map(|m| self.expr(ctx, m));
                Some(StmtKind::Assert { test, msg })
            }
            // Resolved before lowering (see `collect_global_decls`).
            ast::Stmt::Global(_) => None,
            ast::Stmt::FunctionDef(d) => {
                if !ctx.is_module() || !d.decorator_list.is_empty() || ctx.class_body.is_some() {
                    return self.def_statement(ctx, d);
                }
                let idx = self.defs.iter().position(|x| std::ptr::eq(*x, d))?;
                let func = FuncId(idx as u32 + 1);
                let Some(&binding) = self.globals.get(d.name.as_str()) else { return None };
                let all = functions::all_params(&d.args);
                let slots = self.default_slots[idx].clone();
                let mut defaults = Vec::new();
                for (p, slot) in all.iter().zip(slots) {
                    if let (Some(dv), Some(slot)) = (&p.default, slot) {
                        defaults.push((slot, self.expr(ctx, dv)));
                    }
                }
                Some(StmtKind::Def { func, defaults, binding })
            }
            ast::Stmt::AsyncFunctionDef(_) => {
                self.diags.push(unsupported_stmt(span, "'async def'", "write a plain function"));
                None
            }
            ast::Stmt::ClassDef(c) => self.class_def(ctx, c),
            ast::Stmt::Delete(d) => {
                let mut targets = Vec::new();
                for t in &d.targets {
                    match t {
                        ast::Expr::Subscript(sub) => {
                            let value = self.expr(ctx, &sub.value);
                            let index = self.subscript_index(ctx, &sub.slice);
                            targets.push((value, index));
                        }
                        other => {
                            self.diags.push(unsupported_stmt(Span::from(other.range()), "'del' of this target", "delete items only (del xs[i], del d[k]); rebind names instead"));
                            return None;
                        }
                    }
                }
                Some(StmtKind::Delete(targets))
            }
            ast::Stmt::TypeAlias(_) => {
                self.diags.push(unsupported_stmt(span, "a 'type' alias", "remove the alias"));
                None
            }
            ast::Stmt::AsyncFor(_) | ast::Stmt::AsyncWith(_) => {
                self.diags.push(unsupported_stmt(span, "an 'async' statement", "use synchronous code"));
                None
            }
            ast::Stmt::With(w) => self.with_stmt(ctx, w, span),
            ast::Stmt::Match(_) => {
                self.diags.push(unsupported_stmt(span, "a 'match' statement", "use if/elif chains"));
                None
            }
            ast::Stmt::Try(t) => self.try_stmt(ctx, t),
            ast::Stmt::TryStar(_) => {
                self.diags.push(unsupported_stmt(span, "'try' with 'except*'", "catch the exception group's members with plain 'except' clauses"));
                None
            }
            ast::Stmt::Import(imp) => self.import(ctx, imp, span),
            ast::Stmt::ImportFrom(imp) => self.import_from(ctx, imp, span),
            // Resolved before lowering the function's body (see `function`).
            ast::Stmt::Nonlocal(_) if !ctx.is_module() => None,
            ast::Stmt::Nonlocal(_) => {
                self.diags.push(Diagnostic::new(Code::Syntax, span, "nonlocal declaration not allowed at module level"));
                None
            }
        }
    }

    fn try_stmt(&mut self, ctx: &mut FnCtx, t: &'a ast::StmtTry) -> Option<StmtKind> {
        let body = self.block(ctx, &t.body);
        let mut handlers = Vec::new();
        for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
            let classes = match &h.type_ {
                None => None,
                Some(ty) => Some(self.exception_classes(ctx, ty)),
            };
            let name = match &h.name {
                Some(n) => Some(self.name_binding(ctx, n.as_str(), Span::from(h.range))?),
                None => None,
            };
            let body = self.block(ctx, &h.body);
            handlers.push(Handler { span: Span::from(h.range), classes, name, body });
        }
        let orelse = self.block(ctx, &t.orelse);
        let outer = ctx.finally_loop_depth.replace(ctx.loop_depth);
        let finalbody = self.block(ctx, &t.finalbody);
        ctx.finally_loop_depth = outer;
        Some(StmtKind::Try { body, handlers, orelse, finalbody })
    }

    /// The classes an `except` clause names: built-in exception classes by name are
    /// matched statically; anything else is evaluated when the clause is tried.
    fn exception_classes(&mut self, ctx: &mut FnCtx, e: &ast::Expr) -> Vec<ExceptClass> {
        let one = |this: &mut Self, ctx: &mut FnCtx, x: &ast::Expr| match this.builtin_exception(ctx, x) {
            Some(kind) => ExceptClass::Builtin(kind),
            None => ExceptClass::Value(this.expr(ctx, x)),
        };
        match e {
            ast::Expr::Tuple(t) if !t.elts.is_empty() && !t.elts.iter().any(|x| matches!(x, ast::Expr::Starred(_))) => t.elts.iter().map(|x| one(self, ctx, x)).collect(),
            _ => vec![one(self, ctx, e)],
        }
    }

    /// The binding of a plain name as an assignment target.
    fn name_target(&self, ctx: &FnCtx, name: &str) -> Option<Target> {
        if let Some(l) = ctx.locals.get(name) {
            return Some(Target::Local(*l));
        }
        self.globals.get(name).map(|g| Target::Global(*g))
    }

    /// `import math` / `import sys [as name]` at module level: binds the name to a marker
    /// (so a use before the import still raises NameError) and resolves `name.attr`
    /// statically afterwards.
    fn import(&mut self, ctx: &mut FnCtx, imp: &ast::StmtImport, span: Span) -> Option<StmtKind> {
        if !ctx.is_module() {
            self.diags.push(unsupported_stmt(span, "'import' inside a function", "import at module level"));
            return None;
        }
        if imp.names.len() != 1 {
            self.diags.push(unsupported_stmt(span, "importing several modules in one statement", "write one 'import' per line"));
            return None;
        }
        let alias = &imp.names[0];
        let module: &'static str = match alias.name.as_str() {
            "math" => "math",
            "sys" => "sys",
            other => {
                self.diags.push(unsupported_stmt(span, &format!("'import {other}'"), "only the math and sys modules are available"));
                return None;
            }
        };
        let binding = alias.asname.as_ref().map_or(module.to_string(), |a| a.to_string());
        if self.module_bound.contains(&binding) || self.modules.get(&binding).is_some_and(|(m, _)| *m != module) {
            self.diags.push(
                Diagnostic::new(Code::UnsupportedBinding, span, format!("the module name '{binding}' is also bound to something else"))
                    .with_help("keep module names for their module"),
            );
            return None;
        }
        let g = self.global_variable(&binding);
        self.modules.insert(binding, (module, g));
        let marker = self.push(ctx, ExprKind::Const(Const::Str(format!("<module '{module}' (built-in)>"))), span);
        Some(StmtKind::Assign { targets: vec![Target::Global(g)], value: marker })
    }

    /// The index of a subscript target: an expression, or a slice object for `a:b:c`.
    fn subscript_index(&mut self, ctx: &mut FnCtx, slice: &ast::Expr) -> ExprId {
        match slice {
            ast::Expr::Slice(sl) => {
                let lower = sl.lower.as_ref().map(|x| self.expr(ctx, x));
                let upper = sl.upper.as_ref().map(|x| self.expr(ctx, x));
                let step = sl.step.as_ref().map(|x| self.expr(ctx, x));
                self.push(ctx, ExprKind::SliceObj { lower, upper, step }, Span::from(slice.range()))
            }
            other => self.expr(ctx, other),
        }
    }

    /// `from math import sqrt, pi as PI`: each name is bound to a marker and resolved
    /// statically afterwards, like `math.sqrt`.
    fn import_from(&mut self, ctx: &mut FnCtx, imp: &ast::StmtImportFrom, span: Span) -> Option<StmtKind> {
        let module = imp.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
        if !ctx.is_module() || imp.level.is_some_and(|l| l.to_u32() > 0) || !matches!(module.as_str(), "math" | "sys") {
            self.diags.push(unsupported_stmt(span, &format!("'from {module} import'"), "import from math or sys, at module level"));
            return None;
        }
        if imp.names.iter().any(|a| a.name.as_str() == "*") {
            self.diags.push(unsupported_stmt(span, "'import *'", "import the names you use explicitly"));
            return None;
        }
        let mut targets = Vec::new();
        for alias in &imp.names {
            let qualified = format!("{module}.{}", alias.name);
            if !(MODULE_FUNCTIONS.contains(&qualified.as_str()) || MODULE_VALUES.contains(&qualified.as_str())) {
                self.diags.push(Diagnostic::new(Code::UnsupportedCall, Span::from(alias.range), format!("'{qualified}' is not supported")).with_help("see specs/subset.md for what math and sys provide"));
                return None;
            }
            let binding = alias.asname.as_ref().map_or(alias.name.to_string(), |a| a.to_string());
            if self.module_bound.contains(&binding) || self.members.get(&binding).is_some_and(|(q, _)| *q != qualified) || self.modules.contains_key(&binding) {
                self.diags.push(
                    Diagnostic::new(Code::UnsupportedBinding, Span::from(alias.range), format!("the imported name '{binding}' is also bound to something else"))
                        .with_help("keep imported names for what they import"),
                );
                return None;
            }
            let g = self.global_variable(&binding);
            self.members.insert(binding, (qualified, g));
            targets.push(Target::Global(g));
        }
        let marker = self.push(ctx, ExprKind::Const(Const::Str(format!("<imported from {module}>"))), span);
        Some(StmtKind::Assign { targets, value: marker })
    }

    /// `(global, "math.name")` when `e` is `module.name` for an imported module.
    fn module_member(&self, ctx: &FnCtx, e: &ast::Expr) -> Option<(GlobalId, String)> {
        if let ast::Expr::Name(n) = e {
            if ctx.sees_variable(n.id.as_str()) {
                return None;
            }
            return self.members.get(n.id.as_str()).map(|(q, g)| (*g, q.clone()));
        }
        let ast::Expr::Attribute(a) = e else { return None };
        let ast::Expr::Name(n) = a.value.as_ref() else { return None };
        if ctx.sees_variable(n.id.as_str()) {
            return None;
        }
        let (module, g) = self.modules.get(n.id.as_str())?;
        Some((*g, format!("{module}.{}", a.attr)))
    }

    /// `raise X` with X a bare builtin exception class instantiates it with no arguments.
    fn raise_operand(&mut self, ctx: &mut FnCtx, exc: &ast::Expr) -> ExprId {
        match self.builtin_exception(ctx, exc) {
            Some(kind) => self.push(ctx, ExprKind::NewException { kind, args: vec![] }, Span::from(exc.range())),
            None => self.expr(ctx, exc),
        }
    }

    /// The built-in exception class `e` names, when it is a name that no variable or
    /// global shadows.
    fn builtin_exception(&self, ctx: &FnCtx, e: &ast::Expr) -> Option<usize> {
        let ast::Expr::Name(n) = e else { return None };
        molt_abi::exception_kind(n.id.as_str()).filter(|_| self.is_builtin_visible(ctx, n.id.as_str()))
    }

    fn is_builtin_visible(&self, ctx: &FnCtx, name: &str) -> bool {
        !ctx.sees_variable(name) && !self.globals.contains_key(name)
    }

    fn target(&mut self, ctx: &mut FnCtx, t: &ast::Expr) -> Option<Target> {
        match t {
            ast::Expr::Name(n) if ctx.class_body.is_some() => Some(self.class_target(ctx, n.id.as_str(), Span::from(n.range))),
            ast::Expr::Name(n) => self.name_target(ctx, n.id.as_str()),
            ast::Expr::Attribute(a) => {
                let value = self.expr(ctx, &a.value);
                Some(Target::Attribute { value, name: a.attr.to_string() })
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) => {
                let stars: Vec<usize> = elts.iter().enumerate().filter(|(_, e)| matches!(e, ast::Expr::Starred(_))).map(|(i, _)| i).collect();
                if stars.len() > 1 {
                    self.diags.push(Diagnostic::new(Code::Syntax, Span::from(elts[stars[1]].range()), "multiple starred expressions in assignment"));
                    return None;
                }
                let mut ts: Vec<Target> = Vec::new();
                for e in elts {
                    let inner = if let ast::Expr::Starred(s) = e { s.value.as_ref() } else { e };
                    ts.push(self.target(ctx, inner)?);
                }
                match stars.first() {
                    None => Some(Target::Tuple(ts)),
                    Some(&i) => {
                        let after = ts.split_off(i + 1);
                        let star = Box::new(ts.pop()?);
                        Some(Target::Starred { before: ts, star, after })
                    }
                }
            }
            ast::Expr::Subscript(sub) => {
                let value = self.expr(ctx, &sub.value);
                let index = self.subscript_index(ctx, &sub.slice);
                Some(Target::Subscript { value, index })
            }
            _ => {
                self.diags.push(unsupported_stmt(Span::from(t.range()), "assignment to this target", "assign to a variable or an item (xs[i] = v)"));
                None
            }
        }
    }

    fn push(&mut self, ctx: &mut FnCtx, kind: ExprKind, span: Span) -> ExprId {
        let id = ExprId(ctx.exprs.len() as u32);
        ctx.exprs.push(Expr { kind, span });
        id
    }

    /// A placeholder for an expression that produced a diagnostic; the module is not
    /// compiled further when there are diagnostics, so its value never matters.
    fn error_expr(&mut self, ctx: &mut FnCtx, span: Span) -> ExprId {
        self.push(ctx, ExprKind::Const(Const::None), span)
    }

    fn name(&mut self, ctx: &mut FnCtx, name: &str, span: Span) -> ExprId {
        if ctx.class_body.is_some() {
            if let Some(e) = self.class_body_name(ctx, name, span) {
                return e;
            }
        }
        if let Some(l) = ctx.locals.get(name) {
            return self.push(ctx, ExprKind::Local(*l), span);
        }
        if !ctx.declared_global.contains(name) {
            if let Some(l) = ctx.free_variable(name) {
                return self.push(ctx, ExprKind::Local(l), span);
            }
        }
        self.global_name(ctx, name, span)
    }

    /// A name that is no variable of a function: a global, an imported member, a builtin.
    fn global_name(&mut self, ctx: &mut FnCtx, name: &str, span: Span) -> ExprId {
        if let Some((qualified, binding)) = self.members.get(name).cloned() {
            if !MODULE_VALUES.contains(&qualified.as_str()) {
                self.diags.push(unsupported_expr(span, &format!("using the function '{qualified}' as a value"), "call it directly"));
                return self.error_expr(ctx, span);
            }
            return self.push(ctx, ExprKind::ModuleAttr { binding, name: qualified }, span);
        }
        if let Some(g) = self.globals.get(name).copied() {
            return self.push(ctx, ExprKind::Global(g), span);
        }
        if name == "NotImplemented" {
            return self.push(ctx, ExprKind::NotImplemented, span);
        }
        if let Some(kind) = molt_abi::exception_kind(name) {
            return self.push(ctx, ExprKind::ExceptionClass(kind), span);
        }
        if let Some(id) = molt_abi::builtin_value_id(name) {
            return self.push(ctx, ExprKind::BuiltinValue(id), span);
        }
        if Builtin::from_name(name).is_some() {
            self.diags.push(unsupported_expr(span, &format!("using the builtin '{name}' as a value"), "call it directly"));
            return self.error_expr(ctx, span);
        }
        if OTHER_PYTHON_BUILTINS.contains(&name) {
            self.diags.push(Diagnostic::new(Code::UnsupportedCall, span, format!("the builtin '{name}' is not supported")).with_help("see specs/subset.md for the supported builtins"));
            return self.error_expr(ctx, span);
        }
        // Never bound anywhere: CPython raises NameError when (and if) this runs.
        let g = self.add_global(name, GlobalKind::Variable);
        self.push(ctx, ExprKind::Global(g), span)
    }

    fn expr(&mut self, ctx: &mut FnCtx, e: &ast::Expr) -> ExprId {
        if ctx.spill {
            return self.spilled(ctx, e);
        }
        self.lower_expr(ctx, e)
    }

    fn lower_expr(&mut self, ctx: &mut FnCtx, e: &ast::Expr) -> ExprId {
        let span = Span::from(e.range());
        let whole_statement = std::mem::take(&mut ctx.yield_position);
        let kind = match e {
            ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => match self.yield_expr(ctx, e, span, whole_statement) {
                Some(k) => k,
                None => return self.error_expr(ctx, span),
            },
            ast::Expr::GeneratorExp(g) => match self.generator_expression(ctx, g, span) {
                Some(k) => k,
                None => return self.error_expr(ctx, span),
            },
            ast::Expr::Constant(c) => match self.constant(&c.value, span) {
                Some(k) => k,
                None => return self.error_expr(ctx, span),
            },
            ast::Expr::Name(n) => return self.name(ctx, n.id.as_str(), span),
            ast::Expr::BinOp(b) => {
                let l = self.expr(ctx, &b.left);
                let r = self.expr(ctx, &b.right);
                ExprKind::Binary(binop(b.op), l, r)
            }
            // `-1` and `-2.5` are constants, as CPython's compiler folds them: negating at
            // run time cost a runtime call per use (every `seq[k::-1]` in fannkuch).
            ast::Expr::UnaryOp(u) if negated_literal(u).is_some() => ExprKind::Const(negated_literal(u).unwrap_or(Const::None)),
            ast::Expr::UnaryOp(u) => {
                let a = self.expr(ctx, &u.operand);
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                };
                ExprKind::Unary(op, a)
            }
            ast::Expr::BoolOp(b) => {
                let vs = b.values.iter().map(|v| self.expr(ctx, v)).collect();
                ExprKind::BoolOp(if b.op == ast::BoolOp::And { BoolOpKind::And } else { BoolOpKind::Or }, vs)
            }
            ast::Expr::Compare(c) => {
                let left = self.expr(ctx, &c.left);
                let rest = c
                    .ops
                    .iter()
                    .zip(&c.comparators)
                    .map(|(op, r)| {
                        // Only membership is asked of a set display right of `in`: its order
                        // is unobservable there.
                        let value = match r {
                            ast::Expr::Set(set) if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) => self.set_display(ctx, set, SetPosition::Membership),
                            _ => self.expr(ctx, r),
                        };
                        (cmpop(*op), value)
                    })
                    .collect();
                ExprKind::Compare { left, rest }
            }
            ast::Expr::IfExp(x) => {
                let test = self.expr(ctx, &x.test);
                let body = self.expr(ctx, &x.body);
                let orelse = self.expr(ctx, &x.orelse);
                ExprKind::IfExp { test, body, orelse }
            }
            ast::Expr::Tuple(t) if has_starred(&t.elts) => self.starred_display(ctx, DisplayKind::Tuple, &t.elts),
            ast::Expr::Tuple(t) => ExprKind::Tuple(t.elts.iter().map(|x| self.expr(ctx, x)).collect()),
            ast::Expr::List(l) if has_starred(&l.elts) => self.starred_display(ctx, DisplayKind::List, &l.elts),
            ast::Expr::List(l) => ExprKind::List(l.elts.iter().map(|x| self.expr(ctx, x)).collect()),
            ast::Expr::ListComp(c) => match self.comprehension(ctx, &c.generators, &c.elt, None, "list comprehension", span) {
                Some(k) => k,
                None => return self.error_expr(ctx, span),
            },
            ast::Expr::DictComp(c) => match self.comprehension(ctx, &c.generators, &c.key, Some(&c.value), "dict comprehension", span) {
                Some(k) => k,
                None => return self.error_expr(ctx, span),
            },
            ast::Expr::SetComp(c) => match self.comprehension(ctx, &c.generators, &c.elt, None, "set comprehension", span) {
                Some(ExprKind::Comprehension { clauses, elt, value, .. }) => ExprKind::Comprehension { kind: CompKind::Set, clauses, elt, value, genexpr: false },
                _ => return self.error_expr(ctx, span),
            },
            ast::Expr::Set(set) => return self.set_display(ctx, set, SetPosition::Value),
            ast::Expr::Attribute(_) if self.module_member(ctx, e).is_some() => {
                let Some((binding, name)) = self.module_member(ctx, e) else { return self.error_expr(ctx, span) };
                if !MODULE_VALUES.contains(&name.as_str()) {
                    let what = if MODULE_FUNCTIONS.contains(&name.as_str()) { format!("using the function '{name}' as a value") } else { format!("'{name}'") };
                    self.diags.push(Diagnostic::new(Code::UnsupportedExpression, span, format!("{what} is not supported")).with_help("see specs/subset.md for what math and sys provide"));
                    return self.error_expr(ctx, span);
                }
                ExprKind::ModuleAttr { binding, name }
            }
            ast::Expr::Lambda(l) => match self.lambda(ctx, l, span) {
                Some(k) => k,
                None => return self.error_expr(ctx, span),
            },
            ast::Expr::Attribute(a) => ExprKind::Attribute { value: self.expr(ctx, &a.value), name: a.attr.to_string() },
            ast::Expr::JoinedStr(j) => {
                let parts: Vec<ExprId> = j.values.iter().map(|v| self.expr(ctx, v)).collect();
                ExprKind::JoinStr(parts)
            }
            ast::Expr::FormattedValue(fv) => {
                let value = self.expr(ctx, &fv.value);
                let conversion = match fv.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                let spec = fv.format_spec.as_ref().map(|s| self.expr(ctx, s));
                ExprKind::FormatField { value, conversion, spec }
            }
            ast::Expr::Dict(dict) if dict.keys.iter().any(Option::is_none) => {
                let mut parts = Vec::new();
                for (k, v) in dict.keys.iter().zip(&dict.values) {
                    match k {
                        Some(k) => {
                            parts.push((CallPart::Positional, self.expr(ctx, k)));
                            parts.push((CallPart::Positional, self.expr(ctx, v)));
                        }
                        None => parts.push((CallPart::StarStar, self.expr(ctx, v))),
                    }
                }
                ExprKind::Display { kind: DisplayKind::Dict, parts }
            }
            ast::Expr::Dict(dict) => {
                let mut items = Vec::new();
                for (k, v) in dict.keys.iter().zip(&dict.values) {
                    let Some(k) = k else {
                        self.diags.push(unsupported_expr(Span::from(v.range()), "dict unpacking with '**'", "merge with | or update()"));
                        return self.error_expr(ctx, span);
                    };
                    items.push(self.expr(ctx, k));
                    items.push(self.expr(ctx, v));
                }
                ExprKind::Dict(items)
            }
            ast::Expr::Subscript(s) => {
                let value = self.expr(ctx, &s.value);
                match s.slice.as_ref() {
                    ast::Expr::Slice(sl) => {
                        let lower = sl.lower.as_ref().map(|x| self.expr(ctx, x));
                        let upper = sl.upper.as_ref().map(|x| self.expr(ctx, x));
                        let step = sl.step.as_ref().map(|x| self.expr(ctx, x));
                        ExprKind::Slice { value, lower, upper, step }
                    }
                    idx => {
                        let index = self.expr(ctx, idx);
                        ExprKind::Subscript { value, index }
                    }
                }
            }
            ast::Expr::Call(c) => match self.call(ctx, c, span) {
                Some(k) => k,
                None => return self.error_expr(ctx, span),
            },
            other => {
                let (what, help) = match other {
                    ast::Expr::NamedExpr(_) => ("an assignment expression (':=')", "assign in a separate statement"),
                    ast::Expr::Await(_) => ("'await'", "use synchronous code"),
                    ast::Expr::Starred(_) => ("a starred expression", "list the items explicitly"),
                    ast::Expr::Slice(_) => ("a slice outside a subscript", "slice directly: s[a:b]"),
                    _ => ("this expression", "see specs/subset.md"),
                };
                self.diags.push(unsupported_expr(span, what, help));
                return self.error_expr(ctx, span);
            }
        };
        self.push(ctx, kind, span)
    }

    /// A list or dict comprehension: its targets get hidden locals (the comprehension's own
    /// scope), restored to the enclosing bindings afterwards.
    fn comprehension(&mut self, ctx: &mut FnCtx, gens: &[ast::Comprehension], elt: &ast::Expr, value: Option<&ast::Expr>, kind: &'static str, span: Span) -> Option<ExprKind> {
        if ctx.class_body.is_some() {
            self.diags.push(unsupported_expr(span, "a comprehension in a class body", "build the value in a function and assign its result"));
            return None;
        }
        if let Some(g) = gens.iter().find(|g| g.is_async) {
            self.diags.push(unsupported_expr(Span::from(g.iter.range()), "an async comprehension", "use a plain comprehension"));
            return None;
        }
        let mut saved: Vec<(String, Option<LocalId>)> = Vec::new();
        let mut clauses = Vec::new();
        let outer_kind = ctx.comprehension_kind.replace(kind);
        for g in gens {
            // The iterable of each clause sees the targets of the clauses before it.
            let iter = self.iterable(ctx, &g.iter);
            let mut names = Vec::new();
            target_names(&g.target, &mut names);
            for (n, _) in names {
                let hidden = LocalId(ctx.local_names.len() as u32);
                ctx.local_names.push(format!("<comprehension {n}>"));
                saved.push((n.clone(), ctx.locals.insert(n, hidden)));
            }
            let target = self.target(ctx, &g.target);
            let conds = g.ifs.iter().map(|c| self.expr(ctx, c)).collect();
            match target {
                Some(target) => clauses.push(CompClause { target, iter, conds }),
                None => {
                    ctx.comprehension_kind = outer_kind;
                    return None;
                }
            }
        }
        let elt = self.expr(ctx, elt);
        let value = value.map(|v| self.expr(ctx, v));
        ctx.comprehension_kind = outer_kind;
        for (name, old) in saved.into_iter().rev() {
            match old {
                Some(l) => ctx.locals.insert(name, l),
                None => ctx.locals.remove(&name),
            };
        }
        let _ = span;
        Some(ExprKind::Comprehension { kind: if value.is_some() { CompKind::Dict } else { CompKind::List }, clauses, elt, value, genexpr: false })
    }

    /// The iterable of a `for` or a comprehension clause: a set display there is iterated
    /// as CPython's frozenset constant when all its items are constants.
    fn iterable(&mut self, ctx: &mut FnCtx, e: &ast::Expr) -> ExprId {
        match e {
            ast::Expr::Set(set) => self.set_display(ctx, set, SetPosition::Iterated),
            _ => self.expr(ctx, e),
        }
    }

    /// `{a, b, c}`. CPython builds a display of more than two constants by copying a
    /// frozenset constant, and iterates constants in a `for` as that frozenset; the table
    /// layout, and so the order, differs from adding the items one by one. Where that
    /// layout cannot be predicted (`set_display.rs`), the display is rejected.
    fn set_display(&mut self, ctx: &mut FnCtx, set: &ast::ExprSet, position: SetPosition) -> ExprId {
        let span = Span::from(set.range);
        if has_starred(&set.elts) {
            let kind = self.starred_display(ctx, DisplayKind::Set, &set.elts);
            return self.push(ctx, kind, span);
        }
        let consts: Vec<Option<bool>> = set.elts.iter().map(folded_constant).collect();
        let all_const = consts.iter().all(|c| *c == Some(true));
        let folded = all_const && (set.elts.len() > 2 || position == SetPosition::Iterated);
        if position != SetPosition::Membership && set.elts.len() > 2 {
            if let Some(e) = set.elts.iter().zip(&consts).find(|(_, c)| c.is_none()).map(|(e, _)| e) {
                if consts.iter().all(|c| *c != Some(false)) {
                    self.diags.push(
                        Diagnostic::new(Code::UnsupportedExpression, Span::from(e.range()), "a computed constant in a set display is not supported")
                            .with_help("whether CPython folds it decides the set's order; write its value, or build the set with set([...])"),
                    );
                    return self.error_expr(ctx, span);
                }
            }
        }
        // Displays CPython turns into a frozenset constant.
        if all_const && (set.elts.len() > 2 || position != SetPosition::Value) {
            let keys: Option<Vec<crate::set_display::ConstKey>> = set.elts.iter().map(crate::set_display::ConstKey::of).collect();
            if let Some(keys) = keys {
                use crate::set_display::Unpredictable;
                let err = match self.set_displays.check(&keys, position != SetPosition::Membership) {
                    Ok(()) => None,
                    Err(Unpredictable::Interning) => Some(
                        Diagnostic::new(Code::UnsupportedExpression, span, "this set display's order depends on CPython's string interning")
                            .with_label("CPython rebuilds its constant when interning an identifier-like string replaces it, which depends on what the interpreter interned before")
                            .with_help("build it with set([...]) (or frozenset([...])), whose order is fixed, or use the display only with `in`"),
                    ),
                    Err(Unpredictable::SharedConstant) => Some(
                        Diagnostic::new(Code::UnsupportedExpression, span, "this set display's order depends on an equal set display elsewhere in the program")
                            .with_label("CPython shares one constant between equal displays, laid out by the first one it compiles")
                            .with_help("write equal set displays with their items in the same order, or build this one with set([...])"),
                    ),
                };
                if let Some(d) = err {
                    self.diags.push(d);
                    return self.error_expr(ctx, span);
                }
            }
        }
        let items = set.elts.iter().map(|x| self.expr(ctx, x)).collect();
        let build = match (folded, position) {
            (false, _) | (true, SetPosition::Membership) => SetBuild::Sequential,
            (true, SetPosition::Iterated) => SetBuild::ConstantIterated,
            (true, SetPosition::Value) => SetBuild::FromConstant,
        };
        self.push(ctx, ExprKind::Set { items, build }, span)
    }

    /// `[a, *xs]`, `(*xs, b)`, `{*s, c}`: built part by part.
    fn starred_display(&mut self, ctx: &mut FnCtx, kind: DisplayKind, elts: &[ast::Expr]) -> ExprKind {
        let parts = elts
            .iter()
            .map(|e| match e {
                ast::Expr::Starred(s) => (CallPart::Star, self.expr(ctx, &s.value)),
                e => (CallPart::Positional, self.expr(ctx, e)),
            })
            .collect();
        ExprKind::Display { kind, parts }
    }

    fn constant(&mut self, c: &ast::Constant, span: Span) -> Option<ExprKind> {
        Some(ExprKind::Const(match c {
            ast::Constant::None => Const::None,
            ast::Constant::Bool(b) => Const::Bool(*b),
            ast::Constant::Str(s) => Const::Str(s.clone()),
            ast::Constant::Int(i) => Const::Int(i.clone()),
            ast::Constant::Float(f) => Const::Float(*f),
            ast::Constant::Complex { .. } => {
                self.diags.push(unsupported_expr(span, "a complex number", "Molt has no complex type; use pairs of floats"));
                return None;
            }
            ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
            ast::Constant::Ellipsis => {
                self.diags.push(unsupported_expr(span, "'...'", "use None"));
                return None;
            }
            ast::Constant::Tuple(_) => {
                self.diags.push(unsupported_expr(span, "a constant tuple", "write the tuple explicitly"));
                return None;
            }
        }))
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// Names bound by assignment-like statements in `stmts`, not descending into nested
/// function bodies (their names belong to their own scope).
fn collect_assigned(stmts: &[ast::Stmt], out: &mut Vec<(String, Span)>) {
    for s in stmts {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target_names(t, out)),
            ast::Stmt::AugAssign(a) => target_names(&a.target, out),
            ast::Stmt::AnnAssign(a) => target_names(&a.target, out),
            ast::Stmt::For(x) => target_names(&x.target, out),
            ast::Stmt::With(_) => with_target_names(s, out),
            ast::Stmt::FunctionDef(d) => out.push((d.name.to_string(), Span::from(d.range))),
            ast::Stmt::ClassDef(c) => out.push((c.name.to_string(), Span::from(c.range))),
            _ => collect_handler_names(s, out),
        }
        for b in nested_bodies(s) {
            collect_assigned(b, out);
        }
    }
}

fn has_starred(elts: &[ast::Expr]) -> bool {
    elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)))
}

/// Whether a call unpacks arguments (`f(*xs)`, `f(**kw)`).
fn has_unpacking(c: &ast::ExprCall) -> bool {
    c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none())
}

/// The names bound by the `as` targets of a `with` statement.
fn with_target_names(s: &ast::Stmt, out: &mut Vec<(String, Span)>) {
    if let ast::Stmt::With(w) = s {
        w.items.iter().filter_map(|i| i.optional_vars.as_deref()).for_each(|t| target_names(t, out));
    }
}

/// The names bound by `except ... as name` clauses of a `try` statement.
fn collect_handler_names(s: &ast::Stmt, out: &mut Vec<(String, Span)>) {
    if let ast::Stmt::Try(t) = s {
        for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
            if let Some(n) = &h.name {
                out.push((n.to_string(), Span::from(h.range)));
            }
        }
    }
}

/// The statement lists nested directly inside a compound statement (not inside a `def`).
fn nested_bodies(s: &ast::Stmt) -> Vec<&[ast::Stmt]> {
    match s {
        ast::Stmt::If(x) => vec![&x.body, &x.orelse],
        ast::Stmt::While(x) => vec![&x.body, &x.orelse],
        ast::Stmt::For(x) => vec![&x.body, &x.orelse],
        ast::Stmt::With(x) => vec![&x.body],
        ast::Stmt::Try(x) => {
            let mut v: Vec<&[ast::Stmt]> = vec![&x.body];
            v.extend(x.handlers.iter().map(|ast::ExceptHandler::ExceptHandler(h)| h.body.as_slice()));
            v.push(&x.orelse);
            v.push(&x.finalbody);
            v
        }
        _ => vec![],
    }
}

fn target_names(t: &ast::Expr, out: &mut Vec<(String, Span)>) {
    match t {
        ast::Expr::Name(n) => out.push((n.id.to_string(), Span::from(n.range))),
        ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::Starred(x) => target_names(&x.value, out),
        _ => {}
    }
}

fn collect_global_decls(stmts: &[ast::Stmt], out: &mut HashSet<String>) {
    for s in stmts {
        if let ast::Stmt::Global(g) = s {
            out.extend(g.names.iter().map(|n| n.to_string()));
        }
        for b in nested_bodies(s) {
            collect_global_decls(b, out);
        }
    }
}

/// The names declared `nonlocal` in a function body, with where.
fn collect_nonlocal_decls(stmts: &[ast::Stmt], out: &mut Vec<(String, Span)>) {
    for s in stmts {
        if let ast::Stmt::Nonlocal(n) = s {
            out.extend(n.names.iter().map(|x| (x.to_string(), Span::from(n.range))));
        }
        for b in nested_bodies(s) {
            collect_nonlocal_decls(b, out);
        }
    }
}

fn is_yield(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Yield(_) | ast::Expr::YieldFrom(_))
}
