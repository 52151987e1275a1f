//! Lowering of `class` statements: the body runs in the module body, filling a namespace
//! dict (a hidden local) that `MakeClass` turns into the class; methods are functions of
//! their own (a class body's names are not visible inside them, as in CPython).
//!
//! Supported: module-level classes (also inside `if`, `try` and `with`; decorated or
//! not) whose bases are earlier user classes, built-in exception classes or `object`; a
//! body
//! of docstrings, `pass`, assignments and `def`s (with `@staticmethod`, `@classmethod`,
//! `@property` and `@name.setter`); `super()` in methods. A class body reading one of its
//! own names reads the namespace once the name is assigned, and is rejected before (the
//! global fallback CPython would use there is rarely what was meant).

use super::*;
use rustpython_parser::ast::Visitor;

#[derive(Clone)]
pub(super) struct ClassBody {
    pub ns: LocalId,
    /// Names the body has assigned so far (read from the namespace).
    pub defined: HashSet<String>,
    /// Names the body assigns anywhere.
    pub assigned: HashSet<String>,
    pub class: GlobalId,
    pub name: String,
}

impl<'a> Lowerer<'a> {
    pub(super) fn class_def(&mut self, ctx: &mut FnCtx, c: &'a ast::StmtClassDef) -> Option<StmtKind> {
        let span = Span::from(c.range);
        let place = if ctx.class_body.is_some() {
            Some("a class defined inside a class body")
        } else if !ctx.is_module() {
            Some("a class defined inside a function")
        } else if !self.top_level_classes.contains(&c.range.start().to_u32()) {
            Some("a class statement inside a loop (a new class each iteration)")
        } else {
            None
        };
        if let Some(what) = place {
            self.diags.push(unsupported_stmt(span, what, "define the class at module level, outside functions, classes and loops"));
            return None;
        }
        if let Some(k) = c.keywords.first() {
            self.diags.push(unsupported_stmt(Span::from(k.range), "a keyword argument in a class statement (metaclass=...)", "derive from the base classes only"));
            return None;
        }
        if !c.type_params.is_empty() {
            self.diags.push(unsupported_stmt(span, "a type parameter list", "remove the type parameters"));
            return None;
        }
        let class = *self.classes.get(c.name.as_str())?;
        let mut bases = Vec::new();
        for b in &c.bases {
            let at = Span::from(b.range());
            if let Some(kind) = self.builtin_exception(ctx, b) {
                bases.push(self.push(ctx, ExprKind::ExceptionClass(kind), at));
                continue;
            }
            match b {
                ast::Expr::Name(n) if self.classes.contains_key(n.id.as_str()) && n.id.as_str() != c.name.as_str() => {
                    bases.push(self.push(ctx, ExprKind::Global(self.classes[n.id.as_str()]), at));
                }
                ast::Expr::Name(n) if n.id.as_str() == "object" && self.is_builtin_visible(ctx, "object") => {}
                _ => {
                    self.diags.push(unsupported_stmt(at, "this base class", "derive from object, from built-in exception classes or from classes defined earlier in the module (built-in types come later)"));
                    return None;
                }
            }
        }
        // Decorators are evaluated before the body and applied to the class innermost
        // first; methods' `super()` sees the undecorated class (CPython's `__class__`),
        // kept in a hidden global when the name is bound to something else.
        let decorators: Vec<(LocalId, Span)> = c.decorator_list.iter().enumerate().map(|(i, d)| (self.decorator_value(ctx, d, i), Span::from(d.range()))).collect();
        let binding = class;
        let class = if decorators.is_empty() { class } else { self.add_global(&format!("<class {}>", c.name), GlobalKind::Variable) };
        let ns = ctx.hidden_local(format!("<class {} namespace>", c.name));
        let empty = self.push(ctx, ExprKind::Dict(vec![]), span);
        ctx.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![Target::Local(ns)], value: empty }, span });
        let mut assigned = Vec::new();
        collect_assigned(&c.body, &mut assigned);
        ctx.class_body = Some(ClassBody { ns, defined: HashSet::new(), assigned: assigned.into_iter().map(|(n, _)| n).collect(), class, name: c.name.to_string() });
        // The body's statements, with what each one's lowering put before it: nested
        // blocks (a loop's body) take the prelude they find, so it is kept aside here.
        let mut body = std::mem::take(&mut ctx.prelude);
        for s in &c.body {
            let at = Span::from(s.range());
            let kind = match s {
                ast::Stmt::Pass(_) => None,
                ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => None,
                _ => match unsupported_in_class_body(s) {
                    Some(bad) => {
                        self.diags.push(unsupported_stmt(Span::from(bad.range()), "this statement in a class body", "class bodies may hold assignments, 'def's, expressions, 'if', 'for' and 'while'; move the rest out of the class"));
                        None
                    }
                    None => {
                        // A loop's body reads its target from the namespace.
                        if let ast::Stmt::For(f) = s {
                            let mut names = Vec::new();
                            target_names(&f.target, &mut names);
                            if let Some(cb) = ctx.class_body.as_mut() {
                                cb.defined.extend(names.into_iter().map(|(n, _)| n));
                            }
                        }
                        self.stmt(ctx, s)
                    }
                },
            };
            body.append(&mut ctx.prelude);
            if let Some(kind) = kind {
                body.push(Stmt { kind, span: at });
            }
            let mut bound = Vec::new();
            collect_assigned(std::slice::from_ref(s), &mut bound);
            if let Some(cb) = ctx.class_body.as_mut() {
                cb.defined.extend(bound.into_iter().map(|(n, _)| n));
            }
        }
        ctx.class_body = None;
        ctx.prelude = body;
        let namespace = self.push(ctx, ExprKind::Local(ns), span);
        let slots = (!self.reads_instance_dicts).then(|| instance_attribute_names(c));
        let value = self.push(ctx, ExprKind::MakeClass { name: c.name.to_string(), bases, namespace, slots }, span);
        if decorators.is_empty() {
            return Some(StmtKind::Assign { targets: vec![Target::Global(class)], value });
        }
        ctx.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![Target::Global(class)], value }, span });
        let mut value = self.push(ctx, ExprKind::Global(class), span);
        for (hidden, at) in decorators.into_iter().rev() {
            value = self.apply_decorator(ctx, hidden, value, at);
        }
        Some(StmtKind::Assign { targets: vec![Target::Global(binding)], value })
    }

    /// A name read in a class body: from the namespace once the body assigned it.
    pub(super) fn class_body_name(&mut self, ctx: &mut FnCtx, name: &str, span: Span) -> Option<ExprId> {
        let cb = ctx.class_body.clone()?;
        if cb.defined.contains(name) {
            let ns = self.push(ctx, ExprKind::Local(cb.ns), span);
            let key = self.push(ctx, ExprKind::Const(Const::Str(name.to_string())), span);
            return Some(self.push(ctx, ExprKind::Subscript { value: ns, index: key }, span));
        }
        if cb.assigned.contains(name) {
            self.diags.push(unsupported_expr(span, &format!("reading the class attribute '{name}' before the class body assigns it"), "assign it earlier in the class body, or use another name"));
            return Some(self.error_expr(ctx, span));
        }
        None
    }

    /// `name = ...` in a class body: an item of the namespace.
    pub(super) fn class_target(&mut self, ctx: &mut FnCtx, name: &str, span: Span) -> Target {
        let ns = ctx.class_body.as_ref().map_or(LocalId(0), |c| c.ns);
        let value = self.push(ctx, ExprKind::Local(ns), span);
        let index = self.push(ctx, ExprKind::Const(Const::Str(name.to_string())), span);
        Target::Subscript { value, index }
    }

    /// `@staticmethod`, `@classmethod`, `@property` and `@name.setter` on a method.
    pub(super) fn method_decorator(&mut self, ctx: &mut FnCtx, dec: &ast::Expr) -> Option<functions::Decorator> {
        let cb = ctx.class_body.clone()?;
        match dec {
            ast::Expr::Name(n) if !cb.assigned.contains(n.id.as_str()) && self.is_builtin_visible(ctx, n.id.as_str()) => {
                let wrap = ["staticmethod", "classmethod", "property"].iter().position(|w| *w == n.id.as_str())?;
                Some(functions::Decorator::Wrap(wrap as i32))
            }
            ast::Expr::Attribute(a) if a.attr.as_str() == "setter" => match a.value.as_ref() {
                ast::Expr::Name(n) if cb.defined.contains(n.id.as_str()) => {
                    let property = self.name(ctx, n.id.as_str(), Span::from(n.range));
                    Some(functions::Decorator::Setter(property))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// `super()` in a method (its class and first parameter), or `super(C, obj)`.
    pub(super) fn super_call(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall, span: Span) -> Option<ExprKind> {
        if self.reject_argument_unpacking(c) {
            return None;
        }
        if !c.keywords.is_empty() {
            self.diags.push(Diagnostic::new(Code::BadCall, span, "super() takes no keyword arguments"));
            return None;
        }
        match c.args.len() {
            0 => {
                let (Some(class), true) = (ctx.method_of, ctx.nparams > 0) else {
                    self.diags.push(
                        Diagnostic::new(Code::UnsupportedCall, span, "super() without arguments outside a method")
                            .with_help("call super() directly in a method of a class, or pass the class and the object: super(C, obj)"),
                    );
                    return None;
                };
                let class = self.push(ctx, ExprKind::Global(class), span);
                let receiver = self.push(ctx, ExprKind::Local(LocalId(0)), span);
                Some(ExprKind::Super { class, receiver })
            }
            2 => {
                let class = self.expr(ctx, &c.args[0]);
                let receiver = self.expr(ctx, &c.args[1]);
                Some(ExprKind::Super { class, receiver })
            }
            n => {
                self.diags.push(Diagnostic::new(Code::BadCall, span, format!("super() takes 0 or 2 arguments here, got {n}")));
                None
            }
        }
    }
}

/// The first statement in `s` that a class body may not hold yet: `try` and `with` (their
/// `as` names would need the namespace's unbinding), imports, `global`, `del`, ...
fn unsupported_in_class_body(s: &ast::Stmt) -> Option<&ast::Stmt> {
    match s {
        ast::Stmt::Assign(_) | ast::Stmt::AnnAssign(_) | ast::Stmt::AugAssign(_) | ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => None,
        ast::Stmt::Expr(_) | ast::Stmt::Pass(_) | ast::Stmt::Break(_) | ast::Stmt::Continue(_) | ast::Stmt::Assert(_) | ast::Stmt::Raise(_) => None,
        ast::Stmt::If(_) | ast::Stmt::For(_) | ast::Stmt::While(_) => nested_bodies(s).into_iter().flatten().find_map(unsupported_in_class_body),
        _ => Some(s),
    }
}

/// The attributes a class's methods store on their first parameter (`self.x = ...`,
/// also inside nested blocks and functions), in order of first appearance: the slots of
/// its fixed layout (specs/object-layout.md). Static and class methods have no `self`.
fn instance_attribute_names(c: &ast::StmtClassDef) -> Vec<String> {
    let mut found = SelfStores { receiver: String::new(), names: Vec::new() };
    for s in &c.body {
        let ast::Stmt::FunctionDef(d) = s else { continue };
        let wrapped = d.decorator_list.iter().any(|x| matches!(x, ast::Expr::Name(n) if n.id.as_str() == "staticmethod" || n.id.as_str() == "classmethod"));
        let Some(first) = d.args.posonlyargs.iter().chain(&d.args.args).next().filter(|_| !wrapped) else { continue };
        found.receiver = first.def.arg.to_string();
        for stmt in &d.body {
            found.visit_stmt(stmt.clone());
        }
    }
    found.names
}

struct SelfStores {
    receiver: String,
    names: Vec<String>,
}

impl Visitor for SelfStores {
    fn visit_expr_attribute(&mut self, node: ast::ExprAttribute) {
        if node.ctx == ast::ExprContext::Store && matches!(node.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == self.receiver) && !self.names.iter().any(|n| n == node.attr.as_str()) {
            self.names.push(node.attr.to_string());
        }
        self.generic_visit_expr_attribute(node)
    }
}

/// Whether the program reads an attribute named `__dict__` anywhere: then no class gets
/// a fixed layout (an instance's `__dict__` must list its attributes in the order they
/// were set).
pub(super) fn reads_instance_dicts(suite: &[ast::Stmt]) -> bool {
    let mut found = DictReads(false);
    for s in suite {
        found.visit_stmt(s.clone());
    }
    found.0
}

struct DictReads(bool);

impl Visitor for DictReads {
    fn visit_expr_attribute(&mut self, node: ast::ExprAttribute) {
        self.0 |= node.attr.as_str() == "__dict__";
        self.generic_visit_expr_attribute(node)
    }
}
