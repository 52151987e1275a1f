//! Inline fast paths guarded by tag checks (specs/tier0.md): reference counting, arithmetic
//! and comparisons on small ints and floats, truth tests, and list/tuple items by index.
//!
//! Each path handles only immediates (small ints, floats, bools) or the exact built-in
//! layout in `molt_abi::layout`, and branches to the runtime's generic entry point for
//! anything else: an int result outside 48 bits, a zero divisor, an instance, an index out
//! of range. The static type only removes checks it proves redundant (a `float`-typed
//! operand needs no tag test), so a fast path never changes what a program computes.

use super::*;
use cranelift_codegen::ir::condcodes::FloatCC;
use molt_abi::layout;

/// How `arith` combines its operands: `a op b`, `a op= b`, or `x op= b` stored back into
/// the local `x` whose value is `a` (which lets the runtime grow a str in place).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Arith {
    Plain,
    InPlace,
    IntoLocal,
}

/// How an operand may reach the float path: as a float, as a small int converted exactly
/// (48-bit ints are exact in an `f64`), or either.
#[derive(Clone, Copy, PartialEq)]
enum FloatIn {
    Float,
    SmallInt,
    Either,
}

fn float_in(ty: Ty) -> Option<FloatIn> {
    match ty {
        Ty::Float => Some(FloatIn::Float),
        Ty::Int => Some(FloatIn::SmallInt),
        Ty::Dynamic => Some(FloatIn::Either),
        _ => None,
    }
}

impl FnGen<'_, '_> {
    /// `Py_INCREF` inline: heap pointers that are not immortal get their count bumped.
    pub(super) fn incref_inline(&mut self, v: Value) {
        incref_inline(&mut self.b, v);
    }

    /// `Py_DECREF` inline; the runtime is called only to free an object whose count
    /// reaches zero.
    pub(super) fn decref_inline(&mut self, v: Value) {
        let free = self.runtime_ref("molt_decref");
        decref_inline_with(&mut self.b, v, free);
    }

    pub(super) fn has_tag(&mut self, v: Value, tag: u64) -> Value {
        has_tag(&mut self.b, v, tag)
    }

    fn is_small_int_val(&mut self, v: Value) -> Value {
        self.has_tag(v, abi::TAG_INT)
    }

