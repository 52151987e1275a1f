//! Lowering of functions: `def` bodies (scoping: parameters, locals, `global` and
//! `nonlocal` declarations, free variables), nested `def`s and `lambda`s (each becomes a
//! function of its own, created by `MakeFunction` with the cells it captures), decorators,
//! and calls of values (`CallValue`), which the runtime binds to the callee's parameters.

use super::*;

/// How a decorator applies to the function below it.
pub(super) enum Decorator {
    /// Called with the function: its value, evaluated first, is in this hidden local.
    Call(LocalId),
    /// `@staticmethod`, `@classmethod`, `@property` in a class body.
    Wrap(i32),
    /// `@name.setter` in a class body: the property (an expression not yet evaluated).
    Setter(ExprId),
}

/// A signature's parameters in order: positional-only, positional, keyword-only.
pub(super) fn all_params(a: &ast::Arguments) -> Vec<&ast::ArgWithDefault> {
    a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).collect()
}

impl FnCtx {
    /// The lowered function: this context's locals, cells and expressions with `body`.
    pub(super) fn finish(self, mut f: Function, body: Vec<Stmt>) -> Function {
        let mut cells = self.cells;
        cells.sort();
        f.locals = self.local_names;
        f.cells = cells;
        f.freevars = self.freevars;
        f.captures = self.captures;
        f.generator = self.generator;
        f.exprs = self.exprs;
        f.body = body;
        f
    }

    /// The lowered nested or module-level function `name` with signature `a`.
    fn into_function(self, name: &str, span: Span, a: &ast::Arguments, params: Vec<Param>, body: Vec<Stmt>) -> Function {
        let mut f = Function::placeholder(name);
        f.qualname = self.qualname.clone();
        f.span = span;
        f.params = params;
        f.posonly = a.posonlyargs.len();
        f.kwonly = a.kwonlyargs.len();
        f.varargs = a.vararg.is_some();
        f.varkw = a.kwarg.is_some();
        self.finish(f, body)
    }
}

impl<'a> Lowerer<'a> {
    /// Lowers a nested function's body with `ctx` (the enclosing function) as its parent,
    /// so that its free variables resolve to `ctx`'s variables.
    pub(super) fn with_enclosing<T>(&mut self, ctx: &mut FnCtx, inner: &mut FnCtx, lower: impl FnOnce(&mut Self, &mut FnCtx) -> T) -> T {
        let placeholder = FnCtx::new(FuncId(u32::MAX), String::new(), HashSet::new());
        inner.parent = Some(Box::new(std::mem::replace(ctx, placeholder)));
        let r = lower(self, inner);
        if let Some(parent) = inner.parent.take() {
            *ctx = *parent;
        }
        r
    }

    /// Reserves the id of a nested function (its body may contain more of them).
    pub(super) fn reserve_nested(&mut self) -> FuncId {
        self.nested.push(Function::placeholder("<reserved>"));
        FuncId((self.defs.len() + self.nested.len()) as u32)
    }

    pub(super) fn store_nested(&mut self, fid: FuncId, f: Function) {
        let i = fid.0 as usize - 1 - self.defs.len();
        self.nested[i] = f;
    }

    /// Lowers a `def`'s body. `enclosing` is the function it is nested in (`None` at
    /// module level).
    pub(super) fn function(&mut self, fid: FuncId, def: &'a ast::StmtFunctionDef, enclosing: Option<&mut FnCtx>, qualname: String) -> Function {
        let a = &def.args;
        if !def.type_params.is_empty() {
            self.diags.push(unsupported_stmt(Span::from(def.range), "a type parameter list", "remove the type parameters"));
        }
        let mut declared = HashSet::new();
        collect_global_decls(&def.body, &mut declared);
        let mut inner = FnCtx::new(fid, qualname, declared);
        inner.method_of = self.method_class.take();
        inner.generator = generators::is_generator_body(&def.body);
        let (params, body) = match enclosing {
            Some(ctx) => self.with_enclosing(ctx, &mut inner, |this, inner| this.function_body(inner, def)),
            None => self.function_body(&mut inner, def),
        };
        inner.into_function(def.name.as_str(), Span::from(def.range), a, params, body)
    }

