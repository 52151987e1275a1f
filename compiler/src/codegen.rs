//! Code generation: typed IR → Cranelift IR → an object file.
//!
//! Every Python value is a NaN-boxed `i64` (see `molt_abi`). Each expression yields an
//! *owned* reference; `temps` tracks owned values that are live across a call that may
//! fail, so the error path releases exactly those. A failing runtime call returns `ERR`;
//! the generated check branches to a cold block that releases the live temporaries and
//! jumps to the innermost `ErrTarget`: the handler block of an enclosing `try`, or the
//! function's unwind block, which records the traceback frame, releases the locals and
//! returns `ERR` to the caller. `return`/`break`/`continue` leaving a `try` run its
//! `Cleanup`s (`finally` bodies are emitted inline on each way out, as CPython 3.11's
//! compiler does). User functions take owned arguments.

use crate::diagnostics::LineIndex;
use crate::hir::*;
use crate::types::{Ty, Types};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types as clt, AbiParam, Block, BlockArg, FuncRef, GlobalValue, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind, Value};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId as ClFuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use molt_abi::{self as abi, AbiTy};
use std::collections::HashMap;

mod attr_sites;
mod builtins;
mod compare;
mod exceptions;
mod fast_paths;
mod functions;
mod generators;
mod int_trees;
mod loops;
mod operands;

pub(crate) use fast_paths::{binop_has_fast_path, compare_has_fast_path, item_has_fast_path};

use exceptions::{Cleanup, ErrTarget};
use operands::Operand;
use generators::GenFrame;

const I64: clt::Type = clt::I64;

struct ModuleGen<'a> {
    obj: ObjectModule,
    hir: &'a Module,
    types: &'a Types,
    lines: LineIndex<'a>,
    runtime: HashMap<&'static str, ClFuncId>,
    user: Vec<ClFuncId>,
    /// Per function whose value is taken, its entry for calls through a function object
    /// (`functions.rs`).
    entries: Vec<Option<ClFuncId>>,
    globals: DataId,
    consts: DataId,
    /// Constant slots: (kind, text) → index in `consts`.
    const_slots: Vec<(ConstKind, Vec<u8>)>,
    const_index: HashMap<(ConstKind, Vec<u8>), u32>,
    blobs: HashMap<Vec<u8>, DataId>,
    /// The inline-cache sites of attribute operations (`attr_sites.rs`): `SITE_WAYS`
    /// entries of two words each.
    attr_sites: DataId,
    attr_site_count: u32,
    /// The runtime's frame counter (`MOLT_FRAME_DEPTH`, a `u32`).
    frame_depth: DataId,
    /// Per function, per parameter: whether it is borrowed (`borrowed_params`).
    borrowed: Vec<Vec<bool>>,
    /// Where a global's binding needs no test (`bound.rs`).
    bound_globals: crate::bound::BoundGlobals,
    /// The `set()` calls whose order nothing observes (`unordered_sets.rs`).
    unordered_sets: std::collections::HashSet<(FuncId, ExprId)>,
}

/// Which parameters of `f` borrow their argument from the caller instead of owning it:
/// those the body never stores into and that do not live in cells, in a function that is
/// not a generator (whose parameters move into the generator) and has no `*args` or
/// `**kwargs`. The caller's reference (a local variable it cannot rebind during the
/// call, or a temporary it releases after the call) keeps such an argument alive, so the
/// callee takes no reference at entry and releases none at exit (specs/tier0.md).
///
/// An `int` parameter stays owned: its arguments are mostly new values (`n - 1`), which
/// the callee releasing them at its exit costs less than each caller releasing them after
/// the call (fib: 0.610 → 0.635 G instructions when borrowed).
fn borrowed_params(f: &Function, local_types: &[Ty]) -> Vec<bool> {
    if f.generator || f.varargs || f.varkw {
        return vec![false; f.params.len()];
    }
    let stored = f.stored_locals();
    (0..f.params.len()).map(|i| !stored[i] && !f.is_cell(LocalId(i as u32)) && local_types[i] != Ty::Int).collect()
}

