//! `for` loops and comprehension clauses (specs/tier0.md, "Counted loops" and "Sequence
//! loops"): a loop over `range(...)` with small-int bounds runs a machine counter, and a
//! loop over a list or tuple reads its items inline; anything else iterates through the
//! runtime's iterator protocol.
//!
//! Each loop has one body and one iterator variable. The mode is decided once, before the
//! loop, and the loop head branches on it; the variable holds what `break`, `return` and
//! unwinding must release in every mode: the runtime iterator, the list or tuple itself,
//! or None for a counted loop.

use super::*;
use molt_abi::layout;

/// What a loop iterates, evaluated (in CPython's order) before the loop starts.
pub(super) enum LoopSource {
    /// The arguments of a direct `range(...)` call, owned and on `temps`.
    Range(Vec<Value>),
    /// Any other iterable, owned and on `temps`.
    Value(Value, Ty),
}

/// How a loop over a value reads its items, known at run time.
const MODE_RUNTIME: i64 = 0;
const MODE_LIST: i64 = 1;
const MODE_TUPLE: i64 = 2;

impl FnGen<'_, '_> {
    /// Evaluates a loop's iterable. A direct `range(a[, b[, c]])` call keeps its arguments
    /// apart, so that small-int bounds need no range object; generator bodies save only
    /// Python values at a `yield`, so their loops keep the range object (comprehensions
    /// in them do not: they cannot suspend).
    pub(super) fn loop_source(&mut self, iter: ExprId) -> LoopSource {
        if !self.may_suspend()
            && let ExprKind::CallBuiltin { builtin: Builtin::Range, args, kw: [None, None] } = &self.hf.expr(iter).kind
            && (1..=3).contains(&args.len())
        {
            let mut vals = Vec::with_capacity(args.len());
            for a in args {
                let v = self.expr(*a);
                self.temps.push(v);
                vals.push(v);
            }
            return LoopSource::Range(vals);
        }
        let v = self.expr(iter);
        self.temps.push(v);
        LoopSource::Value(v, self.ty(iter))
    }

    /// Starts a loop over `src`, releasing it (a value becomes the iterator's): returns
    /// the loop head (where `continue` and the end of the body jump), the iterator value
    /// (last on `temps`) and its variable. Exhaustion jumps to `done`.
    pub(super) fn start_iteration(&mut self, src: LoopSource, target: &Target, done: Block, line: i64) -> (Block, Value, Variable) {
        match src {
            LoopSource::Range(vals) => self.start_range_loop(vals, target, done, line),
            LoopSource::Value(v, ty) => self.start_value_loop(v, ty, target, done, line),
        }
    }