    /// Binds the parameters to the first locals of `ctx` (`slots`: the global holding
    /// each default, for module-level functions called directly).
    fn bind_params(&mut self, ctx: &mut FnCtx, a: &ast::Arguments, slots: Option<&[Option<GlobalId>]>) -> Vec<Param> {
        let mut params = Vec::new();
        // The named parameters, then `*args` and `**kwargs` (no defaults).
        let named = all_params(a).into_iter().map(|p| &p.def);
        for (i, p) in named.chain([&a.vararg, &a.kwarg].into_iter().flatten().map(|v| &**v)).enumerate() {
            let name = p.arg.to_string();
            if ctx.declared_global.contains(&name) {
                self.diags.push(Diagnostic::new(Code::Syntax, Span::from(p.range), format!("name '{name}' is parameter and global")));
            }
            if ctx.locals.insert(name.clone(), LocalId(i as u32)).is_some() {
                self.diags.push(Diagnostic::new(Code::Syntax, Span::from(p.range), format!("duplicate argument '{name}' in function definition")));
            }
            self.check_annotation(p.annotation.as_deref());
            ctx.local_names.push(name.clone());
            params.push(Param { name, default: slots.and_then(|s| s.get(i).copied().flatten()) });
        }
        ctx.nparams = params.len();
        params
    }

    /// Parameters, `nonlocal` declarations, locals, then the statements.
    fn function_body(&mut self, ctx: &mut FnCtx, def: &'a ast::StmtFunctionDef) -> (Vec<Param>, Vec<Stmt>) {
        let a = &def.args;
        let fid = ctx.fid;
        let slots = (fid.0 as usize <= self.defs.len()).then(|| self.default_slots[fid.0 as usize - 1].clone());
        let params = self.bind_params(ctx, a, slots.as_deref());
        self.check_annotation(def.returns.as_deref());
        let mut nonlocal = Vec::new();
        collect_nonlocal_decls(&def.body, &mut nonlocal);
        for (name, span) in nonlocal {
            if ctx.locals.get(&name).is_some_and(|l| (l.0 as usize) < params.len()) {
                self.diags.push(Diagnostic::new(Code::Syntax, span, format!("name '{name}' is parameter and nonlocal")));
            } else if ctx.declared_global.contains(&name) {
                self.diags.push(Diagnostic::new(Code::Syntax, span, format!("name '{name}' is nonlocal and global")));
            } else if !ctx.locals.contains_key(&name) && ctx.free_variable(&name).is_none() {
                self.diags.push(Diagnostic::new(Code::Syntax, span, format!("no binding for nonlocal '{name}' found")));
            }
        }
        let mut assigned = Vec::new();
        collect_assigned(&def.body, &mut assigned);
        for (name, _) in assigned {
            if !ctx.declared_global.contains(&name) && !ctx.locals.contains_key(&name) {
                ctx.locals.insert(name.clone(), LocalId(ctx.local_names.len() as u32));
                ctx.local_names.push(name);
            }
        }
        let body = self.block(ctx, &def.body);
        (params, body)
    }

    /// A `def` that makes a function object when it runs: nested in a function, or
    /// decorated. Decorators are evaluated first, then the defaults; the function object
    /// is passed through the decorators innermost first and the result bound to the name.
    pub(super) fn def_statement(&mut self, ctx: &mut FnCtx, d: &'a ast::StmtFunctionDef) -> Option<StmtKind> {
        let mut decorators = Vec::new();
        for (i, dec) in d.decorator_list.iter().enumerate() {
            let at = Span::from(dec.range());
            if let Some(special) = self.method_decorator(ctx, dec) {
                decorators.push((special, at));
                continue;
            }
            decorators.push((Decorator::Call(self.decorator_value(ctx, dec, i)), at));
        }
        let defaults = self.default_values(ctx, &d.args);
        let span = Span::from(d.range);
        let func = if let Some((cell, qualname)) = ctx.class_body.as_ref().map(|c| (c.cell.clone(), c.qualname.clone())) {
            let fid = self.reserve_nested();
            self.method_class = Some(cell);
            let f = self.function(fid, d, Some(ctx), format!("{qualname}.{}", d.name));
            self.store_nested(fid, f);
            fid
        } else if ctx.is_module() {
            // Lowered with the other module-level functions.
            FuncId(self.defs.iter().position(|x| std::ptr::eq(*x, d))? as u32 + 1)
        } else {
            let fid = self.reserve_nested();
            let qualname = format!("{}.<locals>.{}", ctx.qualname, d.name);
            let f = self.function(fid, d, Some(ctx), qualname);
            self.store_nested(fid, f);
            fid
        };
        let mut value = self.push(ctx, ExprKind::MakeFunction { func, defaults }, span);
        for (decorator, at) in decorators.into_iter().rev() {
            value = match decorator {
                Decorator::Call(hidden) => self.apply_decorator(ctx, hidden, value, at),
                Decorator::Wrap(wrap) => self.push(ctx, ExprKind::WrapMethod { wrap, func: value }, at),
                Decorator::Setter(property) => self.push(ctx, ExprKind::PropertySetter { property, func: value }, at),
            };
        }
        let target = self.name_binding(ctx, d.name.as_str(), span)?;
        Some(StmtKind::Assign { targets: vec![target], value })
    }