pub fn compile_object(hir: &Module, types: &Types, path: &str, source: &str) -> Result<Vec<u8>, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags.set("is_pic", "true").map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder()
        .map_err(|e| format!("host machine is not supported by Cranelift: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let builder = ObjectBuilder::new(isa, "molt_program", cranelift_module::default_libcall_names()).map_err(|e| e.to_string())?;
    let mut obj = ObjectModule::new(builder);
    let mut runtime = HashMap::new();
    for f in abi::RUNTIME_FNS {
        let mut sig = obj.make_signature();
        sig.params.extend(f.params.iter().map(|t| AbiParam::new(cl_ty(*t))));
        sig.returns.extend(f.ret.map(|t| AbiParam::new(cl_ty(t))));
        let id = obj.declare_function(f.name, Linkage::Import, &sig).map_err(|e| e.to_string())?;
        runtime.insert(f.name, id);
    }
    let mut user = Vec::new();
    let mut entries = Vec::new();
    for (i, f) in hir.functions.iter().enumerate() {
        let sig = user_signature(&obj, f);
        let id = obj.declare_function(&format!("molt_fn{i}"), Linkage::Local, &sig).map_err(|e| e.to_string())?;
        user.push(id);
        entries.push(if types.escaping[i] {
            let sig = functions::entry_signature(&obj);
            Some(obj.declare_function(&format!("molt_entry{i}"), Linkage::Local, &sig).map_err(|e| e.to_string())?)
        } else {
            None
        });
    }
    let globals = obj.declare_data("molt_globals", Linkage::Local, true, false).map_err(|e| e.to_string())?;
    let consts = obj.declare_data("molt_consts", Linkage::Local, true, false).map_err(|e| e.to_string())?;
    let attr_sites = obj.declare_data("molt_attr_site_table", Linkage::Local, true, false).map_err(|e| e.to_string())?;
    let frame_depth = obj.declare_data("MOLT_FRAME_DEPTH", Linkage::Import, true, false).map_err(|e| e.to_string())?;
    let mut g = ModuleGen {
        obj,
        hir,
        types,
        lines: LineIndex::new(source),
        runtime,
        user,
        entries,
        globals,
        consts,
        const_slots: vec![],
        const_index: HashMap::new(),
        blobs: HashMap::new(),
        attr_sites,
        attr_site_count: 0,
        frame_depth,
        borrowed: hir.functions.iter().zip(&types.locals).map(|(f, t)| borrowed_params(f, t)).collect(),
        bound_globals: crate::bound::bound_globals(hir),
        unordered_sets: crate::unordered_sets::unordered_set_sites(hir),
    };
    let mut fctx = FunctionBuilderContext::new();
    // Function 0 is generated last: its prologue creates every constant the others use.
    for i in (0..hir.functions.len()).rev() {
        g.function(FuncId(i as u32), &mut fctx)?;
        if let Some(entry) = g.entries[i] {
            g.entry(FuncId(i as u32), entry, &mut fctx)?;
        }
    }
    g.main(path, source, &mut fctx)?;
    let err_bytes: Vec<u8> = std::iter::repeat_n(abi::ERR.to_le_bytes(), hir.globals.len().max(1)).flatten().collect();
    let mut d = DataDescription::new();
    d.define(err_bytes.into_boxed_slice());
    d.set_align(8);
    g.obj.define_data(g.globals, &d).map_err(|e| e.to_string())?;
    let mut d = DataDescription::new();
    d.define_zeroinit(g.const_slots.len().max(1) * 8);
    d.set_align(8);
    g.obj.define_data(g.consts, &d).map_err(|e| e.to_string())?;
    let mut d = DataDescription::new();
    d.define_zeroinit(g.attr_site_count.max(1) as usize * abi::SITE_WAYS * 16);
    d.set_align(8);
    g.obj.define_data(g.attr_sites, &d).map_err(|e| e.to_string())?;
    let product = g.obj.finish();
    product.emit().map_err(|e| e.to_string())
}

fn cl_ty(t: AbiTy) -> clt::Type {
    match t {
        AbiTy::Val | AbiTy::I64 | AbiTy::Ptr => I64,
        AbiTy::I32 => clt::I32,
    }
}

impl<'a> ModuleGen<'a> {
    fn blob(&mut self, bytes: &[u8]) -> Result<DataId, String> {
        if let Some(id) = self.blobs.get(bytes) {
            return Ok(*id);
        }
        let id = self.obj.declare_anonymous_data(false, false).map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        d.define(bytes.to_vec().into_boxed_slice());
        self.obj.define_data(id, &d).map_err(|e| e.to_string())?;
        self.blobs.insert(bytes.to_vec(), id);
        Ok(id)
    }

    fn const_slot(&mut self, kind: ConstKind, data: Vec<u8>) -> u32 {
        let key = (kind, data);
        if let Some(i) = self.const_index.get(&key) {
            return *i;
        }
        let i = self.const_slots.len() as u32;
        self.const_slots.push(key.clone());
        self.const_index.insert(key, i);
        i
    }

    fn main(&mut self, path: &str, source: &str, fctx: &mut FunctionBuilderContext) -> Result<(), String> {
        let mut sig = self.obj.make_signature();
        sig.params.push(AbiParam::new(clt::I32));
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(clt::I32));
        let id = self.obj.declare_function("main", Linkage::Export, &sig).map_err(|e| e.to_string())?;
        let path_blob = self.blob(path.as_bytes())?;
        let src_blob = self.blob(source.as_bytes())?;
        let mut ctx = Context::new();
        ctx.func.signature = sig;
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let (argc, argv) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let gv = self.obj.declare_data_in_func(path_blob, b.func);
        let p = b.ins().symbol_value(I64, gv);
        let gv = self.obj.declare_data_in_func(src_blob, b.func);
        let s = b.ins().symbol_value(I64, gv);
        let pl = b.ins().iconst(I64, path.len() as i64);
        let sl = b.ins().iconst(I64, source.len() as i64);
        let f = self.obj.declare_func_in_func(self.runtime["molt_set_source"], b.func);
        b.ins().call(f, &[p, pl, s, sl]);
        if self.attr_site_count > 0 {
            let gv = self.obj.declare_data_in_func(self.attr_sites, b.func);
            let table = b.ins().symbol_value(I64, gv);
            let n = b.ins().iconst(I64, self.attr_site_count as i64);
            let f = self.obj.declare_func_in_func(self.runtime["molt_attr_sites"], b.func);
            b.ins().call(f, &[table, n]);
        }
        let body = self.obj.declare_func_in_func(self.user[0], b.func);
        let body_addr = b.ins().func_addr(I64, body);
        let f = self.obj.declare_func_in_func(self.runtime["molt_main"], b.func);
        let call = b.ins().call(f, &[argc, argv, body_addr]);
        let r = b.inst_results(call)[0];
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(self.obj.target_config());
        self.obj.define_function(id, &mut ctx).map_err(|e| format!("main: {e}"))?;
        Ok(())
    }

    fn function(&mut self, fid: FuncId, fctx: &mut FunctionBuilderContext) -> Result<(), String> {
        let hf = &self.hir.functions[fid.0 as usize];
        if hf.generator {
            return self.generator_function(fid, fctx);
        }
        let sig = user_signature(&self.obj, hf);
        self.define_body(fid, self.user[fid.0 as usize], sig, None, fctx)?;
        Ok(())
    }

    /// Generates function `fid`'s body as `id` with signature `sig` (a generator's body
    /// with its `frame`, returned filled in), checks it with Cranelift's verifier in debug
    /// builds, and defines it.
    fn define_body(&mut self, fid: FuncId, id: ClFuncId, sig: Signature, frame: Option<GenFrame>, fctx: &mut FunctionBuilderContext) -> Result<Option<GenFrame>, String> {
        let hf = &self.hir.functions[fid.0 as usize];
        let mut ctx = Context::new();
        ctx.func.signature = sig;
        let name_blob = self.blob(hf.name.as_bytes())?;
        let frame = {
            let b = FunctionBuilder::new(&mut ctx.func, fctx);
            let mut g = FnGen::new(self, b, fid, name_blob, frame);
            g.body()?;
            let cfg = g.m.obj.target_config();
            g.b.finalize(cfg);
            g.generator
        };
        if cfg!(debug_assertions) {
            if let Err(e) = cranelift_codegen::verify_function(&ctx.func, self.obj.isa()) {
                return Err(format!("Cranelift verifier rejected {}: {e}", hf.name));
            }
        }
        self.obj.define_function(id, &mut ctx).map_err(|e| format!("{}: {e:?}", hf.name))?;
        Ok(frame)
    }
}

struct LoopCtx {
    head: Block,
    exit: Block,
    /// The variable holding the `for` loop's iterator (released on `break`), and its
    /// index in `temps`.
    iter: Option<(Variable, usize)>,
    /// `cleanups.len()` outside the loop: what `break` and `continue` must run first.
    cleanups: usize,
}

struct FnGen<'a, 'b> {
    m: &'b mut ModuleGen<'a>,
    b: FunctionBuilder<'b>,
    fid: FuncId,
    hf: &'a Function,
    /// Per expression: a local read that is bound on every path (`bound.rs`), which needs
    /// no UnboundLocalError test.
    bound_reads: Vec<bool>,
    locals: Vec<Variable>,
    /// Every variable declared so far (the locals first): what a `yield` saves.
    vars: Vec<Variable>,
    temps: Vec<Value>,
    loops: Vec<LoopCtx>,
    errs: Vec<ErrTarget>,
    cleanups: Vec<Cleanup<'a>>,
    unwind: Option<Block>,
    refs: HashMap<&'static str, FuncRef>,
    gvs: HashMap<DataId, GlobalValue>,
    name_blob: DataId,
    terminated: bool,
    /// In a generator's body: its frame (specs/generators.md).
    generator: Option<GenFrame>,
    /// How many comprehensions are being emitted around the current code: none of them
    /// can suspend the body (a `yield` in a comprehension is a syntax error).
    comprehensions: u32,
}

impl<'a, 'b> FnGen<'a, 'b> {
    fn new(m: &'b mut ModuleGen<'a>, b: FunctionBuilder<'b>, fid: FuncId, name_blob: DataId, generator: Option<GenFrame>) -> Self {
        let hf = &m.hir.functions[fid.0 as usize];
        FnGen { m, b, fid, hf, bound_reads: crate::bound::definitely_bound_reads(hf), locals: vec![], vars: vec![], temps: vec![], loops: vec![], errs: vec![], cleanups: vec![], unwind: None, refs: HashMap::new(), gvs: HashMap::new(), name_blob, terminated: false, generator, comprehensions: 0 }
    }

    fn new_var(&mut self) -> Variable {
        let v = self.b.declare_var(I64);
        self.vars.push(v);
        v
    }

    fn ty(&self, e: ExprId) -> Ty {
        self.m.types.expr(self.fid, e)
    }

