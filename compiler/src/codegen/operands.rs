//! Operands for one use: owned (a reference taken, on `temps`, released after the use) or
//! borrowed from a local variable, which costs no reference-count traffic
//! (specs/tier0.md, "Borrowed operands").
//!
//! A plain local variable (not a cell) can only be rebound by its own function's code, so
//! its value stays alive from the read to the use unless something evaluated in between
//! rebinds it. Inside an expression only a comprehension binds variables (its hidden
//! locals), and a `yield` suspends the body, which saves only owned temporaries; so a read
//! is borrowed when nothing evaluated after it contains either.

use super::*;

/// A value for one use. Borrowed operands are never on `temps` and never released.
#[derive(Clone, Copy)]
pub(super) struct Operand {
    pub v: Value,
    pub ty: Ty,
    pub owned: bool,
}

impl Operand {
    pub fn owned(v: Value, ty: Ty) -> Operand {
        Operand { v, ty, owned: true }
    }
}

impl FnGen<'_, '_> {
    /// Evaluates `ids` in order, each for one use: local variable reads are borrowed when
    /// that is safe (see the module comment), other values are owned and on `temps`.
    pub(super) fn operands<const N: usize>(&mut self, ids: [ExprId; N]) -> [Operand; N] {
        let mut out = [None; N];
        for (i, &id) in ids.iter().enumerate() {
            out[i] = Some(self.operand(id, &ids[i + 1..]));
        }
        out.map(|o| o.expect("every operand is evaluated"))
    }

    /// Evaluates `id` for one use, borrowing a local variable when nothing in `later`
    /// (evaluated before the use) can rebind it or suspend the body.
    pub(super) fn operand(&mut self, id: ExprId, later: &[ExprId]) -> Operand {
        let ty = self.ty(id);
        if let ExprKind::Local(l) = self.hf.expr(id).kind
            && !self.hf.is_cell(l)
            && later.iter().all(|&e| !self.binds_or_suspends(e))
        {
            let v = self.read_local(l, id, self.line(id));
            return Operand { v, ty, owned: false };
        }
        let v = self.expr(id);
        self.temps.push(v);
        Operand::owned(v, ty)
    }

    /// Whether evaluating `e` may bind a variable (a comprehension) or suspend the body.
    fn binds_or_suspends(&self, e: ExprId) -> bool {
        let mut stack = vec![e];
        while let Some(e) = stack.pop() {
            let kind = &self.hf.expr(e).kind;
            if matches!(kind, ExprKind::Comprehension { .. } | ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return true;
            }
            stack.extend(kind.children());
        }
        false
    }

    /// Takes `o` off `temps` when it is owned.
    pub(super) fn untemp(&mut self, o: Operand) {
        if o.owned {
            self.remove_temp(o.v);
        }
    }

    /// Releases `o`'s reference when it is owned (without touching `temps`).
    pub(super) fn drop_operand(&mut self, o: Operand) {
        if o.owned {
            self.decref(o.v, o.ty);
        }
    }

    /// Takes `o` off `temps` and releases it, when it is owned.
    pub(super) fn release(&mut self, o: Operand) {
        self.untemp(o);
        self.drop_operand(o);
    }

    /// The operand for a second use of `o`'s value: another reference of an owned one
    /// (on `temps`), the same borrow of a borrowed one.
    pub(super) fn second_use(&mut self, o: Operand) -> Operand {
        if o.owned {
            self.incref(o.v, o.ty);
            self.temps.push(o.v);
        }
        o
    }
}
