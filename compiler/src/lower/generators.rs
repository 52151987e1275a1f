//! Lowering of generators (specs/generators.md): which functions are generators, where a
//! `yield` may stand, and generator expressions, which become nested generator functions
//! called with the iterator of their first iterable.

use super::*;
use rustpython_parser::ast::Visitor;
use rustpython_parser::text_size::TextRange;

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

/// The ranges of the `yield`s in `e` that belong to its scope (not inside a `lambda` or
/// comprehension).
fn yields_in(e: &ast::Expr) -> Vec<TextRange> {
    let mut found = YieldRanges(Vec::new());
    found.visit_expr(e.clone());
    found.0
}

struct YieldRanges(Vec<TextRange>);

impl Visitor for YieldRanges {
    fn visit_expr_lambda(&mut self, _: ast::ExprLambda) {}
    fn visit_expr_generator_exp(&mut self, _: ast::ExprGeneratorExp) {}
    fn visit_expr_list_comp(&mut self, _: ast::ExprListComp) {}
    fn visit_expr_set_comp(&mut self, _: ast::ExprSetComp) {}
    fn visit_expr_dict_comp(&mut self, _: ast::ExprDictComp) {}
    fn visit_expr_yield(&mut self, node: ast::ExprYield) {
        self.0.push(node.range);
        self.generic_visit_expr_yield(node)
    }
    fn visit_expr_yield_from(&mut self, node: ast::ExprYieldFrom) {
        self.0.push(node.range);
        self.generic_visit_expr_yield_from(node)
    }
}

/// What makes a part of `e` run conditionally or repeatedly, where a `yield` inside
/// cannot be moved before the statement.
fn conditional_part(e: &ast::Expr) -> Option<&'static str> {
    match e {
        ast::Expr::BoolOp(_) => Some("an 'and'/'or' expression"),
        ast::Expr::IfExp(_) => Some("a conditional expression"),
        ast::Expr::Compare(c) if c.ops.len() > 1 => Some("a comparison chain"),
        _ => None,
    }
}

impl<'a> Lowerer<'a> {
    /// A statement's value (or an `if` test): when a `yield` stands inside it rather than
    /// being all of it, the value is lowered in spill mode.
    pub(super) fn statement_value(&mut self, ctx: &mut FnCtx, e: &ast::Expr) -> ExprId {
        if is_yield(e) {
            ctx.yield_position = true;
            return self.expr(ctx, e);
        }
        self.spilling(ctx, e, |this, ctx| this.expr(ctx, e))
    }

    /// Runs `lower` in spill mode if `value` holds a `yield` (of this function's scope).
    pub(super) fn spilling<T>(&mut self, ctx: &mut FnCtx, value: &ast::Expr, lower: impl FnOnce(&mut Self, &mut FnCtx) -> T) -> T {
        let yields = if ctx.generator && !ctx.spill { yields_in(value) } else { Vec::new() };
        if yields.is_empty() {
            return lower(self, ctx);
        }
        let saved = std::mem::replace(&mut ctx.yield_ranges, yields);
        ctx.spill = true;
        let r = lower(self, ctx);
        ctx.spill = false;
        ctx.yield_ranges = saved;
        r
    }

    /// Spill mode (a statement whose value suspends partway, `total = total + (yield)`):
    /// `e`, a part of the value, is evaluated into a hidden local before the statement.
    /// Every part is, in evaluation order, so what runs before a `yield` has run (and its
    /// value is kept in a variable, saved across the suspension) before the generator
    /// suspends. A part without a `yield` inside is lowered as usual and spilled whole; a
    /// `yield` is the value of its own assignment. A `yield` inside a part that runs
    /// conditionally is rejected.
    pub(super) fn spilled(&mut self, ctx: &mut FnCtx, e: &ast::Expr) -> ExprId {
        let span = Span::from(e.range());
        let holds_yield = ctx.yield_ranges.iter().any(|r| e.range().contains_range(*r));
        let id = if !holds_yield {
            ctx.spill = false;
            let id = self.lower_expr(ctx, e);
            ctx.spill = true;
            id
        } else if let Some(what) = conditional_part(e) {
            let help = "assign the yield to a variable first (`x = yield value`), then use the variable";
            self.diags.push(unsupported_expr(span, &format!("a 'yield' inside {what}"), help));
            return self.error_expr(ctx, span);
        } else {
            ctx.yield_position = is_yield(e);
            self.lower_expr(ctx, e)
        };
        self.spill(ctx, id, span)
    }

    /// In spill mode, `id`'s value in a new hidden local, assigned before the statement
    /// (constants stay); `id` itself otherwise.
    pub(super) fn spill(&mut self, ctx: &mut FnCtx, id: ExprId, span: Span) -> ExprId {
        if !ctx.spill || matches!(ctx.exprs[id.0 as usize].kind, ExprKind::Const(_)) {
            return id;
        }
        let hidden = ctx.hidden_local("<spilled>".into());
        ctx.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![Target::Local(hidden)], value: id }, span });
        self.push(ctx, ExprKind::Local(hidden), span)
    }

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
        // The operand may suspend too (`yield (yield)`).
        let operand = |this: &mut Self, ctx: &mut FnCtx, v: &ast::Expr| this.spilling(ctx, v, |this, ctx| this.expr(ctx, v));
        Some(match e {
            ast::Expr::Yield(y) => ExprKind::Yield(y.value.as_ref().map(|v| operand(self, ctx, v))),
            ast::Expr::YieldFrom(y) => ExprKind::YieldFrom(operand(self, ctx, &y.value)),
            _ => unreachable!("yield_expr is called on yields"),
        })
    }

    /// Reports a generator expression in a class body (not supported): whether it is one.
    fn genexpr_in_class_body(&mut self, ctx: &FnCtx, span: Span) -> bool {
        if ctx.class_body.is_some() {
            self.diags.push(unsupported_expr(span, "a generator expression in a class body", "build the value in a function and assign its result"));
        }
        ctx.class_body.is_some()
    }

    /// A generator expression that a builtin consumes whole (`tuple(x for x in xs)`): a
    /// comprehension building `kind`, marked `genexpr` so that a StopIteration escaping its
    /// body becomes RuntimeError, as it would leaving the generator it stands for.
    pub(super) fn consumed_generator(&mut self, ctx: &mut FnCtx, g: &ast::ExprGeneratorExp, kind: CompKind, span: Span) -> Option<ExprKind> {
        if self.genexpr_in_class_body(ctx, span) {
            return None;
        }
        let Some(ExprKind::Comprehension { clauses, elt, value, .. }) = self.comprehension(ctx, &g.generators, &g.elt, None, "generator expression", span) else { return None };
        Some(ExprKind::Comprehension { kind, clauses, elt, value, genexpr: true })
    }

    /// `(elt for x in it if c ...)`: the iterator of the first iterable is taken here and
    /// passed to a nested generator function (`<genexpr>`) that runs the clauses.
    pub(super) fn generator_expression(&mut self, ctx: &mut FnCtx, g: &ast::ExprGeneratorExp, span: Span) -> Option<ExprKind> {
        if self.genexpr_in_class_body(ctx, span) {
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