    fn start_range_loop(&mut self, vals: Vec<Value>, target: &Target, done: Block, line: i64) -> (Block, Value, Variable) {
        let zero = self.iconst(abi::box_small_int(0));
        let one = self.iconst(abi::box_small_int(1));
        let (start, stop, step) = match vals[..] {
            [stop] => (zero, stop, one),
            [start, stop] => (start, stop, one),
            [start, stop, step] => (start, stop, step),
            _ => unreachable!("loop_source takes one to three range arguments"),
        };
        // Counted when all three are small ints and the step is not zero; the unboxed
        // words are meaningless otherwise, and unused.
        let (i0, end, by) = (self.unbox_small(start), self.unbox_small(stop), self.unbox_small(step));
        let small = self.all_small_ints(&[start, stop, step]);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, by, 0);
        let counted = self.b.ins().band(small, nonzero);
        let upward = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, by, 0);

        let var = self.new_var();
        let counter = self.b.declare_var(I64);
        let (counted_b, runtime_b, ready) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().brif(counted, counted_b, &[], runtime_b, &[]);

        self.b.switch_to_block(counted_b);
        let none = self.iconst(abi::NONE);
        self.b.def_var(var, none);
        self.b.def_var(counter, i0);
        self.b.ins().jump(ready, &[]);

        // The runtime raises what CPython does for a zero step or a non-int argument.
        self.b.switch_to_block(runtime_b);
        let range = self.call_checked("molt_builtin_range", &[start, stop, step], line);
        self.temps.push(range);
        let it = self.call_checked("molt_iter", &[range], line);
        self.remove_temp(range);
        self.decref(range, Ty::Range);
        self.b.def_var(var, it);
        let unused = self.iconst(0);
        self.b.def_var(counter, unused);
        self.b.ins().jump(ready, &[]);

        self.b.switch_to_block(ready);
        for v in vals {
            self.remove_temp(v);
            self.decref(v, Ty::Dynamic);
        }
        let (head, it, body) = self.open_head(var);
        let (count_b, next_b) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(counted, count_b, &[], next_b, &[]);

        // start <= i < stop (or stop < i <= start): `i` fits wherever both bounds do.
        self.b.switch_to_block(count_b);
        let i = self.b.use_var(counter);
        let below = self.b.ins().icmp(IntCC::SignedLessThan, i, end);
        let above = self.b.ins().icmp(IntCC::SignedGreaterThan, i, end);
        let more = self.b.ins().select(upward, below, above);
        let step_b = self.b.create_block();
        self.b.ins().brif(more, step_b, &[], done, &[]);
        self.b.switch_to_block(step_b);
        let after = self.b.ins().iadd(i, by);
        self.b.def_var(counter, after);
        let x = self.box_small(i);
        self.b.ins().jump(body, &[BlockArg::Value(x)]);

        self.b.switch_to_block(next_b);
        self.next_from_runtime(it, body, done, line);
        self.enter_body(body, target, line);
        (head, it, var)
    }

    /// Whether a `yield` may suspend the body inside the loop being emitted: machine
    /// counters and indexes are not saved across one (comprehensions never suspend).
    fn may_suspend(&self) -> bool {
        self.generator.is_some() && self.comprehensions == 0
    }

    fn start_value_loop(&mut self, v: Value, ty: Ty, target: &Target, done: Block, line: i64) -> (Block, Value, Variable) {
        if self.may_suspend() {
            return self.start_runtime_loop(v, ty, target, done, line);
        }
        let mode = self.sequence_mode(v, ty);
        let var = self.new_var();
        let index = self.b.declare_var(I64);
        let zero = self.iconst(0);
        self.b.def_var(index, zero);
        let (seq_b, runtime_b, ready) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let is_seq = self.b.ins().icmp_imm_s(IntCC::NotEqual, mode, MODE_RUNTIME);
        self.b.ins().brif(is_seq, seq_b, &[], runtime_b, &[]);

        // The loop keeps the list or tuple itself, as CPython's iterator does.
        self.b.switch_to_block(seq_b);
        self.b.def_var(var, v);
        self.b.ins().jump(ready, &[]);

        self.b.switch_to_block(runtime_b);
        let it = self.call_checked("molt_iter", &[v], line);
        self.decref(v, ty);
        self.b.def_var(var, it);
        self.b.ins().jump(ready, &[]);

        self.b.switch_to_block(ready);
        self.remove_temp(v);
        let (head, it, body) = self.open_head(var);
        let p = self.b.ins().band_imm_s(it, abi::PAYLOAD_MASK as i64);
        let (list_b, not_list, tuple_b, next_b) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, mode, MODE_LIST);
        self.b.ins().brif(is_list, list_b, &[], not_list, &[]);
        self.b.switch_to_block(not_list);
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, mode, MODE_TUPLE);
        self.b.ins().brif(is_tuple, tuple_b, &[], next_b, &[]);

        // The length is read at every step: the body may grow or shrink the list, and
        // `append` may move its items.
        for (block, is_list) in [(list_b, true), (tuple_b, false)] {
            self.b.switch_to_block(block);
            let i = self.b.use_var(index);
            let (base, len) = self.seq_items(p, is_list);
            let more = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
            let item_b = self.b.create_block();
            self.b.ins().brif(more, item_b, &[], done, &[]);
            self.b.switch_to_block(item_b);
            let offset = self.b.ins().ishl_imm_u(i, 3);
            let addr = self.b.ins().iadd(base, offset);
            let x = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
            self.incref_inline(x);
            let after = self.b.ins().iadd_imm_s(i, 1);
            self.b.def_var(index, after);
            self.b.ins().jump(body, &[BlockArg::Value(x)]);
        }

        self.b.switch_to_block(next_b);
        self.next_from_runtime(it, body, done, line);
        self.enter_body(body, target, line);
        (head, it, var)
    }

    /// A loop through the runtime's iterator only: generator bodies save Python values at
    /// a `yield`, not machine counters.
    fn start_runtime_loop(&mut self, v: Value, ty: Ty, target: &Target, done: Block, line: i64) -> (Block, Value, Variable) {
        let it = self.call_checked("molt_iter", &[v], line);
        self.remove_temp(v);
        self.decref(v, ty);
        // In a variable, so that a `yield` in the body can save and reload it.
        let var = self.new_var();
        self.b.def_var(var, it);
        let (head, it, body) = self.open_head(var);
        self.next_from_runtime(it, body, done, line);
        self.enter_body(body, target, line);
        (head, it, var)
    }

    /// `MODE_LIST` or `MODE_TUPLE` when `v` is exactly a list or tuple (Molt has no
    /// subclasses of either), else `MODE_RUNTIME`.
    fn sequence_mode(&mut self, v: Value, ty: Ty) -> Value {
        match ty {
            Ty::List => return self.b.ins().iconst(I64, MODE_LIST),
            Ty::Tuple => return self.b.ins().iconst(I64, MODE_TUPLE),
            Ty::Dynamic => {}
            _ => return self.b.ins().iconst(I64, MODE_RUNTIME),
        }
        let (ptr_b, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let runtime = self.b.ins().iconst(I64, MODE_RUNTIME);
        let is_ptr = self.has_tag(v, abi::TAG_PTR);
        self.b.ins().brif(is_ptr, ptr_b, &[], join, &[BlockArg::Value(runtime)]);
        self.b.switch_to_block(ptr_b);
        let p = self.b.ins().band_imm_s(v, abi::PAYLOAD_MASK as i64);
        let kind = self.b.ins().load(clt::I32, MemFlagsData::trusted(), p, layout::KIND);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, layout::KIND_LIST as i64);
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, layout::KIND_TUPLE as i64);
        let list = self.b.ins().iconst(I64, MODE_LIST);
        let tuple = self.b.ins().iconst(I64, MODE_TUPLE);
        let runtime = self.b.ins().iconst(I64, MODE_RUNTIME);
        let tuple_or_runtime = self.b.ins().select(is_tuple, tuple, runtime);
        let m = self.b.ins().select(is_list, list, tuple_or_runtime);
        self.b.ins().jump(join, &[BlockArg::Value(m)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Starts the loop head (where `continue` jumps): the iterator variable's value, left
    /// on `temps`, and the body block, whose parameter will be the item.
    fn open_head(&mut self, var: Variable) -> (Block, Value, Block) {
        let head = self.b.create_block();
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(head);
        let it = self.b.use_var(var);
        self.temps.push(it);
        let body = self.b.create_block();
        self.b.append_block_param(body, I64);
        (head, it, body)
    }

    /// Switches to the loop body, whose parameter is the item, and assigns it to `target`.
    fn enter_body(&mut self, body: Block, target: &Target, line: i64) {
        self.b.switch_to_block(body);
        let x = self.b.block_params(body)[0];
        self.assign(target, x, line);
    }

    /// The next item from the runtime iterator `it` to `body`, or `done` when exhausted.
    fn next_from_runtime(&mut self, it: Value, body: Block, done: Block, line: i64) {
        let x = self.call_checked("molt_iter_next", &[it], line);
        let exhausted = self.b.ins().icmp_imm_s(IntCC::Equal, x, abi::STOP as i64);
        self.b.ins().brif(exhausted, done, &[], body, &[BlockArg::Value(x)]);
    }

    /// Clause `k` of a comprehension and, inside its loop, the later clauses and the
    /// element. With `genexpr` (a generator expression built inline), what the loop raises
    /// past the first iterator's creation is what the generator's frame would raise: a
    /// StopIteration there becomes RuntimeError.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn comprehension_clause(&mut self, clauses: &[CompClause], k: usize, first: Option<LoopSource>, elt: ExprId, value: Option<ExprId>, kind: CompKind, genexpr: bool, result: Value, line: i64) {
        let clause = &clauses[k];
        let src = match first {
            Some(src) => src,
            None => self.loop_source(clause.iter),
        };
        let exit = self.b.create_block();
        let (head, it, _) = self.start_iteration(src, &clause.target, exit, line);
        let generator_frame = genexpr.then(|| {
            let escape = self.handler_block();
            self.errs.push(ErrTarget { block: escape, temps_base: self.temps.len() });
            escape
        });
        for c in &clause.conds {
            let t = self.cond(*c);
            let next = self.b.create_block();
            self.b.ins().brif(t, next, &[], head, &[]);
            self.b.switch_to_block(next);
        }
        if k + 1 < clauses.len() {
            self.comprehension_clause(clauses, k + 1, None, elt, value, kind, false, result, line);
        } else {
            let e = self.expr(elt);
            self.temps.push(e);
            match value {
                Some(val) => {
                    let x = self.expr(val);
                    self.temps.push(x);
                    self.call_status("molt_setitem", &[result, e, x], line);
                    self.remove_temp(x);
                    self.decref(x, self.ty(val));
                }
                None if kind == CompKind::Set => {
                    self.call_status("molt_set_add", &[result, e], line);
                }
                None => {
                    self.rt("molt_list_append", &[result, e]);
                }
            }
            self.remove_temp(e);
            self.decref(e, self.ty(elt));
        }
        self.b.ins().jump(head, &[]);
        if let Some(escape) = generator_frame {
            self.errs.pop();
            self.b.switch_to_block(escape);
            let raised_at = self.b.block_params(escape)[0];
            let converted = self.rt("molt_genexpr_stop_to_runtime_error", &[]).expect("status");
            // The new RuntimeError has no frame yet: this one is recorded at the call.
            let here = self.b.ins().iconst(clt::I32, line);
            let at = self.b.ins().select(converted, here, raised_at);
            self.raise_at(at);
        }
        self.b.switch_to_block(exit);
        self.remove_temp(it);
        self.decref(it, Ty::Dynamic);
    }
}
