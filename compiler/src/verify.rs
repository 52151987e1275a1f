//! The HIR verifier: checks the invariants listed in [`crate::hir`]'s module doc. It runs
//! after lowering in debug builds and tests; a violation is a compiler bug, reported as an
//! internal error rather than miscompiled.

use crate::hir::*;

pub fn verify_hir(module: &Module) -> Vec<String> {
    let mut v = Verifier { module, errors: Vec::new() };
    match module.functions.first() {
        Some(m) if m.params.is_empty() => {}
        _ => v.errors.push("function 0 must be the parameterless module body".into()),
    }
    for (i, f) in module.functions.iter().enumerate() {
        let fid = FuncId(i as u32);
        for p in &f.params {
            if let Some(g) = p.default {
                v.global(fid, g);
            }
        }
        if f.params.len() > f.locals.len() {
            v.errors.push(format!("f{i}: more parameters than locals"));
        }
        if f.freevars.len() != f.captures.len() || f.cells.iter().chain(&f.freevars).any(|l| l.0 as usize >= f.locals.len()) {
            v.errors.push(format!("f{i}: free variables and captures do not pair up, or a cell is out of range"));
        }
        for (e, expr) in f.exprs.iter().enumerate() {
            v.expr(fid, f, ExprId(e as u32), expr);
        }
        v.block(fid, f, &f.body, false, false);
        v.yields(fid, f);
    }
    v.errors
}

struct Verifier<'a> {
    module: &'a Module,
    errors: Vec<String>,
}

