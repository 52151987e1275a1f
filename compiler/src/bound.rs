//! Definite assignment of plain locals: which reads of a local can never find it unbound,
//! so code generation can leave out their UnboundLocalError test.
//!
//! A forward analysis over the HIR's structured statements. The state at a point is the
//! set of locals bound on every path that reaches it, or "unreachable" after `return`,
//! `raise`, `break` and `continue`. Only assignments bind; the one way a plain local
//! becomes unbound again is the end of an `except ... as name` clause, so every local
//! named by such a clause is left out of the analysis (its reads keep the test). The state
//! then only grows along a path, which makes loops and `try` simple and sound:
//! - a loop body starts from the state before the loop (every later iteration has at
//!   least those bindings), and the state after it is what `else` leaves, met with the
//!   states at each `break`;
//! - an `except` clause and a `finally` body start from the state before the `try` (an
//!   exception can come from any point of the body, where at least those are bound).
//!
//! Globals: nothing unbinds a global but an `except ... as name` clause naming it (in any
//! function; such globals are left out), so once bound a global stays bound. The module
//! body is analysed with its globals as well as its locals: a global read (or a direct
//! call's check of the callee's binding, or a module name's) is proven where the global is
//! bound on every path. A function can only run after the statement that makes it, so the
//! globals bound after its `def` (or `lambda`) are bound whenever it runs; a function made
//! inside another inherits what is bound whenever that one runs.
//!
//! Reads inside an expression see the state before the statement, except the targets of
//! a comprehension's clauses, bound for the parts evaluated after them. Cells and the
//! parameters are not tracked: cells are read through the runtime, and parameters are
//! always bound.

use crate::hir::{for_each_stmt, ExprId, ExprKind, FuncId, Function, GlobalId, GlobalKind, Module, Stmt, StmtKind, Target};

/// For each expression of `f` (by `ExprId`), whether it is a read of a plain local that is
/// bound on every path to it.
pub fn definitely_bound_reads(f: &Function) -> Vec<bool> {
    let mut a = Analysis::new(f, None);
    a.run();
    a.proven.into_iter().map(|p| p == Some(true)).collect()
}

/// Where a global's binding needs no test (see the module doc).
pub struct BoundGlobals {
    /// Per expression of the module body: it checks a global (`checked_global`) that is
    /// bound on every path to it.
    pub module_checks: Vec<bool>,
    /// Per function other than the module body: the globals bound whenever it runs, or
    /// `None` when nothing is known.
    pub while_running: Vec<Option<Vec<bool>>>,
}

impl BoundGlobals {
    /// Whether global `g`, checked by expression `at` of function `f`, is surely bound.
    pub fn proven(&self, f: FuncId, g: GlobalId, at: ExprId) -> bool {
        if f.0 == 0 {
            self.module_checks[at.0 as usize]
        } else {
            self.while_running[f.0 as usize].as_ref().is_some_and(|s| s[g.0 as usize])
        }
    }
}

