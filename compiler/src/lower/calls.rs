//! Lowering of calls by name: user functions bound at compile time (`bind_call`),
//! builtins called directly (`CallBuiltin`) or through their values, `isinstance` with
//! classes resolved statically, exception constructors, and method calls.

use super::*;

impl<'a> Lowerer<'a> {
    pub(super) fn call(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall, span: Span) -> Option<ExprKind> {
        if let Some((binding, name)) = self.module_member(ctx, &c.func) {
            if !MODULE_FUNCTIONS.contains(&name.as_str()) {
                self.diags.push(Diagnostic::new(Code::UnsupportedCall, Span::from(c.func.range()), format!("'{name}' is not supported")).with_help("see specs/subset.md for what math and sys provide"));
                return None;
            }
            if let Some(k) = c.keywords.first() {
                self.diags.push(Diagnostic::new(Code::BadCall, Span::from(k.range), format!("keyword arguments to {name}() are not supported")).with_help("pass the arguments positionally"));
                return None;
            }
            if self.reject_argument_unpacking(c) {
                return None;
            }
            let args = c.args.iter().map(|a| self.expr(ctx, a)).collect();
            return Some(ExprKind::ModuleCall { binding, name, args });
        }
        if let ast::Expr::Attribute(attr) = c.func.as_ref() {
            return self.method_call(ctx, c, attr);
        }
        let ast::Expr::Name(callee) = c.func.as_ref() else {
            return self.call_value(ctx, c);
        };
        let name = callee.id.as_str();
        let variable = ctx.sees_variable(name);
        if let Some(&fid) = self.functions.get(name) {
            if !variable && !has_unpacking(c) && !self.sigs[fid.0 as usize - 1].variadic {
                return self.bind_call(ctx, fid, c);
            }
        }
        if variable || self.globals.contains_key(name) {
            return self.call_value(ctx, c);
        }
        if !has_unpacking(c) {
            match (name, c.args.len(), c.keywords.len()) {
                ("isinstance", ..) => return self.isinstance(ctx, c, span),
                ("type", 1, 0) => return Some(ExprKind::TypeOf(self.expr(ctx, &c.args[0]))),
                ("type", 3, _) => {
                    self.diags.push(
                        Diagnostic::new(Code::UnsupportedCall, span, "type() with three arguments (making a class) is not supported")
                            .with_help("write a class statement"),
                    );
                    return None;
                }
                _ => {}
            }
        }
        // Builtins only the runtime calls (`map`), and any builtin called with `*`/`**`;
        // `str(b, encoding)` decodes, which only the runtime's `str` does.
        let decoding_str = name == "str" && (c.args.len() > 1 || !c.keywords.is_empty());
        if molt_abi::builtin_value_id(name).is_some() && (has_unpacking(c) || Builtin::from_name(name).is_none() || decoding_str) {
            return self.call_value(ctx, c);
        }
        if self.reject_argument_unpacking(c) {
            return None;
        }
        if name == "super" {
            return self.super_call(ctx, c, span);
        }
        if let Some(kind) = molt_abi::exception_kind(name) {
            if matches!(name, "UnicodeDecodeError" | "UnicodeEncodeError") {
                self.diags.push(
                    Diagnostic::new(Code::UnsupportedCall, span, format!("constructing {name} is not supported"))
                        .with_help("raise UnicodeError or ValueError with a message instead"),
                );
                return None;
            }
            if !c.keywords.is_empty() {
                // The class rejects them at run time with CPython's TypeError.
                return self.call_value(ctx, c);
            }
            let args = c.args.iter().map(|a| self.expr(ctx, a)).collect();
            return Some(ExprKind::NewException { kind, args });
        }
        let Some(builtin) = Builtin::from_name(name) else {
            let what = if OTHER_PYTHON_BUILTINS.contains(&name) { format!("the builtin '{name}' is not supported") } else { format!("'{name}' is not defined anywhere in this program") };
            let code = if OTHER_PYTHON_BUILTINS.contains(&name) { Code::UnsupportedCall } else { Code::UndefinedName };
            self.diags.push(Diagnostic::new(code, Span::from(callee.range), what).with_help("see specs/subset.md for the supported builtins"));
            return None;
        };
        if let Some(call) = self.builtin_consuming_generator(ctx, builtin, c) {
            return call;
        }
        let args: Vec<ExprId> = c.args.iter().map(|a| self.expr(ctx, a)).collect();
        if builtin == Builtin::Dict && !c.keywords.is_empty() && args.len() <= 1 {
            // dict(x, k=v) is dict(x) | {'k': v}: same evaluation order, same result.
            let mut items = Vec::new();
            for k in &c.keywords {
                let name = k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default();
                items.push(self.push(ctx, ExprKind::Const(Const::Str(name)), Span::from(k.range)));
                items.push(self.expr(ctx, &k.value));
            }
            if args.is_empty() {
                return Some(ExprKind::Dict(items));
            }
            let base = self.push(ctx, ExprKind::CallBuiltin { builtin, args, kw: [None, None] }, span);
            let extra = self.push(ctx, ExprKind::Dict(items), span);
            return Some(ExprKind::Binary(BinOp::BitOr, base, extra));
        }
        let mut kw = [None, None];
        for k in &c.keywords {
            let kname = k.arg.as_ref().map(|a| a.as_str()).unwrap_or_default();
            match builtin.keywords().iter().position(|n| *n == kname) {
                Some(i) if kw[i].is_none() => kw[i] = Some(self.expr(ctx, &k.value)),
                _ => {
                    self.diags.push(Diagnostic::new(Code::BadCall, Span::from(k.range), format!("keyword argument '{kname}' of {name}() is not supported")).with_help("pass the argument positionally, or drop it"));
                    return None;
                }
            }
        }
        let (lo, hi) = builtin.arity();
        if args.len() < lo || args.len() > hi {
            let expected = if lo == hi { format!("{lo}") } else if hi == usize::MAX { format!("at least {lo}") } else { format!("{lo} to {hi}") };
            self.diags.push(Diagnostic::new(Code::BadCall, span, format!("{name}() takes {expected} arguments ({} given)", args.len())));
            return None;
        }
        Some(ExprKind::CallBuiltin { builtin, args, kw })
    }