    /// A value is a float exactly when it is below the tagged prefix (as unsigned): the
    /// tagged values are those whose top 13 bits are all ones.
    fn is_float_val(&mut self, v: Value) -> Value {
        self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, v, abi::TAGGED_PREFIX as i64)
    }

    /// Boxes an `i64` known to fit in 48 bits.
    pub(super) fn box_small(&mut self, r: Value) -> Value {
        let payload = self.b.ins().band_imm_s(r, abi::PAYLOAD_MASK as i64);
        self.b.ins().bor_imm_s(payload, (abi::TAG_INT << abi::TAG_SHIFT) as i64)
    }

    /// Boxes an `f64` as the runtime's `box_float` does (NaNs in the tagged space become
    /// the canonical negative NaN).
    fn box_f64(&mut self, f: Value) -> Value {
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), f);
        let prefix = self.b.ins().band_imm_s(bits, abi::TAGGED_PREFIX as i64);
        let tagged = self.b.ins().icmp_imm_s(IntCC::Equal, prefix, abi::TAGGED_PREFIX as i64);
        let nan = self.iconst(abi::NEG_NAN);
        self.b.ins().select(tagged, nan, bits)
    }

    /// The `f64` of an operand already known to be a float or a small int.
    fn to_f64(&mut self, v: Value, how: FloatIn) -> Value {
        let as_float = |s: &mut Self| s.b.ins().bitcast(clt::F64, MemFlagsData::new(), v);
        let as_int = |s: &mut Self| {
            let i = s.unbox_small(v);
            s.b.ins().fcvt_from_sint(clt::F64, i)
        };
        match how {
            FloatIn::Float => as_float(self),
            FloatIn::SmallInt => as_int(self),
            FloatIn::Either => {
                let f = as_float(self);
                let i = as_int(self);
                let isf = self.is_float_val(v);
                self.b.ins().select(isf, f, i)
            }
        }
    }

    /// Non-zero when `v` may take the float path as `how` says.
    fn float_operand_ok(&mut self, v: Value, how: FloatIn) -> Option<Value> {
        match how {
            FloatIn::Float => None,
            FloatIn::SmallInt => Some(self.is_small_int_val(v)),
            FloatIn::Either => {
                let f = self.is_float_val(v);
                let i = self.is_small_int_val(v);
                Some(self.b.ins().bor(f, i))
            }
        }
    }

    /// Branches to `yes` when both operands may take the float path, else to `no`.
    fn branch_float_operands(&mut self, a: Value, fa: FloatIn, b: Value, fb: FloatIn, yes: Block, no: Block) {
        let ca = self.float_operand_ok(a, fa);
        let cb = self.float_operand_ok(b, fb);
        match (ca, cb) {
            (None, None) => {
                self.b.ins().jump(yes, &[]);
            }
            (Some(c), None) | (None, Some(c)) => {
                self.b.ins().brif(c, yes, &[], no, &[]);
            }
            (Some(x), Some(y)) => {
                let c = self.b.ins().band(x, y);
                self.b.ins().brif(c, yes, &[], no, &[]);
            }
        }
    }

    /// `a op b` (or `a op= b`): inline for small ints and floats, the runtime otherwise.
    /// Releases both operands.
    pub(super) fn arith(&mut self, op: BinOp, inplace: bool, a: Operand, b: Operand, line: i64) -> Value {
        self.arith_in(if inplace { Arith::InPlace } else { Arith::Plain }, op, a, b, line)
    }

    /// `arith` in any mode. With `Arith::IntoLocal`, `a` is also the value of the local
    /// variable the result is stored into, and the variable's reference is consumed with
    /// the operand's (`molt_inplace_local`): the caller must not release the old value.
    /// The inline paths only take non-heap values, for which releasing is a no-op anyway.
    pub(super) fn arith_in(&mut self, mode: Arith, op: BinOp, a_op: Operand, b_op: Operand, line: i64) -> Value {
        debug_assert!(mode != Arith::IntoLocal || a_op.owned, "molt_inplace_local consumes an owned reference");
        let (a, ta, b, tb) = (a_op.v, a_op.ty, b_op.v, b_op.ty);
        let (int_path, float_path) = binop_paths(op, ta, tb);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        // Where a value that is not two small ints goes next.
        let next = if float_path.is_some() { self.b.create_block() } else { slow };
        if int_path {
            let int_b = self.b.create_block();
            let both = self.both_small_ints(a, b);
            self.b.ins().brif(both, int_b, &[], next, &[]);
            self.b.switch_to_block(int_b);
            let (x, y) = (self.unbox_small(a), self.unbox_small(b));
            let r = self.int_op(op, x, y, slow);
            let back = self.unbox_small(r);
            let fits = self.b.ins().icmp(IntCC::Equal, back, r);
            let box_b = self.b.create_block();
            self.b.ins().brif(fits, box_b, &[], slow, &[]);
            self.b.switch_to_block(box_b);
            let boxed = self.box_small(r);
            self.b.ins().jump(join, &[BlockArg::Value(boxed)]);
        } else if let Some((fa, fb)) = pow_float_path(op, ta, tb) {
            self.float_pow(a, fa, b, fb, join, slow);
        } else {
            self.b.ins().jump(next, &[]);
        }
        if let Some((fa, fb)) = float_path {
            self.b.switch_to_block(next);
            let float_b = self.b.create_block();
            // Two floats first, with no int conversions or selects.
            if let Some(mixed_b) = self.branch_two_floats(a, fa, b, fb) {
                let (x, y) = (self.to_f64(a, FloatIn::Float), self.to_f64(b, FloatIn::Float));
                self.float_binop_result(op, x, y, join, slow);
                self.b.switch_to_block(mixed_b);
            }
            self.branch_float_operands(a, fa, b, fb, float_b, slow);
            self.b.switch_to_block(float_b);
            let (x, y) = (self.to_f64(a, fa), self.to_f64(b, fb));
            self.float_binop_result(op, x, y, join, slow);
        }
        self.b.switch_to_block(slow);
        let v = match mode {
            Arith::Plain => self.call_checked(binop_entry(op), &[a, b], line),
            Arith::InPlace | Arith::IntoLocal => {
                let k = self.b.ins().iconst(clt::I32, inplace_code(op) as i64);
                let entry = if mode == Arith::IntoLocal { "molt_inplace_local" } else { "molt_inplace" };
                self.call_checked(entry, &[k, a, b], line)
            }
        };
        self.untemp(b_op);
        self.untemp(a_op);
        if mode != Arith::IntoLocal {
            self.drop_operand(a_op);
        }
        self.drop_operand(b_op);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// `x op y` on two `f64`s for `+ - * /`, boxed, to `join`; a zero divisor goes to
    /// `slow`, where the runtime raises.
    fn float_binop_result(&mut self, op: BinOp, x: Value, y: Value, join: Block, slow: Block) {
        let r = match op {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Sub => self.b.ins().fsub(x, y),
            BinOp::Mul => self.b.ins().fmul(x, y),
            _ => {
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                let div_b = self.b.create_block();
                self.b.ins().brif(is_zero, slow, &[], div_b, &[]);
                self.b.switch_to_block(div_b);
                self.b.ins().fdiv(x, y)
            }
        };
        let boxed = self.box_f64(r);
        self.b.ins().jump(join, &[BlockArg::Value(boxed)]);
    }

    /// `a ** b` inline when one operand is a float and the other a float or small int,
    /// the base positive and finite, the exponent finite and the result finite: CPython's
    /// `float_pow` is then exactly C's `pow`. Anything else goes to `slow`.
    fn float_pow(&mut self, a: Value, fa: FloatIn, b: Value, fb: FloatIn, join: Block, slow: Block) {
        let ok_b = self.b.create_block();
        self.branch_float_operands(a, fa, b, fb, ok_b, slow);
        self.b.switch_to_block(ok_b);
        // Two small ints make an int (or a float for a negative exponent): the runtime's.
        if fa != FloatIn::Float && fb != FloatIn::Float {
            let fa_is = if fa == FloatIn::Either { self.is_float_val(a) } else { self.b.ins().iconst(clt::I8, 0) };
            let fb_is = if fb == FloatIn::Either { self.is_float_val(b) } else { self.b.ins().iconst(clt::I8, 0) };
            let any = self.b.ins().bor(fa_is, fb_is);
            let float_b = self.b.create_block();
            self.b.ins().brif(any, float_b, &[], slow, &[]);
            self.b.switch_to_block(float_b);
        }
        let (x, y) = (self.to_f64(a, fa), self.to_f64(b, fb));
        let zero = self.b.ins().f64const(0.0);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let positive = self.b.ins().fcmp(FloatCC::GreaterThan, x, zero);
        let finite_base = self.b.ins().fcmp(FloatCC::LessThan, x, inf);
        let ay = self.b.ins().fabs(y);
        let finite_exp = self.b.ins().fcmp(FloatCC::LessThan, ay, inf);
        let base_ok = self.b.ins().band(positive, finite_base);
        let ok = self.b.ins().band(base_ok, finite_exp);
        let call_b = self.b.create_block();
        self.b.ins().brif(ok, call_b, &[], slow, &[]);
        self.b.switch_to_block(call_b);
        let xb = self.b.ins().bitcast(I64, MemFlagsData::new(), x);
        let yb = self.b.ins().bitcast(I64, MemFlagsData::new(), y);
        let rb = self.rt("molt_pow_f64_bits", &[xb, yb]).expect("value");
        let r = self.b.ins().bitcast(clt::F64, MemFlagsData::new(), rb);
        let finite = self.b.ins().fcmp(FloatCC::LessThan, r, inf);
        let box_b = self.b.create_block();
        self.b.ins().brif(finite, box_b, &[], slow, &[]);
        self.b.switch_to_block(box_b);
        let boxed = self.box_f64(r);
        self.b.ins().jump(join, &[BlockArg::Value(boxed)]);
    }

    /// The `i64` result of `x op y` for 48-bit operands, or a jump to `slow` where the
    /// runtime must decide (a zero divisor, a negative shift, a product outside `i64`).
    pub(super) fn int_op(&mut self, op: BinOp, x: Value, y: Value, slow: Block) -> Value {
        use BinOp::*;
        match op {
            Add => self.b.ins().iadd(x, y),
            Sub => self.b.ins().isub(x, y),
            Mul => {
                let (r, overflow) = self.b.ins().smul_overflow(x, y);
                let ok = self.b.create_block();
                self.b.ins().brif(overflow, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                r
            }
            BitAnd => self.b.ins().band(x, y),
            BitOr => self.b.ins().bor(x, y),
            BitXor => self.b.ins().bxor(x, y),
            RShift => {
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                let ok = self.b.create_block();
                self.b.ins().brif(neg, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                let cap = self.b.ins().iconst(I64, 63);
                let amount = self.b.ins().umin(y, cap);
                self.b.ins().sshr(x, amount)
            }
            FloorDiv | Mod => {
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let ok = self.b.create_block();
                self.b.ins().brif(zero, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                // Truncating division, then Python's floor: when the remainder is non-zero
                // and its sign differs from the divisor's, step the quotient down and move
                // the remainder into the divisor's sign.
                let q = self.b.ins().sdiv(x, y);
                let r = self.b.ins().srem(x, y);
                let signs = self.b.ins().bxor(r, y);
                let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let adjust = self.b.ins().band(differ, nonzero);
                let adjust = self.b.ins().uextend(I64, adjust);
                if op == FloorDiv {
                    self.b.ins().isub(q, adjust)
                } else {
                    let step = self.b.ins().imul(adjust, y);
                    self.b.ins().iadd(r, step)
                }
            }
            _ => unreachable!("no inline int path for {op:?}"),
        }
    }

    /// A float comparison for `compare`'s chain when both operands are floats or small
    /// ints (one of them a float): branches to `join` with a bool, or to `slow`.
    pub(super) fn float_compare(&mut self, cc: FloatCC, a: Value, ta: Ty, b: Value, tb: Ty, join: Block, slow: Block) {
        let Some((fa, fb)) = float_compare_path(ta, tb) else {
            self.b.ins().jump(slow, &[]);
            return;
        };
        let float_b = self.b.create_block();
        if let Some(mixed_b) = self.branch_two_floats(a, fa, b, fb) {
            let (x, y) = (self.to_f64(a, FloatIn::Float), self.to_f64(b, FloatIn::Float));
            self.float_compare_result(cc, x, y, join);
            self.b.switch_to_block(mixed_b);
        }
        self.branch_float_operands(a, fa, b, fb, float_b, slow);
        self.b.switch_to_block(float_b);
        let (x, y) = (self.to_f64(a, fa), self.to_f64(b, fb));
        self.float_compare_result(cc, x, y, join);
    }

    /// `x cc y` on two `f64`s as a bool, to `join`.
    fn float_compare_result(&mut self, cc: FloatCC, x: Value, y: Value, join: Block) {
        let c = self.b.ins().fcmp(cc, x, y);
        let c = self.b.ins().uextend(I64, c);
        let v = self.b.ins().bor_imm_s(c, abi::FALSE as i64);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
    }

    /// For a dyn operand that may be a float beside another that is one or may be one:
    /// branches on "both are floats", continuing in that block (where both convert by a
    /// bitcast alone) and returning the block for everything else. `None` when there is
    /// nothing to split (a side is an int, or both are proven floats).
    fn branch_two_floats(&mut self, a: Value, fa: FloatIn, b: Value, fb: FloatIn) -> Option<Block> {
        if fa == FloatIn::SmallInt || fb == FloatIn::SmallInt || (fa, fb) == (FloatIn::Float, FloatIn::Float) {
            return None;
        }
        // A dyn operand in float code (nbody's list items) is nearly always a float.
        let (pure_b, mixed_b) = (self.b.create_block(), self.b.create_block());
        let ca = (fa == FloatIn::Either).then(|| self.is_float_val(a));
        let cb = (fb == FloatIn::Either).then(|| self.is_float_val(b));
        let both = match (ca, cb) {
            (Some(x), Some(y)) => self.b.ins().band(x, y),
            (Some(c), None) | (None, Some(c)) => c,
            (None, None) => unreachable!("one operand is dyn"),
        };
        self.b.ins().brif(both, pure_b, &[], mixed_b, &[]);
        self.b.switch_to_block(pure_b);
        Some(mixed_b)
    }

    /// Truth of a small int, bool or None inline (its payload is non-zero); other values go
    /// to the runtime.
    pub(super) fn truthy_inline(&mut self, v: Value, line: i64) -> Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, clt::I32);
        let (fast, slow) = (self.b.create_block(), self.b.create_block());
        let tag = self.b.ins().ushr_imm_u(v, 48);
        let rel = self.b.ins().iadd_imm_s(tag, -(abi::TAG_INT as i64));
        // TAG_INT, TAG_BOOL and TAG_NONE are adjacent: one unsigned compare covers them
        // (None's payload is 0).
        const _: () = assert!(abi::TAG_BOOL == abi::TAG_INT + 1 && abi::TAG_NONE == abi::TAG_INT + 2 && abi::NONE & abi::PAYLOAD_MASK == 0);
        let int_or_bool = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, rel, (abi::TAG_NONE - abi::TAG_INT) as i64);
        self.b.ins().brif(int_or_bool, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let payload = self.b.ins().band_imm_s(v, abi::PAYLOAD_MASK as i64);
        let t = self.b.ins().icmp_imm_s(IntCC::NotEqual, payload, 0);
        let t = self.b.ins().uextend(clt::I32, t);
        self.b.ins().jump(join, &[BlockArg::Value(t)]);
        self.b.switch_to_block(slow);
        let r = self.call_status("molt_is_true", &[v], line);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// The items' address and the length of the list (`is_list`) or tuple at address `p`.
    pub(super) fn seq_items(&mut self, p: Value, is_list: bool) -> (Value, Value) {
        if is_list {
            let base = self.b.ins().load(I64, MemFlagsData::trusted(), p, layout::LIST_ITEMS_PTR);
            (base, self.b.ins().load(I64, MemFlagsData::trusted(), p, layout::LIST_LEN))
        } else {
            let base = self.b.ins().iadd_imm_s(p, layout::TUPLE_ITEMS as i64);
            (base, self.b.ins().load(I64, MemFlagsData::trusted(), p, layout::TUPLE_LEN))
        }
    }

    /// The address of item `idx` (a boxed small int, possibly negative) of the list or
    /// tuple `obj`, or a jump to `slow` when `obj` is neither (for a `dyn` receiver), the
    /// index is not a small int, or it is out of range. Tuples only when `reading`.
    fn item_address(&mut self, obj: Value, obj_ty: Ty, idx: Value, idx_ty: Ty, reading: bool, slow: Block) -> Option<Value> {
        if !item_has_fast_path(obj_ty, idx_ty, reading) {
            return None;
        }
        let tuple_ok = reading && matches!(obj_ty, Ty::Tuple | Ty::Dynamic);
        let addr_b = self.b.create_block();
        self.b.append_block_param(addr_b, I64); // items base
        self.b.append_block_param(addr_b, I64); // length
        let small = self.is_small_int_val(idx);
        let checked = self.b.create_block();
        self.b.ins().brif(small, checked, &[], slow, &[]);
        self.b.switch_to_block(checked);
        if obj_ty == Ty::Dynamic {
            let is_ptr_b = self.b.create_block();
            let is_ptr = self.has_tag(obj, abi::TAG_PTR);
            self.b.ins().brif(is_ptr, is_ptr_b, &[], slow, &[]);
            self.b.switch_to_block(is_ptr_b);
        }
        let p = self.b.ins().band_imm_s(obj, abi::PAYLOAD_MASK as i64);
        let parts = |s: &mut Self, is_list: bool| {
            let (base, len) = s.seq_items(p, is_list);
            s.b.ins().jump(addr_b, &[BlockArg::Value(base), BlockArg::Value(len)]);
        };
        match obj_ty {
            Ty::List => parts(self, true),
            Ty::Tuple => parts(self, false),
            _ => {
                let kind = self.b.ins().load(clt::I32, MemFlagsData::trusted(), p, layout::KIND);
                let (list_b, not_list) = (self.b.create_block(), self.b.create_block());
                let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, layout::KIND_LIST as i64);
                self.b.ins().brif(is_list, list_b, &[], not_list, &[]);
                self.b.switch_to_block(list_b);
                parts(self, true);
                self.b.switch_to_block(not_list);
                if tuple_ok {
                    let tuple_b = self.b.create_block();
                    let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, layout::KIND_TUPLE as i64);
                    self.b.ins().brif(is_tuple, tuple_b, &[], slow, &[]);
                    self.b.switch_to_block(tuple_b);
                    parts(self, false);
                } else {
                    self.b.ins().jump(slow, &[]);
                }
            }
        }
        self.b.switch_to_block(addr_b);
        let (base, len) = (self.b.block_params(addr_b)[0], self.b.block_params(addr_b)[1]);
        let i = self.unbox_small(idx);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, len);
        let j = self.b.ins().select(neg, wrapped, i);
        // One unsigned compare rejects both a negative and a too-large position.
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, j, len);
        let in_b = self.b.create_block();
        self.b.ins().brif(inside, in_b, &[], slow, &[]);
        self.b.switch_to_block(in_b);
        let offset = self.b.ins().ishl_imm_u(j, 3);
        Some(self.b.ins().iadd(base, offset))
    }

    /// `obj[idx]`: a list or tuple item inline, `molt_getitem` otherwise. Releases both
    /// operands.
    pub(super) fn get_item(&mut self, obj: Operand, idx: Operand, line: i64) -> Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        if let Some(addr) = self.item_address(obj.v, obj.ty, idx.v, idx.ty, true, slow) {
            let item = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
            self.incref_inline(item);
            // The index is a small int: only the container needs releasing.
            self.drop_operand(obj);
            self.b.ins().jump(join, &[BlockArg::Value(item)]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let v = self.call_checked("molt_getitem", &[obj.v, idx.v], line);
        self.untemp(idx);
        self.untemp(obj);
        self.drop_operand(obj);
        self.drop_operand(idx);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// `obj[idx] = v` with `v` owned and on `temps`: a list item replaced inline,
    /// `molt_setitem` otherwise. Releases all three (the list takes `v` over).
    pub(super) fn set_item(&mut self, obj: Operand, idx: Operand, v: Value, v_ty: Ty, line: i64) {
        let join = self.b.create_block();
        let slow = self.b.create_block();
        if let Some(addr) = self.item_address(obj.v, obj.ty, idx.v, idx.ty, false, slow) {
            let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
            self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            // The old item may be the last reference to the list's owner: release it
            // after the store, like CPython's `list_ass_item`.
            self.decref(old, Ty::Dynamic);
            self.drop_operand(obj);
            self.b.ins().jump(join, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.call_status("molt_setitem", &[obj.v, idx.v, v], line);
        self.release(Operand::owned(v, v_ty));
        self.release(idx);
        self.release(obj);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }
}

/// `Py_DECREF` inline in any function being built; `free_fn` is `molt_decref`, called
/// only to free an object whose count reaches zero.
pub(super) fn decref_inline_with(b: &mut FunctionBuilder, v: Value, free_fn: cranelift_codegen::ir::FuncRef) {
    let (check, dec, free, cont) = (b.create_block(), b.create_block(), b.create_block(), b.create_block());
    let (p, rc) = refcount_of_heap_value(b, v, check, cont);
    let last = b.ins().icmp_imm_s(IntCC::Equal, rc, 1);
    b.ins().brif(last, free, &[], dec, &[]);
    b.switch_to_block(dec);
    step_refcount(b, p, rc, false);
    b.ins().jump(cont, &[]);
    b.switch_to_block(free);
    b.set_cold_block(free);
    b.ins().call(free_fn, &[v]);
    b.ins().jump(cont, &[]);
    b.switch_to_block(cont);
}

/// `Py_INCREF` inline in any function being built (also the entries of `functions.rs`).
pub(super) fn incref_inline(b: &mut FunctionBuilder, v: Value) {
    let (bump, cont) = (b.create_block(), b.create_block());
    let (p, rc) = refcount_of_heap_value(b, v, bump, cont);
    step_refcount(b, p, rc, true);
    b.ins().jump(cont, &[]);
    b.switch_to_block(cont);
}

/// Continues in `heap` with the object's address and reference count when `v` is a
/// heap pointer; jumps to `not_heap` otherwise. (The callers create the blocks in
/// layout order: numbering them otherwise measurably slowed nbody's code, 161 -> 166 ms.)
fn refcount_of_heap_value(b: &mut FunctionBuilder, v: Value, heap: Block, not_heap: Block) -> (Value, Value) {
    let is_ptr = has_tag(b, v, abi::TAG_PTR);
    b.ins().brif(is_ptr, heap, &[], not_heap, &[]);
    b.switch_to_block(heap);
    let p = b.ins().band_imm_s(v, abi::PAYLOAD_MASK as i64);
    let rc = b.ins().load(clt::I32, MemFlagsData::trusted(), p, layout::REFCOUNT);
    (p, rc)
}

/// Stores `rc` plus or minus one at `p`, unless the object is immortal.
fn step_refcount(b: &mut FunctionBuilder, p: Value, rc: Value, up: bool) {
    let mortal = b.ins().icmp_imm_u(IntCC::UnsignedLessThan, rc, layout::IMMORTAL as i64);
    let one = b.ins().uextend(clt::I32, mortal);
    let rc = if up { b.ins().iadd(rc, one) } else { b.ins().isub(rc, one) };
    b.ins().store(MemFlagsData::trusted(), rc, p, layout::REFCOUNT);
}

fn has_tag(b: &mut FunctionBuilder, v: Value, tag: u64) -> Value {
    let t = b.ins().ushr_imm_u(v, 48);
    b.ins().icmp_imm_s(IntCC::Equal, t, tag as i64)
}

/// The inline paths `a op b` has for these static types: small ints, and floats (with how
/// each operand reaches them). Two ints take the float path only for `/`, whose result is
/// a float. `--explain` reports from the same rule.
fn binop_paths(op: BinOp, ta: Ty, tb: Ty) -> (bool, Option<(FloatIn, FloatIn)>) {
    use BinOp::*;
    let int_path = matches!(op, Add | Sub | Mul | FloorDiv | Mod | BitAnd | BitOr | BitXor | RShift) && may_be_small_int(ta) && may_be_small_int(tb);
    let float_path = match (float_in(ta), float_in(tb)) {
        (Some(fa), Some(fb)) if matches!(op, Add | Sub | Mul | TrueDiv) && !(fa == FloatIn::SmallInt && fb == FloatIn::SmallInt && op != TrueDiv) => Some((fa, fb)),
        _ => None,
    };
    (int_path, float_path)
}

/// The float path of `**`: a float (or small int) with a float; two ints are the runtime's.
fn pow_float_path(op: BinOp, ta: Ty, tb: Ty) -> Option<(FloatIn, FloatIn)> {
    match (float_in(ta), float_in(tb)) {
        (Some(FloatIn::SmallInt), Some(FloatIn::SmallInt)) => None,
        (Some(fa), Some(fb)) if op == BinOp::Pow => Some((fa, fb)),
        _ => None,
    }
}

/// The float path of a rich comparison: two ints compare as small ints instead.
fn float_compare_path(ta: Ty, tb: Ty) -> Option<(FloatIn, FloatIn)> {
    match (float_in(ta), float_in(tb)) {
        (Some(FloatIn::SmallInt), Some(FloatIn::SmallInt)) => None,
        (Some(fa), Some(fb)) => Some((fa, fb)),
        _ => None,
    }
}

/// Whether `a op b` has an inline path for these static types.
pub(crate) fn binop_has_fast_path(op: BinOp, ta: Ty, tb: Ty) -> bool {
    let (int_path, float_path) = binop_paths(op, ta, tb);
    int_path || float_path.is_some() || pow_float_path(op, ta, tb).is_some()
}

/// Whether a rich comparison (`<`, `==`, ...) has an inline path for these static types.
pub(crate) fn compare_has_fast_path(ta: Ty, tb: Ty) -> bool {
    (may_be_small_int(ta) && may_be_small_int(tb)) || float_compare_path(ta, tb).is_some()
}

/// Whether `obj[idx]` (a read when `reading`, else a store) has an inline path.
pub(crate) fn item_has_fast_path(obj_ty: Ty, idx_ty: Ty, reading: bool) -> bool {
    let list = matches!(obj_ty, Ty::List | Ty::Dynamic);
    let tuple = reading && matches!(obj_ty, Ty::Tuple | Ty::Dynamic);
    (list || tuple) && may_be_small_int(idx_ty)
}

/// The runtime's generic entry point for `a op b`.
pub(super) fn binop_entry(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "molt_add",
        BinOp::Sub => "molt_sub",
        BinOp::Mul => "molt_mul",
        BinOp::MatMul => "molt_matmul",
        BinOp::TrueDiv => "molt_truediv",
        BinOp::FloorDiv => "molt_floordiv",
        BinOp::Mod => "molt_mod",
        BinOp::Pow => "molt_pow",
        BinOp::LShift => "molt_lshift",
        BinOp::RShift => "molt_rshift",
        BinOp::BitAnd => "molt_bitand",
        BinOp::BitOr => "molt_bitor",
        BinOp::BitXor => "molt_bitxor",
    }
}
