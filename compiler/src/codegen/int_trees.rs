//! Int expression trees (specs/tier0.md, "Wide int intermediates"): in a nest of int
//! operators such as `(state * 1103515245 + 12345) % 2147483648`, the values between the
//! operators stay machine `i64`s, checked for overflow at each step, and only the root's
//! result is boxed. An intermediate outside the 48-bit inline range then costs no big-int
//! allocation and no runtime call.
//!
//! Every operator still runs in source order, after both its operands, so exceptions and
//! side effects happen where CPython's do. A value that is not a small int (a big int, a
//! bool, an instance) or a step that overflows `i64` (or divides by zero or by -1) makes
//! that operator take the runtime's generic entry on boxed operands; the operators above
//! it continue on its boxed result, generically or, when it is a small int, inline again.

use super::*;
use fast_paths::binop_entry;

/// An int tree's value at run time: a machine int (`raw`, when `is_raw`) or a boxed value.
/// `obj` is always a valid Python value: the boxed value (owned) or, when `raw` holds the
/// value, an immediate, so it can sit on `temps` in both cases.
#[derive(Clone, Copy)]
struct Wide {
    is_raw: Value,
    raw: Value,
    obj: Value,
}

/// Operators with a machine form on `i64`.
fn tree_op(op: BinOp) -> bool {
    use BinOp::*;
    matches!(op, Add | Sub | Mul | FloorDiv | Mod | BitAnd | BitOr | BitXor | RShift)
}

impl FnGen<'_, '_> {
    fn is_tree_node(&self, id: ExprId) -> bool {
        let intlike = |t: Ty| matches!(t, Ty::Int | Ty::Bool);
        matches!(self.hf.expr(id).kind, ExprKind::Binary(op, a, b) if tree_op(op) && self.ty(id) == Ty::Int && intlike(self.ty(a)) && intlike(self.ty(b)))
    }

    /// Whether `id` is the root of an int tree with more than one operator.
    pub(super) fn is_int_tree(&self, id: ExprId) -> bool {
        self.is_tree_node(id) && matches!(self.hf.expr(id).kind, ExprKind::Binary(_, a, b) if self.is_tree_node(a) || self.is_tree_node(b))
    }

    /// The boxed value of the int tree rooted at `id` (owned).
    pub(super) fn int_tree(&mut self, id: ExprId, line: i64) -> Value {
        let w = self.wide(id, line);
        let (raw_b, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        self.b.ins().brif(w.is_raw, raw_b, &[], join, &[BlockArg::Value(w.obj)]);
        self.b.switch_to_block(raw_b);
        let v = self.box_i64(w.raw);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    fn wide(&mut self, id: ExprId, line: i64) -> Wide {
        if !self.is_tree_node(id) {
            // A leaf: a small int is its own machine value.
            let v = self.expr(id);
            let is_raw = self.has_tag(v, abi::TAG_INT);
            let raw = self.unbox_small(v);
            return Wide { is_raw, raw, obj: v };
        }
        let ExprKind::Binary(op, a, b) = self.hf.expr(id).kind else { unreachable!("a tree node is a binary operator") };
        let wa = self.wide(a, self.line(a));
        self.temps.push(wa.obj);
        let wb = self.wide(b, self.line(b));
        self.temps.push(wb.obj);
        let join = self.b.create_block();
        self.b.append_block_param(join, clt::I8);
        self.b.append_block_param(join, I64);
        self.b.append_block_param(join, I64);
        let (fast, slow) = (self.b.create_block(), self.b.create_block());
        let both = self.b.ins().band(wa.is_raw, wb.is_raw);
        self.b.ins().brif(both, fast, &[], slow, &[]);

        self.b.switch_to_block(fast);
        let r = self.wide_op(op, wa.raw, wb.raw, slow);
        let yes = self.b.ins().iconst(clt::I8, 1);
        let none = self.iconst(abi::NONE);
        self.b.ins().jump(join, &[BlockArg::Value(yes), BlockArg::Value(r), BlockArg::Value(none)]);

        // The runtime on boxed operands: raw ones are boxed (a big int past 48 bits).
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        let xa = self.boxed_copy(wa);
        self.temps.push(xa);
        let xb = self.boxed_copy(wb);
        self.temps.push(xb);
        let res = self.call_checked(binop_entry(op), &[xa, xb], line);
        for x in [xb, xa] {
            self.remove_temp(x);
            self.decref(x, Ty::Int);
        }
        // Released here only: on the machine path both are immediates.
        for o in [wb.obj, wa.obj] {
            self.decref(o, Ty::Dynamic);
        }
        let is_raw = self.has_tag(res, abi::TAG_INT);
        let raw = self.unbox_small(res);
        self.b.ins().jump(join, &[BlockArg::Value(is_raw), BlockArg::Value(raw), BlockArg::Value(res)]);

        self.b.switch_to_block(join);
        let p = self.b.block_params(join).to_vec();
        for o in [wb.obj, wa.obj] {
            self.remove_temp(o);
        }
        Wide { is_raw: p[0], raw: p[1], obj: p[2] }
    }

    /// `x op y` on machine ints, or a jump to `slow` on overflow, a zero divisor, a
    /// divisor of -1 (`i64::MIN // -1` traps) or a negative shift.
    fn wide_op(&mut self, op: BinOp, x: Value, y: Value, slow: Block) -> Value {
        use BinOp::*;
        let checked = |s: &mut Self, (r, overflow): (Value, Value)| {
            let ok = s.b.create_block();
            s.b.ins().brif(overflow, slow, &[], ok, &[]);
            s.b.switch_to_block(ok);
            r
        };
        match op {
            Add => {
                let r = self.b.ins().sadd_overflow(x, y);
                checked(self, r)
            }
            Sub => {
                let r = self.b.ins().ssub_overflow(x, y);
                checked(self, r)
            }
            Mul => {
                let r = self.b.ins().smul_overflow(x, y);
                checked(self, r)
            }
            FloorDiv | Mod => {
                let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let ok = self.b.create_block();
                self.b.ins().brif(minus_one, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                // The 48-bit path's floor division: zero divisors go to `slow` there.
                self.int_op(op, x, y, slow)
            }
            _ => self.int_op(op, x, y, slow),
        }
    }

    /// A new reference to `w`'s value, boxed.
    fn boxed_copy(&mut self, w: Wide) -> Value {
        let (raw_b, boxed_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        self.b.ins().brif(w.is_raw, raw_b, &[], boxed_b, &[]);
        self.b.switch_to_block(raw_b);
        let v = self.box_i64(w.raw);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.switch_to_block(boxed_b);
        self.incref(w.obj, Ty::Dynamic);
        self.b.ins().jump(join, &[BlockArg::Value(w.obj)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// A machine int boxed: inline within 48 bits, a new big int otherwise.
    fn box_i64(&mut self, r: Value) -> Value {
        let (small_b, big_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let back = self.unbox_small(r);
        let fits = self.b.ins().icmp(IntCC::Equal, back, r);
        self.b.ins().brif(fits, small_b, &[], big_b, &[]);
        self.b.switch_to_block(small_b);
        let v = self.box_small(r);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.set_cold_block(big_b);
        self.b.switch_to_block(big_b);
        let v = self.rt("molt_int_from_i64", &[r]).expect("value");
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }
}
