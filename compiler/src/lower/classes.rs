//! Lowering of `class` statements: the body runs where the statement is (module body or
//! function), filling a namespace dict (a hidden local) that `MakeClass` turns into the
//! class; methods are functions nested in that function (a class body's names are not
//! visible inside them, as in CPython).
//!
//! A class statement may stand anywhere a statement may: at module level, in functions, in
//! loops and in other class bodies; each run makes a new class. Its bases are any
//! expressions except built-in types. The body holds docstrings, `pass`, assignments,
//! `def`s (with `@staticmethod`, `@classmethod`, `@property` and `@name.setter`),
//! nested classes, expressions, `if`, `for`, `while`, `try` and `with`. A name the body
//! assigns is local to the class scope: it reads the namespace, else the global or
//! builtin (CPython's `LOAD_NAME`); other names read the enclosing function's variables.
//! `super()` in a method reads the class from a cell made fresh each time the statement
//! runs (CPython's `__class__` cell).

use super::*;
use rustpython_parser::ast::Visitor;

#[derive(Clone)]
pub(super) struct ClassBody {
    pub ns: LocalId,
    /// Names the body assigns anywhere: local to the class scope.
    pub assigned: HashSet<String>,
    /// `C`, `Outer.Inner`, `f.<locals>.C`.
    pub qualname: String,
    /// The name of the hidden local holding the class's `__class__` cell.
    pub cell: String,
}

