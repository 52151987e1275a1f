//! Code generation for functions as values: each function's *entry* (the uniform
//! signature the runtime calls through a function object), function objects for `def`
//! and `lambda`, and calls of values.

use super::*;

impl ModuleGen<'_> {
    /// `molt_entry{i}(function object, args) -> result`: loads one borrowed argument per
    /// parameter and the function object's cells, takes a reference to each (functions
    /// take owned arguments) and calls the function directly. The references for
    /// borrowed parameters are released after the call: the entry holds them meanwhile,
    /// since a runtime caller may lend an argument that user code can free (an item of a
    /// list the function empties).
    pub(super) fn entry(&mut self, fid: FuncId, entry: ClFuncId, fctx: &mut FunctionBuilderContext) -> Result<(), String> {
        let hf = &self.hir.functions[fid.0 as usize];
        let mut ctx = Context::new();
        ctx.func.signature = entry_signature(&self.obj);
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let block = b.create_block();
        b.append_block_params_for_function_params(block);
        b.switch_to_block(block);
        let args = b.block_params(block)[1];
        let mut argv = Vec::new();
        for i in 0..hf.params.len() {
            let v = b.ins().load(I64, MemFlagsData::trusted(), args, (i * 8) as i32);
            fast_paths::incref_inline(&mut b, v);
            argv.push(v);
        }
        if !hf.freevars.is_empty() {
            let cells_of = self.obj.declare_func_in_func(self.runtime["molt_func_cells"], b.func);
            let f = b.block_params(block)[0];
            let call = b.ins().call(cells_of, &[f]);
            let cells = b.inst_results(call)[0];
            for k in 0..hf.freevars.len() {
                let c = b.ins().load(I64, MemFlagsData::trusted(), cells, (k * 8) as i32);
                fast_paths::incref_inline(&mut b, c);
                argv.push(c);
            }
        }
        let callee = self.obj.declare_func_in_func(self.user[fid.0 as usize], b.func);
        let call = b.ins().call(callee, &argv);
        let r = b.inst_results(call)[0];
        let borrowed = &self.borrowed[fid.0 as usize];
        if borrowed.contains(&true) {
            let free = self.obj.declare_func_in_func(self.runtime["molt_decref"], b.func);
            for (i, &v) in argv.iter().enumerate().take(hf.params.len()) {
                if borrowed[i] {
                    fast_paths::decref_inline_with(&mut b, v, free);
                }
            }
        }
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(self.obj.target_config());
        self.obj.define_function(entry, &mut ctx).map_err(|e| format!("entry of {}: {e}", hf.name))
    }
}

pub(super) fn entry_signature(obj: &ObjectModule) -> Signature {
    let mut sig = obj.make_signature();
    sig.params.extend([AbiParam::new(I64), AbiParam::new(I64)]);
    sig.returns.push(AbiParam::new(I64));
    sig
}

