//! Code generation for comparison chains (`a < b <= c`): each operand evaluated once,
//! small ints compared inline, `is` by identity, `in` through the runtime; a comparison
//! that may return a non-bool (an instance's `__eq__`) is tested for truth.

use super::*;
use cranelift_codegen::ir::condcodes::FloatCC;

impl FnGen<'_, '_> {
    pub(super) fn compare(&mut self, left: ExprId, rest: &[(CmpOp, ExprId)], line: i64) -> Value {
        if let [(op, r)] = rest {
            // One comparison: its operands may be borrowed.
            let [lo, ro] = self.operands([left, *r]);
            let res = self.compare_values(*op, lo.v, lo.ty, ro.v, ro.ty, line);
            self.release(ro);
            self.release(lo);
            return res;
        }
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let mut l = self.expr(left);
        let mut lty = self.ty(left);
        for (i, (op, r)) in rest.iter().enumerate() {
            self.temps.push(l);
            let rv = self.expr(*r);
            self.temps.push(rv);
            let res = self.compare_values(*op, l, lty, rv, self.ty(*r), line);
            self.remove_temp(rv);
            self.remove_temp(l);
            self.decref(l, lty);
            if i + 1 == rest.len() {
                self.decref(rv, self.ty(*r));
                self.b.ins().jump(join, &[BlockArg::Value(res)]);
                break;
            }
            // A bool is an immediate; an instance's comparison may return any object.
            let is_bool = crate::types::compare_yields_bool(*op, lty, self.ty(*r));
            let t = if is_bool {
                self.b.ins().band_imm_s(res, 1)
            } else {
                self.temps.push(rv);
                self.temps.push(res);
                let t = self.truthy(res, Ty::Dynamic, line);
                self.remove_temp(res);
                self.remove_temp(rv);
                t
            };
            let (stop, next) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(t, next, &[], stop, &[]);
            self.b.switch_to_block(stop);
            self.decref(rv, self.ty(*r));
            self.b.ins().jump(join, &[BlockArg::Value(res)]);
            self.b.switch_to_block(next);
            if !is_bool {
                self.decref(res, Ty::Dynamic);
            }
            l = rv;
            lty = self.ty(*r);
        }
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// `l op rv` for one comparison of a chain: inline for identity, small ints and
    /// floats, the runtime otherwise. Releases neither operand.
    fn compare_values(&mut self, op: CmpOp, l: Value, lty: Ty, rv: Value, rty: Ty, line: i64) -> Value {
        match op {
            CmpOp::Is | CmpOp::IsNot => {
                let cc = if op == CmpOp::Is { IntCC::Equal } else { IntCC::NotEqual };
                let c = self.b.ins().icmp(cc, l, rv);
                let c = self.b.ins().uextend(I64, c);
                self.b.ins().bor_imm_s(c, abi::FALSE as i64)
            }
            CmpOp::In | CmpOp::NotIn => {
                // A proven set or dict skips the runtime's dispatch on the container.
                let entry = match rty {
                    Ty::Set | Ty::FrozenSet => "molt_set_contains",
                    Ty::Dict => "molt_dict_contains",
                    _ => "molt_contains",
                };
                let r = self.call_checked(entry, &[rv, l], line);
                if op == CmpOp::NotIn { self.b.ins().bxor_imm_s(r, 1) } else { r }
            }
            _ => {
                let (code, cc, fcc) = match op {
                    CmpOp::Lt => (abi::cmp::LT, IntCC::SignedLessThan, FloatCC::LessThan),
                    CmpOp::Le => (abi::cmp::LE, IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
                    CmpOp::Eq => (abi::cmp::EQ, IntCC::Equal, FloatCC::Equal),
                    CmpOp::Ne => (abi::cmp::NE, IntCC::NotEqual, FloatCC::NotEqual),
                    CmpOp::Gt => (abi::cmp::GT, IntCC::SignedGreaterThan, FloatCC::GreaterThan),
                    _ => (abi::cmp::GE, IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
                };
                let join = self.b.create_block();
                self.b.append_block_param(join, I64);
                let (floats_b, slow_b) = (self.b.create_block(), self.b.create_block());
                if may_be_small_int(lty) && may_be_small_int(rty) {
                    // Both small ints: compare the payloads inline.
                    let fast_b = self.b.create_block();
                    let both = self.both_small_ints(l, rv);
                    self.b.ins().brif(both, fast_b, &[], floats_b, &[]);
                    self.b.switch_to_block(fast_b);
                    let (il, ir) = (self.unbox_small(l), self.unbox_small(rv));
                    let c = self.b.ins().icmp(cc, il, ir);
                    let c = self.b.ins().uextend(I64, c);
                    let v = self.b.ins().bor_imm_s(c, abi::FALSE as i64);
                    self.b.ins().jump(join, &[BlockArg::Value(v)]);
                } else {
                    self.b.ins().jump(floats_b, &[]);
                }
                // Floats (or a float and a small int, converted exactly): `fcmp`, whose
                // unordered results for NaN are Python's.
                self.b.switch_to_block(floats_b);
                self.float_compare(fcc, l, lty, rv, rty, join, slow_b);
                self.b.switch_to_block(slow_b);
                let c = self.b.ins().iconst(clt::I32, code as i64);
                let v = self.call_checked("molt_compare", &[l, rv, c], line);
                self.b.ins().jump(join, &[BlockArg::Value(v)]);
                self.b.switch_to_block(join);
                self.b.block_params(join)[0]
            }
        }
    }
}