    fn line(&self, e: ExprId) -> i64 {
        self.m.lines.line(self.hf.expr(e).span.start) as i64
    }

    /// The runtime entry `name`, declared in this function once.
    fn runtime_ref(&mut self, name: &'static str) -> FuncRef {
        match self.refs.get(name) {
            Some(f) => *f,
            None => {
                let f = self.m.obj.declare_func_in_func(self.m.runtime[name], self.b.func);
                self.refs.insert(name, f);
                f
            }
        }
    }

    fn rt(&mut self, name: &'static str, args: &[Value]) -> Option<Value> {
        let f = self.runtime_ref(name);
        let call = self.b.ins().call(f, args);
        self.b.inst_results(call).first().copied()
    }

    fn data_addr(&mut self, id: DataId) -> Value {
        let gv = match self.gvs.get(&id) {
            Some(g) => *g,
            None => {
                let g = self.m.obj.declare_data_in_func(id, self.b.func);
                self.gvs.insert(id, g);
                g
            }
        };
        self.b.ins().symbol_value(I64, gv)
    }


    fn iconst(&mut self, v: u64) -> Value {
        self.b.ins().iconst(I64, v as i64)
    }

    fn incref(&mut self, v: Value, ty: Ty) {
        if !ty.is_unboxed() {
            self.incref_inline(v);
        }
    }

    fn decref(&mut self, v: Value, ty: Ty) {
        if !ty.is_unboxed() {
            self.decref_inline(v);
        }
    }

    fn unwind_block(&mut self) -> Block {
        if let Some(b) = self.unwind {
            return b;
        }
        let b = self.b.create_block();
        self.b.append_block_param(b, clt::I32);
        self.b.set_cold_block(b);
        self.unwind = Some(b);
        b
    }

    /// Branches to the error path when `failed` is true, releasing the live temporaries.
    fn error_if(&mut self, failed: Value, line: i64) {
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(err);
        self.b.ins().brif(failed, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.raise_here(line);
        self.b.switch_to_block(ok);
    }

    /// In the current block, an exception is pending: release temporaries and unwind.
    fn raise_here(&mut self, line: i64) {
        let l = self.b.ins().iconst(clt::I32, line);
        self.raise_at(l);
    }

    /// Like `raise_here`, the line (an `i32`) already computed: jumps to the innermost
    /// handler, releasing the temporaries it does not own, or unwinds the frame.
    fn raise_at(&mut self, line: Value) {
        self.refresh_loop_temps();
        let (target, base) = match self.errs.last() {
            Some(t) => (t.block, t.temps_base),
            None => (self.unwind_block(), 0),
        };
        for t in self.temps[base..].to_vec().into_iter().rev() {
            self.decref(t, Ty::Dynamic);
        }
        self.b.ins().jump(target, &[BlockArg::Value(line)]);
    }

    /// Adds this frame at `line` to the pending exception's traceback (CPython records a
    /// frame once, where the exception was raised in it or passed through it).
    fn record_frame(&mut self, line: Value) {
        let name = self.data_addr(self.name_blob);
        let len = self.iconst(self.hf.name.len() as u64);
        self.rt("molt_traceback_add", &[name, len, line]);
    }

    /// The line to pass on for an exception this frame has already recorded.
    fn recorded(&mut self) -> Value {
        self.b.ins().iconst(clt::I32, -1)
    }

    /// A cold block taking the line of the exception, for an `ErrTarget`.
    fn handler_block(&mut self) -> Block {
        let b = self.b.create_block();
        self.b.append_block_param(b, clt::I32);
        self.b.set_cold_block(b);
        b
    }

    fn check(&mut self, v: Value, line: i64) -> Value {
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, v, abi::ERR as i64);
        self.error_if(failed, line);
        v
    }

    fn call_checked(&mut self, name: &'static str, args: &[Value], line: i64) -> Value {
        let v = self.rt(name, args).expect("runtime value function");
        self.check(v, line)
    }

    /// Calls a runtime function that returns an `i32` status, raising on a negative one;
    /// the status.
    fn call_status(&mut self, name: &'static str, args: &[Value], line: i64) -> Value {
        let r = self.rt(name, args).expect("runtime status function");
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        self.error_if(failed, line);
        r
    }

    fn remove_temp(&mut self, v: Value) {
        if let Some(i) = self.temps.iter().rposition(|t| *t == v) {
            self.temps.remove(i);
        }
    }