impl Verifier<'_> {
    fn global(&mut self, f: FuncId, g: GlobalId) {
        if g.0 as usize >= self.module.globals.len() {
            self.errors.push(format!("f{}: global g{} out of range", f.0, g.0));
        }
    }

    fn expr_id(&mut self, f: FuncId, func: &Function, e: ExprId) {
        if e.0 as usize >= func.exprs.len() {
            self.errors.push(format!("f{}: expression e{} out of range", f.0, e.0));
        }
    }

    fn target(&mut self, f: FuncId, func: &Function, t: &Target) {
        match t {
            Target::Local(l) if l.0 as usize >= func.locals.len() => self.errors.push(format!("f{}: local l{} out of range", f.0, l.0)),
            Target::Local(_) => {}
            Target::Global(g) => self.global(f, *g),
            Target::Tuple(ts) => ts.iter().for_each(|t| self.target(f, func, t)),
            Target::Attribute { value, .. } => self.expr_id(f, func, *value),
            Target::Subscript { value, index } => {
                self.expr_id(f, func, *value);
                self.expr_id(f, func, *index);
            }
            Target::Starred { before, star, after } => {
                before.iter().chain(after).for_each(|t| self.target(f, func, t));
                self.target(f, func, star);
            }
        }
    }

    fn block(&mut self, f: FuncId, func: &Function, stmts: &[Stmt], in_loop: bool, in_finally: bool) {
        for s in stmts {
            match &s.kind {
                StmtKind::Expr(e) => self.expr_id(f, func, *e),
                StmtKind::Raise { exc, cause } => {
                    if exc.is_none() && cause.is_some() {
                        self.errors.push(format!("f{}: raise with a cause but no exception", f.0));
                    }
                    for e in exc.iter().chain(cause) {
                        self.expr_id(f, func, *e);
                    }
                }
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    if handlers.is_empty() && !orelse.is_empty() {
                        self.errors.push(format!("f{}: try with an else but no except", f.0));
                    }
                    if let Some(i) = handlers.iter().position(|h| h.classes.is_none()) {
                        if i + 1 != handlers.len() {
                            self.errors.push(format!("f{}: a bare except is not the last clause", f.0));
                        }
                    }
                    self.block(f, func, body, in_loop, in_finally);
                    for h in handlers {
                        if let Some(t) = &h.name {
                            self.target(f, func, t);
                        }
                        if h.classes.as_ref().is_some_and(|c| c.is_empty() || c.iter().any(|k| matches!(k, ExceptClass::Builtin(k) if *k >= molt_abi::EXCEPTION_KINDS.len()))) {
                            self.errors.push(format!("f{}: except clause with an invalid class", f.0));
                        }
                        for c in h.classes.iter().flatten() {
                            if let ExceptClass::Value(e) = c {
                                self.expr_id(f, func, *e);
                            }
                        }
                        self.block(f, func, &h.body, in_loop, in_finally);
                    }
                    self.block(f, func, orelse, in_loop, in_finally);
                    self.block(f, func, finalbody, false, true);
                }
                StmtKind::Assign { targets, value } => {
                    self.expr_id(f, func, *value);
                    targets.iter().for_each(|t| self.target(f, func, t));
                }
                StmtKind::If { test, body, orelse } => {
                    self.expr_id(f, func, *test);
                    self.block(f, func, body, in_loop, in_finally);
                    self.block(f, func, orelse, in_loop, in_finally);
                }
                StmtKind::While { test, body, orelse } => {
                    self.expr_id(f, func, *test);
                    self.block(f, func, body, true, in_finally);
                    self.block(f, func, orelse, in_loop, in_finally);
                }
                StmtKind::For { target, iter, body, orelse } => {
                    self.target(f, func, target);
                    self.expr_id(f, func, *iter);
                    self.block(f, func, body, true, in_finally);
                    self.block(f, func, orelse, in_loop, in_finally);
                }
                StmtKind::Break | StmtKind::Continue if !in_loop => self.errors.push(format!("f{}: break/continue outside a loop", f.0)),
                StmtKind::Break | StmtKind::Continue => {}
                StmtKind::Return(_) if f.0 == 0 => self.errors.push("the module body contains a return".into()),
                StmtKind::Return(_) if in_finally => self.errors.push(format!("f{}: return inside a finally body", f.0)),
                StmtKind::Return(v) => {
                    if let Some(v) = v {
                        self.expr_id(f, func, *v);
                    }
                }
                StmtKind::Assert { test, msg } => {
                    self.expr_id(f, func, *test);
                    if let Some(m) = msg {
                        self.expr_id(f, func, *m);
                    }
                }
                StmtKind::Delete(targets) => {
                    for (v, i) in targets {
                        self.expr_id(f, func, *v);
                        self.expr_id(f, func, *i);
                    }
                }
                StmtKind::AugAssignSubscript { value, index, rhs, .. } => {
                    for e in [value, index, rhs] {
                        self.expr_id(f, func, *e);
                    }
                }
                StmtKind::Def { func: d, defaults, binding } => {
                    if d.0 as usize >= self.module.functions.len() || d.0 == 0 {
                        self.errors.push(format!("f{}: def of invalid function f{}", f.0, d.0));
                    }
                    self.global(f, *binding);
                    for (g, e) in defaults {
                        self.global(f, *g);
                        self.expr_id(f, func, *e);
                    }
                }
                StmtKind::FreshCell(l) if !func.cells.contains(l) => self.errors.push(format!("f{}: fresh cell for l{}, not a cell of its own", f.0, l.0)),
                StmtKind::FreshCell(_) => {}
            }
        }
    }

    /// Each `yield` is in a generator, as the whole value of a statement.
    fn yields(&mut self, f: FuncId, func: &Function) {
        let mut allowed = std::collections::HashSet::new();
        statement_values(&func.body, &mut allowed);
        for (i, e) in func.exprs.iter().enumerate() {
            if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && (!func.generator || !allowed.contains(&ExprId(i as u32))) {
                self.errors.push(format!("f{}: e{i}: a yield outside a generator or inside a larger expression", f.0));
            }
        }
    }

    fn expr(&mut self, f: FuncId, func: &Function, id: ExprId, e: &Expr) {
        for c in e.kind.children() {
            if c >= id {
                self.errors.push(format!("f{}: e{} uses e{}, which is not evaluated before it", f.0, id.0, c.0));
            }
        }
        match &e.kind {
            ExprKind::Local(l) if l.0 as usize >= func.locals.len() => self.errors.push(format!("f{}: local l{} out of range", f.0, l.0)),
            ExprKind::Global(g) | ExprKind::ModuleAttr { binding: g, .. } | ExprKind::ModuleCall { binding: g, .. } => self.global(f, *g),
            ExprKind::Comprehension { clauses, .. } => clauses.iter().for_each(|c| self.target(f, func, &c.target)),
            ExprKind::Call { func: callee, args, .. } => match self.module.functions.get(callee.0 as usize) {
                Some(c) if callee.0 != 0 => {
                    if !c.freevars.is_empty() {
                        self.errors.push(format!("f{}: direct call of f{}, which has free variables", f.0, callee.0));
                    }
                    if c.params.len() != args.len() {
                        self.errors.push(format!("f{}: call of f{} with {} arguments for {} parameters", f.0, callee.0, args.len(), c.params.len()));
                    }
                    for (i, a) in args.iter().enumerate() {
                        if a.is_none() && c.params.get(i).is_some_and(|p| p.default.is_none()) {
                            self.errors.push(format!("f{}: call of f{} omits parameter {i}, which has no default", f.0, callee.0));
                        }
                    }
                }
                _ => self.errors.push(format!("f{}: call of invalid function f{}", f.0, callee.0)),
            },
            ExprKind::CallBuiltin { builtin, args, .. } => {
                let (lo, hi) = builtin.arity();
                if args.len() < lo || args.len() > hi {
                    self.errors.push(format!("f{}: {}() called with {} arguments", f.0, builtin.name(), args.len()));
                }
            }
            ExprKind::MakeFunction { func: g, defaults } if g.0 == 0 || g.0 as usize >= self.module.functions.len() || defaults.len() != self.module.functions[g.0 as usize].params.len() => {
                self.errors.push(format!("f{}: e{}: make of an invalid function or with the wrong number of defaults", f.0, id.0));
            }
            ExprKind::MakeFunction { func: g, .. } if self.module.functions[g.0 as usize].captures.iter().any(|c| !func.is_cell(*c)) => {
                self.errors.push(format!("f{}: e{}: f{} captures a local that is not a cell here", f.0, id.0, g.0));
            }
            ExprKind::BuiltinValue(id) if *id >= molt_abi::BUILTIN_VALUES.len() => self.errors.push(format!("f{}: unknown builtin value {id}", f.0)),
            ExprKind::NewException { kind, .. } if *kind >= molt_abi::EXCEPTION_KINDS.len() => {
                self.errors.push(format!("f{}: unknown exception kind {kind}", f.0))
            }
            _ => {}
        }
    }
}

/// The expressions that are the whole value of an expression statement or assignment.
fn statement_values(stmts: &[Stmt], out: &mut std::collections::HashSet<ExprId>) {
    for s in stmts {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } => {
                out.insert(*e);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                statement_values(body, out);
                statement_values(orelse, out);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                statement_values(body, out);
                handlers.iter().for_each(|h| statement_values(&h.body, out));
                statement_values(orelse, out);
                statement_values(finalbody, out);
            }
            _ => {}
        }
    }
}