impl<'a> Lowerer<'a> {
    pub(super) fn class_def(&mut self, ctx: &mut FnCtx, c: &'a ast::StmtClassDef) -> Option<StmtKind> {
        let span = Span::from(c.range);
        if let Some(k) = c.keywords.first() {
            self.diags.push(unsupported_stmt(Span::from(k.range), "a keyword argument in a class statement (metaclass=...)", "derive from the base classes only"));
            return None;
        }
        if !c.type_params.is_empty() {
            self.diags.push(unsupported_stmt(span, "a type parameter list", "remove the type parameters"));
            return None;
        }
        let qualname = match &ctx.class_body {
            Some(outer) => format!("{}.{}", outer.qualname, c.name),
            None if ctx.is_module() => c.name.to_string(),
            None => format!("{}.<locals>.{}", ctx.qualname, c.name),
        };
        // CPython evaluates the decorators, then the bases, then runs the body. Decorators
        // are applied to the class innermost first; methods' `super()` sees the
        // undecorated class.
        let decorators: Vec<(LocalId, Span)> = c.decorator_list.iter().enumerate().map(|(i, d)| (self.decorator_value(ctx, d, i), Span::from(d.range()))).collect();
        let mut bases = Vec::new();
        for b in &c.bases {
            let at = Span::from(b.range());
            if let Some(kind) = self.builtin_exception(ctx, b) {
                bases.push(self.push(ctx, ExprKind::ExceptionClass(kind), at));
                continue;
            }
            let builtin = match b {
                ast::Expr::Name(n) if self.is_builtin_visible(ctx, n.id.as_str()) && !self.class_scope_binds(ctx, n.id.as_str()) => Some(n.id.as_str()),
                _ => None,
            };
            match b {
                _ if builtin == Some("object") => {}
                _ if builtin.is_some_and(|n| molt_abi::builtin_value_id(n).is_some() || Builtin::from_name(n).is_some()) => {
                    let what = format!("deriving from the built-in type '{}'", builtin.unwrap_or_default());
                    self.diags.push(unsupported_stmt(at, &what, "derive from object, from built-in exception classes or from your own classes, and keep the built-in value in an attribute"));
                    return None;
                }
                ast::Expr::Starred(_) => {
                    self.diags.push(unsupported_stmt(at, "unpacking in a class's bases", "list the base classes one by one"));
                    return None;
                }
                _ => bases.push(self.expr(ctx, b)),
            }
        }
        let ns = ctx.hidden_local(format!("<class {qualname} namespace>"));
        let cell_name = format!("<class {qualname} at {}>", c.range.start().to_u32());
        let cell = ctx.hidden_local(cell_name.clone());
        ctx.locals.insert(cell_name.clone(), cell);
        let empty = self.push(ctx, ExprKind::Dict(vec![]), span);
        ctx.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![Target::Local(ns)], value: empty }, span });
        let mut assigned = Vec::new();
        collect_assigned(&c.body, &mut assigned);
        let this = ClassBody { ns, assigned: assigned.into_iter().map(|(n, _)| n).collect(), qualname: qualname.clone(), cell: cell_name };
        let outer = ctx.class_body.replace(this);
        // The body's statements, with what each one's lowering put before it: nested
        // blocks (a loop's body) take the prelude they find, so it is kept aside here.
        let mut body = std::mem::take(&mut ctx.prelude);
        let body_start = body.len();
        for s in &c.body {
            let at = Span::from(s.range());
            let kind = match s {
                ast::Stmt::Pass(_) => None,
                ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => None,
                _ => match unsupported_in_class_body(s) {
                    Some(bad) => {
                        let help = "class bodies may hold assignments, 'def's, classes, expressions, 'if', 'for', 'while', 'try' and 'with'; move the rest out of the class";
                        self.diags.push(unsupported_stmt(Span::from(bad.range()), "this statement in a class body", help));
                        None
                    }
                    None => self.stmt(ctx, s),
                },
            };
            body.append(&mut ctx.prelude);
            if let Some(kind) = kind {
                body.push(Stmt { kind, span: at });
            }
        }
        ctx.class_body = outer;
        // A method's `super()` captured the cell: a new one for each class made here.
        let captured = ctx.cells.contains(&cell);
        if captured {
            body.insert(body_start, Stmt { kind: StmtKind::FreshCell(cell), span });
        }
        ctx.prelude = body;
        let namespace = self.push(ctx, ExprKind::Local(ns), span);
        let slots = (!self.reads_instance_dicts).then(|| instance_attribute_names(c));
        let mut value = self.push(ctx, ExprKind::MakeClass { name: qualname, bases, namespace, slots }, span);
        if captured {
            ctx.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![Target::Local(cell)], value }, span });
            value = self.push(ctx, ExprKind::Local(cell), span);
        }
        for (hidden, at) in decorators.into_iter().rev() {
            value = self.apply_decorator(ctx, hidden, value, at);
        }
        let target = self.name_binding(ctx, c.name.as_str(), span)?;
        Some(StmtKind::Assign { targets: vec![target], value })
    }

    /// Whether the class body being lowered (if any) binds `name` in its scope.
    fn class_scope_binds(&self, ctx: &FnCtx, name: &str) -> bool {
        ctx.class_body.as_ref().is_some_and(|cb| cb.assigned.contains(name))
    }

    /// A name read in a class body that the body assigns: the namespace's item if it has
    /// one, else the global or builtin (CPython's `LOAD_NAME`, which skips the enclosing
    /// functions' variables).
    pub(super) fn class_body_name(&mut self, ctx: &mut FnCtx, name: &str, span: Span) -> Option<ExprId> {
        let ns = ctx.class_body.as_ref().filter(|cb| cb.assigned.contains(name))?.ns;
        let key = self.push(ctx, ExprKind::Const(Const::Str(name.to_string())), span);
        let namespace = self.push(ctx, ExprKind::Local(ns), span);
        let test = self.push(ctx, ExprKind::Compare { left: key, rest: vec![(CmpOp::In, namespace)] }, span);
        let namespace = self.push(ctx, ExprKind::Local(ns), span);
        let key = self.push(ctx, ExprKind::Const(Const::Str(name.to_string())), span);
        let body = self.push(ctx, ExprKind::Subscript { value: namespace, index: key }, span);
        let orelse = self.global_name(ctx, name, span);
        Some(self.push(ctx, ExprKind::IfExp { test, body, orelse }, span))
    }

    /// What binding `name` (a class, a `def`, an `except ... as name`) assigns: the class
    /// namespace's item in a class body, else the variable.
    pub(super) fn name_binding(&mut self, ctx: &mut FnCtx, name: &str, span: Span) -> Option<Target> {
        if ctx.class_body.is_some() { Some(self.class_target(ctx, name, span)) } else { self.name_target(ctx, name) }
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
        let cb = ctx.class_body.as_ref()?;
        match dec {
            ast::Expr::Name(n) if !cb.assigned.contains(n.id.as_str()) && self.is_builtin_visible(ctx, n.id.as_str()) => {
                let wrap = ["staticmethod", "classmethod", "property"].iter().position(|w| *w == n.id.as_str())?;
                Some(functions::Decorator::Wrap(wrap as i32))
            }
            ast::Expr::Attribute(a) if a.attr.as_str() == "setter" => match a.value.as_ref() {
                ast::Expr::Name(n) if cb.assigned.contains(n.id.as_str()) => {
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
                let (Some(cell), true) = (ctx.method_of.clone(), ctx.nparams > 0) else {
                    self.diags.push(
                        Diagnostic::new(Code::UnsupportedCall, span, "super() without arguments outside a method")
                            .with_help("call super() directly in a method of a class, or pass the class and the object: super(C, obj)"),
                    );
                    return None;
                };
                let class = ctx.free_variable(&cell)?;
                let class = self.push(ctx, ExprKind::Local(class), span);
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

/// The first statement in `s` that a class body may not hold yet: imports, `global`,
/// `nonlocal`, `del`, `return` (a SyntaxError), ...
fn unsupported_in_class_body(s: &ast::Stmt) -> Option<&ast::Stmt> {
    match s {
        ast::Stmt::Assign(_) | ast::Stmt::AnnAssign(_) | ast::Stmt::AugAssign(_) | ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => None,
        ast::Stmt::Expr(_) | ast::Stmt::Pass(_) | ast::Stmt::Break(_) | ast::Stmt::Continue(_) | ast::Stmt::Assert(_) | ast::Stmt::Raise(_) => None,
        ast::Stmt::If(_) | ast::Stmt::For(_) | ast::Stmt::While(_) | ast::Stmt::Try(_) | ast::Stmt::With(_) => nested_bodies(s).into_iter().flatten().find_map(unsupported_in_class_body),
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