    /// `tuple(g)`, `list(g)`, `set(g)`, `frozenset(g)` and `sorted(g)` of a generator
    /// expression `g` alone: each consumes `g` whole before anything else happens, so `g` is
    /// built inline as a list (a set for `set`) instead of by a generator. `None` when the
    /// call is not one of these; `Some(None)` when `g` has an error (reported).
    fn builtin_consuming_generator(&mut self, ctx: &mut FnCtx, builtin: Builtin, c: &ast::ExprCall) -> Option<Option<ExprKind>> {
        let ([ast::Expr::GeneratorExp(g)], []) = (&c.args[..], &c.keywords[..]) else { return None };
        let kind = match builtin {
            Builtin::List | Builtin::Tuple | Builtin::FrozenSet | Builtin::Sorted => CompKind::List,
            Builtin::Set => CompKind::Set,
            _ => return None,
        };
        let Some(built) = self.consumed_generator(ctx, g, kind, Span::from(g.range)) else { return Some(None) };
        if matches!(builtin, Builtin::List | Builtin::Set) {
            return Some(Some(built));
        }
        let arg = self.push(ctx, built, Span::from(g.range));
        Some(Some(ExprKind::CallBuiltin { builtin, args: vec![arg], kw: [None, None] }))
    }

    /// `isinstance(x, T)`: `T` must name built-in classes (or a tuple of them), resolved
    /// at compile time.
    pub(super) fn isinstance(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall, span: Span) -> Option<ExprKind> {
        if !c.keywords.is_empty() || c.args.len() != 2 {
            self.diags.push(Diagnostic::new(Code::BadCall, span, format!("isinstance expected 2 arguments, got {}", c.args.len() + c.keywords.len())));
            return None;
        }
        let mut types = Vec::new();
        let mut user = Vec::new();
        if !self.class_names(ctx, &c.args[1], &mut types, &mut user) {
            // A class (or tuple of classes) computed at run time.
            let value = self.expr(ctx, &c.args[0]);
            let classes = vec![self.expr(ctx, &c.args[1])];
            return Some(ExprKind::IsInstance { value, types: String::new(), classes });
        }
        let value = self.expr(ctx, &c.args[0]);
        let classes = user.into_iter().map(|e| self.expr(ctx, e)).collect();
        Some(ExprKind::IsInstance { value, types: types.join(","), classes })
    }

