//! Lowering of functions as values: `lambda` expressions (each becomes a function of its
//! own, created by `MakeFunction`) and calls of values (`CallValue`), which the runtime
//! binds to the callee's parameters at run time.

use super::*;
use rustpython_ast::Visitor;

/// Collects the names an expression reads, nested lambdas and comprehensions included.
struct NamesRead(Vec<(String, Span)>);

impl Visitor for NamesRead {
    fn visit_expr_name(&mut self, node: ast::ExprName) {
        self.0.push((node.id.to_string(), Span::from(node.range)));
    }
}

impl<'a> Lowerer<'a> {
    /// `lambda params: body`. The defaults are evaluated here; the body becomes function
    /// `FuncId(1 + defs + i)`. A body reading a variable of the enclosing function needs
    /// a closure, which is not supported yet: rejected, with the default-argument idiom
    /// as the way out.
    pub(super) fn lambda(&mut self, ctx: &mut FnCtx, l: &ast::ExprLambda, span: Span) -> Option<ExprKind> {
        let a = &l.args;
        if let Some(v) = a.vararg.as_ref().or(a.kwarg.as_ref()) {
            self.diags.push(unsupported_expr(Span::from(v.range), "a '*args' or '**kwargs' lambda parameter", "list the parameters explicitly"));
            return None;
        }
        let all: Vec<&ast::ArgWithDefault> = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).collect();
        let names: Vec<String> = all.iter().map(|p| p.def.arg.to_string()).collect();
        // `ctx.locals` holds the enclosing function's variables, and at module level the
        // variables of the comprehensions around the lambda: all would need a closure.
        let mut read = NamesRead(Vec::new());
        read.visit_expr(l.body.as_ref().clone());
        if let Some((name, at)) = read.0.into_iter().find(|(n, _)| ctx.locals.contains_key(n) && !names.contains(n)) {
            self.diags.push(
                Diagnostic::new(Code::UnsupportedExpression, at, format!("a lambda reading the enclosing scope's variable '{name}' is not supported"))
                    .with_help(format!("closures are not supported yet; pass the value as a default: lambda ..., {name}={name}: ...")),
            );
            return None;
        }
        let defaults: Vec<Option<ExprId>> = all.iter().map(|p| p.default.as_ref().map(|d| self.expr(ctx, d))).collect();
        let fid = FuncId((1 + self.defs.len() + self.lambdas.len()) as u32);
        let mut inner = FnCtx {
            fid,
            locals: HashMap::new(),
            local_names: vec![],
            declared_global: HashSet::new(),
            exprs: vec![],
            loop_depth: 0,
            qualname: if ctx.is_module() { "<lambda>".to_string() } else { format!("{}.<locals>.<lambda>", ctx.qualname) },
            finally_loop_depth: None,
        };
        let mut params = Vec::new();
        for (i, name) in names.iter().enumerate() {
            if inner.locals.insert(name.clone(), LocalId(i as u32)).is_some() {
                self.diags.push(Diagnostic::new(Code::Syntax, Span::from(all[i].def.range), format!("duplicate argument '{name}' in function definition")));
            }
            inner.local_names.push(name.clone());
            params.push(Param { name: name.clone(), default: None });
        }
        let value = self.expr(&mut inner, &l.body);
        let body = vec![Stmt { kind: StmtKind::Return(Some(value)), span: Span::from(l.body.range()) }];
        self.lambdas.push(Function {
            name: "<lambda>".into(),
            qualname: inner.qualname,
            span,
            params,
            posonly: a.posonlyargs.len(),
            kwonly: a.kwonlyargs.len(),
            locals: inner.local_names,
            body,
            exprs: inner.exprs,
        });
        Some(ExprKind::MakeFunction { func: fid, defaults })
    }

    /// `f(args)` where `f` is a value (a variable, a parameter, an item, a call's result).
    pub(super) fn call_value(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall) -> Option<ExprKind> {
        if self.reject_argument_unpacking(c) {
            return None;
        }
        let callee = self.expr(ctx, &c.func);
        let (args, kwnames) = self.call_arguments(ctx, c);
        Some(ExprKind::CallValue { callee, args, kwnames })
    }

    /// A call's arguments in evaluation order, positional then keyword values, and the
    /// keywords' names (naming the last arguments).
    pub(super) fn call_arguments(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall) -> (Vec<ExprId>, Vec<String>) {
        let mut args: Vec<ExprId> = c.args.iter().map(|a| self.expr(ctx, a)).collect();
        let mut kwnames = Vec::new();
        for k in &c.keywords {
            kwnames.push(k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default());
            args.push(self.expr(ctx, &k.value));
        }
        (args, kwnames)
    }
}
