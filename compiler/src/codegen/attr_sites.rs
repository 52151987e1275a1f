//! Inline caches at attribute sites (specs/object-layout.md, "Inline caches"):
//! `obj.name`, `obj.name = v` and `obj.name(args)` on a receiver of unknown type.
//!
//! Each site owns `SITE_WAYS` entries in the program's site table, each two words: a class
//! and what the runtime resolved the name to for that class (a slot index, or the plain
//! function a method call reaches). Several entries serve a site that sees subclasses
//! (a base class's method on `self`). The inline path finds the receiver's exact class
//! among them and then reads or writes the slot, or calls the function's entry, with no
//! lookup. Everything else (another class, an unset slot, an overflow dict, a first run)
//! calls the runtime's `*_site` entry point, which does the full lookup and fills the site
//! only when the answer depends on the class alone. The runtime empties every site when a
//! class attribute is stored or a class is freed, so a site is never stale; with the
//! table zeroed no real class matches.

use super::*;
use molt_abi::{layout, SITE_WAYS};

/// Bytes per site: per entry, the class, then the slot index or function.
const SITE_BYTES: i64 = SITE_WAYS as i64 * 16;

impl FnGen<'_, '_> {
    /// A new site: its address in the table.
    fn new_attr_site(&mut self) -> Value {
        let i = self.m.attr_site_count;
        self.m.attr_site_count += 1;
        let table = self.data_addr(self.m.attr_sites);
        self.b.ins().iadd_imm_s(table, i as i64 * SITE_BYTES)
    }