    fn body(&mut self) -> Result<(), String> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        if self.generator.is_some() {
            return self.generator_body(&params);
        }
        let err = self.iconst(abi::ERR);
        let nparams = self.hf.params.len();
        for i in 0..self.hf.locals.len() {
            let v = self.new_var();
            let init = match self.hf.freevars.iter().position(|l| l.0 as usize == i) {
                Some(k) => params[nparams + k],
                None => params.get(i).filter(|_| i < nparams).copied().unwrap_or(err),
            };
            self.b.def_var(v, init);
            self.locals.push(v);
        }
        let mut const_init = None;
        if self.fid.0 == 0 {
            let (init, start) = (self.b.create_block(), self.b.create_block());
            self.b.ins().jump(init, &[]);
            self.b.switch_to_block(start);
            const_init = Some((init, start));
        }
        // The frame count inline; at the limit the runtime raises RecursionError.
        let (count, limit, fail, go) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let depth_addr = self.data_addr(self.m.frame_depth);
        let depth = self.b.ins().load(clt::I32, MemFlagsData::trusted(), depth_addr, 0);
        let at_limit = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, depth, abi::RECURSION_LIMIT as i64);
        self.b.ins().brif(at_limit, limit, &[], count, &[]);
        self.b.switch_to_block(count);
        let deeper = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(MemFlagsData::trusted(), deeper, depth_addr, 0);
        self.b.ins().jump(go, &[]);
        self.b.switch_to_block(limit);
        self.b.set_cold_block(limit);
        let r = self.rt("molt_enter_frame", &[]).expect("i32");
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        self.b.ins().brif(failed, fail, &[], go, &[]);
        self.b.switch_to_block(fail);
        for (i, p) in params.clone().into_iter().enumerate() {
            if self.m.borrowed[self.fid.0 as usize].get(i) != Some(&true) {
                self.decref(p, Ty::Dynamic);
            }
        }
        let e = self.iconst(abi::ERR);
        self.b.ins().return_(&[e]);
        self.b.switch_to_block(go);
        self.cells_and_body()?;
        if let Some((init, start)) = const_init {
            // Constants: created once, before any code reads them. Emitted last so that
            // the module body's own constants are included.
            self.b.switch_to_block(init);
            let slots = self.m.const_slots.clone();
            for (i, (kind, data)) in slots.iter().enumerate() {
                let blob = self.m.blob(data)?;
                let p = self.data_addr(blob);
                let n = self.iconst(data.len() as u64);
                let maker = match kind {
                    ConstKind::Int => "molt_const_int",
                    ConstKind::Str => "molt_const_str",
                    ConstKind::Bytes => "molt_const_bytes",
                };
                let v = self.rt(maker, &[p, n]).expect("value");
                let base = self.data_addr(self.m.consts);
                self.b.ins().store(MemFlagsData::trusted(), v, base, (i * 8) as i32);
            }
            self.b.ins().jump(start, &[]);
        }
        self.b.seal_all_blocks();
        Ok(())
    }

    /// Puts the captured variables in cells (parameters start in theirs), then emits the
    /// statements and the unwind block.
    fn cells_and_body(&mut self) -> Result<(), String> {
        for l in self.hf.cells.clone() {
            let var = self.locals[l.0 as usize];
            let init = self.b.use_var(var);
            let cell = self.rt("molt_cell_new", &[init]).expect("value");
            self.b.def_var(var, cell);
        }
        let body = &self.hf.body;
        self.block(body)?;
        if !self.terminated {
            let none = self.iconst(abi::NONE);
            self.emit_return(none);
        }
        if let Some(unwind) = self.unwind {
            self.b.switch_to_block(unwind);
            let line = self.b.block_params(unwind)[0];
            self.record_frame(line);
            self.release_locals();
            self.leave_frame();
            let e = self.iconst(abi::ERR);
            self.b.ins().return_(&[e]);
        }
        Ok(())
    }

    /// Generators enter and leave their frame in the runtime, around each resumption.
    fn leave_frame(&mut self) {
        if self.generator.is_none() {
            let depth_addr = self.data_addr(self.m.frame_depth);
            let depth = self.b.ins().load(clt::I32, MemFlagsData::trusted(), depth_addr, 0);
            let shallower = self.b.ins().iadd_imm_s(depth, -1);
            self.b.ins().store(MemFlagsData::trusted(), shallower, depth_addr, 0);
        }
    }

    fn release_locals(&mut self) {
        for i in 0..self.locals.len() {
            if self.m.borrowed[self.fid.0 as usize].get(i) == Some(&true) {
                continue;
            }
            let v = self.b.use_var(self.locals[i]);
            self.decref(v, self.m.types.locals[self.fid.0 as usize][i]);
        }
    }

    fn emit_return(&mut self, v: Value) {
        self.refresh_loop_temps();
        for t in self.temps.clone().into_iter().rev() {
            self.decref(t, Ty::Dynamic);
        }
        self.release_locals();
        self.leave_frame();
        self.b.ins().return_(&[v]);
        self.terminated = true;
    }

    fn ensure_open_block(&mut self) {
        if self.terminated {
            let dead = self.b.create_block();
            self.b.switch_to_block(dead);
            self.terminated = false;
        }
    }

    fn block(&mut self, stmts: &'a [Stmt]) -> Result<(), String> {
        for s in stmts {
            self.ensure_open_block();
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Emits `stmts`, then a jump to `target` unless they ended in a terminator.
    fn block_to(&mut self, stmts: &'a [Stmt], target: Block) -> Result<(), String> {
        self.block(stmts)?;
        if !self.terminated {
            self.b.ins().jump(target, &[]);
        }
        self.terminated = false;
        Ok(())
    }

    fn const_str(&mut self, s: &str) -> Value {
        let slot = self.m.const_slot(ConstKind::Str, s.as_bytes().to_vec());
        let base = self.data_addr(self.m.consts);
        self.b.ins().load(I64, MemFlagsData::trusted(), base, (slot * 8) as i32)
    }

    fn global_addr(&mut self, g: GlobalId) -> (Value, i32) {
        (self.data_addr(self.m.globals), (g.0 * 8) as i32)
    }

    fn truthy(&mut self, v: Value, ty: Ty, line: i64) -> Value {
        if ty == Ty::Bool {
            return self.b.ins().band_imm_s(v, 1);
        }
        if matches!(ty, Ty::Int | Ty::Dynamic) {
            return self.truthy_inline(v, line);
        }
        self.call_status("molt_is_true", &[v], line)
    }

    fn assign(&mut self, t: &Target, v: Value, line: i64) {
        match t {
            Target::Local(l) if self.hf.is_cell(*l) => {
                let cell = self.b.use_var(self.locals[l.0 as usize]);
                self.rt("molt_cell_set", &[cell, v]);
            }
            Target::Local(l) => {
                let var = self.locals[l.0 as usize];
                let old = self.b.use_var(var);
                self.b.def_var(var, v);
                self.decref(old, self.m.types.locals[self.fid.0 as usize][l.0 as usize]);
            }
            Target::Global(g) => {
                let (base, off) = self.global_addr(*g);
                let old = self.b.ins().load(I64, MemFlagsData::trusted(), base, off);
                self.b.ins().store(MemFlagsData::trusted(), v, base, off);
                self.decref(old, Ty::Dynamic);
            }
            Target::Subscript { value, index } => {
                // The value is evaluated first, then the container and the index.
                self.temps.push(v);
                let slice_parts = match &self.hf.expr(*index).kind {
                    ExprKind::SliceObj { lower, upper, step } => Some([*lower, *upper, *step]),
                    _ => None,
                };
                if let Some(parts) = slice_parts {
                    // `x[a:b:c] = v` without a slice object.
                    let obj = self.expr(*value);
                    self.temps.push(obj);
                    let mut args = vec![obj];
                    args.extend(self.optional_temps(&parts));
                    args.push(v);
                    self.call_status("molt_setslice", &args, line);
                    for x in args.into_iter().rev() {
                        self.remove_temp(x);
                        self.decref(x, Ty::Dynamic);
                    }
                    return;
                }
                let [obj, idx] = self.operands([*value, *index]);
                self.set_item(obj, idx, v, Ty::Dynamic, line);
            }
            Target::Attribute { value, name } => self.set_attribute(*value, name, v, line),
            Target::Starred { before, star, after } => {
                let (nb, na) = (self.iconst(before.len() as u64), self.iconst(after.len() as u64));
                let targets: Vec<&Target> = before.iter().chain([star.as_ref()]).chain(after.iter()).collect();
                self.unpack_into(v, "molt_unpack_star", &[nb, na], &targets, line);
            }
            Target::Tuple(ts) => {
                let nv = self.iconst(ts.len() as u64);
                let targets: Vec<&Target> = ts.iter().collect();
                self.unpack_into(v, "molt_unpack", &[nv], &targets, line);
            }
        }
    }

    /// `obj.name = v`: the object is evaluated after the value (owned, released here).
    fn set_attribute(&mut self, value: ExprId, name: &str, v: Value, line: i64) {
        self.temps.push(v);
        let obj = self.expr(value);
        self.temps.push(obj);
        self.store_attribute(obj, self.ty(value), name, v, line);
    }

    /// `x += rhs` on a plain local `x` that may hold a str: (x, op, the load of x, rhs).
    fn in_place_into_local(&self, targets: &[Target], value: ExprId) -> Option<(LocalId, BinOp, ExprId, ExprId)> {
        let [Target::Local(l)] = targets else { return None };
        let ExprKind::InPlace(op @ BinOp::Add, load, rhs) = self.hf.expr(value).kind else { return None };
        let same = matches!(self.hf.expr(load).kind, ExprKind::Local(x) if x == *l);
        (same && !self.hf.is_cell(*l) && matches!(self.ty(load), Ty::Str | Ty::Dynamic)).then_some((*l, op, load, rhs))
    }

    /// The value of the plain (not cell) local `l` read by expression `id`, without taking
    /// a reference; raises UnboundLocalError when it is unbound.
    fn read_local(&mut self, l: LocalId, id: ExprId, line: i64) -> Value {
        let v = self.b.use_var(self.locals[l.0 as usize]);
        if l.0 as usize >= self.hf.params.len() && !self.bound_reads[id.0 as usize] {
            let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, v, abi::ERR as i64);
            let (bad, ok) = (self.b.create_block(), self.b.create_block());
            self.b.set_cold_block(bad);
            self.b.ins().brif(unbound, bad, &[], ok, &[]);
            self.b.switch_to_block(bad);
            let name = self.const_str(&self.hf.locals[l.0 as usize].clone());
            self.rt("molt_raise_unbound_local", &[name]);
            self.raise_here(line);
            self.b.switch_to_block(ok);
        }
        v
    }

    /// Evaluates `a` then `b`, both kept on `temps` (owned).
    fn eval_two(&mut self, a: ExprId, b: ExprId) -> (Value, Value) {
        let av = self.expr(a);
        self.temps.push(av);
        let bv = self.expr(b);
        self.temps.push(bv);
        (av, bv)
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), String> {
        let line = self.m.lines.line(s.span.start) as i64;
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.expr(*e);
                self.decref(v, self.ty(*e));
            }
            StmtKind::Assign { targets, value } if let Some((l, op, load, rhs)) = self.in_place_into_local(targets, *value) => {
                let a = self.expr(load);
                self.temps.push(a);
                // `x += x` keeps its second reference: the runtime's in-place append
                // reads the count to know that `b` is another object.
                let b = if matches!(self.hf.expr(rhs).kind, ExprKind::Local(r) if r == l) {
                    let b = self.expr(rhs);
                    self.temps.push(b);
                    Operand::owned(b, self.ty(rhs))
                } else {
                    self.operand(rhs, &[])
                };
                let v = self.arith_in(fast_paths::Arith::IntoLocal, op, Operand::owned(a, self.ty(load)), b, line);
                // The old value's reference was consumed with the operand's.
                self.b.def_var(self.locals[l.0 as usize], v);
            }
            // `a, b = x, y`: no tuple is made (CPython's compiler does the same); the
            // values are all evaluated before the first store.
            StmtKind::Assign { targets, value }
                if let [Target::Tuple(ts)] = &targets[..]
                    && let ExprKind::Tuple(items) = &self.hf.expr(*value).kind
                    && items.len() == ts.len() =>
            {
                let mut vals = Vec::with_capacity(items.len());
                for e in items {
                    let v = self.expr(*e);
                    self.temps.push(v);
                    vals.push(v);
                }
                for (t, v) in ts.iter().zip(vals) {
                    self.remove_temp(v);
                    self.assign(t, v, line);
                }
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(*value);
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.incref(v, self.ty(*value));
                    }
                    self.assign(t, v, line);
                }
            }
            StmtKind::If { test, body, orelse } => {
                let c = self.cond(*test);
                let (then_b, else_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.ins().brif(c, then_b, &[], else_b, &[]);
                self.b.switch_to_block(then_b);
                self.block_to(body, join)?;
                self.b.switch_to_block(else_b);
                self.block_to(orelse, join)?;
                self.b.switch_to_block(join);
            }
            StmtKind::While { test, body, orelse } => {
                let (head, body_b, else_b, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(head);
                let c = self.cond(*test);
                self.b.ins().brif(c, body_b, &[], else_b, &[]);
                self.b.switch_to_block(body_b);
                self.loops.push(LoopCtx { head, exit, iter: None, cleanups: self.cleanups.len() });
                self.block_to(body, head)?;
                self.loops.pop();
                self.b.switch_to_block(else_b);
                self.block_to(orelse, exit)?;
                self.b.switch_to_block(exit);
            }
            StmtKind::For { target, iter, body, orelse } => {
                let src = self.loop_source(*iter);
                let (else_b, exit) = (self.b.create_block(), self.b.create_block());
                let (head, it, var) = self.start_iteration(src, target, else_b, line);
                let it_index = self.temps.len() - 1;
                self.loops.push(LoopCtx { head, exit, iter: Some((var, it_index)), cleanups: self.cleanups.len() });
                self.block_to(body, head)?;
                self.loops.pop();
                // The iterator's entry (a `yield` in the body may have reloaded it).
                self.temps.truncate(it_index);
                self.b.switch_to_block(else_b);
                self.decref(it, Ty::Dynamic);
                self.block_to(orelse, exit)?;
                self.b.switch_to_block(exit);
            }
            StmtKind::Break | StmtKind::Continue => {
                let l = self.loops.last().ok_or("break or continue outside a loop")?;
                let (head, exit, it, depth) = (l.head, l.exit, l.iter, l.cleanups);
                self.run_cleanups(depth)?;
                if matches!(s.kind, StmtKind::Break) {
                    if let Some((var, _)) = it {
                        let it = self.b.use_var(var);
                        self.decref(it, Ty::Dynamic);
                    }
                    self.b.ins().jump(exit, &[]);
                } else {
                    self.b.ins().jump(head, &[]);
                }
                self.terminated = true;
            }
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.expr(*e),
                    None => self.iconst(abi::NONE),
                };
                let v = if self.cleanups.is_empty() {
                    v
                } else {
                    // Popped, not removed: a `yield` in a `finally` body reloads it.
                    self.temps.push(v);
                    self.run_cleanups(0)?;
                    self.temps.pop().expect("the return value")
                };
                self.emit_return(v);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody)?,
            StmtKind::FreshCell(l) => self.fresh_cell(*l),
            StmtKind::Delete(targets) => {
                for (value, index) in targets {
                    let obj = self.expr(*value);
                    self.temps.push(obj);
                    let idx = self.expr(*index);
                    self.temps.push(idx);
                    self.call_status("molt_delitem", &[obj, idx], line);
                    for (x, ty) in [(idx, self.ty(*index)), (obj, self.ty(*value))] {
                        self.remove_temp(x);
                        self.decref(x, ty);
                    }
                }
            }
            StmtKind::AugAssignSubscript { value, index, op, rhs } => {
                let obj = self.operand(*value, &[*index, *rhs]);
                let idx = self.operand(*index, &[*rhs]);
                // An owned operand takes one reference for the read and one for the store.
                let (read_obj, read_idx) = (self.second_use(obj), self.second_use(idx));
                let cur = self.get_item(read_obj, read_idx, line);
                self.temps.push(cur);
                let r = self.operand(*rhs, &[]);
                let new = self.arith(*op, true, Operand::owned(cur, Ty::Dynamic), r, line);
                self.temps.push(new);
                self.set_item(obj, idx, new, Ty::Dynamic, line);
            }
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => {
                        self.rt("molt_reraise", &[]);
                        let l = self.recorded();
                        self.raise_at(l);
                        self.terminated = true;
                        return Ok(());
                    }
                    (Some(e), None) => {
                        let v = self.expr(*e);
                        self.rt("molt_raise", &[v]);
                        self.decref(v, self.ty(*e));
                    }
                    (Some(e), Some(c)) => {
                        let v = self.expr(*e);
                        self.temps.push(v);
                        let cv = self.expr(*c);
                        self.remove_temp(v);
                        self.rt("molt_raise_from", &[v, cv]);
                        self.decref(cv, self.ty(*c));
                        self.decref(v, self.ty(*e));
                    }
                }
                self.raise_here(line);
                self.terminated = true;
            }
            StmtKind::Assert { test, msg } => {
                let c = self.cond(*test);
                let (fail, ok) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(fail);
                self.b.ins().brif(c, ok, &[], fail, &[]);
                self.b.switch_to_block(fail);
                let m = match msg {
                    Some(m) => self.expr(*m),
                    None => self.iconst(abi::ERR),
                };
                self.rt("molt_raise_assertion", &[m]);
                self.decref(m, Ty::Dynamic);
                self.raise_here(line);
                self.b.switch_to_block(ok);
            }
            StmtKind::Def { func, defaults, binding } => {
                for (g, e) in defaults {
                    let v = self.expr(*e);
                    self.assign(&Target::Global(*g), v, line);
                }
                self.def_binding(*func, *binding, line);
            }
        }
        Ok(())
    }

    /// Evaluates a condition to a machine truth value, releasing the Python value.
    fn cond(&mut self, e: ExprId) -> Value {
        let v = self.operand(e, &[]);
        let t = self.truthy(v.v, v.ty, self.line(e));
        self.release(v);
        t
    }

    fn expr(&mut self, id: ExprId) -> Value {
        let line = self.line(id);
        let e = self.hf.expr(id);
        match &e.kind {
            ExprKind::Const(c) => match c {
                Const::Int(i) => match i64::try_from(i) {
                    Ok(x) if abi::fits_small_int(x) => self.iconst(abi::box_small_int(x)),
                    _ => {
                        let v = self.const_slot_load(false, i.to_string());
                        self.incref(v, Ty::Int);
                        v
                    }
                },
                Const::Float(f) => self.iconst(abi::box_float(*f)),
                Const::Bool(b) => self.iconst(abi::box_bool(*b)),
                Const::None => self.iconst(abi::NONE),
                Const::Str(s) => {
                    let v = self.const_slot_load(true, s.clone());
                    self.incref(v, Ty::Str);
                    v
                }
                Const::Bytes(b) => {
                    let v = self.const_load(ConstKind::Bytes, b.clone());
                    self.incref(v, Ty::Bytes);
                    v
                }
            },
            ExprKind::Local(l) if self.hf.is_cell(*l) => {
                let cell = self.b.use_var(self.locals[l.0 as usize]);
                let name = self.const_str(&self.hf.locals[l.0 as usize].clone());
                let free = self.b.ins().iconst(clt::I32, self.hf.freevars.contains(l) as i64);
                self.call_checked("molt_cell_get", &[cell, name, free], line)
            }
            ExprKind::Local(l) => {
                let v = self.read_local(*l, id, line);
                self.incref(v, self.ty(id));
                v
            }
            ExprKind::Global(g) => {
                let (base, off) = self.global_addr(*g);
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), base, off);
                if !self.global_proven(*g, id) {
                    self.check_global_bound(v, *g, line);
                }
                self.incref(v, self.ty(id));
                v
            }
            ExprKind::Binary(..) if self.is_int_tree(id) => self.int_tree(id, line),
            ExprKind::Binary(op, a, b) => self.binary(*op, false, *a, *b, line),
            // Numbers take the same fast paths as the plain operator; the rest `molt_inplace`.
            ExprKind::InPlace(op, a, b) => self.binary(*op, true, *a, *b, line),
            ExprKind::Unary(UnaryOp::Not, a) => {
                let o = self.operand(*a, &[]);
                let t = self.truthy(o.v, o.ty, line);
                self.release(o);
                // `truthy` answers 0 or 1, as an i64 for a bool and an i32 otherwise.
                let t = if self.b.func.dfg.value_type(t) == I64 { t } else { self.b.ins().uextend(I64, t) };
                let t = self.b.ins().bxor_imm_s(t, 1);
                self.b.ins().bor_imm_s(t, abi::FALSE as i64)
            }
            ExprKind::Unary(op, a) => {
                let name = match op {
                    UnaryOp::Neg => "molt_neg",
                    UnaryOp::Pos => "molt_pos",
                    UnaryOp::Invert => "molt_invert",
                    UnaryOp::Not => "molt_not",
                };
                self.call_args(name, &[*a], &[], line)
            }
            ExprKind::Compare { left, rest } => self.compare(*left, rest, line),
            ExprKind::BoolOp(kind, vs) => {
                let join = self.b.create_block();
                self.b.append_block_param(join, I64);
                for (i, e) in vs.iter().enumerate() {
                    let v = self.expr(*e);
                    if i + 1 == vs.len() {
                        self.b.ins().jump(join, &[BlockArg::Value(v)]);
                        break;
                    }
                    self.temps.push(v);
                    let t = self.truthy(v, self.ty(*e), self.line(*e));
                    self.remove_temp(v);
                    let (done, next) = (self.b.create_block(), self.b.create_block());
                    match kind {
                        BoolOpKind::And => self.b.ins().brif(t, next, &[], done, &[]),
                        BoolOpKind::Or => self.b.ins().brif(t, done, &[], next, &[]),
                    };
                    self.b.switch_to_block(done);
                    self.b.ins().jump(join, &[BlockArg::Value(v)]);
                    self.b.switch_to_block(next);
                    self.decref(v, self.ty(*e));
                }
                self.b.switch_to_block(join);
                self.b.block_params(join)[0]
            }
            ExprKind::IfExp { test, body, orelse } => {
                let c = self.cond(*test);
                let (tb, eb, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.append_block_param(join, I64);
                self.b.ins().brif(c, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                let v = self.expr(*body);
                self.b.ins().jump(join, &[BlockArg::Value(v)]);
                self.b.switch_to_block(eb);
                let v = self.expr(*orelse);
                self.b.ins().jump(join, &[BlockArg::Value(v)]);
                self.b.switch_to_block(join);
                self.b.block_params(join)[0]
            }
            ExprKind::Tuple(items) if items.len() == 2 => {
                let a = self.expr(items[0]);
                self.temps.push(a);
                let b = self.expr(items[1]);
                self.temps.push(b);
                let r = self.call_checked("molt_tuple_new2", &[a, b], line);
                self.remove_temp(b);
                self.remove_temp(a);
                r
            }
            ExprKind::Tuple(items) => self.new_container_owned("molt_tuple_new_owned", items, line),
            ExprKind::List(items) => self.new_container_owned("molt_list_new_owned", items, line),
            ExprKind::Display { kind, parts } => self.display(*kind, parts, line),
            ExprKind::Dict(items) => self.call_array("molt_dict_new", items, &[], line),
            ExprKind::Set { items, build } => {
                let build = self.b.ins().iconst(clt::I32, *build as i64);
                self.call_array("molt_set_new", items, &[build], line)
            }
            ExprKind::JoinStr(parts) => self.call_array("molt_str_join_parts", parts, &[], line),
            ExprKind::SliceObj { lower, upper, step } => {
                let parts = self.optional_temps(&[*lower, *upper, *step]);
                let r = self.rt("molt_slice_new", &parts).expect("value");
                for p in parts {
                    self.remove_temp(p);
                    self.decref(p, Ty::Dynamic);
                }
                r
            }
            ExprKind::ModuleAttr { binding, name } => {
                self.module_bound_check(*binding, id, line);
                let n = self.const_slot_load(true, name.clone());
                self.call_checked("molt_module_attr", &[n], line)
            }
            ExprKind::ModuleCall { binding, name, args } => {
                self.module_bound_check(*binding, id, line);
                let n = self.const_slot_load(true, name.clone());
                self.call_array("molt_module_call", args, &[n], line)
            }
            ExprKind::IsInstance { value, types, classes } if classes.is_empty() => {
                let spec = self.const_slot_load(true, types.clone());
                self.call_args("molt_isinstance", &[*value], &[spec], line)
            }
            ExprKind::IsInstance { value, types, classes } if types.is_empty() && classes.len() == 1 => self.isinstance_of_class(*value, classes[0], line),
            ExprKind::IsInstance { value, types, classes } => {
                let v = self.expr(*value);
                self.temps.push(v);
                let spec = self.const_slot_load(true, types.clone());
                let r = self.call_array("molt_isinstance_classes", classes, &[v, spec], line);
                self.remove_temp(v);
                self.decref(v, self.ty(*value));
                r
            }
            ExprKind::MakeClass { name, bases, namespace, slots } => {
                let ns = self.expr(*namespace);
                self.temps.push(ns);
                let name = self.const_slot_load(true, name.clone());
                let slots = match slots {
                    Some(s) => self.const_slot_load(true, s.join(",")),
                    None => self.iconst(abi::NONE),
                };
                let r = self.call_array("molt_class_new", bases, &[name, ns, slots], line);
                self.remove_temp(ns);
                self.decref(ns, Ty::Dynamic);
                r
            }
            ExprKind::Super { class, receiver } => self.call_args("molt_super", &[*class, *receiver], &[], line),
            ExprKind::WrapMethod { wrap, func } => {
                let w = self.b.ins().iconst(clt::I32, *wrap as i64);
                self.call_args("molt_wrap_method", &[*func], &[w], line)
            }
            ExprKind::PropertySetter { property, func } => self.call_args("molt_property_setter", &[*property, *func], &[], line),
            ExprKind::NotImplemented => self.rt("molt_not_implemented", &[]).expect("value"),
            ExprKind::ContextMethod { manager: v, .. } | ExprKind::TypeOf(v) | ExprKind::TracebackOf(v) => self.with_protocol(&e.kind, *v, line),
            ExprKind::BuiltinValue(id) => {
                let id = self.b.ins().iconst(clt::I32, *id as i64);
                self.rt("molt_builtin_value", &[id]).expect("value")
            }
            ExprKind::Yield(v) => self.yield_expr(*v, line),
            ExprKind::YieldFrom(it) => self.yield_from(*it, line),
            ExprKind::ExceptionClass(kind) => {
                let k = self.b.ins().iconst(clt::I32, *kind as i64);
                self.rt("molt_exc_class", &[k]).expect("value")
            }
            ExprKind::Comprehension { kind, clauses, elt, value, genexpr } => {
                // The first iterable is evaluated before the result exists, as in CPython.
                self.comprehensions += 1;
                let first = self.loop_source(clauses[0].iter);
                self.fresh_comprehension_cells(clauses);
                let null = self.iconst(0);
                let result = match kind {
                    CompKind::Dict => self.call_checked("molt_dict_new", &[null, null], line),
                    CompKind::List => self.call_checked("molt_list_new", &[null, null], line),
                    CompKind::Set => {
                        let sequential = self.b.ins().iconst(clt::I32, SetBuild::Sequential as i64);
                        self.call_checked("molt_set_new", &[sequential, null, null], line)
                    }
                };
                self.temps.push(result);
                self.comprehension_clause(clauses, 0, Some(first), *elt, *value, *kind, *genexpr, result, line);
                self.comprehensions -= 1;
                self.remove_temp(result);
                result
            }
            ExprKind::FormatField { value, conversion, spec } => {
                let v = self.expr(*value);
                self.temps.push(v);
                let s = match spec {
                    Some(e) => self.expr(*e),
                    None => self.iconst(abi::NONE),
                };
                self.temps.push(s);
                let k = self.b.ins().iconst(clt::I32, *conversion as i64);
                let r = self.call_checked("molt_format_field", &[v, k, s], line);
                for (x, ty) in [(s, Ty::Str), (v, self.ty(*value))] {
                    self.remove_temp(x);
                    self.decref(x, ty);
                }
                r
            }
            ExprKind::MethodCall { receiver, method, args, kwnames } => {
                let receiver_op = self.operand(*receiver, args);
                let r = receiver_op.v;
                let rty = self.ty(*receiver);
                let builtin_receiver =
                    matches!(rty, Ty::Str | Ty::Bytes | Ty::ByteArray | Ty::Tuple | Ty::List | Ty::Dict | Ty::Set | Ty::FrozenSet);
                let v = if kwnames.is_empty() && rty == Ty::Dynamic {
                    self.call_method_cached(r, method, args, line)
                } else if kwnames.is_empty() && builtin_receiver {
                    let name = self.const_slot_load(true, method.clone());
                    let id = abi::DirectMethod::of(rty.name(), method).map_or(usize::MAX, |d| d as usize);
                    let id = self.iconst(id as u64);
                    self.call_array("molt_call_builtin_method", args, &[r, name, id], line)
                } else {
                    let name = self.const_slot_load(true, method.clone());
                    let kw = self.kwnames_const(kwnames);
                    self.call_array("molt_call_method", args, &[r, name, kw], line)
                };
                self.release(receiver_op);
                v
            }
            ExprKind::Attribute { value, name } => {
                let v = self.operand(*value, &[]);
                self.get_attribute(v, name, line)
            }
            ExprKind::Subscript { value, index } => {
                let [obj, idx] = self.operands([*value, *index]);
                self.get_item(obj, idx, line)
            }
            ExprKind::Slice { value, lower, upper, step } => {
                let v = self.expr(*value);
                self.temps.push(v);
                let mut parts = vec![v];
                parts.extend(self.optional_temps(&[*lower, *upper, *step]));
                let r = self.call_checked("molt_getslice", &parts, line);
                for p in parts {
                    self.remove_temp(p);
                    self.decref(p, Ty::Dynamic);
                }
                r
            }
            ExprKind::MakeFunction { func, defaults } => self.lambda(*func, defaults, line),
            ExprKind::CallValue { callee, args, kwnames } => self.call_value(*callee, args, kwnames, line),
            ExprKind::CallUnpacked { callee, args } => self.call_unpacked(*callee, args, line),
            ExprKind::Call { func, args, order } => self.direct_call(*func, args, order, id, line),
            ExprKind::CallBuiltin { builtin: Builtin::Set, .. } if self.m.unordered_sets.contains(&(self.fid, id)) => self.call_checked("molt_set_new_unordered", &[], line),
            ExprKind::CallBuiltin { builtin, args, kw } => self.builtin(*builtin, args, kw, line),
            ExprKind::NewException { kind, args } => {
                let k = self.b.ins().iconst(clt::I32, *kind as i64);
                self.call_array("molt_exc_new", args, &[k], line)
            }
        }
    }

    /// Emits clause `k` of a comprehension and, inside its loop, the following clauses or
    /// the element that is added to `result`.
    #[allow(clippy::too_many_arguments)]
    /// Unpacks `v` (owned) with runtime entry `call(v, counts..., out)` into one item per
    /// target, and assigns them in order.
    fn unpack_into(&mut self, v: Value, call: &'static str, counts: &[Value], targets: &[&Target], line: i64) {
        let n = targets.len();
        let join = self.b.create_block();
        for _ in 0..n {
            self.b.append_block_param(join, I64);
        }
        let slow = self.b.create_block();
        if call == "molt_unpack" {
            self.unpack_inline(v, n, join, slow);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (n.max(1) * 8) as u32, 3));
        let out = self.b.ins().stack_addr(I64, slot, 0);
        self.temps.push(v);
        let mut args = vec![v];
        args.extend_from_slice(counts);
        args.push(out);
        self.call_status(call, &args, line);
        self.remove_temp(v);
        self.decref(v, Ty::Dynamic);
        let loaded: Vec<BlockArg> = (0..n).map(|i| BlockArg::Value(self.b.ins().stack_load(I64, I64, slot, (i * 8) as i32))).collect();
        self.b.ins().jump(join, &loaded);
        self.b.switch_to_block(join);
        let items: Vec<Value> = self.b.block_params(join).to_vec();
        self.temps.extend(&items);
        for (t, item) in targets.iter().zip(items) {
            self.remove_temp(item);
            self.assign(t, item, line);
        }
    }

    /// `a, b = v` inline when `v` is exactly a tuple or list of `n` items: the items (new
    /// references) to `join`, `v` released; anything else to `slow`.
    fn unpack_inline(&mut self, v: Value, n: usize, join: Block, slow: Block) {
        let (ptr_b, tuple_b, not_tuple, list_b) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let is_ptr = self.has_tag(v, abi::TAG_PTR);
        self.b.ins().brif(is_ptr, ptr_b, &[], slow, &[]);
        self.b.switch_to_block(ptr_b);
        let p = self.b.ins().band_imm_s(v, abi::PAYLOAD_MASK as i64);
        let kind = self.b.ins().load(clt::I32, MemFlagsData::trusted(), p, abi::layout::KIND);
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, abi::layout::KIND_TUPLE as i64);
        self.b.ins().brif(is_tuple, tuple_b, &[], not_tuple, &[]);
        self.b.switch_to_block(not_tuple);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, abi::layout::KIND_LIST as i64);
        self.b.ins().brif(is_list, list_b, &[], slow, &[]);
        for (block, is_list) in [(tuple_b, false), (list_b, true)] {
            self.b.switch_to_block(block);
            let (base, len) = self.seq_items(p, is_list);
            let exact = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
            let items_b = self.b.create_block();
            self.b.ins().brif(exact, items_b, &[], slow, &[]);
            self.b.switch_to_block(items_b);
            let mut items = Vec::with_capacity(n);
            for i in 0..n {
                let x = self.b.ins().load(I64, MemFlagsData::trusted(), base, (i * 8) as i32);
                self.incref_inline(x);
                items.push(BlockArg::Value(x));
            }
            self.decref_inline(v);
            self.b.ins().jump(join, &items);
        }
    }

    /// The comma-separated keyword names of a call, or None when there are none.
    fn kwnames_const(&mut self, kwnames: &[String]) -> Value {
        if kwnames.is_empty() { self.iconst(abi::NONE) } else { self.const_slot_load(true, kwnames.join(",")) }
    }

    /// A module name used before its `import` ran raises NameError, as in CPython.
    fn module_bound_check(&mut self, g: GlobalId, at: ExprId, line: i64) {
        if self.global_proven(g, at) {
            return;
        }
        let (base, off) = self.global_addr(g);
        let v = self.b.ins().load(I64, MemFlagsData::trusted(), base, off);
        self.check_global_bound(v, g, line);
    }

    fn binary(&mut self, op: BinOp, inplace: bool, a: ExprId, b: ExprId, line: i64) -> Value {
        let [a, b] = self.operands([a, b]);
        self.arith(op, inplace, a, b, line)
    }

    /// True (non-zero) when both values are inline small ints.
    fn both_small_ints(&mut self, a: Value, b: Value) -> Value {
        self.all_small_ints(&[a, b])
    }

    /// True (non-zero) when every value (at least one) is an inline small int.
    fn all_small_ints(&mut self, vals: &[Value]) -> Value {
        // (v ^ TAG_INT<<48) >> 48 is zero exactly when v's tag is TAG_INT.
        let tag = self.iconst(abi::TAG_INT << abi::TAG_SHIFT);
        let mut acc = self.b.ins().bxor(vals[0], tag);
        for &v in &vals[1..] {
            let x = self.b.ins().bxor(v, tag);
            acc = self.b.ins().bor(acc, x);
        }
        let hi = self.b.ins().ushr_imm_u(acc, 48);
        self.b.ins().icmp_imm_s(IntCC::Equal, hi, 0)
    }

    fn unbox_small(&mut self, v: Value) -> Value {
        let shifted = self.b.ins().ishl_imm_u(v, 16);
        self.b.ins().sshr_imm_u(shifted, 16)
    }

    fn const_slot_load(&mut self, is_str: bool, text: String) -> Value {
        self.const_load(if is_str { ConstKind::Str } else { ConstKind::Int }, text.into_bytes())
    }

    fn const_load(&mut self, kind: ConstKind, data: Vec<u8>) -> Value {
        let slot = self.m.const_slot(kind, data);
        let base = self.data_addr(self.m.consts);
        self.b.ins().load(I64, MemFlagsData::trusted(), base, (slot * 8) as i32)
    }

    /// Whether global `g`, whose binding expression `at` tests, is bound on every path.
    fn global_proven(&self, g: GlobalId, at: ExprId) -> bool {
        self.m.bound_globals.proven(self.fid, g, at)
    }

    fn check_global_bound(&mut self, v: Value, g: GlobalId, line: i64) {
        let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, v, abi::ERR as i64);
        let (bad, ok) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(bad);
        self.b.ins().brif(unbound, bad, &[], ok, &[]);
        self.b.switch_to_block(bad);
        let name = self.m.hir.globals[g.0 as usize].name.clone();
        let n = self.const_str(&name);
        let scope = self.const_str(&self.name_error_scope());
        let globals = self.data_addr(self.m.globals);
        self.rt("molt_raise_name_error", &[n, scope, globals]);
        self.raise_here(line);
        self.b.switch_to_block(ok);
    }
}

