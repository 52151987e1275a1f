//! Lowering of `with` statements into `try` statements, as PEP 343 specifies them:
//!
//! ```text
//! manager = EXPR
//! enter = type(manager).__enter__   # TypeError when missing (3.11 wording)
//! exit = type(manager).__exit__     # looked up before enter is called
//! TARGET = enter(manager)
//! ok = True
//! try:
//!     try:
//!         BODY
//!     except:
//!         ok = False
//!         if not exit(type(e), e, e.__traceback__):
//!             raise
//! finally:
//!     if ok:
//!         exit(None, None, None)
//! ```
//!
//! `with a, b:` nests. Molt has no traceback objects: `__exit__` gets a stand-in whose
//! attributes are unsupported (specs/subset.md).

use super::*;

impl<'a> Lowerer<'a> {
    pub(super) fn with_stmt(&mut self, ctx: &mut FnCtx, w: &'a ast::StmtWith, span: Span) -> Option<StmtKind> {
        let mut stmts = self.with_items(ctx, &w.items, &w.body, span)?;
        let last = stmts.pop().expect("a with statement ends with its try");
        ctx.prelude.extend(stmts);
        Some(last.kind)
    }

    /// The statements of `with items[0], items[1..]: body`: the set-up, then the `try`.
    fn with_items(&mut self, ctx: &mut FnCtx, items: &'a [ast::WithItem], body: &'a [ast::Stmt], span: Span) -> Option<Vec<Stmt>> {
        let item = &items[0];
        let stmt = |kind| Stmt { kind, span };
        let n = ctx.local_names.len();
        let (manager, enter, exit, ok, caught) = (
            ctx.hidden_local(format!("<with {n} manager>")),
            ctx.hidden_local(format!("<with {n} enter>")),
            ctx.hidden_local(format!("<with {n} exit>")),
            ctx.hidden_local(format!("<with {n} ok>")),
            ctx.hidden_local(format!("<with {n} exception>")),
        );
        let value = self.expr(ctx, &item.context_expr);
        let mut setup = std::mem::take(&mut ctx.prelude);
        setup.push(stmt(StmtKind::Assign { targets: vec![Target::Local(manager)], value }));
        let read = |this: &mut Self, ctx: &mut FnCtx, l: LocalId| this.push(ctx, ExprKind::Local(l), span);
        let m = read(self, ctx, manager);
        let enter_method = self.push(ctx, ExprKind::ContextMethod { manager: m, exit: false }, span);
        setup.push(stmt(StmtKind::Assign { targets: vec![Target::Local(enter)], value: enter_method }));
        let m = read(self, ctx, manager);
        let exit_method = self.push(ctx, ExprKind::ContextMethod { manager: m, exit: true }, span);
        setup.push(stmt(StmtKind::Assign { targets: vec![Target::Local(exit)], value: exit_method }));
        let callee = read(self, ctx, enter);
        let entered = self.push(ctx, ExprKind::CallValue { callee, args: vec![], kwnames: vec![] }, span);
        match &item.optional_vars {
            Some(t) => {
                let target = self.target(ctx, t)?;
                setup.append(&mut ctx.prelude);
                setup.push(stmt(StmtKind::Assign { targets: vec![target], value: entered }));
            }
            None => setup.push(stmt(StmtKind::Expr(entered))),
        }
        let yes = self.push(ctx, ExprKind::Const(Const::Bool(true)), span);
        setup.push(stmt(StmtKind::Assign { targets: vec![Target::Local(ok)], value: yes }));

        let inner = if items.len() > 1 { self.with_items(ctx, &items[1..], body, span)? } else { self.block(ctx, body) };

        let no = self.push(ctx, ExprKind::Const(Const::Bool(false)), span);
        let e = read(self, ctx, caught);
        let class = self.push(ctx, ExprKind::TypeOf(e), span);
        let e = read(self, ctx, caught);
        let e2 = read(self, ctx, caught);
        let tb = self.push(ctx, ExprKind::TracebackOf(e2), span);
        let callee = read(self, ctx, exit);
        let suppress = self.push(ctx, ExprKind::CallValue { callee, args: vec![class, e, tb], kwnames: vec![] }, span);
        let reraise = self.push(ctx, ExprKind::Unary(UnaryOp::Not, suppress), span);
        let handler = Handler {
            span,
            classes: None,
            name: Some(Target::Local(caught)),
            body: vec![
                stmt(StmtKind::Assign { targets: vec![Target::Local(ok)], value: no }),
                stmt(StmtKind::If { test: reraise, body: vec![stmt(StmtKind::Raise { exc: None, cause: None })], orelse: vec![] }),
            ],
        };
        let guarded = stmt(StmtKind::Try { body: inner, handlers: vec![handler], orelse: vec![], finalbody: vec![] });
        let test = read(self, ctx, ok);
        let callee = read(self, ctx, exit);
        let nones = (0..3).map(|_| self.push(ctx, ExprKind::Const(Const::None), span)).collect();
        let exited = self.push(ctx, ExprKind::CallValue { callee, args: nones, kwnames: vec![] }, span);
        let finalbody = vec![stmt(StmtKind::If { test, body: vec![stmt(StmtKind::Expr(exited))], orelse: vec![] })];
        setup.push(stmt(StmtKind::Try { body: vec![guarded], handlers: vec![], orelse: vec![], finalbody }));
        Some(setup)
    }
}