    /// Continues with the object's address and the site's second word for its class when
    /// `v` is an instance of one of the site's classes; jumps to `slow` otherwise.
    fn guard_site_class(&mut self, v: Value, site: Value, slow: Block) -> (Value, Value) {
        let (heap, instance, hit) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(hit, I64);
        let is_ptr = self.has_tag(v, abi::TAG_PTR);
        self.b.ins().brif(is_ptr, heap, &[], slow, &[]);
        self.b.switch_to_block(heap);
        let p = self.b.ins().band_imm_s(v, abi::PAYLOAD_MASK as i64);
        let kind = self.b.ins().load(clt::I32, MemFlagsData::trusted(), p, layout::KIND);
        let is_instance = self.b.ins().icmp_imm_s(IntCC::Equal, kind, layout::KIND_INSTANCE as i64);
        self.b.ins().brif(is_instance, instance, &[], slow, &[]);
        self.b.switch_to_block(instance);
        let class = self.b.ins().load(I64, MemFlagsData::trusted(), p, layout::INSTANCE_CLASS);
        for way in 0..SITE_WAYS as i32 {
            let cached = self.b.ins().load(I64, MemFlagsData::trusted(), site, way * 16);
            let same = self.b.ins().icmp(IntCC::Equal, class, cached);
            let (found, next) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(same, found, &[], next, &[]);
            self.b.switch_to_block(found);
            let what = self.b.ins().load(I64, MemFlagsData::trusted(), site, way * 16 + 8);
            self.b.ins().jump(hit, &[BlockArg::Value(what)]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(slow, &[]);
        self.b.switch_to_block(hit);
        (p, self.b.block_params(hit)[0])
    }

    /// The address of slot `slot` (a site's second word) in instance `p`.
    fn cached_slot_address(&mut self, p: Value, slot: Value) -> Value {
        let values = self.b.ins().load(I64, MemFlagsData::trusted(), p, layout::INSTANCE_VALUES_PTR);
        let offset = self.b.ins().ishl_imm_u(slot, 3);
        self.b.ins().iadd(values, offset)
    }

    /// `v.name`, releasing `v`.
    pub(super) fn get_attribute(&mut self, operand: Operand, name: &str, line: i64) -> Value {
        let (v, ty) = (operand.v, operand.ty);
        let n = self.const_slot_load(true, name.to_string());
        if ty != Ty::Dynamic {
            let r = self.call_checked("molt_getattr", &[v, n], line);
            self.release(operand);
            return r;
        }
        let site = self.new_attr_site();
        let (join, slow, set) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let (p, slot) = self.guard_site_class(v, site, slow);
        let addr = self.cached_slot_address(p, slot);
        let x = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        let unset = self.b.ins().icmp_imm_s(IntCC::Equal, x, abi::ERR as i64);
        self.b.ins().brif(unset, slow, &[], set, &[]);
        self.b.switch_to_block(set);
        self.incref_inline(x);
        self.drop_operand(operand);
        self.b.ins().jump(join, &[BlockArg::Value(x)]);
        self.b.switch_to_block(slow);
        let r = self.call_checked("molt_getattr_site", &[v, n, site], line);
        self.release(operand);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// `obj.name = v` with both owned and on `temps` (released here; the slot takes `v`).
    pub(super) fn store_attribute(&mut self, obj: Value, obj_ty: Ty, name: &str, v: Value, line: i64) {
        let k = self.const_slot_load(true, name.to_string());
        let join = self.b.create_block();
        if obj_ty == Ty::Dynamic {
            let site = self.new_attr_site();
            let slow = self.b.create_block();
            let (p, slot) = self.guard_site_class(obj, site, slow);
            let addr = self.cached_slot_address(p, slot);
            let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
            self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            // An unset slot holds ERR, which is not a heap pointer: nothing to release.
            self.decref(old, Ty::Dynamic);
            self.decref(obj, obj_ty);
            self.b.ins().jump(join, &[]);
            self.b.switch_to_block(slow);
            let r = self.rt("molt_setattr_site", &[obj, k, v, site]).expect("i32");
            self.finish_store(r, obj, obj_ty, v, line);
        } else {
            let r = self.rt("molt_setattr", &[obj, k, v]).expect("i32");
            self.finish_store(r, obj, obj_ty, v, line);
        }
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    fn finish_store(&mut self, r: Value, obj: Value, obj_ty: Ty, v: Value, line: i64) {
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        self.error_if(failed, line);
        for (x, ty) in [(obj, obj_ty), (v, Ty::Dynamic)] {
            self.remove_temp(x);
            self.decref(x, ty);
        }
    }

    /// `r.method(args)` without keywords, `r` of unknown type, owned and on `temps` (the
    /// caller releases it): a cached function is called through its entry with the
    /// receiver prepended, as `func::call` would for an exact positional match.
    pub(super) fn call_method_cached(&mut self, r: Value, method: &str, args: &[ExprId], line: i64) -> Value {
        let name = self.const_slot_load(true, method.to_string());
        let owned = self.eval_args(args);
        let (all, _) = self.stack_array(std::iter::once(r).chain(owned.iter().map(|o| o.v)).collect::<Vec<_>>().into_iter());
        let site = self.new_attr_site();
        let (join, slow, no_dict) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let (p, f) = self.guard_site_class(r, site, slow);
        // An overflow dict may hold an instance attribute of the same name.
        let dict = self.b.ins().load(I64, MemFlagsData::trusted(), p, layout::INSTANCE_DICT);
        let has_dict = self.b.ins().icmp_imm_s(IntCC::NotEqual, dict, abi::ERR as i64);
        self.b.ins().brif(has_dict, slow, &[], no_dict, &[]);
        self.b.switch_to_block(no_dict);
        let fp = self.b.ins().band_imm_s(f, abi::PAYLOAD_MASK as i64);
        let entry = self.b.ins().load(I64, MemFlagsData::trusted(), fp, layout::FUNC_ENTRY);
        // The program's functions this call may reach: compared by entry, a match is
        // called directly with the receiver and arguments, skipping the entry.
        for fid in self.direct_method_candidates(method, args.len() + 1) {
            let (direct, next) = (self.b.create_block(), self.b.create_block());
            let known = self.m.obj.declare_func_in_func(self.m.entries[fid.0 as usize].expect("candidates have entries"), self.b.func);
            let known = self.b.ins().func_addr(I64, known);
            let same = self.b.ins().icmp(IntCC::Equal, entry, known);
            self.b.ins().brif(same, direct, &[], next, &[]);
            self.b.switch_to_block(direct);
            let values: Vec<Value> = std::iter::once(r).chain(owned.iter().map(|o| o.v)).collect();
            let res = self.call_direct_lent(fid, &values);
            self.b.ins().jump(join, &[BlockArg::Value(res)]);
            self.b.switch_to_block(next);
        }
        let sig = self.b.import_signature(functions::entry_signature(&self.m.obj));
        let call = self.b.ins().call_indirect(sig, entry, &[f, all]);
        let res = self.b.inst_results(call)[0];
        self.b.ins().jump(join, &[BlockArg::Value(res)]);
        self.b.switch_to_block(slow);
        let rest = self.b.ins().iadd_imm_s(all, 8);
        let n = self.iconst(args.len() as u64);
        let res = self.rt("molt_call_method_site", &[r, name, rest, n, site]).expect("value");
        self.b.ins().jump(join, &[BlockArg::Value(res)]);
        self.b.switch_to_block(join);
        let res = self.b.block_params(join)[0];
        let res = self.check(res, line);
        self.release_args(owned);
        res
    }

    /// Functions named `method` taking exactly `nargs` positional parameters and no cells,
    /// that have an entry (their value is taken, as a class body's methods' are): at most
    /// four, the ones a method call site is worth comparing against.
    fn direct_method_candidates(&self, method: &str, nargs: usize) -> Vec<FuncId> {
        let found: Vec<FuncId> = (0..self.m.hir.functions.len())
            .filter(|&i| {
                let f = &self.m.hir.functions[i];
                f.name == method && f.params.len() == nargs && !f.varargs && !f.varkw && f.freevars.is_empty() && self.m.entries[i].is_some()
            })
            .map(|i| FuncId(i as u32))
            .collect();
        if found.len() > 4 { Vec::new() } else { found }
    }

    /// Calls function `fid` directly with `values` (one per parameter), which the caller
    /// keeps and releases: a reference is taken for each parameter the callee owns.
    fn call_direct_lent(&mut self, fid: FuncId, values: &[Value]) -> Value {
        for (i, &v) in values.iter().enumerate() {
            if !self.m.borrowed[fid.0 as usize][i] {
                self.incref(v, Ty::Dynamic);
            }
        }
        let callee = self.m.obj.declare_func_in_func(self.m.user[fid.0 as usize], self.b.func);
        let call = self.b.ins().call(callee, values);
        self.b.inst_results(call)[0]
    }

    /// `isinstance(value, class)` for one user class: an instance of exactly that class
    /// answers inline; anything else (a subclass, a non-instance, a bad second argument)
    /// asks the runtime.
    pub(super) fn isinstance_of_class(&mut self, value: ExprId, class: ExprId, line: i64) -> Value {
        let [v, c] = self.operands([value, class]);
        let (heap, instance, slow, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let is_ptr = self.has_tag(v.v, abi::TAG_PTR);
        self.b.ins().brif(is_ptr, heap, &[], slow, &[]);
        self.b.switch_to_block(heap);
        let p = self.b.ins().band_imm_s(v.v, abi::PAYLOAD_MASK as i64);
        let kind = self.b.ins().load(clt::I32, MemFlagsData::trusted(), p, layout::KIND);
        let is_instance = self.b.ins().icmp_imm_s(IntCC::Equal, kind, layout::KIND_INSTANCE as i64);
        self.b.ins().brif(is_instance, instance, &[], slow, &[]);
        self.b.switch_to_block(instance);
        let exact = self.b.ins().load(I64, MemFlagsData::trusted(), p, layout::INSTANCE_CLASS);
        let same = self.b.ins().icmp(IntCC::Equal, exact, c.v);
        let yes = self.iconst(abi::TRUE);
        self.b.ins().brif(same, join, &[BlockArg::Value(yes)], slow, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let r = self.call_checked("molt_isinstance_class", &[v.v, c.v], line);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        let r = self.b.block_params(join)[0];
        self.release(c);
        self.release(v);
        r
    }
}
