//! Code generation for generators (specs/generators.md): the function that makes the
//! generator object, and the resumable body, which saves its variables and live
//! temporaries in the generator's slots at each `yield` and jumps back to the `yield`
//! it left when resumed.

use super::*;
use cranelift_codegen::ir::{JumpTableData, TrapCode};
use cranelift_codegen::packed_option::ReservedValue;

/// The frame of a generator body being generated.
pub(super) struct GenFrame {
    /// The generator's slots (the body's first parameter): the state, then saved values.
    slots: Value,
    /// The value sent in (the body's second parameter); ERR to raise the pending exception.
    sent: Value,
    /// The block resuming after yield point `k + 1`.
    resumes: Vec<Block>,
    /// The most values any yield point saves.
    nslots: usize,
}

impl ModuleGen<'_> {
    /// A generator function: `molt_resume{i}(slots, sent)` (the body) and `molt_fn{i}`,
    /// which moves its arguments into a new generator.
    pub(super) fn generator_function(&mut self, fid: FuncId, fctx: &mut FunctionBuilderContext) -> Result<(), String> {
        let hf = &self.hir.functions[fid.0 as usize];
        let mut sig = self.obj.make_signature();
        sig.params.extend([AbiParam::new(I64), AbiParam::new(I64)]);
        sig.returns.push(AbiParam::new(I64));
        let resume = self.obj.declare_function(&format!("molt_resume{}", fid.0), Linkage::Local, &sig).map_err(|e| e.to_string())?;
        let frame = GenFrame { slots: Value::reserved_value(), sent: Value::reserved_value(), resumes: vec![], nslots: 0 };
        let nslots = self.define_body(fid, resume, sig, Some(frame), fctx)?.map_or(0, |f| f.nslots);

        let mut ctx = Context::new();
        ctx.func.signature = user_signature(&self.obj, hf);
        let qualname = self.blob(hf.qualname.as_bytes())?;
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let block = b.create_block();
        b.append_block_params_for_function_params(block);
        b.switch_to_block(block);
        let args = b.block_params(block).to_vec();
        let slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (args.len().max(1) * 8) as u32, 3));
        for (i, a) in args.iter().enumerate() {
            b.ins().stack_store(I64, *a, slot, (i * 8) as i32);
        }
        let argv = b.ins().stack_addr(I64, slot, 0);
        let body = self.obj.declare_func_in_func(resume, b.func);
        let body = b.ins().func_addr(I64, body);
        let gv = self.obj.declare_data_in_func(qualname, b.func);
        let name = b.ins().symbol_value(I64, gv);
        let name_len = b.ins().iconst(I64, hf.qualname.len() as i64);
        let n = b.ins().iconst(I64, nslots as i64);
        let nargs = b.ins().iconst(I64, args.len() as i64);
        let new = self.obj.declare_func_in_func(self.runtime["molt_gen_new"], b.func);
        let call = b.ins().call(new, &[body, n, name, name_len, argv, nargs]);
        let g = b.inst_results(call)[0];
        b.ins().return_(&[g]);
        b.seal_all_blocks();
        b.finalize(self.obj.target_config());
        let id = self.user[fid.0 as usize];
        self.obj.define_function(id, &mut ctx).map_err(|e| format!("{}: {e:?}", hf.name))
    }
}

