//! The order CPython gives a set display of constants, predicted at compile time.
//!
//! CPython's compiler turns such a display into a frozenset constant, rebuilds it from its
//! own iteration order when merging the module's constants (so equal displays anywhere in
//! the module share the first one's layout), and rebuilds it once more when interning one
//! of its identifier-like strings replaces the string object, which depends on what the
//! interpreter interned before. Molt knows the hashes of constants, so it computes each
//! candidate layout and accepts the display only when they all agree
//! (`decisions/0008-set-order.md`).

use molt_abi::cpython_hash as h;
use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, ToPrimitive, Zero};
use rustpython_parser::ast;
use std::collections::{BTreeSet, HashMap};

/// A constant as CPython's compiler keys it: `1`, `1.0` and `True` are different keys
/// (as are `0.0` and `-0.0`), although they are equal values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    /// The float's bits.
    Float(u64),
    Str(String),
    Tuple(Vec<ConstKey>),
}

impl ConstKey {
    /// The constant value of a folded display item (see `lower::folded_constant`).
    pub fn of(e: &ast::Expr) -> Option<ConstKey> {
        match e {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::None => Some(ConstKey::None),
                ast::Constant::Bool(b) => Some(ConstKey::Bool(*b)),
                ast::Constant::Int(i) => Some(ConstKey::Int(i.clone())),
                ast::Constant::Float(f) => Some(ConstKey::Float(f.to_bits())),
                ast::Constant::Str(s) => Some(ConstKey::Str(s.clone())),
                _ => None,
            },
            ast::Expr::UnaryOp(u) => {
                let v = ConstKey::of(&u.operand)?;
                let int = |v: &ConstKey| match v {
                    ConstKey::Int(i) => Some(i.clone()),
                    ConstKey::Bool(b) => Some(BigInt::from(*b as u8)),
                    _ => None,
                };
                match u.op {
                    ast::UnaryOp::Not => Some(ConstKey::Bool(!v.truthy())),
                    ast::UnaryOp::USub | ast::UnaryOp::UAdd => match v {
                        ConstKey::Float(b) => Some(ConstKey::Float(if u.op == ast::UnaryOp::USub { (-f64::from_bits(b)).to_bits() } else { b })),
                        other => int(&other).map(|i| ConstKey::Int(if u.op == ast::UnaryOp::USub { -i } else { i })),
                    },
                    ast::UnaryOp::Invert => int(&v).map(|i| ConstKey::Int(-i - 1)),
                }
            }
            ast::Expr::Tuple(t) => t.elts.iter().map(ConstKey::of).collect::<Option<Vec<_>>>().map(ConstKey::Tuple),
            _ => None,
        }
    }

    fn truthy(&self) -> bool {
        match self {
            ConstKey::None => false,
            ConstKey::Bool(b) => *b,
            ConstKey::Int(i) => !i.is_zero(),
            ConstKey::Float(b) => f64::from_bits(*b) != 0.0,
            ConstKey::Str(s) => !s.is_empty(),
            ConstKey::Tuple(t) => !t.is_empty(),
        }
    }

    /// The value as a number, for equality across int, bool and float.
    fn number(&self) -> Option<Number> {
        match self {
            ConstKey::Bool(b) => Some(Number::Int(BigInt::from(*b as u8))),
            ConstKey::Int(i) => Some(Number::Int(i.clone())),
            ConstKey::Float(b) => Some(Number::Float(f64::from_bits(*b))),
            _ => None,
        }
    }

    /// Python's `==` between two constants.
    pub fn equals(&self, other: &ConstKey) -> bool {
        if let (Some(a), Some(b)) = (self.number(), other.number()) {
            return match (a, b) {
                (Number::Int(x), Number::Int(y)) => x == y,
                (Number::Float(x), Number::Float(y)) => x == y,
                (Number::Int(i), Number::Float(f)) | (Number::Float(f), Number::Int(i)) => f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f) == Some(i),
            };
        }
        match (self, other) {
            (ConstKey::Tuple(a), ConstKey::Tuple(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.equals(y)),
            (a, b) => a == b,
        }
    }

    /// CPython's `hash()`; `None` where CPython hashes by address (None), so no order can
    /// be predicted.
    pub fn hash(&self) -> Option<i64> {
        Some(match self {
            ConstKey::None => return None,
            ConstKey::Bool(b) => *b as i64,
            ConstKey::Int(i) => {
                let residue = (i.magnitude() % h::MODULUS).to_u64().unwrap_or(0);
                h::hash_int_residue(residue, i.sign() == Sign::Minus)
            }
            ConstKey::Float(b) => h::hash_f64(f64::from_bits(*b)),
            ConstKey::Str(s) => h::hash_str(s),
            ConstKey::Tuple(t) => h::hash_tuple(&t.iter().map(ConstKey::hash).collect::<Option<Vec<_>>>()?),
        })
    }
}

enum Number {
    Int(BigInt),
    Float(f64),
}

/// Why a display's order cannot be predicted.
pub enum Unpredictable {
    /// The interning rebuild would change the layout.
    Interning,
    /// An equal display elsewhere in the module (CPython's constant is shared) gives
    /// another layout.
    SharedConstant,
}

/// Layouts of the module's folded set displays, by their constants.
#[derive(Default)]
pub struct SetDisplays {
    seen: HashMap<BTreeSet<ConstKey>, Vec<Option<ConstKey>>>,
}

impl SetDisplays {
    /// Records a display whose items are all constants (`items` in source order) and
    /// checks its order is predictable; `observable` is false right of `in`, where only
    /// the layout it leaves for equal displays matters.
    pub fn check(&mut self, items: &[ConstKey], observable: bool) -> Result<(), Unpredictable> {
        let mut distinct: Vec<&ConstKey> = Vec::new();
        for k in items {
            if !distinct.iter().any(|d| d.equals(k)) {
                distinct.push(k);
            }
        }
        let identifier_like = distinct.iter().any(|k| matches!(k, ConstKey::Str(s) if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')));
        let Some(hashes) = distinct.iter().map(|k| k.hash()).collect::<Option<Vec<i64>>>() else {
            // A None item: CPython's own order changes from run to run.
            return if identifier_like && observable { Err(Unpredictable::Interning) } else { Ok(()) };
        };
        // Tables hold indices into `distinct`.
        let rebuild = |table: &[Option<usize>]| -> Vec<Option<usize>> {
            let order: Vec<usize> = table.iter().flatten().copied().collect();
            let hs: Vec<i64> = order.iter().map(|&i| hashes[i]).collect();
            h::set_table_of_distinct(&hs).into_iter().map(|s| s.map(|j| order[j])).collect()
        };
        let first = h::set_table_of_distinct(&hashes);
        let merged = rebuild(&first);
        if identifier_like && rebuild(&merged) != merged {
            // Right of `in` the layout still matters to an equal display elsewhere, which
            // then fails this check itself.
            return if observable { Err(Unpredictable::Interning) } else { Ok(()) };
        }
        let layout: Vec<Option<ConstKey>> = merged.iter().map(|s| s.map(|i| distinct[i].clone())).collect();
        let key: BTreeSet<ConstKey> = distinct.iter().map(|k| (*k).clone()).collect();
        match self.seen.get(&key) {
            Some(earlier) if *earlier != layout => Err(Unpredictable::SharedConstant),
            Some(_) => Ok(()),
            None => {
                self.seen.insert(key, layout);
                Ok(())
            }
        }
    }
}