    /// Evaluates the `i`-th decorator expression of a `def` or `class` into a hidden local,
    /// before what it decorates is made.
    pub(super) fn decorator_value(&mut self, ctx: &mut FnCtx, dec: &ast::Expr, i: usize) -> LocalId {
        let value = self.expr(ctx, dec);
        let hidden = ctx.hidden_local(format!("<decorator {i}>"));
        ctx.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![Target::Local(hidden)], value }, span: Span::from(dec.range()) });
        hidden
    }

    /// `decorator(value)`, the decorator being the value held in `hidden`.
    pub(super) fn apply_decorator(&mut self, ctx: &mut FnCtx, hidden: LocalId, value: ExprId, at: Span) -> ExprId {
        let callee = self.push(ctx, ExprKind::Local(hidden), at);
        self.push(ctx, ExprKind::CallValue { callee, args: vec![value], kwnames: vec![] }, at)
    }

    /// `lambda params: body`: the defaults are evaluated here; the body becomes a nested
    /// function.
    pub(super) fn lambda(&mut self, ctx: &mut FnCtx, l: &ast::ExprLambda, span: Span) -> Option<ExprKind> {
        let a = &l.args;
        let defaults = self.default_values(ctx, a);
        let fid = self.reserve_nested();
        let qualname = if ctx.is_module() { "<lambda>".to_string() } else { format!("{}.<locals>.<lambda>", ctx.qualname) };
        let mut inner = FnCtx::new(fid, qualname, HashSet::new());
        let params = self.bind_params(&mut inner, a, None);
        let value = self.with_enclosing(ctx, &mut inner, |this, inner| this.expr(inner, &l.body));
        let body = vec![Stmt { kind: StmtKind::Return(Some(value)), span: Span::from(l.body.range()) }];
        let f = inner.into_function("<lambda>", span, a, params, body);
        self.store_nested(fid, f);
        Some(ExprKind::MakeFunction { func: fid, defaults })
    }

    /// The default of each parameter of `a`, evaluated in order (`None` where there is
    /// none, and for `*args` and `**kwargs`).
    fn default_values(&mut self, ctx: &mut FnCtx, a: &ast::Arguments) -> Vec<Option<ExprId>> {
        let mut defaults: Vec<Option<ExprId>> = all_params(a).iter().map(|p| p.default.as_ref().map(|d| self.expr(ctx, d))).collect();
        defaults.extend([&a.vararg, &a.kwarg].into_iter().flatten().map(|_| None));
        defaults
    }

    /// `f(args)` where `f` is a value (a variable, a parameter, an item, a call's result).
    pub(super) fn call_value(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall) -> Option<ExprKind> {
        let callee = self.expr(ctx, &c.func);
        if has_unpacking(c) {
            return Some(self.call_unpacked(ctx, callee, c));
        }
        let (args, kwnames) = self.call_arguments(ctx, c);
        Some(ExprKind::CallValue { callee, args, kwnames })
    }

    /// `callee(a, *xs, k=v, **kw)`, `callee` already evaluated.
    pub(super) fn call_unpacked(&mut self, ctx: &mut FnCtx, callee: ExprId, c: &ast::ExprCall) -> ExprKind {
        let mut args = Vec::new();
        for a in &c.args {
            args.push(match a {
                ast::Expr::Starred(s) => (CallPart::Star, self.expr(ctx, &s.value)),
                _ => (CallPart::Positional, self.expr(ctx, a)),
            });
        }
        for k in &c.keywords {
            let part = match &k.arg {
                Some(name) => CallPart::Keyword(name.to_string()),
                None => CallPart::StarStar,
            };
            args.push((part, self.expr(ctx, &k.value)));
        }
        ExprKind::CallUnpacked { callee, args }
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