impl<'a> FnGen<'a, '_> {
    fn frame(&mut self) -> &mut GenFrame {
        self.generator.as_mut().expect("in a generator body")
    }

    /// The body of a generator: the entry block jumps on the state to the start or to the
    /// block resuming after a yield point.
    pub(super) fn generator_body(&mut self, params: &[Value]) -> Result<(), String> {
        let (slots, sent) = (params[0], params[1]);
        {
            let f = self.frame();
            f.slots = slots;
            f.sent = sent;
        }
        // The entry block must come first in the layout: it jumps to the dispatch, which
        // is emitted last.
        let (dispatch, start) = (self.b.create_block(), self.b.create_block());
        self.b.ins().jump(dispatch, &[]);
        self.b.switch_to_block(start);
        let nparams = self.hf.params.len();
        for i in 0..self.hf.locals.len() {
            let v = self.new_var();
            let arg = match self.hf.freevars.iter().position(|l| l.0 as usize == i) {
                Some(k) => Some(nparams + k),
                None => (i < nparams).then_some(i),
            };
            let init = match arg {
                Some(a) => self.b.ins().load(I64, MemFlagsData::trusted(), slots, ((1 + a) * 8) as i32),
                None => self.iconst(abi::ERR),
            };
            self.b.def_var(v, init);
            self.locals.push(v);
        }
        self.cells_and_body()?;
        // The dispatch on the state, now that every yield point is known.
        self.b.switch_to_block(dispatch);
        let state = self.b.ins().load(I64, MemFlagsData::trusted(), slots, 0);
        let running = self.iconst(-1i64 as u64);
        self.b.ins().store(MemFlagsData::trusted(), running, slots, 0);
        let state = self.b.ins().ireduce(clt::I32, state);
        let bad = self.b.create_block();
        self.b.set_cold_block(bad);
        let mut targets = vec![start];
        targets.extend(self.frame().resumes.clone());
        let calls: Vec<_> = targets.iter().map(|t| self.b.func.dfg.block_call(*t, &[])).collect();
        let default = self.b.func.dfg.block_call(bad, &[]);
        let table = self.b.create_jump_table(JumpTableData::new(default, &calls));
        self.b.ins().br_table(state, table);
        self.b.switch_to_block(bad);
        self.b.ins().trap(TrapCode::unwrap_user(1));
        self.b.seal_all_blocks();
        Ok(())
    }

    /// Suspends the body, yielding `v` (owned): saves every variable and live temporary,
    /// records the yield point and returns `v`; then, in the block that resumes here,
    /// reloads them. Returns the value sent in (owned; ERR when an exception is pending).
    fn suspend(&mut self, v: Value) -> Value {
        self.refresh_loop_temps();
        let slots = self.frame().slots;
        let flags = MemFlagsData::trusted();
        let vars = self.vars.clone();
        let temps = self.temps.clone();
        for (i, var) in vars.iter().enumerate() {
            let x = self.b.use_var(*var);
            self.b.ins().store(flags, x, slots, ((1 + i) * 8) as i32);
        }
        for (j, t) in temps.iter().enumerate() {
            self.b.ins().store(flags, *t, slots, ((1 + vars.len() + j) * 8) as i32);
        }
        let point = self.frame().resumes.len() + 1;
        let state = self.iconst(point as u64);
        self.b.ins().store(flags, state, slots, 0);
        self.b.ins().return_(&[v]);
        let resume = self.b.create_block();
        {
            let f = self.frame();
            f.resumes.push(resume);
            f.nslots = f.nslots.max(vars.len() + temps.len());
        }
        self.b.switch_to_block(resume);
        for (i, var) in vars.iter().enumerate() {
            let x = self.b.ins().load(I64, flags, slots, ((1 + i) * 8) as i32);
            self.b.def_var(*var, x);
        }
        for j in 0..temps.len() {
            self.temps[j] = self.b.ins().load(I64, flags, slots, ((1 + vars.len() + j) * 8) as i32);
        }
        self.frame().sent
    }

    /// In a generator, the `temps` entries of the enclosing `for` loops' iterators are
    /// read again from their variables: a `yield` inside the loop reloads them, and the
    /// values it reloaded do not reach the code after a join.
    pub(super) fn refresh_loop_temps(&mut self) {
        if self.generator.is_none() {
            return;
        }
        for i in 0..self.loops.len() {
            if let Some((var, index)) = self.loops[i].iter {
                if index < self.temps.len() {
                    self.temps[index] = self.b.use_var(var);
                }
            }
        }
    }

    /// `yield value`: the value sent in, or the thrown exception raised here.
    pub(super) fn yield_expr(&mut self, value: Option<ExprId>, line: i64) -> Value {
        let v = match value {
            Some(e) => self.expr(e),
            None => self.iconst(abi::NONE),
        };
        let sent = self.suspend(v);
        self.check(sent, line)
    }

    /// `yield from it` (PEP 380): each step of `molt_yield_from` gives a value to yield, or
    /// STOP with the result.
    pub(super) fn yield_from(&mut self, it: ExprId, line: i64) -> Value {
        let x = self.expr(it);
        self.temps.push(x);
        let iter = self.call_checked("molt_iter", &[x], line);
        self.remove_temp(x);
        self.decref(x, self.ty(it));
        let (it_var, sent_var) = (self.new_var(), self.new_var());
        self.b.def_var(it_var, iter);
        let none = self.iconst(abi::NONE);
        self.b.def_var(sent_var, none);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        let (head, failed, step, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(failed);
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(head);
        let iter = self.b.use_var(it_var);
        let sent = self.b.use_var(sent_var);
        let out = self.b.ins().stack_addr(I64, slot, 0);
        let r = self.rt("molt_yield_from", &[iter, sent, out]).expect("value");
        let is_err = self.b.ins().icmp_imm_s(IntCC::Equal, r, abi::ERR as i64);
        let not_err = self.b.create_block();
        self.b.ins().brif(is_err, failed, &[], not_err, &[]);
        self.b.switch_to_block(not_err);
        let stop = self.b.ins().icmp_imm_s(IntCC::Equal, r, abi::STOP as i64);
        self.b.ins().brif(stop, done, &[], step, &[]);
        self.b.switch_to_block(failed);
        self.decref(iter, Ty::Dynamic);
        self.raise_here(line);
        self.b.switch_to_block(step);
        let sent = self.suspend(r);
        self.b.def_var(sent_var, sent);
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(done);
        let result = self.b.ins().stack_load(I64, I64, slot, 0);
        self.decref(iter, Ty::Dynamic);
        result
    }
}
