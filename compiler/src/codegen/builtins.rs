//! Code generation for direct calls of builtins: argument evaluation and release
//! helpers shared by runtime calls, and the entry point each builtin maps to.

use super::*;

impl<'a> FnGen<'a, '_> {
    /// Evaluates `args` left to right, each kept in `temps` (with its type) until
    /// `release_args`.
    /// Evaluates `args` left to right for one use each (local variables borrowed when
    /// that is safe, see `operands.rs`); `release_args` releases them.
    pub(super) fn eval_args(&mut self, args: &[ExprId]) -> Vec<Operand> {
        self.eval_args_before(args, &[])
    }

    /// `eval_args` when `after` is evaluated after the arguments and before their use.
    pub(super) fn eval_args_before(&mut self, args: &[ExprId], after: &[ExprId]) -> Vec<Operand> {
        let mut out = Vec::with_capacity(args.len());
        for (i, a) in args.iter().enumerate() {
            let later: Vec<ExprId> = args[i + 1..].iter().chain(after).copied().collect();
            out.push(self.operand(*a, &later));
        }
        out
    }

    pub(super) fn release_args(&mut self, args: Vec<Operand>) {
        for o in args {
            self.release(o);
        }
    }

    /// Stores values in a new stack array: its address and length.
    pub(super) fn stack_array(&mut self, values: impl ExactSizeIterator<Item = Value>) -> (Value, Value) {
        let n = values.len();
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (n.max(1) * 8) as u32, 3));
        for (i, v) in values.enumerate() {
            self.b.ins().stack_store(I64, v, slot, (i * 8) as i32);
        }
        (self.b.ins().stack_addr(I64, slot, 0), self.iconst(n as u64))
    }

    /// Evaluates `args` left to right, calls `name(extra_before..., args...)`, releases args.
    pub(super) fn call_args(&mut self, name: &'static str, args: &[ExprId], extra: &[Value], line: i64) -> Value {
        let owned = self.eval_args(args);
        let vals: Vec<Value> = extra.iter().copied().chain(owned.iter().map(|o| o.v)).collect();
        let r = self.call_checked(name, &vals, line);
        self.release_args(owned);
        r
    }

    /// A tuple or list display: `name(items, n)` takes over the items' references.
    pub(super) fn new_container_owned(&mut self, name: &'static str, items: &[ExprId], line: i64) -> Value {
        let mut vals = Vec::with_capacity(items.len());
        for e in items {
            let v = self.expr(*e);
            self.temps.push(v);
            vals.push(v);
        }
        let (ptr, n) = self.stack_array(vals.iter().copied());
        let r = self.call_checked(name, &[ptr, n], line);
        for v in vals {
            self.remove_temp(v);
        }
        r
    }

    /// Evaluates optional expressions in order (None for an absent one), keeping each
    /// result in `temps` until the caller releases it.
    pub(super) fn optional_temps(&mut self, exprs: &[Option<ExprId>]) -> Vec<Value> {
        let mut out = Vec::with_capacity(exprs.len());
        for e in exprs {
            let x = match e {
                Some(e) => self.expr(*e),
                None => self.iconst(abi::NONE),
            };
            self.temps.push(x);
            out.push(x);
        }
        out
    }

    /// Like `call_args`, with omitted trailing optional arguments (up to `arity`) passed
    /// as the constant `absent`.
    pub(super) fn call_padded(&mut self, name: &'static str, args: &[ExprId], arity: usize, absent: u64, line: i64) -> Value {
        let owned = self.eval_args(args);
        let mut vals: Vec<Value> = owned.iter().map(|o| o.v).collect();
        for _ in args.len()..arity {
            vals.push(self.iconst(absent));
        }
        let r = self.call_checked(name, &vals, line);
        self.release_args(owned);
        r
    }

    /// Like `call_args`, but passes the evaluated args as a (pointer, count) array after `extra`.
    pub(super) fn call_array(&mut self, name: &'static str, args: &[ExprId], before: &[Value], line: i64) -> Value {
        let owned = self.eval_args(args);
        let (ptr, n) = self.stack_array(owned.iter().map(|o| o.v));
        let mut vals = before.to_vec();
        vals.extend([ptr, n]);
        let r = self.call_checked(name, &vals, line);
        self.release_args(owned);
        r
    }

    /// Evaluates a builtin's keyword arguments in source order (`absent` stands for the
    /// missing ones); the values are left in `temps` for the caller to release.
    pub(super) fn builtin_keywords(&mut self, kw: &[Option<ExprId>; 2], absent: [u64; 2]) -> Vec<Value> {
        let mut order: Vec<(usize, ExprId)> = kw.iter().enumerate().filter_map(|(i, k)| k.map(|e| (i, e))).collect();
        order.sort_by_key(|(_, e)| *e);
        let mut vals = [None, None];
        for (i, e) in order {
            let v = self.expr(e);
            self.temps.push(v);
            vals[i] = Some(v);
        }
        (0..2)
            .map(|i| match vals[i] {
                Some(v) => v,
                None => {
                    let v = self.iconst(absent[i]);
                    self.temps.push(v);
                    v
                }
            })
            .collect()
    }

    pub(super) fn builtin(&mut self, bi: Builtin, args: &[ExprId], kw: &[Option<ExprId>; 2], line: i64) -> Value {
        match (bi, args.len()) {
            (Builtin::Print, _) => {
                // Source order: positional arguments, then `sep`, then `end`.
                let kw_exprs: Vec<ExprId> = kw.iter().flatten().copied().collect();
                let owned = self.eval_args_before(args, &kw_exprs);
                let extra = self.builtin_keywords(kw, [abi::NONE, abi::NONE]);
                let (ptr, n) = self.stack_array(owned.iter().map(|o| o.v));
                let r = self.call_checked("molt_print", &[ptr, n, extra[0], extra[1]], line);
                self.release_args(owned);
                for v in extra {
                    self.remove_temp(v);
                    self.decref(v, Ty::Dynamic);
                }
                r
            }
            (Builtin::Int, 0) => self.iconst(abi::box_small_int(0)),
            (Builtin::Float, 0) => self.iconst(abi::box_float(0.0)),
            (Builtin::Bool, 0) => self.iconst(abi::FALSE),
            (Builtin::Str, 0) => {
                let v = self.const_slot_load(true, String::new());
                self.incref(v, Ty::Str);
                v
            }
            (Builtin::Int, 2) => self.call_args("molt_builtin_int_base", args, &[], line),
            // Optional arguments the runtime receives as ERR when omitted.
            (Builtin::List, _) => self.call_padded("molt_builtin_list", args, 1, abi::ERR, line),
            (Builtin::Dict, _) => self.call_padded("molt_builtin_dict", args, 1, abi::ERR, line),
            (Builtin::Tuple, _) => self.call_padded("molt_builtin_tuple", args, 1, abi::ERR, line),
            (Builtin::Set, _) => self.call_padded("molt_builtin_set", args, 1, abi::ERR, line),
            (Builtin::FrozenSet, _) => self.call_padded("molt_builtin_frozenset", args, 1, abi::ERR, line),
            (Builtin::Hash, _) => self.call_args("molt_builtin_hash", args, &[], line),
            (Builtin::Format, _) => self.call_padded("molt_builtin_format", args, 2, abi::ERR, line),
            (Builtin::Enumerate, _) => self.call_padded("molt_builtin_enumerate", args, 2, abi::ERR, line),
            (Builtin::Sum, _) => self.call_padded("molt_builtin_sum", args, 2, abi::ERR, line),
            (Builtin::Input, _) => self.call_padded("molt_builtin_input", args, 1, abi::ERR, line),
            (Builtin::Next, _) => self.call_padded("molt_builtin_next", args, 2, abi::ERR, line),
            (Builtin::Zip, _) => self.call_array("molt_builtin_zip", args, &[], line),
            (Builtin::Reversed, _) => self.call_args("molt_builtin_reversed", args, &[], line),
            (Builtin::Any, _) => self.call_args("molt_builtin_any", args, &[], line),
            (Builtin::All, _) => self.call_args("molt_builtin_all", args, &[], line),
            (Builtin::Sorted, _) => {
                let v = self.expr(args[0]);
                self.temps.push(v);
                let mut parts = vec![v];
                parts.extend(self.builtin_keywords(kw, [abi::NONE, abi::FALSE]));
                let r = self.call_checked("molt_builtin_sorted", &parts, line);
                for p in parts {
                    self.remove_temp(p);
                    self.decref(p, Ty::Dynamic);
                }
                r
            }
            (Builtin::Iter, _) => self.call_args("molt_iter", args, &[], line),
            (Builtin::Round, _) => self.call_padded("molt_builtin_round", args, 2, abi::NONE, line),
            (Builtin::Pow, 2) => self.call_args("molt_pow", args, &[], line),
            (Builtin::Pow, _) => self.call_args("molt_builtin_pow3", args, &[], line),
            (Builtin::Min | Builtin::Max, _) => {
                let is_max = self.b.ins().iconst(clt::I32, (bi == Builtin::Max) as i64);
                let extra = self.builtin_keywords(kw, [abi::NONE, abi::ERR]);
                let r = self.call_array("molt_builtin_min_max", args, &[is_max, extra[0], extra[1]], line);
                for v in extra {
                    self.remove_temp(v);
                    self.decref(v, Ty::Dynamic);
                }
                r
            }
            (Builtin::Divmod, _) => self.call_args("molt_builtin_divmod", args, &[], line),
            (Builtin::Range, n) => {
                let mut vals = Vec::new();
                if n == 1 {
                    vals.push(self.iconst(abi::box_small_int(0)));
                }
                for a in args {
                    let v = self.expr(*a);
                    self.temps.push(v);
                    vals.push(v);
                }
                if n < 3 {
                    vals.push(self.iconst(abi::box_small_int(1)));
                }
                let r = self.call_checked("molt_builtin_range", &vals, line);
                for v in vals {
                    self.remove_temp(v);
                    self.decref(v, Ty::Dynamic);
                }
                r
            }
            (b, _) => {
                let name = match b {
                    Builtin::Len => "molt_builtin_len",
                    Builtin::Abs => "molt_builtin_abs",
                    Builtin::Int => "molt_builtin_int",
                    Builtin::Float => "molt_builtin_float",
                    Builtin::Str => "molt_builtin_str",
                    Builtin::Repr => "molt_builtin_repr",
                    Builtin::Bool => "molt_builtin_bool",
                    Builtin::Chr => "molt_builtin_chr",
                    Builtin::Ord => "molt_builtin_ord",
                    Builtin::Hex => "molt_builtin_hex",
                    Builtin::Oct => "molt_builtin_oct",
                    _ => "molt_builtin_bin",
                };
                self.call_args(name, args, &[], line)
            }
        }
    }
}
