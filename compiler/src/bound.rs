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
//! Reads inside an expression see the state before the statement, except the targets of
//! a comprehension's clauses, bound for the parts evaluated after them. Cells and the
//! parameters are not tracked: cells are read through the runtime, and parameters are
//! always bound.

use crate::hir::{ExprId, ExprKind, Function, LocalId, Stmt, StmtKind, Target};

/// For each expression of `f` (by `ExprId`), whether it is a read of a plain local that is
/// bound on every path to it.
pub fn definitely_bound_reads(f: &Function) -> Vec<bool> {
    let mut excluded = vec![false; f.locals.len()];
    for l in f.cells.iter().chain(&f.freevars) {
        excluded[l.0 as usize] = true;
    }
    walk_handler_names(&f.body, &mut |l| excluded[l.0 as usize] = true);
    let mut a = Analysis { f, excluded, proven: vec![None; f.exprs.len()], loops: Vec::new() };
    let mut entry = vec![false; f.locals.len()];
    for b in entry.iter_mut().take(f.params.len()) {
        *b = true;
    }
    a.block(&f.body, Some(entry));
    a.proven.into_iter().map(|p| p == Some(true)).collect()
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

struct Analysis<'a> {
    f: &'a Function,
    excluded: Vec<bool>,
    /// Per expression: `Some(true)` when every visit of a local read found it bound. An
    /// expression may be visited more than once (a `finally` body is walked from two
    /// states); a single unproven visit makes it `Some(false)`.
    proven: Vec<Option<bool>>,
    loops: Vec<LoopExits>,
}

impl Analysis<'_> {
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
            StmtKind::Def { defaults, .. } => {
                for (_, e) in defaults {
                    self.expr(*e, &cur);
                }
                Some(cur)
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
            Target::Local(_) | Target::Global(_) | Target::Subscript { .. } | Target::Attribute { .. } => {}
            Target::Tuple(ts) => ts.iter().for_each(|t| self.bind(t, s)),
            Target::Starred { before, star, after } => before.iter().chain([star.as_ref()]).chain(after).for_each(|t| self.bind(t, s)),
        }
    }

    fn expr(&mut self, e: ExprId, s: &[bool]) {
        let kind = &self.f.expr(e).kind;
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

/// Calls `found` with every plain local an `except ... as name` clause in `stmts` names.
fn walk_handler_names(stmts: &[Stmt], found: &mut dyn FnMut(LocalId)) {
    for st in stmts {
        match &st.kind {
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                walk_handler_names(body, found);
                walk_handler_names(orelse, found);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                walk_handler_names(body, found);
                for h in handlers {
                    if let Some(Target::Local(l)) = &h.name {
                        found(*l);
                    }
                    walk_handler_names(&h.body, found);
                }
                walk_handler_names(orelse, found);
                walk_handler_names(finalbody, found);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reads of `f` that keep their unbound test, as `name@line`, in source order.
    fn check(source: &str, func: &str) -> String {
        let Ok((m, _)) = crate::driver::front_end("t.py", source) else { panic!("the front end rejects the test program") };
        let f = m.functions.iter().find(|f| f.name == func).expect("function exists");
        let proven = definitely_bound_reads(f);
        let line_of = |at: usize| source[..at].matches('\n').count() + 1;
        let mut out = Vec::new();
        for (i, e) in f.exprs.iter().enumerate() {
            if let ExprKind::Local(l) = e.kind
                && l.0 as usize >= f.params.len()
                && !f.is_cell(l)
                && !proven[i]
            {
                out.push((e.span.start, format!("{}@{}", f.locals[l.0 as usize], line_of(e.span.start as usize))));
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
}
