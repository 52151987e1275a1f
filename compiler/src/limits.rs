//! CPython's static limits, and Molt's own nesting limit, checked before lowering so that
//! no input can overflow the compiler's stack or be accepted when CPython rejects it.
//!
//! CPython 3.11 raises at compile time for:
//! - more than 200 nested brackets (`SyntaxError: too many nested parentheses`);
//! - 100 or more levels of indentation (`IndentationError: too many levels of indentation`);
//! - more than 20 statically nested blocks in one code object
//!   (`SyntaxError: too many statically nested blocks`). The block costs below were
//!   measured against `compile()`, and `compiler/tests/robustness.rs` keeps checking
//!   random nests against CPython.
//!
//! Expressions nested deeper than CPython's recursion limit (between 2,500 and 3,000
//! levels, depending on the node kind) raise `RecursionError` in CPython; Molt rejects
//! anything past [`MAX_EXPRESSION_DEPTH`] (MOLT0003) instead of guessing the boundary.
//! The walks here use an explicit stack, so they are safe at any depth.

use crate::diagnostics::{Code, Diagnostic, Span};
use rustpython_parser::ast::{self, Expr, Stmt};
use rustpython_parser::lexer::lex;
use rustpython_parser::{Mode, Tok};

/// CPython's `MAXLEVEL`: brackets open at once.
const MAX_BRACKET_LEVEL: usize = 200;
/// CPython's `MAXINDENT`: an indentation level this deep is an error.
const MAX_INDENT_LEVEL: usize = 100;
/// CPython's `CO_MAXBLOCKS`.
const MAX_STATIC_BLOCKS: usize = 20;
/// Deeper expressions are rejected; CPython accepts up to roughly 2,500.
pub const MAX_EXPRESSION_DEPTH: usize = 1000;