pub fn bound_globals(m: &Module) -> BoundGlobals {
    let mut excluded = vec![false; m.globals.len()];
    for f in &m.functions {
        walk_handler_names(&f.body, &mut |t| {
            if let Target::Global(g) = t {
                excluded[g.0 as usize] = true;
            }
        });
    }
    let binding_of = function_bindings(m);
    let body = &m.functions[0];
    let mut a = Analysis::new(body, Some(GlobalsCtx { excluded, binding_of: &binding_of, made: vec![None; m.functions.len()] }));
    a.run();
    let module_checks = a.proven.iter().map(|p| *p == Some(true)).collect();
    let nl = body.locals.len();
    let mut while_running: Vec<Option<Vec<bool>>> = a.globals.expect("tracked").made.into_iter().map(|s| s.map(|v| v[nl..].to_vec())).collect();
    while_running[0] = None;
    // Functions made inside other functions: what holds whenever the maker runs. Each
    // pass settles one more level of nesting.
    loop {
        let mut changed = false;
        for (i, f) in m.functions.iter().enumerate().skip(1) {
            let Some(outer) = while_running[i].clone() else { continue };
            for inner in functions_made(f) {
                if while_running[inner.0 as usize].is_none() {
                    while_running[inner.0 as usize] = Some(outer.clone());
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    BoundGlobals { module_checks, while_running }
}

/// The global each function's `def` binds, by `FuncId`.
fn function_bindings(m: &Module) -> Vec<Option<GlobalId>> {
    let mut out = vec![None; m.functions.len()];
    for (i, g) in m.globals.iter().enumerate() {
        if let GlobalKind::Function(f) = g.kind {
            out[f.0 as usize] = Some(GlobalId(i as u32));
        }
    }
    out
}

/// The global whose binding expression `kind` tests before it runs (`binding_of` gives a
/// function's).
pub fn checked_global(kind: &ExprKind, binding_of: &[Option<GlobalId>]) -> Option<GlobalId> {
    match kind {
        ExprKind::Global(g) | ExprKind::ModuleAttr { binding: g, .. } | ExprKind::ModuleCall { binding: g, .. } => Some(*g),
        ExprKind::Call { func, .. } => binding_of[func.0 as usize],
        _ => None,
    }
}

/// The functions `f`'s body makes (`def`s and `lambda`s).
fn functions_made(f: &Function) -> Vec<FuncId> {
    let mut out: Vec<FuncId> = f.exprs.iter().filter_map(|e| if let ExprKind::MakeFunction { func, .. } = e.kind { Some(func) } else { None }).collect();
    for_each_stmt(&f.body, |st| {
        if let StmtKind::Def { func, .. } = st.kind {
            out.push(func);
        }
    });
    out
}

/// The module body's globals, tracked after its locals in the analysis state.
struct GlobalsCtx<'b> {
    excluded: Vec<bool>,
    binding_of: &'b [Option<GlobalId>],
    /// Per function: the state after the statement that makes it (met over all).
    made: Vec<State>,
}

/// Bound locals, or `None` where no path reaches.
type State = Option<Vec<bool>>;

fn meet(a: State, b: State) -> State {
    match (a, b) {
        (None, s) | (s, None) => s,
        (Some(mut x), Some(y)) => {
            for (b, c) in x.iter_mut().zip(y) {
                *b &= c;
            }
            Some(x)
        }
    }
}

/// The states at the `break`s and `continue`s of one loop.
#[derive(Default)]
struct LoopExits {
    breaks: State,
}

struct Analysis<'a, 'b> {
    f: &'a Function,
    /// Locals (cells and `except ... as` names) the analysis leaves out.
    excluded: Vec<bool>,
    globals: Option<GlobalsCtx<'b>>,
    /// Per expression: `Some(true)` when every visit of a local read found it bound. An
    /// expression may be visited more than once (a `finally` body is walked from two
    /// states); a single unproven visit makes it `Some(false)`.
    proven: Vec<Option<bool>>,
    loops: Vec<LoopExits>,
}

impl<'a, 'b> Analysis<'a, 'b> {
    fn new(f: &'a Function, globals: Option<GlobalsCtx<'b>>) -> Self {
        let mut excluded = vec![false; f.locals.len()];
        for l in f.cells.iter().chain(&f.freevars) {
            excluded[l.0 as usize] = true;
        }
        walk_handler_names(&f.body, &mut |t| {
            if let Target::Local(l) = t {
                excluded[l.0 as usize] = true;
            }
        });
        Analysis { f, excluded, globals, proven: vec![None; f.exprs.len()], loops: Vec::new() }
    }

    fn run(&mut self) {
        let nglobals = self.globals.as_ref().map_or(0, |g| g.excluded.len());
        let mut entry = vec![false; self.f.locals.len() + nglobals];
        for b in entry.iter_mut().take(self.f.params.len()) {
            *b = true;
        }
        self.block(&self.f.body, Some(entry));
    }

    /// Index of global `g` in the state, when globals are tracked and `g` is not left out.
    fn global_slot(&self, g: GlobalId) -> Option<usize> {
        let ctx = self.globals.as_ref()?;
        (!ctx.excluded[g.0 as usize]).then(|| self.f.locals.len() + g.0 as usize)
    }

    /// Records that function `func` is made where the state is `s`.
    fn made(&mut self, func: FuncId, s: &[bool]) {
        if let Some(ctx) = self.globals.as_mut() {
            let slot = &mut ctx.made[func.0 as usize];
            *slot = meet(slot.take(), Some(s.to_vec()));
        }
    }

    fn block(&mut self, stmts: &[Stmt], mut s: State) -> State {
        for st in stmts {
            s = self.stmt(st, s);
        }
        s
    }

    fn stmt(&mut self, st: &Stmt, s: State) -> State {
        // Unreachable code: its reads keep their test (they are never visited as proven).
        let Some(cur) = s else { return None };
        match &st.kind {
            StmtKind::Expr(e) => {
                self.expr(*e, &cur);
                Some(cur)
            }
            StmtKind::Assign { targets, value } => {
                self.expr(*value, &cur);
                for t in targets {
                    self.target_reads(t, &cur);
                }
                let mut next = cur;
                for t in targets {
                    self.bind(t, &mut next);
                }
                Some(next)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(*test, &cur);
                let a = self.block(body, Some(cur.clone()));
                let b = self.block(orelse, Some(cur));
                meet(a, b)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(*test, &cur);
                self.loops.push(LoopExits::default());
                self.block(body, Some(cur.clone()));
                let exits = self.loops.pop().expect("pushed above");
                let done = self.block(orelse, Some(cur));
                meet(done, exits.breaks)
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(*iter, &cur);
                let mut each = cur.clone();
                self.target_reads(target, &cur);
                self.bind(target, &mut each);
                self.loops.push(LoopExits::default());
                self.block(body, Some(each));
                let exits = self.loops.pop().expect("pushed above");
                let done = self.block(orelse, Some(cur));
                meet(done, exits.breaks)
            }
            StmtKind::Break => {
                if let Some(l) = self.loops.last_mut() {
                    l.breaks = meet(l.breaks.take(), Some(cur));
                }
                None
            }
            StmtKind::Continue => None,
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(*v, &cur);
                }
                None
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause) {
                    self.expr(*e, &cur);
                }
                None
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let after_body = self.block(body, Some(cur.clone()));
                let mut normal = self.block(orelse, after_body);
                for h in handlers {
                    for c in h.classes.iter().flatten() {
                        if let crate::hir::ExceptClass::Value(e) = c {
                            self.expr(*e, &cur);
                        }
                    }
                    // The `as` name is excluded from the analysis: nothing to bind.
                    let end = self.block(&h.body, Some(cur.clone()));
                    normal = meet(normal, end);
                }
                if finalbody.is_empty() {
                    return normal;
                }
                // Reads in `finally` are proven only if bound on every way in; the state
                // after the statement is the normal way's.
                self.block(finalbody, Some(cur));
                match normal {
                    Some(n) => self.block(finalbody, Some(n)),
                    None => None,
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(*test, &cur);
                if let Some(m) = msg {
                    self.expr(*m, &cur);
                }
                Some(cur)
            }
            StmtKind::AugAssignSubscript { value, index, rhs, .. } => {
                for e in [value, index, rhs] {
                    self.expr(*e, &cur);
                }
                Some(cur)
            }
            StmtKind::Delete(targets) => {
                for (v, i) in targets {
                    self.expr(*v, &cur);
                    self.expr(*i, &cur);
                }
                Some(cur)
            }
            StmtKind::Def { func, defaults, binding } => {
                for (_, e) in defaults {
                    self.expr(*e, &cur);
                }
                let mut next = cur;
                if let Some(i) = self.global_slot(*binding) {
                    next[i] = true;
                }
                self.made(*func, &next);
                Some(next)
            }
            StmtKind::FreshCell(_) => Some(cur),
        }
    }

    /// The expressions a target evaluates (subscript and attribute objects and indexes),
    /// seen with the state before any of the statement's bindings.
    fn target_reads(&mut self, t: &Target, s: &[bool]) {
        match t {
            Target::Local(_) | Target::Global(_) => {}
            Target::Tuple(ts) => ts.iter().for_each(|t| self.target_reads(t, s)),
            Target::Starred { before, star, after } => {
                before.iter().chain([star.as_ref()]).chain(after).for_each(|t| self.target_reads(t, s))
            }
            Target::Subscript { value, index } => {
                self.expr(*value, s);
                self.expr(*index, s);
            }
            Target::Attribute { value, .. } => self.expr(*value, s),
        }
    }

    fn bind(&self, t: &Target, s: &mut [bool]) {
        match t {
            Target::Local(l) if !self.excluded[l.0 as usize] => s[l.0 as usize] = true,
            Target::Global(g) => {
                if let Some(i) = self.global_slot(*g) {
                    s[i] = true;
                }
            }
            Target::Local(_) | Target::Subscript { .. } | Target::Attribute { .. } => {}
            Target::Tuple(ts) => ts.iter().for_each(|t| self.bind(t, s)),
            Target::Starred { before, star, after } => before.iter().chain([star.as_ref()]).chain(after).for_each(|t| self.bind(t, s)),
        }
    }

    fn expr(&mut self, e: ExprId, s: &[bool]) {
        let kind = &self.f.expr(e).kind;
        if let Some(ctx) = &self.globals
            && let Some(g) = checked_global(kind, ctx.binding_of)
        {
            // The binding is tested before the call's arguments are evaluated.
            let ok = self.global_slot(g).is_some_and(|i| s[i]);
            let p = &mut self.proven[e.0 as usize];
            *p = Some(p.unwrap_or(true) && ok);
        }
        if let ExprKind::MakeFunction { func, .. } = kind {
            self.made(*func, s);
        }
        match kind {
            ExprKind::Local(l) => {
                let ok = !self.excluded[l.0 as usize] && s[l.0 as usize];
                let p = &mut self.proven[e.0 as usize];
                *p = Some(p.unwrap_or(true) && ok);
            }
            ExprKind::Comprehension { clauses, elt, value, .. } => {
                // Each clause's target is bound before its conditions and the later
                // clauses run; the element is evaluated with all of them bound.
                let mut inner = s.to_vec();
                for c in clauses {
                    self.expr(c.iter, &inner);
                    self.target_reads(&c.target, &inner);
                    self.bind(&c.target, &mut inner);
                    for &cond in &c.conds {
                        self.expr(cond, &inner);
                    }
                }
                self.expr(*elt, &inner);
                if let Some(v) = value {
                    self.expr(*v, &inner);
                }
            }
            _ => {
                for c in kind.children() {
                    self.expr(c, s);
                }
            }
        }
    }
}

/// Calls `found` with the target of every `except ... as name` clause in `stmts`.
fn walk_handler_names(stmts: &[Stmt], found: &mut dyn FnMut(&Target)) {
    for_each_stmt(stmts, |st| {
        if let StmtKind::Try { handlers, .. } = &st.kind {
            for t in handlers.iter().filter_map(|h| h.name.as_ref()) {
                found(t);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tests that stay in `func` (the module body for `<module>`), as `name@line` in
    /// source order: reads of locals not proven bound, and global checks (reads, direct
    /// calls, module names) not proven bound.
    fn check(source: &str, func: &str) -> String {
        let Ok((m, _)) = crate::driver::front_end("t.py", source) else { panic!("the front end rejects the test program") };
        let line_of = |at: usize| source[..at].matches('\n').count() + 1;
        let fid = m.functions.iter().position(|f| f.name == func).expect("function exists");
        let f = &m.functions[fid];
        let locals = definitely_bound_reads(f);
        let globals = bound_globals(&m);
        let binding_of = function_bindings(&m);
        let mut out = Vec::new();
        for (i, e) in f.exprs.iter().enumerate() {
            let kept = match e.kind {
                ExprKind::Local(l) if l.0 as usize >= f.params.len() && !f.is_cell(l) && !locals[i] => Some(f.locals[l.0 as usize].clone()),
                _ => checked_global(&e.kind, &binding_of).filter(|&g| !globals.proven(FuncId(fid as u32), g, ExprId(i as u32))).map(|g| m.globals[g.0 as usize].name.clone()),
            };
            if let Some(name) = kept {
                out.push((e.span.start, format!("{name}@{}", line_of(e.span.start as usize))));
            }
        }
        out.sort();
        out.into_iter().map(|x| x.1).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn straight_line_and_branches() {
        let src = "def f(c):\n    x = 1\n    print(x)\n    if c:\n        y = 2\n    else:\n        y = 3\n        z = 4\n    print(y, z)\n\nf(1)\n";
        assert_eq!(check(src, "f"), "z@9");
    }

    #[test]
    fn loops_bind_only_inside_or_through_else() {
        let src = "def f(xs):\n    for x in xs:\n        y = x\n        print(y)\n    print(x, y)\n    while xs:\n        w = 1\n        break\n    else:\n        w = 2\n    print(w)\n\nf([])\n";
        assert_eq!(check(src, "f"), "x@5 y@5");
    }

    #[test]
    fn return_and_raise_end_a_path() {
        let src = "def f(c):\n    if c:\n        v = 1\n    else:\n        return 0\n    print(v)\n    if c:\n        raise ValueError\n    else:\n        u = 1\n    return u\n\nf(1)\n";
        assert_eq!(check(src, "f"), "");
    }

    #[test]
    fn try_handlers_and_finally_start_from_the_state_before() {
        let src = "def f():\n    try:\n        a = 1\n        b = 2\n    except ValueError:\n        print(a)\n        b = 3\n    finally:\n        print(b)\n    print(b)\n\nf()\n";
        assert_eq!(check(src, "f"), "a@6 b@9");
    }

    #[test]
    fn handler_names_are_never_proven() {
        let src = "def f():\n    e = 1\n    try:\n        pass\n    except ValueError as e:\n        print(e)\n    print(e)\n\nf()\n";
        assert_eq!(check(src, "f"), "e@6 e@7");
    }

    #[test]
    fn comprehension_targets_are_bound_for_their_clauses() {
        let src = "def f(xs):\n    ys = [x * y for x in xs if x for y in xs]\n    return ys\n\nf([1])\n";
        assert_eq!(check(src, "f"), "");
    }

    #[test]
    fn globals_bound_before_a_def_are_bound_in_its_body() {
        let src = "import math\nK = 2\nprint(K if K else f(0))\ndef f(n):\n    return g(n) + K + math.floor(1.5) + f(0) + late\ndef g(n):\n    return n\nprint(f(1) if 0 else K)\nlate = 1\n";
        assert_eq!(check(src, "f"), "g@5 late@5");
        assert_eq!(check(src, "<module>"), "f@3");
    }

    #[test]
    fn module_body_globals_follow_its_paths() {
        let src = "import sys\nif len(sys.argv) > 5:\n    a = 1\nelse:\n    b = 2\nprint(a)\nc = 3\nprint(c)\ntry:\n    pass\nexcept ValueError as c:\n    pass\n";
        assert_eq!(check(src, "<module>"), "a@6 c@8");
    }

    #[test]
    fn nested_functions_inherit_what_holds_for_their_maker() {
        let src = "A = 1\ndef outer():\n    def inner():\n        return A + B\n    h = lambda: A\n    return inner() + h()\nB = 2\nprint(outer())\n";
        assert_eq!(check(src, "inner"), "B@4");
        assert_eq!(check(src, "<lambda>"), "");
    }
}