impl FnGen<'_, '_> {
    /// What the "Did you mean" suggestion of a NameError here chooses from
    /// (`suggest::for_name`): this function's local variables (none at module level),
    /// then the module's globals with their slots, in slot order (about the order they
    /// are first bound).
    fn name_error_scope(&self) -> String {
        let is_name = |n: &str| n.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && n.chars().all(|c| c.is_alphanumeric() || c == '_');
        let locals: Vec<&str> = if self.fid.0 == 0 {
            vec![]
        } else {
            let freevars: Vec<usize> = self.hf.freevars.iter().map(|l| l.0 as usize).collect();
            self.hf.locals.iter().enumerate().filter(|(i, n)| !freevars.contains(i) && is_name(n)).map(|(_, n)| n.as_str()).collect()
        };
        let globals: Vec<String> = self
            .m
            .hir
            .globals
            .iter()
            .enumerate()
            .filter(|(_, g)| matches!(g.kind, GlobalKind::Variable | GlobalKind::Function(_)) && is_name(&g.name))
            .map(|(i, g)| format!("{}={i}", g.name))
            .collect();
        format!("{}|{}", locals.join(","), globals.join(","))
    }
}

/// What a module constant slot holds: made at start-up by `molt_const_<kind>` from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum ConstKind {
    Int,
    Str,
    Bytes,
}

/// Whether a value of this static type can be an inline small int.
/// A user function's signature: its parameters, then the cells of its free variables.
fn user_signature(obj: &ObjectModule, f: &Function) -> Signature {
    let mut sig = obj.make_signature();
    sig.params.extend((0..f.params.len() + f.freevars.len()).map(|_| AbiParam::new(I64)));
    sig.returns.push(AbiParam::new(I64));
    sig
}

fn inplace_code(op: BinOp) -> i32 {
    use abi::inplace::*;
    match op {
        BinOp::Add => ADD,
        BinOp::Sub => SUB,
        BinOp::Mul => MUL,
        BinOp::TrueDiv => TRUEDIV,
        BinOp::FloorDiv => FLOORDIV,
        BinOp::Mod => MOD,
        BinOp::Pow => POW,
        BinOp::LShift => LSHIFT,
        BinOp::RShift => RSHIFT,
        BinOp::BitAnd => BITAND,
        BinOp::BitOr => BITOR,
        BinOp::BitXor => BITXOR,
        BinOp::MatMul => MATMUL,
    }
}

fn may_be_small_int(ty: Ty) -> bool {
    matches!(ty, Ty::Int | Ty::Dynamic)
}