    /// The classes `isinstance` tests against: built-in ones by name (`out`) and other
    /// names (`user`: user classes, evaluated when the call runs).
    pub(super) fn class_names<'e>(&mut self, ctx: &FnCtx, e: &'e ast::Expr, out: &mut Vec<String>, user: &mut Vec<&'e ast::Expr>) -> bool {
        match e {
            ast::Expr::Tuple(t) => t.elts.iter().all(|x| self.class_names(ctx, x, out, user)),
            ast::Expr::Name(n) if !self.is_builtin_visible(ctx, n.id.as_str()) => {
                user.push(e);
                true
            }
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                if ["int", "float", "str", "bool", "list", "dict", "tuple", "range", "set", "frozenset", "object", "bytes", "bytearray"].contains(&name) {
                    out.push(name.to_string());
                    true
                } else if let Some(kind) = molt_abi::exception_kind(name) {
                    out.push(format!("exc:{kind}"));
                    true
                } else {
                    false
                }
            }
            _ => false,
        }
    }

    /// Reports `f(*xs)` and `f(**kw)`, which no call supports yet; whether it did.
    pub(super) fn reject_argument_unpacking(&mut self, c: &ast::ExprCall) -> bool {
        if let Some(s) = c.args.iter().find(|a| matches!(a, ast::Expr::Starred(_))) {
            self.diags.push(unsupported_expr(Span::from(s.range()), "argument unpacking with '*'", "pass the arguments one by one"));
            return true;
        }
        if let Some(k) = c.keywords.iter().find(|k| k.arg.is_none()) {
            self.diags.push(unsupported_expr(Span::from(k.range), "argument unpacking with '**'", "pass keyword arguments one by one"));
            return true;
        }
        false
    }

    /// `receiver.method(args)`: positional arguments only; dispatched at run time on the
    /// receiver's built-in type (an unknown method raises AttributeError, as in CPython).
    pub(super) fn method_call(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall, attr: &ast::ExprAttribute) -> Option<ExprKind> {
        let receiver = self.expr(ctx, &attr.value);
        // `", ".join(x for x in xs)`: str.join makes a list of its argument first.
        if attr.attr.as_str() == "join"
            && matches!(attr.value.as_ref(), ast::Expr::Constant(k) if matches!(k.value, ast::Constant::Str(_)))
            && let ([ast::Expr::GeneratorExp(g)], []) = (&c.args[..], &c.keywords[..])
        {
            let list = self.consumed_generator(ctx, g, CompKind::List, Span::from(g.range))?;
            let arg = self.push(ctx, list, Span::from(g.range));
            return Some(ExprKind::MethodCall { receiver, method: "join".into(), args: vec![arg], kwnames: vec![] });
        }
        if has_unpacking(c) {
            let callee = self.push(ctx, ExprKind::Attribute { value: receiver, name: attr.attr.to_string() }, Span::from(attr.range));
            return Some(self.call_unpacked(ctx, callee, c));
        }
        let (args, kwnames) = self.call_arguments(ctx, c);
        Some(ExprKind::MethodCall { receiver, method: attr.attr.to_string(), args, kwnames })
    }

    /// Matches a call's arguments to the parameters of `fid` the way CPython does. A
    /// call that does not fit raises CPython's TypeError when it runs: it goes through the
    /// runtime's binder (`CallValue`), which reports it.
    pub(super) fn bind_call(&mut self, ctx: &mut FnCtx, fid: FuncId, c: &ast::ExprCall) -> Option<ExprKind> {
        let params = self.sigs[fid.0 as usize - 1].params.clone();
        // Which parameter each argument (positional, then keyword) binds to.
        let mut binds: Vec<usize> = Vec::new();
        let positional: Vec<usize> = (0..params.len()).filter(|&i| !params[i].2).collect();
        let mut fits = c.args.len() <= positional.len();
        binds.extend(positional.iter().take(c.args.len()));
        for k in &c.keywords {
            let kname = k.arg.as_ref().map(|a| a.as_str()).unwrap_or_default();
            match params.iter().position(|p| p.0 == kname) {
                Some(p) if !params[p].1 && !binds.contains(&p) => binds.push(p),
                _ => fits = false,
            }
        }
        fits &= params.iter().enumerate().all(|(i, p)| p.3 || binds.contains(&i));
        if !fits {
            return self.call_value(ctx, c);
        }
        let mut slots: Vec<Option<ExprId>> = vec![None; params.len()];
        let mut order = Vec::new();
        for (a, &p) in c.args.iter().chain(c.keywords.iter().map(|k| &k.value)).zip(&binds) {
            let e = self.expr(ctx, a);
            order.push(e);
            slots[p] = Some(e);
        }
        Some(ExprKind::Call { func: fid, args: slots, order })
    }
}