/// Bracket and indentation depth, from the token stream. Lexical errors are left to the
/// parser, which reports them.
pub fn check_tokens(source: &str) -> Option<Diagnostic> {
    let (mut brackets, mut indent) = (0usize, 0usize);
    for token in lex(source, Mode::Module) {
        let Ok((tok, range)) = token else { return None };
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                brackets += 1;
                if brackets > MAX_BRACKET_LEVEL {
                    return Some(syntax(range.into(), "too many nested parentheses", "CPython rejects this program too; split the expression"));
                }
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => brackets = brackets.saturating_sub(1),
            Tok::Indent => {
                indent += 1;
                if indent >= MAX_INDENT_LEVEL {
                    return Some(syntax(range.into(), "too many levels of indentation", "CPython raises IndentationError too; move inner blocks into functions"));
                }
            }
            Tok::Dedent => indent = indent.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn syntax(span: Span, message: &str, help: &str) -> Diagnostic {
    Diagnostic::new(Code::Syntax, span, message.to_string()).with_help(help)
}

/// Static block nesting (CPython's limit) and expression depth (Molt's), over a parsed
/// module. Returns at most one diagnostic of each kind.
pub fn check_nesting(suite: &[Stmt]) -> Vec<Diagnostic> {
    let mut walk = Walk { blocks: None, deepest: None, stack: Vec::new() };
    walk.stmts(suite, 0);
    walk.blocks.into_iter().chain(walk.deepest).collect()
}

struct Walk<'a> {
    blocks: Option<Diagnostic>,
    deepest: Option<Diagnostic>,
    /// Scratch for the expression walk, kept to reuse its allocation.
    stack: Vec<(&'a Expr, usize)>,
}

impl<'a> Walk<'a> {
    /// `depth`: CPython's frame-block count where these statements are compiled.
    fn stmts(&mut self, body: &'a [Stmt], depth: usize) {
        for s in body {
            self.stmt(s, depth);
        }
    }

    /// Enters a block `cost` levels below `depth` (CPython pushes its blocks even when
    /// the body is only `pass`).
    fn block(&mut self, s: &Stmt, body: &'a [Stmt], depth: usize, cost: usize) {
        if depth + cost > MAX_STATIC_BLOCKS && self.blocks.is_none() {
            let span = Span::from(ast::Ranged::range(s));
            let first_line_end = span.start + 1;
            self.blocks = Some(syntax(Span::new(span.start, first_line_end), "too many statically nested blocks", "CPython rejects this program too; move inner loops or try statements into a function"));
        }
        self.stmts(body, depth + cost);
    }

    fn stmt(&mut self, s: &'a Stmt, depth: usize) {
        match s {
            Stmt::FunctionDef(f) => {
                self.arguments(&f.args);
                self.exprs(f.decorator_list.iter().chain(f.returns.as_deref()));
                self.stmts(&f.body, 0);
            }
            Stmt::AsyncFunctionDef(f) => {
                self.arguments(&f.args);
                self.exprs(f.decorator_list.iter().chain(f.returns.as_deref()));
                self.stmts(&f.body, 0);
            }
            Stmt::ClassDef(c) => {
                self.exprs(c.bases.iter().chain(c.keywords.iter().map(|k| &k.value)).chain(&c.decorator_list));
                self.stmts(&c.body, 0);
            }
            Stmt::Return(r) => self.exprs(r.value.as_deref()),
            Stmt::Delete(d) => self.exprs(&d.targets),
            Stmt::Assign(a) => self.exprs(a.targets.iter().chain([&*a.value])),
            Stmt::TypeAlias(t) => self.exprs([&*t.name, &*t.value]),
            Stmt::AugAssign(a) => self.exprs([&*a.target, &*a.value]),
            Stmt::AnnAssign(a) => self.exprs([&*a.target, &*a.annotation].into_iter().chain(a.value.as_deref())),
            Stmt::For(f) => {
                self.exprs([&*f.target, &*f.iter]);
                self.block(s, &f.body, depth, 1);
                self.stmts(&f.orelse, depth);
            }
            Stmt::AsyncFor(f) => {
                self.exprs([&*f.target, &*f.iter]);
                self.block(s, &f.body, depth, 1);
                self.stmts(&f.orelse, depth);
            }
            Stmt::While(w) => {
                self.exprs([&*w.test]);
                self.block(s, &w.body, depth, 1);
                self.stmts(&w.orelse, depth);
            }
            Stmt::If(i) => {
                self.exprs([&*i.test]);
                self.stmts(&i.body, depth);
                self.stmts(&i.orelse, depth);
            }
            // `with a, b:` is two nested blocks.
            Stmt::With(w) => {
                self.exprs(w.items.iter().flat_map(|i| [&i.context_expr].into_iter().chain(i.optional_vars.as_deref())));
                self.block(s, &w.body, depth, w.items.len());
            }
            Stmt::AsyncWith(w) => {
                self.exprs(w.items.iter().flat_map(|i| [&i.context_expr].into_iter().chain(i.optional_vars.as_deref())));
                self.block(s, &w.body, depth, w.items.len());
            }
            Stmt::Match(m) => {
                self.exprs([&*m.subject]);
                for case in &m.cases {
                    self.exprs(case.guard.as_deref());
                    self.stmts(&case.body, depth);
                }
            }
            Stmt::Raise(r) => self.exprs(r.exc.as_deref().into_iter().chain(r.cause.as_deref())),
            Stmt::Try(t) => self.try_stmt(s, &t.body, &t.handlers, &t.orelse, &t.finalbody, depth),
            Stmt::TryStar(t) => self.try_stmt(s, &t.body, &t.handlers, &t.orelse, &t.finalbody, depth),
            Stmt::Assert(a) => self.exprs([&*a.test].into_iter().chain(a.msg.as_deref())),
            Stmt::Expr(e) => self.exprs([&*e.value]),
            Stmt::Import(_) | Stmt::ImportFrom(_) | Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    /// Measured costs: with handlers, the body is one block and a handler two; a
    /// `finally` adds one around all of it, and its own body is one block deep.
    fn try_stmt(&mut self, s: &Stmt, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt], finalbody: &'a [Stmt], depth: usize) {
        let outer = usize::from(!finalbody.is_empty() && !handlers.is_empty());
        self.block(s, body, depth, outer + 1);
        for ast::ExceptHandler::ExceptHandler(h) in handlers {
            self.exprs(h.type_.as_deref());
            self.block(s, &h.body, depth, outer + 2);
        }
        self.stmts(orelse, depth + outer);
        if !finalbody.is_empty() {
            self.block(s, finalbody, depth, 1);
        }
    }

    fn arguments(&mut self, a: &'a ast::Arguments) {
        let with_default = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs);
        let defaults = with_default.clone().filter_map(|p| p.default.as_deref());
        let annotations = with_default.filter_map(|p| p.def.annotation.as_deref());
        let star = a.vararg.iter().chain(&a.kwarg).filter_map(|p| p.annotation.as_deref());
        self.exprs(defaults.chain(annotations).chain(star));
    }

    /// The depth of each expression tree, without recursion.
    fn exprs(&mut self, roots: impl IntoIterator<Item = &'a Expr>) {
        if self.deepest.is_some() {
            return;
        }
        let mut stack = std::mem::take(&mut self.stack);
        stack.extend(roots.into_iter().map(|e| (e, 1)));
        while let Some((e, depth)) = stack.pop() {
            if depth > MAX_EXPRESSION_DEPTH {
                let span = Span::from(ast::Ranged::range(e));
                self.deepest = Some(
                    Diagnostic::new(Code::UnsupportedExpression, Span::new(span.start, span.start + 1), format!("an expression nested more than {MAX_EXPRESSION_DEPTH} levels deep is not supported"))
                        .with_help("split it into several statements with intermediate variables"),
                );
                stack.clear();
                break;
            }
            children(e, &mut |child| stack.push((child, depth + 1)));
        }
        self.stack = stack;
    }
}

fn children<'a>(e: &'a Expr, push: &mut impl FnMut(&'a Expr)) {
    let mut all = |es: &'a [Expr]| es.iter().for_each(&mut *push);
    match e {
        Expr::BoolOp(b) => all(&b.values),
        Expr::NamedExpr(n) => {
            push(&n.target);
            push(&n.value);
        }
        Expr::BinOp(b) => {
            push(&b.left);
            push(&b.right);
        }
        Expr::UnaryOp(u) => push(&u.operand),
        Expr::Lambda(l) => {
            let a = &l.args;
            for p in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
                p.default.as_deref().into_iter().chain(p.def.annotation.as_deref()).for_each(&mut *push);
            }
            push(&l.body);
        }
        Expr::IfExp(i) => {
            push(&i.test);
            push(&i.body);
            push(&i.orelse);
        }
        Expr::Dict(d) => {
            d.keys.iter().flatten().for_each(&mut *push);
            d.values.iter().for_each(&mut *push);
        }
        Expr::Set(s) => all(&s.elts),
        Expr::List(l) => all(&l.elts),
        Expr::Tuple(t) => all(&t.elts),
        Expr::ListComp(c) => {
            push(&c.elt);
            comprehensions(&c.generators, push);
        }
        Expr::SetComp(c) => {
            push(&c.elt);
            comprehensions(&c.generators, push);
        }
        Expr::GeneratorExp(c) => {
            push(&c.elt);
            comprehensions(&c.generators, push);
        }
        Expr::DictComp(c) => {
            push(&c.key);
            push(&c.value);
            comprehensions(&c.generators, push);
        }
        Expr::Await(a) => push(&a.value),
        Expr::Yield(y) => y.value.as_deref().into_iter().for_each(push),
        Expr::YieldFrom(y) => push(&y.value),
        Expr::Compare(c) => {
            push(&c.left);
            c.comparators.iter().for_each(&mut *push);
        }
        Expr::Call(c) => {
            push(&c.func);
            c.args.iter().chain(c.keywords.iter().map(|k| &k.value)).for_each(&mut *push);
        }
        Expr::FormattedValue(f) => {
            push(&f.value);
            f.format_spec.as_deref().into_iter().for_each(push);
        }
        Expr::JoinedStr(j) => all(&j.values),
        Expr::Attribute(a) => push(&a.value),
        Expr::Subscript(s) => {
            push(&s.value);
            push(&s.slice);
        }
        Expr::Starred(s) => push(&s.value),
        Expr::Slice(s) => s.lower.as_deref().into_iter().chain(s.upper.as_deref()).chain(s.step.as_deref()).for_each(push),
        Expr::Name(_) | Expr::Constant(_) => {}
    }
}

fn comprehensions<'a>(generators: &'a [ast::Comprehension], push: &mut impl FnMut(&'a Expr)) {
    for g in generators {
        push(&g.target);
        push(&g.iter);
        g.ifs.iter().for_each(&mut *push);
    }
}
