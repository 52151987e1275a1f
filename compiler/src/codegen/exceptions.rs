//! Code generation for exceptions: `try` statements, `except` clauses and the cleanups
//! (`finally` bodies, handled exceptions) that `return`, `break` and `continue` run when
//! they leave them.

use super::*;

/// Where an exception raised at this point goes: a handler block of an enclosing `try`
/// (taking the line as a parameter), which owns the temporaries from `temps_base` up.
#[derive(Clone, Copy)]
pub(super) struct ErrTarget {
    pub(super) block: Block,
    pub(super) temps_base: usize,
}

/// Work a `return`, `break` or `continue` must do when it leaves a `try` statement.
#[derive(Clone, Copy)]
pub(super) enum Cleanup<'a> {
    /// Leaving an `except` body: the handled exception is dropped and the name unbound.
    Handler { name: Option<&'a Target> },
    /// Leaving a `try` with a `finally`: its body runs, with exceptions going to the
    /// first `errs_depth` targets.
    Finally { body: &'a [Stmt], errs_depth: usize },
}

/// How an `except` body ends when it runs to completion.
#[derive(Clone, Copy)]
pub(super) enum HandlerEnd {
    Continue(Block),
    /// The exceptional path of a `finally`: the exception goes on.
    Reraise,
}

impl<'a> FnGen<'a, '_> {
    /// Runs the cleanups above `depth` (innermost first) on the way to a `return`,
    /// `break` or `continue`. Each runs as it would outside the statements it leaves.
    pub(super) fn run_cleanups(&mut self, depth: usize) -> Result<(), String> {
        let saved = self.cleanups.clone();
        while self.cleanups.len() > depth {
            self.ensure_open_block();
            match self.cleanups.pop().expect("cleanup") {
                Cleanup::Handler { name } => self.leave_handler(name),
                Cleanup::Finally { body, errs_depth } => {
                    let errs = self.errs.split_off(errs_depth);
                    self.block(body)?;
                    self.errs.extend(errs);
                }
            }
        }
        self.ensure_open_block();
        self.cleanups = saved;
        Ok(())
    }

    /// The end of an `except` body: the handled exception is dropped and `as name` unbound.
    pub(super) fn leave_handler(&mut self, name: Option<&Target>) {
        self.rt("molt_handler_exit", &[]);
        match name {
            // In a class body: CPython's `name = None; del name` on the namespace (the
            // store makes the deletion succeed even if the body deleted the name).
            Some(Target::Subscript { value, index }) => {
                let (ns, key) = self.eval_two(*value, *index);
                let none = self.iconst(abi::NONE);
                self.rt("molt_setitem", &[ns, key, none]);
                self.rt("molt_delitem", &[ns, key]);
                for (x, e) in [(key, *index), (ns, *value)] {
                    self.remove_temp(x);
                    self.decref(x, self.ty(e));
                }
            }
            Some(t) => {
                let unbound = self.iconst(abi::ERR);
                self.assign(t, unbound, 0);
            }
            None => {}
        }
    }

    /// `try`: the body's exceptions go to the `except` clauses, tested in order; what no
    /// clause matches, and whatever the clauses and `else` raise, goes on outward, through
    /// the `finally` body if there is one. `return`, `break` and `continue` inside run the
    /// `finally` body on their way out (see `run_cleanups`).
    pub(super) fn try_stmt(&mut self, body: &'a [Stmt], handlers: &'a [Handler], orelse: &'a [Stmt], finalbody: &'a [Stmt]) -> Result<(), String> {
        let temps_base = self.temps.len();
        let fin = if finalbody.is_empty() {
            None
        } else {
            let b = self.handler_block();
            self.errs.push(ErrTarget { block: b, temps_base });
            self.cleanups.push(Cleanup::Finally { body: finalbody, errs_depth: self.errs.len() - 1 });
            Some(b)
        };
        let after = self.b.create_block();
        if handlers.is_empty() {
            self.block_to(body, after)?;
        } else {
            let catch = self.handler_block();
            self.errs.push(ErrTarget { block: catch, temps_base });
            self.block(body)?;
            self.errs.pop();
            if !self.terminated {
                self.block(orelse)?;
            }
            if !self.terminated {
                self.b.ins().jump(after, &[]);
            }
            self.terminated = false;
            let (exc, raised_at) = self.catch(catch);
            let mut caught_all = false;
            for h in handlers {
                let next = match &h.classes {
                    None => None,
                    Some(classes) => {
                        let any = self.exception_matches(exc, classes);
                        let (run, next) = (self.b.create_block(), self.b.create_block());
                        self.b.ins().brif(any, run, &[], next, &[]);
                        self.b.switch_to_block(run);
                        Some(next)
                    }
                };
                self.handler(exc, h.name.as_ref(), &h.body, HandlerEnd::Continue(after))?;
                match next {
                    Some(next) => self.b.switch_to_block(next),
                    None => {
                        caught_all = true;
                        break;
                    }
                }
            }
            if !caught_all {
                self.rt("molt_exc_restore", &[exc]);
                self.raise_at(raised_at);
            }
        }
        if let Some(fin) = fin {
            self.cleanups.pop();
            self.errs.pop();
            let (exc, _) = self.catch(fin);
            self.handler(exc, None, finalbody, HandlerEnd::Reraise)?;
        }
        self.b.switch_to_block(after);
        self.terminated = false;
        if fin.is_some() {
            self.block(finalbody)?;
        }
        Ok(())
    }

    /// Whether `exc` (owned, kept) is an instance of one of an `except` clause's classes:
    /// the classes that are expressions are evaluated first, in order, as CPython
    /// evaluates the clause's expression before matching. An i32 0 or 1.
    fn exception_matches(&mut self, exc: Value, classes: &[ExceptClass]) -> Value {
        self.temps.push(exc);
        // While the clause's expressions run, `exc` is the exception being handled (as in
        // CPython, which pushes it before matching): an error they raise gets it as
        // `__context__`.
        let evaluates = classes.iter().any(|c| matches!(c, ExceptClass::Value(_)));
        let escape = evaluates.then(|| {
            self.incref(exc, Ty::Exception);
            self.rt("molt_handler_enter", &[exc]);
            let escape = self.handler_block();
            self.errs.push(ErrTarget { block: escape, temps_base: self.temps.len() });
            escape
        });
        let mut values = Vec::new();
        for c in classes {
            if let ExceptClass::Value(e) = c {
                let v = self.expr(*e);
                self.temps.push(v);
                values.push(v);
            }
        }
        let mut any = self.b.ins().iconst(clt::I32, 0);
        let mut next_value = values.iter();
        for c in classes {
            let m = match c {
                ExceptClass::Builtin(k) => {
                    let k = self.b.ins().iconst(clt::I32, *k as i64);
                    self.rt("molt_exc_matches", &[exc, k]).expect("i32")
                }
                ExceptClass::Value(e) => {
                    let v = *next_value.next().expect("evaluated above");
                    let m = self.rt("molt_exc_matches_value", &[exc, v]).expect("i32");
                    let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, m, 0);
                    let line = self.line(*e);
                    self.error_if(failed, line);
                    m
                }
            };
            any = self.b.ins().bor(any, m);
        }
        for v in values.into_iter().rev() {
            self.remove_temp(v);
            self.decref(v, Ty::Dynamic);
        }
        if let Some(escape) = escape {
            self.errs.pop();
            self.rt("molt_handler_exit", &[]);
            let done = self.b.create_block();
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(escape);
            let line = self.b.block_params(escape)[0];
            self.rt("molt_handler_exit", &[]);
            self.raise_at(line);
            self.b.switch_to_block(done);
        }
        self.remove_temp(exc);
        any
    }

    /// The parts of a `with` statement's protocol (`lower/with_stmt.rs`): `kind` is a
    /// `ContextMethod`, `TypeOf` or `TracebackOf` of `v`.
    pub(super) fn with_protocol(&mut self, kind: &ExprKind, v: ExprId, line: i64) -> Value {
        let x = self.expr(v);
        let r = match kind {
            ExprKind::ContextMethod { exit, .. } => {
                let which = self.b.ins().iconst(clt::I32, *exit as i64);
                self.rt("molt_context_method", &[x, which])
            }
            ExprKind::TypeOf(_) => self.rt("molt_type_of", &[x]),
            _ => self.rt("molt_traceback_of", &[x]),
        }
        .expect("value");
        self.decref(x, self.ty(v));
        self.check(r, line)
    }

    /// Enters a handler block: records this frame in the exception's traceback and takes
    /// the exception (owned). Returns it with the line to pass on if it goes further.
    fn catch(&mut self, block: Block) -> (Value, Value) {
        self.b.switch_to_block(block);
        let raised_at = self.b.block_params(block)[0];
        self.record_frame(raised_at);
        let exc = self.rt("molt_exc_take", &[]).expect("value");
        (exc, self.recorded())
    }

    /// An `except` body (or the exceptional path of a `finally`) handling `exc` (owned).
    pub(super) fn handler(&mut self, exc: Value, name: Option<&'a Target>, body: &'a [Stmt], end: HandlerEnd) -> Result<(), String> {
        self.rt("molt_handler_enter", &[exc]);
        if let Some(t) = name {
            self.incref(exc, Ty::Exception);
            self.assign(t, exc, 0);
        }
        let escape = self.handler_block();
        self.errs.push(ErrTarget { block: escape, temps_base: self.temps.len() });
        self.cleanups.push(Cleanup::Handler { name });
        self.block(body)?;
        self.cleanups.pop();
        self.errs.pop();
        if !self.terminated {
            match end {
                HandlerEnd::Continue(after) => {
                    self.leave_handler(name);
                    self.b.ins().jump(after, &[]);
                }
                HandlerEnd::Reraise => {
                    self.rt("molt_reraise", &[]);
                    self.leave_handler(name);
                    let recorded = self.recorded();
                    self.raise_at(recorded);
                }
            }
        }
        self.terminated = false;
        self.b.switch_to_block(escape);
        let line = self.b.block_params(escape)[0];
        self.leave_handler(name);
        self.raise_at(line);
        Ok(())
    }
}
