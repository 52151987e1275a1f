//! Lowering of generators (specs/generators.md): which functions are generators, where a
//! `yield` may stand, and generator expressions, which become nested generator functions
//! called with the iterator of their first iterable.

use super::*;
use rustpython_parser::ast::Visitor;

/// Whether a function body contains `yield` or `yield from` of its own (not inside a
/// nested `def`, `lambda`, class or comprehension, which are scopes of their own).
pub(super) fn is_generator_body(body: &[ast::Stmt]) -> bool {
    let mut found = YieldFinder(false);
    for s in body {
        found.visit_stmt(s.clone());
    }
    found.0
}

struct YieldFinder(bool);

impl Visitor for YieldFinder {
    fn visit_stmt_function_def(&mut self, _: ast::StmtFunctionDef) {}
    fn visit_stmt_async_function_def(&mut self, _: ast::StmtAsyncFunctionDef) {}
    fn visit_stmt_class_def(&mut self, _: ast::StmtClassDef) {}
    fn visit_expr_lambda(&mut self, _: ast::ExprLambda) {}
    fn visit_expr_generator_exp(&mut self, _: ast::ExprGeneratorExp) {}
    fn visit_expr_list_comp(&mut self, _: ast::ExprListComp) {}
    fn visit_expr_set_comp(&mut self, _: ast::ExprSetComp) {}
    fn visit_expr_dict_comp(&mut self, _: ast::ExprDictComp) {}
    fn visit_expr_yield(&mut self, _: ast::ExprYield) {
        self.0 = true;
    }
    fn visit_expr_yield_from(&mut self, _: ast::ExprYieldFrom) {
        self.0 = true;
    }
}

impl<'a> Lowerer<'a> {
    /// `yield value` or `yield from it`; `whole_statement` when it is the whole value of
    /// an expression statement or assignment, the only places Molt accepts it.
    pub(super) fn yield_expr(&mut self, ctx: &mut FnCtx, e: &ast::Expr, span: Span, whole_statement: bool) -> Option<ExprKind> {
        if ctx.is_module() || ctx.class_body.is_some() {
            self.diags.push(Diagnostic::new(Code::Syntax, span, "'yield' outside function"));
            return None;
        }
        if let Some(kind) = ctx.comprehension_kind {
            self.diags.push(Diagnostic::new(Code::Syntax, span, format!("'yield' inside {kind}")));
            return None;
        }
        if !ctx.generator || !whole_statement {
            let help = "assign the yield to a variable first (`x = yield value`), then use the variable";
            self.diags.push(unsupported_expr(span, "a 'yield' inside a larger expression", help));
            return None;
        }
        Some(match e {
            ast::Expr::Yield(y) => ExprKind::Yield(y.value.as_ref().map(|v| self.expr(ctx, v))),
            ast::Expr::YieldFrom(y) => ExprKind::YieldFrom(self.expr(ctx, &y.value)),
            _ => unreachable!("yield_expr is called on yields"),
        })
    }

    /// `(elt for x in it if c ...)`: the iterator of the first iterable is taken here and
    /// passed to a nested generator function (`<genexpr>`) that runs the clauses.
    pub(super) fn generator_expression(&mut self, ctx: &mut FnCtx, g: &ast::ExprGeneratorExp, span: Span) -> Option<ExprKind> {
        if ctx.class_body.is_some() {
            self.diags.push(unsupported_expr(span, "a generator expression in a class body", "build the value in a function and assign its result"));
            return None;
        }
        if let Some(c) = g.generators.iter().find(|c| c.is_async) {
            self.diags.push(unsupported_expr(Span::from(c.iter.range()), "an async comprehension", "use a plain comprehension"));
            return None;
        }
        let first = &g.generators[0];
        let outer_iterable = self.iterable(ctx, &first.iter);
        let outer_iter = self.push(ctx, ExprKind::CallBuiltin { builtin: Builtin::Iter, args: vec![outer_iterable], kw: [None, None] }, span);
        let fid = self.reserve_nested();
        let qualname = if ctx.is_module() { "<genexpr>".to_string() } else { format!("{}.<locals>.<genexpr>", ctx.qualname) };
        let mut inner = FnCtx::new(fid, qualname, HashSet::new());
        inner.generator = true;
        inner.comprehension_kind = None;
        let argument = inner.hidden_local(".0".into());
        inner.nparams = 1;
        for c in &g.generators {
            let mut names = Vec::new();
            target_names(&c.target, &mut names);
            for (n, _) in names {
                if !inner.locals.contains_key(&n) {
                    let l = inner.hidden_local(n.clone());
                    inner.locals.insert(n, l);
                }
            }
        }
        let body = self.with_enclosing(ctx, &mut inner, |this, inner| this.generator_clauses(inner, &g.generators, 0, argument, &g.elt));
        let mut f = Function::placeholder("<genexpr>");
        f.qualname = inner.qualname.clone();
        f.span = span;
        f.params = vec![Param { name: ".0".into(), default: None }];
        f.generator = true;
        let f = inner.finish(f, body?);
        self.store_nested(fid, f);
        let callee = self.push(ctx, ExprKind::MakeFunction { func: fid, defaults: vec![None] }, span);
        Some(ExprKind::CallValue { callee, args: vec![outer_iter], kwnames: vec![] })
    }

    /// The loop of clause `k` of a generator expression, and inside it the next clause or
    /// the `yield` of the element.
    fn generator_clauses(&mut self, ctx: &mut FnCtx, clauses: &[ast::Comprehension], k: usize, argument: LocalId, elt: &ast::Expr) -> Option<Vec<Stmt>> {
        let c = &clauses[k];
        let span = Span::from(c.target.range());
        let iter = if k == 0 { self.push(ctx, ExprKind::Local(argument), span) } else { self.iterable(ctx, &c.iter) };
        let target = self.target(ctx, &c.target);
        let conds: Vec<ExprId> = c.ifs.iter().map(|x| self.expr(ctx, x)).collect();
        let mut body = if k + 1 < clauses.len() {
            self.generator_clauses(ctx, clauses, k + 1, argument, elt)?
        } else {
            let at = Span::from(elt.range());
            let value = self.expr(ctx, elt);
            let y = self.push(ctx, ExprKind::Yield(Some(value)), at);
            vec![Stmt { kind: StmtKind::Expr(y), span: at }]
        };
        for test in conds.into_iter().rev() {
            body = vec![Stmt { kind: StmtKind::If { test, body, orelse: vec![] }, span }];
        }
        Some(vec![Stmt { kind: StmtKind::For { target: target?, iter, body, orelse: vec![] }, span }])
    }
}