impl<'a> FnGen<'a, '_> {
    /// A new function object for `func` with one default per parameter (`ERR` for none,
    /// borrowed), capturing the cells of its free variables from this function's locals.
    pub(super) fn make_function(&mut self, func: FuncId, defaults: &[Value], line: i64) -> Value {
        let hf = &self.m.hir.functions[func.0 as usize];
        let (name, params) = (hf.qualname.clone(), hf.params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(","));
        let shape = hf.params.len() as u64 | (hf.varargs as u64) << 14 | (hf.varkw as u64) << 15 | (hf.posonly as u64) << 16 | (hf.kwonly as u64) << 32 | (hf.captures.len() as u64) << 48;
        let captures = hf.captures.clone();
        let entry = self.m.entries[func.0 as usize].expect("a function whose value is taken has an entry");
        let entry = self.m.obj.declare_func_in_func(entry, self.b.func);
        let entry = self.b.ins().func_addr(I64, entry);
        let name = self.const_slot_load(true, name);
        let params = self.const_slot_load(true, params);
        let shape = self.iconst(shape);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (defaults.len().max(1) * 8) as u32, 3));
        for (i, d) in defaults.iter().enumerate() {
            self.b.ins().stack_store(I64, *d, slot, (i * 8) as i32);
        }
        let defaults = self.b.ins().stack_addr(I64, slot, 0);
        let cells = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (captures.len().max(1) * 8) as u32, 3));
        for (k, l) in captures.iter().enumerate() {
            let cell = self.b.use_var(self.locals[l.0 as usize]);
            self.b.ins().stack_store(I64, cell, cells, (k * 8) as i32);
        }
        let cells = self.b.ins().stack_addr(I64, cells, 0);
        self.call_checked("molt_make_function", &[entry, name, params, shape, defaults, cells], line)
    }

    /// A comprehension runs in a scope of its own in CPython: a variable of it that a
    /// nested function captures gets a new cell each time the comprehension runs.
    pub(super) fn fresh_comprehension_cells(&mut self, clauses: &[CompClause]) {
        fn locals(t: &Target, out: &mut Vec<LocalId>) {
            match t {
                Target::Local(l) => out.push(*l),
                Target::Tuple(ts) => ts.iter().for_each(|t| locals(t, out)),
                Target::Starred { before, star, after } => before.iter().chain([star.as_ref()]).chain(after).for_each(|t| locals(t, out)),
                Target::Global(_) | Target::Subscript { .. } | Target::Attribute { .. } => {}
            }
        }
        let mut targets = Vec::new();
        clauses.iter().for_each(|c| locals(&c.target, &mut targets));
        for l in targets.into_iter().filter(|l| self.hf.is_cell(*l)) {
            self.fresh_cell(l);
        }
    }

    /// Cell local `l` gets a new, empty cell (the old one stays with its capturers).
    pub(super) fn fresh_cell(&mut self, l: LocalId) {
        let var = self.locals[l.0 as usize];
        let old = self.b.use_var(var);
        let empty = self.iconst(abi::ERR);
        let cell = self.rt("molt_cell_new", &[empty]).expect("value");
        self.b.def_var(var, cell);
        self.decref(old, Ty::Dynamic);
    }

    /// `def f(...)` runs: the function object, with the defaults just stored in their
    /// global slots, is bound to the function's name. When the name is never read as a
    /// value, only direct calls use it and a placeholder marks it bound.
    pub(super) fn def_binding(&mut self, func: FuncId, binding: GlobalId, line: i64) {
        if !self.m.types.escaping[func.0 as usize] {
            let bound = self.iconst(abi::NONE);
            self.assign(&Target::Global(binding), bound, line);
            return;
        }
        let hf = &self.m.hir.functions[func.0 as usize];
        let slots: Vec<Option<GlobalId>> = hf.params.iter().map(|p| p.default).collect();
        let defaults: Vec<Value> = slots
            .into_iter()
            .map(|g| match g {
                Some(g) => {
                    let (base, off) = self.global_addr(g);
                    self.b.ins().load(I64, MemFlagsData::trusted(), base, off)
                }
                None => self.iconst(abi::ERR),
            })
            .collect();
        let f = self.make_function(func, &defaults, line);
        self.assign(&Target::Global(binding), f, line);
    }

    /// `lambda`: its defaults are evaluated, then the function object is made.
    pub(super) fn lambda(&mut self, func: FuncId, defaults: &[Option<ExprId>], line: i64) -> Value {
        let mut values = Vec::new();
        let mut owned = Vec::new();
        for d in defaults {
            match d {
                Some(e) => {
                    let v = self.expr(*e);
                    self.temps.push(v);
                    owned.push(v);
                    values.push(v);
                }
                None => values.push(self.iconst(abi::ERR)),
            }
        }
        let f = self.make_function(func, &values, line);
        for v in owned {
            self.remove_temp(v);
            self.decref(v, Ty::Dynamic);
        }
        f
    }

    /// `callee(a, *xs, k=v, **kw)`: the runtime unpacks and binds the arguments.
    pub(super) fn call_unpacked(&mut self, callee: ExprId, args: &[(CallPart, ExprId)], line: i64) -> Value {
        let f = self.expr(callee);
        self.temps.push(f);
        // With other positional arguments, `*xs` is iterated (into a tuple) before the next
        // argument is evaluated, as CPython's LIST_EXTEND does: a generator's side effects
        // come first. A lone `*xs` is iterated by the call itself (CALL_FUNCTION_EX).
        let positional = args.iter().filter(|(p, _)| matches!(p, CallPart::Positional | CallPart::Star)).count();
        let double_star = args.iter().any(|(p, _)| *p == CallPart::StarStar);
        let mut owned = Vec::with_capacity(args.len());
        let mut spec: Vec<String> = Vec::new();
        for (part, e) in args {
            if double_star && matches!(part, CallPart::Keyword(_) | CallPart::StarStar) {
                continue;
            }
            spec.push(part.code());
            let v = self.expr(*e);
            self.temps.push(v);
            if *part != CallPart::Star || positional == 1 {
                owned.push(Operand::owned(v, self.ty(*e)));
                continue;
            }
            let items = self.call_checked("molt_call_star", &[v], line);
            self.remove_temp(v);
            self.decref(v, self.ty(*e));
            self.temps.push(items);
            owned.push(Operand::owned(items, Ty::Tuple));
        }
        if double_star {
            spec.push(CallPart::StarStar.code());
            let kwargs = self.gather_keywords(f, args, line);
            owned.push(Operand::owned(kwargs, Ty::Dict));
        }
        let spec = self.const_slot_load(true, spec.join(","));
        let (ptr, n) = self.stack_array(owned.iter().map(|o| o.v));
        let r = self.call_checked("molt_call_unpack", &[f, spec, ptr, n], line);
        self.release_args(owned);
        self.remove_temp(f);
        self.decref(f, self.ty(callee));
        r
    }

    /// The keyword arguments of a call with `**` (callee `f`), gathered into a dict (a
    /// temporary) as CPython 3.11 does: each `**m` is merged where it stands (a
    /// non-mapping or a repeated name raises before the later arguments are evaluated),
    /// each run of plain keywords once its values are evaluated.
    fn gather_keywords(&mut self, f: Value, args: &[(CallPart, ExprId)], line: i64) -> Value {
        let null = self.iconst(0);
        let acc = self.call_checked("molt_dict_new", &[null, null], line);
        self.temps.push(acc);
        let keywords: Vec<&(CallPart, ExprId)> = args.iter().filter(|(p, _)| matches!(p, CallPart::Keyword(_) | CallPart::StarStar)).collect();
        let mut group: Vec<(String, Value, Ty)> = Vec::new();
        for (i, (part, e)) in keywords.iter().enumerate() {
            let v = self.expr(*e);
            self.temps.push(v);
            let CallPart::Keyword(name) = part else {
                self.call_status("molt_kwargs_merge", &[f, acc, v], line);
                self.remove_temp(v);
                self.decref(v, self.ty(*e));
                continue;
            };
            group.push((name.clone(), v, self.ty(*e)));
            if keywords.get(i + 1).is_none_or(|(p, _)| *p == CallPart::StarStar) {
                let run = std::mem::take(&mut group);
                for (name, v, _) in &run {
                    let key = self.const_slot_load(true, name.clone());
                    self.call_status("molt_kwargs_put", &[f, acc, key, *v], line);
                }
                for (_, v, ty) in run {
                    self.remove_temp(v);
                    self.decref(v, ty);
                }
            }
        }
        acc
    }

    /// A display with unpacking: each part is evaluated and added (an unpacked one
    /// iterated) before the next is evaluated, as CPython's LIST_EXTEND/DICT_UPDATE do.
    pub(super) fn display(&mut self, kind: DisplayKind, parts: &[(CallPart, ExprId)], line: i64) -> Value {
        let k = self.b.ins().iconst(clt::I32, kind as i64);
        let acc = self.call_checked("molt_display_new", &[k], line);
        self.temps.push(acc);
        let mut i = 0;
        while i < parts.len() {
            let (part, e) = &parts[i];
            let key = if kind == DisplayKind::Dict && *part == CallPart::Positional {
                let key = self.expr(*e);
                self.temps.push(key);
                i += 1;
                Some((key, *e))
            } else {
                None
            };
            let (part, e) = &parts[i];
            let v = self.expr(*e);
            self.temps.push(v);
            let r = match key {
                Some((key, _)) => self.rt("molt_setitem", &[acc, key, v]).expect("i32"),
                None => {
                    let code = self.b.ins().iconst(clt::I32, if *part == CallPart::Positional { 0 } else { 1 });
                    self.rt("molt_display_add", &[acc, code, v]).expect("i32")
                }
            };
            let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
            self.error_if(failed, line);
            self.remove_temp(v);
            self.decref(v, self.ty(*e));
            if let Some((key, ke)) = key {
                self.remove_temp(key);
                self.decref(key, self.ty(ke));
            }
            i += 1;
        }
        self.remove_temp(acc);
        if kind == DisplayKind::Tuple {
            return self.rt("molt_display_tuple", &[acc]).expect("value");
        }
        acc
    }

    /// `callee(args..., k=v...)` on a value: the runtime binds the arguments.
    pub(super) fn call_value(&mut self, callee: ExprId, args: &[ExprId], kwnames: &[String], line: i64) -> Value {
        let f = self.expr(callee);
        self.temps.push(f);
        let kw = self.kwnames_const(kwnames);
        let r = self.call_array("molt_call", args, &[f, kw], line);
        self.remove_temp(f);
        self.decref(f, self.ty(callee));
        r
    }

    /// A call of a known function: its global binding is checked (unless `bound.rs` proves it), the arguments are
    /// evaluated in source order (`order`) and passed positionally, an omitted one as its
    /// default. Owned parameters take the arguments' references; borrowed ones are lent
    /// (see `borrowed_params` in codegen.rs).
    pub(super) fn direct_call(&mut self, func: FuncId, args: &[Option<ExprId>], order: &[ExprId], at: ExprId, line: i64) -> Value {
        let callee = &self.m.hir.functions[func.0 as usize];
        let binding = self.m.hir.globals.iter().position(|g| g.kind == GlobalKind::Function(func)).map(|i| GlobalId(i as u32));
        if let Some(g) = binding
            && !self.global_proven(g, at)
        {
            let (base, off) = self.global_addr(g);
            let v = self.b.ins().load(I64, MemFlagsData::trusted(), base, off);
            self.check_global_bound(v, g, line);
        }
        // A borrowed parameter's argument is an operand (a local is lent, anything
        // else is released after the call); an owned one's reference goes to the callee.
        let borrowed = self.m.borrowed[func.0 as usize].clone();
        let lent: Vec<ExprId> = args.iter().enumerate().filter_map(|(i, a)| a.filter(|_| borrowed[i])).collect();
        let mut values: HashMap<ExprId, Operand> = HashMap::new();
        for (k, e) in order.iter().enumerate() {
            let o = if lent.contains(e) {
                self.operand(*e, &order[k + 1..])
            } else {
                let v = self.expr(*e);
                self.temps.push(v);
                Operand::owned(v, self.ty(*e))
            };
            values.insert(*e, o);
        }
        let mut argv = Vec::new();
        // Defaults passed to borrowed parameters: a reference the caller holds
        // through the call (running the `def` again during it rebinds the slot).
        let mut lent_defaults = Vec::new();
        for (i, a) in args.iter().enumerate() {
            match a {
                Some(e) => argv.push(values[e].v),
                None => {
                    let g = callee.params[i].default.expect("verified: omitted parameters have defaults");
                    let (base, off) = self.global_addr(g);
                    let v = self.b.ins().load(I64, MemFlagsData::trusted(), base, off);
                    self.incref(v, Ty::Dynamic);
                    if borrowed[i] {
                        self.temps.push(v);
                        lent_defaults.push(v);
                    }
                    argv.push(v);
                }
            }
        }
        for (e, o) in &values {
            if !lent.contains(e) {
                self.remove_temp(o.v);
            }
        }
        let f = self.m.obj.declare_func_in_func(self.m.user[func.0 as usize], self.b.func);
        let call = self.b.ins().call(f, &argv);
        let r = self.b.inst_results(call)[0];
        // The lent operands stay on `temps` until the result is checked, so an error
        // releases them too.
        let r = self.check(r, line);
        for e in order {
            if lent.contains(e) {
                let o = values[e];
                self.release(o);
            }
        }
        for v in lent_defaults {
            self.release(Operand::owned(v, Ty::Dynamic));
        }
        r
    }
}
