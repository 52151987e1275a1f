//! Operators: binary arithmetic / bitwise dispatch across int, bool, float, str and tuple,
//! unary operators, truth values, rich comparisons (exact int/float), `in`, subscripts
//! and slices. Error messages follow CPython 3.11.

use crate::abi::*;
use crate::exc::*;
use crate::int;
use crate::object::*;
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    /// The operator as error messages name it; in-place forms add `=` (`**=`, not `** or pow()=`).
    fn symbol_for(self, inplace: bool) -> &'static str {
        if !inplace {
            return self.symbol();
        }
        match self {
            BinOp::Add => "+=",
            BinOp::Sub => "-=",
            BinOp::Mul => "*=",
            BinOp::TrueDiv => "/=",
            BinOp::FloorDiv => "//=",
            BinOp::Mod => "%=",
            BinOp::Pow => "**=",
            BinOp::LShift => "<<=",
            BinOp::RShift => ">>=",
            BinOp::And => "&=",
            BinOp::Or => "|=",
            BinOp::Xor => "^=",
            BinOp::MatMul => "@=",
        }
    }

    fn from_inplace_code(code: i32) -> BinOp {
        const ALL: [BinOp; 13] = [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::TrueDiv, BinOp::FloorDiv, BinOp::Mod, BinOp::Pow, BinOp::LShift, BinOp::RShift, BinOp::And, BinOp::Or, BinOp::Xor, BinOp::MatMul];
        ALL.get(code as usize).copied().unwrap_or(BinOp::MatMul)
    }

    /// The special methods implementing the operator: plain, reflected and in-place.
    fn special_names(self) -> [&'static str; 3] {
        match self {
            BinOp::Add => ["__add__", "__radd__", "__iadd__"],
            BinOp::Sub => ["__sub__", "__rsub__", "__isub__"],
            BinOp::Mul => ["__mul__", "__rmul__", "__imul__"],
            BinOp::TrueDiv => ["__truediv__", "__rtruediv__", "__itruediv__"],
            BinOp::FloorDiv => ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
            BinOp::Mod => ["__mod__", "__rmod__", "__imod__"],
            BinOp::Pow => ["__pow__", "__rpow__", "__ipow__"],
            BinOp::LShift => ["__lshift__", "__rlshift__", "__ilshift__"],
            BinOp::RShift => ["__rshift__", "__rrshift__", "__irshift__"],
            BinOp::And => ["__and__", "__rand__", "__iand__"],
            BinOp::Or => ["__or__", "__ror__", "__ior__"],
            BinOp::Xor => ["__xor__", "__rxor__", "__ixor__"],
            BinOp::MatMul => ["__matmul__", "__rmatmul__", "__imatmul__"],
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

pub fn unsupported<T>(sym: &str, a: u64, b: u64) -> R<T> {
    type_error(&format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a),
        type_name(b)
    ))
}

#[inline]
fn fbox(f: f64) -> u64 {
    box_float(f)
}

/// Numeric value as f64 for mixed arithmetic (OverflowError for huge ints).
pub fn as_f64(v: u64) -> R<f64> {
    if is_float(v) { Ok(unbox_float(v)) } else { int::to_f64(v) }
}

fn is_num(v: u64) -> bool {
    is_float(v) || is_int_like(v)
}

/// Repeat count for sequence * n.
pub fn repeat_count(n: u64) -> R<i64> {
    match int::to_i64(n) {
        Some(i) => Ok(i),
        None => overflow_error("cannot fit 'int' into an index-sized integer"),
    }
}

fn seq_repeat(seq: u64, n: u64) -> R<u64> {
    let k = repeat_count(n)?;
    match heap_kind(seq) {
        KIND_STR => crate::str::repeat(seq, k),
        KIND_BYTES | KIND_BYTEARRAY => crate::bytes::repeat(seq, k),
        KIND_LIST => crate::list::repeat(seq, k),
        _ => crate::tuple::repeat(seq, k),
    }
}

pub fn binop(op: BinOp, a: u64, b: u64) -> R<u64> {
    binop_for(op, a, b, false)
}

/// `a op= b`: lists extend (`+=`, with any iterable) or repeat (`*=`) in place and return
/// themselves; everything else is the plain operator, with `op=` in error messages.
pub fn inplace(op: BinOp, a: u64, b: u64) -> R<u64> {
    if let Some(r) = set_op_symbol(op).and_then(|c| crate::set::inplace(c, a, b)) {
        r?;
        incref(a);
        return Ok(a);
    }
    if is_kind(a, KIND_BYTEARRAY) && crate::bytes::is_bytes_like(b) && op == BinOp::Add {
        crate::bytes::extend_in_place(a, b)?;
        incref(a);
        return Ok(a);
    }
    if is_kind(a, KIND_BYTEARRAY) && is_int_like(b) && op == BinOp::Mul {
        crate::bytes::repeat_in_place(a, repeat_count(b)?)?;
        incref(a);
        return Ok(a);
    }
    if is_kind(a, KIND_DICT) && op == BinOp::Or {
        crate::dict::update(a, b)?;
        incref(a);
        return Ok(a);
    }
    if is_kind(a, KIND_LIST) {
        match op {
            BinOp::Add => {
                crate::list::extend(a, b)?;
                incref(a);
                return Ok(a);
            }
            BinOp::Mul if is_int_like(b) => {
                crate::list::repeat_in_place(a, b)?;
                incref(a);
                return Ok(a);
            }
            _ => {}
        }
    }
    binop_for(op, a, b, true)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_inplace(op: i32, a: u64, b: u64) -> u64 {
    ret(inplace(BinOp::from_inplace_code(op), a, b))
}

/// `x op= b` stored back into local variable `x`, whose value `a` the caller passes with
/// two references: the variable's and the operand's. On success both are consumed (the
/// result is new); on error neither is, and the variable keeps its value. When those are
/// the only references to a str, `+=` appends in place: a string built by `s += piece`
/// in a loop takes linear time, as in CPython.
#[unsafe(no_mangle)]
pub extern "C" fn molt_inplace_local(op: i32, a: u64, b: u64) -> u64 {
    let op = BinOp::from_inplace_code(op);
    // Refcount 2 is exactly the variable's and the operand's (so `b` is another object).
    if op == BinOp::Add && a != b && is_str(a) && is_str(b) && unsafe { (*ptr_of(a)).refcount } == 2 {
        unsafe { (*ptr_of(a)).refcount = 1 };
        return crate::str::append_in_place(a, b);
    }
    match inplace(op, a, b) {
        Ok(r) => {
            decref(a);
            decref(a);
            r
        }
        Err(Raised) => ERR,
    }
}

/// The set operators' symbols: `|`, `&`, `-`, `^`.
fn set_op_symbol(op: BinOp) -> Option<u8> {
    match op {
        BinOp::Or => Some(b'|'),
        BinOp::And => Some(b'&'),
        BinOp::Sub => Some(b'-'),
        BinOp::Xor => Some(b'^'),
        _ => None,
    }
}

fn binop_for(op: BinOp, a: u64, b: u64, inplace: bool) -> R<u64> {
    // Two exact strs: no special method can apply (Molt has no str subclasses).
    if op == BinOp::Add && is_str(a) && is_str(b) {
        return Ok(crate::str::concat(a, b));
    }
    let [name, reflected, inplace_name] = op.special_names();
    if inplace && crate::class::is_instance_obj(a) {
        if let Some(r) = crate::class::special(a, inplace_name, &[b]) {
            let r = r?;
            if !crate::class::is_not_implemented(r) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = crate::class::binary(a, b, name, reflected) {
        return r;
    }
    let ai = is_int_like(a);
    let bi = is_int_like(b);
    if ai && bi {
        let both_bool = tag_of(a) == TAG_BOOL && tag_of(b) == TAG_BOOL;
        return match op {
            BinOp::Add => Ok(int::add(a, b)),
            BinOp::Sub => Ok(int::sub(a, b)),
            BinOp::Mul => Ok(int::mul(a, b)),
            BinOp::TrueDiv => Ok(fbox(int::truediv(a, b)?)),
            BinOp::FloorDiv => int::floordiv(a, b),
            BinOp::Mod => int::modulo(a, b),
            BinOp::Pow => {
                if int::sign(b) < 0 {
                    Ok(fbox(crate::float::pow(int::to_f64(a)?, int::to_f64(b)?)?))
                } else {
                    int::pow_nonneg(a, b)
                }
            }
            BinOp::LShift => int::lshift(a, b),
            BinOp::RShift => int::rshift(a, b),
            BinOp::And | BinOp::Or | BinOp::Xor => {
                let c = match op {
                    BinOp::And => b'&',
                    BinOp::Or => b'|',
                    _ => b'^',
                };
                let r = int::bitop(a, b, c);
                Ok(if both_bool { box_bool(r == box_small_int(1)) } else { r })
            }
            BinOp::MatMul => unsupported(op.symbol_for(inplace), a, b),
        };
    }
    if is_num(a) && is_num(b) {
        let x = as_f64(a)?;
        let y = as_f64(b)?;
        return match op {
            BinOp::Add => Ok(fbox(x + y)),
            BinOp::Sub => Ok(fbox(x - y)),
            BinOp::Mul => Ok(fbox(x * y)),
            BinOp::TrueDiv => Ok(fbox(crate::float::truediv(x, y)?)),
            BinOp::FloorDiv => Ok(fbox(crate::float::floordiv(x, y)?)),
            BinOp::Mod => Ok(fbox(crate::float::modulo(x, y)?)),
            BinOp::Pow => Ok(fbox(crate::float::pow(x, y)?)),
            _ => unsupported(op.symbol_for(inplace), a, b),
        };
    }
    if let Some(c) = set_op_symbol(op) {
        if let Some(r) = crate::set::binop(c, a, b).or_else(|| crate::set::view_binop(c, a, b)) {
            return r;
        }
    }
    let a_seq = is_str(a) || is_tuple(a) || is_kind(a, KIND_LIST) || crate::bytes::is_bytes_like(a);
    let b_seq = is_str(b) || is_tuple(b) || is_kind(b, KIND_LIST) || crate::bytes::is_bytes_like(b);
    match op {
        BinOp::Or if is_kind(a, KIND_DICT) && is_kind(b, KIND_DICT) => {
            let merged = crate::dict::copy(a);
            match crate::dict::update(merged, b) {
                Ok(()) => Ok(merged),
                Err(e) => {
                    decref(merged);
                    Err(e)
                }
            }
        }
        BinOp::Add if is_kind(a, KIND_LIST) => {
            if is_kind(b, KIND_LIST) {
                Ok(crate::list::concat(a, b))
            } else {
                type_error(&format!("can only concatenate list (not \"{}\") to list", type_name(b)))
            }
        }
        BinOp::Add if is_str(a) => {
            if is_str(b) {
                Ok(crate::str::concat(a, b))
            } else {
                type_error(&format!("can only concatenate str (not \"{}\") to str", type_name(b)))
            }
        }
        BinOp::Add if crate::bytes::is_bytes_like(a) => crate::bytes::concat(a, b),
        BinOp::Mod if crate::bytes::is_bytes_like(a) => unsupported_feature(&format!("'%' formatting of {}", type_name(a))),
        BinOp::Add if is_tuple(a) => {
            if is_tuple(b) {
                Ok(crate::tuple::concat(a, b))
            } else {
                type_error(&format!("can only concatenate tuple (not \"{}\") to tuple", type_name(b)))
            }
        }
        BinOp::Mul if a_seq => {
            if is_int_like(b) {
                seq_repeat(a, b)
            } else {
                type_error(&format!("can't multiply sequence by non-int of type '{}'", type_name(b)))
            }
        }
        BinOp::Mul if b_seq => {
            if is_int_like(a) {
                seq_repeat(b, a)
            } else {
                type_error(&format!("can't multiply sequence by non-int of type '{}'", type_name(a)))
            }
        }
        BinOp::Mod if is_str(a) => crate::format::percent_format(a, b),
        _ => unsupported(op.symbol_for(inplace), a, b),
    }
}

macro_rules! binop_entry {
    ($name:ident, $op:expr, $fast:expr) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(a: u64, b: u64) -> u64 {
            if is_small_int(a) && is_small_int(b) {
                let f: fn(i64, i64) -> Option<u64> = $fast;
                if let Some(r) = f(unbox_small_int(a), unbox_small_int(b)) {
                    return r;
                }
            }
            ret(binop($op, a, b))
        }
    };
}

binop_entry!(molt_add, BinOp::Add, |x, y| Some(int::new_int_i64(x + y)));
binop_entry!(molt_sub, BinOp::Sub, |x, y| Some(int::new_int_i64(x - y)));
binop_entry!(molt_mul, BinOp::Mul, |x, y| Some(int::new_int_i128(x as i128 * y as i128)));
binop_entry!(molt_truediv, BinOp::TrueDiv, |x, y| if y != 0 { Some(box_float(x as f64 / y as f64)) } else { None });
binop_entry!(molt_floordiv, BinOp::FloorDiv, |x, y| if y != 0 {
    Some(int::new_int_i64(num_integer::Integer::div_floor(&x, &y)))
} else {
    None
});
binop_entry!(molt_mod, BinOp::Mod, |x, y| if y != 0 {
    Some(int::new_int_i64(num_integer::Integer::mod_floor(&x, &y)))
} else {
    None
});
binop_entry!(molt_pow, BinOp::Pow, |x, y| if (0..64).contains(&y) {
    x.checked_pow(y as u32).map(int::new_int_i64)
} else {
    None
});
binop_entry!(molt_lshift, BinOp::LShift, |_, _| None);
binop_entry!(molt_rshift, BinOp::RShift, |_, _| None);
binop_entry!(molt_bitand, BinOp::And, |x, y| Some(box_small_int(x & y)));
binop_entry!(molt_bitor, BinOp::Or, |x, y| Some(box_small_int(x | y)));
binop_entry!(molt_bitxor, BinOp::Xor, |x, y| Some(box_small_int(x ^ y)));
binop_entry!(molt_matmul, BinOp::MatMul, |_, _| None);

// ---------------------------------------------------------------------------------------
// Unary

fn bad_unary<T>(sym: &str, v: u64) -> R<T> {
    type_error(&format!("bad operand type for unary {}: '{}'", sym, type_name(v)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_neg(v: u64) -> u64 {
    if is_float(v) {
        return box_float(-unbox_float(v));
    }
    if is_int_like(v) {
        return int::neg(v);
    }
    ret(bad_unary("-", v))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_pos(v: u64) -> u64 {
    if is_float(v) {
        return v;
    }
    if tag_of(v) == TAG_BOOL {
        return box_small_int((v & 1) as i64);
    }
    if is_int_like(v) {
        incref(v);
        return v;
    }
    ret(bad_unary("+", v))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_invert(v: u64) -> u64 {
    if is_int_like(v) {
        return int::invert(v);
    }
    ret(bad_unary("~", v))
}

pub fn is_true(v: u64) -> bool {
    if is_float(v) {
        return unbox_float(v) != 0.0;
    }
    match tag_of(v) {
        TAG_INT => unbox_small_int(v) != 0,
        TAG_BOOL => v & 1 == 1,
        TAG_NONE => false,
        TAG_PTR => match heap_kind(v) {
            KIND_STR => crate::str::nchars(v) != 0,
            KIND_BYTES | KIND_BYTEARRAY => !crate::bytes::data(v).is_empty(),
            KIND_TUPLE => !crate::tuple::items(v).is_empty(),
            KIND_LIST => !crate::list::items(v).is_empty(),
            KIND_DICT => crate::dict::len(v) != 0,
            KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => crate::dict::view_len(v) != 0,
            KIND_SET | KIND_FROZENSET => crate::set::len(v) != 0,
            KIND_RANGE => !crate::range::is_empty(v),
            _ => true,
        },
        _ => false,
    }
}

/// The truth of any value: instances answer through `__bool__` or `__len__`, which may
/// raise. (`is_true` is for values known not to be instances.)
pub fn truth(v: u64) -> R<bool> {
    if crate::class::is_instance_obj(v) { crate::class::truth(v) } else { Ok(is_true(v)) }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_is_true(v: u64) -> i32 {
    match truth(v) {
        Ok(t) => t as i32,
        Err(_) => -1,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_not(v: u64) -> u64 {
    ret(truth(v).map(|t| box_bool(!t)))
}

// ---------------------------------------------------------------------------------------
// Comparison

/// Exact comparison of an int with a float; None if the float is NaN.
pub fn cmp_int_float(i: u64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Some(x) = int::to_i64(i) {
        if x.unsigned_abs() <= (1u64 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    let t = f.trunc();
    let tb: BigInt = BigInt::from_f64(t)?;
    match int::to_big(i).cmp(&tb) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

fn op_symbol(op: i32) -> &'static str {
    match op {
        cmp::LT => "<",
        cmp::LE => "<=",
        cmp::GT => ">",
        cmp::GE => ">=",
        cmp::EQ => "==",
        _ => "!=",
    }
}

fn apply(o: Option<Ordering>, op: i32) -> bool {
    match o {
        None => op == cmp::NE,
        Some(o) => match op {
            cmp::LT => o == Ordering::Less,
            cmp::LE => o != Ordering::Greater,
            cmp::EQ => o == Ordering::Equal,
            cmp::NE => o != Ordering::Equal,
            cmp::GT => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    }
}

/// Numeric ordering (None when a NaN is involved); both must be numbers.
fn num_cmp(a: u64, b: u64) -> Option<Ordering> {
    match (is_float(a), is_float(b)) {
        (false, false) => Some(int::cmp(a, b)),
        (true, true) => unbox_float(a).partial_cmp(&unbox_float(b)),
        (false, true) => cmp_int_float(a, unbox_float(b)),
        (true, false) => cmp_int_float(b, unbox_float(a)).map(Ordering::reverse),
    }
}

/// `a == b` with identity shortcut (as used inside containers).
pub fn eq_identity(a: u64, b: u64) -> R<bool> {
    if a == b && !is_float(a) {
        return Ok(true);
    }
    compare(a, b, cmp::EQ)
}

/// Lexicographic comparison of two sequences' items (CPython's list/tuple richcompare).
fn seq_compare(x: &[u64], y: &[u64], op: i32) -> R<bool> {
    for (&p, &q) in x.iter().zip(y.iter()) {
        if !eq_identity(p, q)? {
            if op == cmp::EQ {
                return Ok(false);
            }
            if op == cmp::NE {
                return Ok(true);
            }
            return compare(p, q, op);
        }
    }
    Ok(apply(Some(x.len().cmp(&y.len())), op))
}

pub fn compare(a: u64, b: u64, op: i32) -> R<bool> {
    if is_small_int(a) && is_small_int(b) {
        return Ok(apply(Some(unbox_small_int(a).cmp(&unbox_small_int(b))), op));
    }
    if is_num(a) && is_num(b) {
        return Ok(apply(num_cmp(a, b), op));
    }
    if let Some(r) = crate::class::rich_compare(a, b, op) {
        let r = r?;
        let t = truth(r);
        decref(r);
        return t;
    }
    let (ka, kb) = (heap_kind(a), heap_kind(b));
    if ka == KIND_STR && kb == KIND_STR {
        return Ok(apply(Some(crate::str::as_str(a).cmp(crate::str::as_str(b))), op));
    }
    if crate::bytes::is_bytes_like(a) && crate::bytes::is_bytes_like(b) {
        return Ok(apply(Some(crate::bytes::compare(a, b)), op));
    }
    if (ka == KIND_TUPLE && kb == KIND_TUPLE) || (ka == KIND_LIST && kb == KIND_LIST) {
        let items = |v: u64| if ka == KIND_TUPLE { crate::tuple::items(v) } else { crate::list::items(v) };
        let (x, y) = (items(a), items(b));
        if x.len() != y.len() && (op == cmp::EQ || op == cmp::NE) {
            return Ok(op == cmp::NE);
        }
        crate::exc::enter_recursive_call(" in comparison")?;
        let r = seq_compare(x, y, op);
        crate::exc::leave_recursive_call();
        return r;
    }
    if ka == KIND_DICT && kb == KIND_DICT && (op == cmp::EQ || op == cmp::NE) {
        crate::exc::enter_recursive_call(" in comparison")?;
        let r = crate::dict::equal(a, b);
        crate::exc::leave_recursive_call();
        return Ok(r? == (op == cmp::EQ));
    }
    if crate::set::is_anyset(a) {
        if let Some(r) = crate::set::compare(a, b, op) {
            return r;
        }
    }
    if let Some(r) = crate::set::view_compare(a, b, op) {
        return r;
    }
    if ka == KIND_RANGE && kb == KIND_RANGE && (op == cmp::EQ || op == cmp::NE) {
        return Ok(crate::range::equal(a, b) == (op == cmp::EQ));
    }
    match op {
        cmp::EQ => Ok(a == b),
        cmp::NE => Ok(a != b),
        _ => type_error(&format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op_symbol(op),
            type_name(a),
            type_name(b)
        )),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_compare(a: u64, b: u64, op: i32) -> u64 {
    if is_small_int(a) && is_small_int(b) {
        return box_bool(apply(Some(unbox_small_int(a).cmp(&unbox_small_int(b))), op));
    }
    if let Some(r) = crate::class::rich_compare(a, b, op) {
        return ret(r);
    }
    match compare(a, b, op) {
        Ok(r) => box_bool(r),
        Err(_) => ERR,
    }
}

// ---------------------------------------------------------------------------------------
// Containers

pub fn contains(container: u64, item: u64) -> R<bool> {
    if let Some(r) = crate::class::special(container, "__contains__", &[item]) {
        let r = r?;
        let t = truth(r);
        decref(r);
        return t;
    }
    match heap_kind(container) {
        KIND_STR => crate::str::contains(container, item),
        KIND_BYTES | KIND_BYTEARRAY => crate::bytes::contains(container, item),
        KIND_TUPLE | KIND_LIST => {
            let items = if heap_kind(container) == KIND_TUPLE { crate::tuple::items(container) } else { crate::list::items(container) };
            for &x in items {
                if eq_identity(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        KIND_RANGE => crate::range::contains(container, item),
        KIND_DICT => crate::dict::contains(container, item),
        KIND_DICT_KEYS | KIND_DICT_VALUES | KIND_DICT_ITEMS => crate::dict::view_contains(container, item),
        KIND_SET | KIND_FROZENSET => crate::set::contains(container, item),
        // Anything else iterable (iterators, generators, instances with `__iter__`) is
        // searched by iterating, as CPython's `PySequence_Contains` falls back to.
        _ => match crate::iter::try_iter(container)? {
            Some(it) => {
                let found = loop {
                    let x = crate::iter::next(it);
                    if x == STOP {
                        break Ok(false);
                    }
                    if x == ERR {
                        break Err(Raised);
                    }
                    let r = eq_identity(x, item);
                    decref(x);
                    match r {
                        Ok(false) => {}
                        other => break other,
                    }
                };
                decref(it);
                found
            }
            None => type_error(&format!("argument of type '{}' is not iterable", type_name(container))),
        },
    }
}

/// `item in container` is `molt_contains(container, item)` (CPython's PySequence_Contains order).
#[unsafe(no_mangle)]
pub extern "C" fn molt_contains(container: u64, item: u64) -> u64 {
    match contains(container, item) {
        Ok(r) => box_bool(r),
        Err(_) => ERR,
    }
}

/// `item in s` for `s` proven a set or frozenset (no `__contains__` to look for).
#[unsafe(no_mangle)]
pub extern "C" fn molt_set_contains(set: u64, item: u64) -> u64 {
    ret(crate::set::contains(set, item).map(box_bool))
}

/// `key in d` for `d` proven a dict.
#[unsafe(no_mangle)]
pub extern "C" fn molt_dict_contains(dict: u64, key: u64) -> u64 {
    ret(crate::dict::contains(dict, key).map(box_bool))
}

fn seq_index(idx: u64) -> R<i64> {
    match int::to_i64(idx) {
        Some(i) => Ok(i),
        None => raise(INDEX_ERROR, "cannot fit 'int' into an index-sized integer"),
    }
}

pub fn getitem(v: u64, idx: u64) -> R<u64> {
    if is_kind(idx, KIND_SLICE) && matches!(heap_kind(v), KIND_STR | KIND_TUPLE | KIND_LIST | KIND_RANGE) {
        let (a, b, c) = crate::list::slice_parts(idx);
        return getslice(v, a, b, c);
    }
    match heap_kind(v) {
        KIND_BYTES | KIND_BYTEARRAY => crate::bytes::getitem(v, idx),
        KIND_STR => {
            if !is_int_like(idx) {
                return type_error(&format!("string indices must be integers, not '{}'", type_name(idx)));
            }
            crate::str::getitem_index(v, seq_index(idx)?)
        }
        KIND_TUPLE => {
            if !is_int_like(idx) {
                return type_error(&format!("tuple indices must be integers or slices, not {}", type_name(idx)));
            }
            crate::tuple::getitem_index(v, seq_index(idx)?)
        }
        KIND_LIST => crate::list::getitem(v, idx),
        KIND_DICT => crate::dict::getitem(v, idx),
        KIND_RANGE => crate::range::getitem(v, idx),
        KIND_INSTANCE => match crate::class::special(v, "__getitem__", &[idx]) {
            Some(r) => r,
            None => type_error(&format!("'{}' object is not subscriptable", type_name(v))),
        },
        _ => type_error(&format!("'{}' object is not subscriptable", type_name(v))),
    }
}

/// `v[idx] = x`.
pub fn setitem(v: u64, idx: u64, x: u64) -> R<()> {
    match heap_kind(v) {
        KIND_LIST => crate::list::setitem(v, idx, x),
        KIND_BYTEARRAY => crate::bytes::setitem(v, idx, x),
        KIND_DICT => crate::dict::set(v, idx, x),
        KIND_INSTANCE => match crate::class::special(v, "__setitem__", &[idx, x]) {
            Some(r) => r.map(decref),
            None => type_error(&format!("'{}' object does not support item assignment", type_name(v))),
        },
        _ => type_error(&format!("'{}' object does not support item assignment", type_name(v))),
    }
}

/// `del v[idx]`.
pub fn delitem(v: u64, idx: u64) -> R<()> {
    match heap_kind(v) {
        KIND_LIST => crate::list::delitem(v, idx),
        KIND_BYTEARRAY => crate::bytes::delitem(v, idx),
        KIND_DICT => crate::dict::delitem(v, idx),
        KIND_INSTANCE => match crate::class::special(v, "__delitem__", &[idx]) {
            Some(r) => r.map(decref),
            None => type_error(&format!("'{}' object does not support item deletion", type_name(v))),
        },
        _ => type_error(&format!("'{}' object does not support item deletion", type_name(v))),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_delitem(v: u64, idx: u64) -> i32 {
    match delitem(v, idx) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_setitem(v: u64, idx: u64, x: u64) -> i32 {
    match setitem(v, idx, x) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// `v[start:stop:step] = x`: a list's slice is assigned without building a slice object.
pub fn setslice(v: u64, start: u64, stop: u64, step: u64, x: u64) -> R<()> {
    if is_kind(v, KIND_LIST) {
        return crate::list::set_slice(v, start, stop, step, x);
    }
    let s = crate::list::molt_slice_new(start, stop, step);
    let r = setitem(v, s, x);
    decref(s);
    r
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_setslice(v: u64, start: u64, stop: u64, step: u64, x: u64) -> i32 {
    match setslice(v, start, stop, step, x) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// `obj.name(*args)` for the built-in types' methods.
pub fn call_method(obj: u64, name: &str, args: &[u64]) -> R<u64> {
    let found = match heap_kind(obj) {
        KIND_LIST => crate::list::call_method(obj, name, args),
        KIND_TUPLE => crate::list::tuple_method(obj, name, args),
        KIND_STR => crate::str_methods::call_method(obj, name, args),
        KIND_BYTES | KIND_BYTEARRAY => crate::bytes::call_method(obj, name, args),
        KIND_DICT => crate::dict::call_method(obj, name, args),
        KIND_SET | KIND_FROZENSET => crate::set::call_method(obj, name, args),
        KIND_DICT_KEYS | KIND_DICT_ITEMS if name == "isdisjoint" => {
            Some(crate::list::arity_of(type_name(obj), name, args, 1, 1).and_then(|()| crate::set::view_isdisjoint(obj, args[0])).map(box_bool))
        }
        KIND_RANGE => crate::range::call_method(obj, name, args),
        KIND_STREAM => crate::module::stream_method(obj, name, args),
        KIND_GEN => crate::generator::call_method(obj, name, args),
        _ if is_int_like(obj) => crate::int::call_method(obj, name, args),
        _ if is_float(obj) => crate::float::call_method(obj, name, args),
        _ => None,
    };
    match found {
        Some(r) => r,
        None => no_such_attribute(obj, name),
    }
}

/// `obj.name(*args, **kw)`: the last `kwnames.len()` of `args` are keyword values.
pub fn call_method_kw(obj: u64, name: &str, args: &[u64], kwnames: &[&str]) -> R<u64> {
    if kwnames.is_empty() {
        return call_method(obj, name, args);
    }
    let (pos, kwvals) = args.split_at(args.len() - kwnames.len());
    let tname = type_name(obj);
    if !molt_abi::method_implemented(tname, name) {
        return call_method(obj, name, pos);
    }
    if is_int_like(obj) && name == "to_bytes" {
        let [length, order, signed] = crate::int::bytes_call_args(name, ["length", "byteorder", "signed"], args, kwnames)?;
        return crate::int::to_bytes(obj, length, order, signed);
    }
    if heap_kind(obj) == KIND_STR && name == "format" {
        return crate::str_methods::str_format(crate::str::as_str(obj), pos, kwnames, kwvals);
    }
    if heap_kind(obj) == KIND_LIST && name == "sort" {
        if !pos.is_empty() {
            return type_error("sort() takes no positional arguments");
        }
        let (mut reverse, mut key) = (false, NONE);
        for (k, &v) in kwnames.iter().zip(kwvals) {
            match *k {
                "key" => key = v,
                "reverse" => {
                    if !is_int_like(v) {
                        return type_error(&format!("'{}' object cannot be interpreted as an integer", type_name(v)));
                    }
                    reverse = is_true(v);
                }
                other => return type_error(&format!("'{other}' is an invalid keyword argument for sort()")),
            }
        }
        return crate::iter_builtins::list_sort(obj, key, reverse).map(|()| NONE);
    }
    if heap_kind(obj) == KIND_DICT && name == "update" {
        call_method(obj, name, pos)?;
        for (k, &v) in kwnames.iter().zip(kwvals) {
            let key = crate::str::new_str(k);
            let r = crate::dict::set(obj, key, v);
            decref(key);
            r?;
        }
        return Ok(NONE);
    }
    // Parameters that may be passed by keyword, with the defaults of omitted ones.
    let params: &[(&str, u64)] = match (heap_kind(obj), name) {
        (KIND_STR, "split" | "rsplit") => &[("sep", NONE), ("maxsplit", box_small_int(-1))],
        (KIND_STR, "splitlines") => &[("keepends", FALSE)],
        (KIND_STR, "expandtabs") => &[("tabsize", box_small_int(8))],
        (KIND_STR, "encode") | (KIND_BYTES | KIND_BYTEARRAY, "decode") => &[("encoding", ERR), ("errors", ERR)],
        (KIND_BYTES | KIND_BYTEARRAY, "split" | "rsplit") => &[("sep", NONE), ("maxsplit", box_small_int(-1))],
        (KIND_BYTES | KIND_BYTEARRAY, "splitlines") => &[("keepends", FALSE)],
        (KIND_BYTES | KIND_BYTEARRAY, "hex") => &[("sep", ERR), ("bytes_per_sep", box_small_int(1))],
        _ => return type_error(&format!("{tname}.{name}() takes no keyword arguments")),
    };
    if pos.len() > params.len() {
        return call_method(obj, name, pos);
    }
    let mut full: Vec<Option<u64>> = pos.iter().map(|&p| Some(p)).collect();
    full.resize(params.len(), None);
    for (k, &v) in kwnames.iter().zip(kwvals) {
        match params.iter().position(|(p, _)| p == k) {
            None => return type_error(&format!("'{k}' is an invalid keyword argument for {name}()")),
            Some(i) if i < pos.len() => return type_error(&format!("argument for {name}() given by name ('{k}') and position ({})", i + 1)),
            Some(i) => full[i] = Some(v),
        }
    }
    let last = full.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
    let args: Vec<u64> = full[..last].iter().zip(params).map(|(v, (_, d))| v.unwrap_or(*d)).collect();
    call_method(obj, name, &args)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_call_method(obj: u64, name: u64, kwnames: u64, args: *const u64, n: usize) -> u64 {
    let args = if n == 0 || args.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(args, n) } };
    let kw: Vec<&str> = if kwnames == NONE { Vec::new() } else { crate::str::as_str(kwnames).split(',').collect() };
    if let Some(r) = crate::class::call_method(obj, name, args, &kw) {
        return ret(r);
    }
    if is_kind(obj, KIND_BUILTIN_FUNC) && matches!(crate::builtin_value::name(obj), "int" | "bool") && crate::str::as_str(name) == "from_bytes" {
        let r = crate::int::bytes_call_args("from_bytes", ["bytes", "byteorder", "signed"], args, &kw);
        return ret(r.and_then(|[b, o, s]| crate::int::from_bytes(b, o, s, crate::builtin_value::name(obj) == "bool")));
    }
    if is_kind(obj, KIND_BUILTIN_FUNC) && crate::builtin_value::name(obj) == "dict" && crate::str::as_str(name) == "fromkeys" {
        return ret(crate::dict::fromkeys(args, &kw));
    }
    if is_kind(obj, KIND_BUILTIN_FUNC) {
        // `str.join(sep, items)`: an unbound method (or another attribute) called.
        let f = crate::exc::molt_getattr(obj, name);
        if f == ERR {
            return ERR;
        }
        let r = crate::func::call(f, args, &kw);
        decref(f);
        return ret(r);
    }
    ret(call_method_kw(obj, crate::str::as_str(name), args, &kw))
}

/// `obj.name(*args)` on a receiver the compiler proved a built-in container or str: no
/// instance, keyword or builtin-function cases. The hottest methods (`DirectMethod`)
/// skip the name.
#[unsafe(no_mangle)]
pub extern "C" fn molt_call_builtin_method(obj: u64, name: u64, id: usize, args: *const u64, n: usize) -> u64 {
    let args = if n == 0 || args.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(args, n) } };
    use molt_abi::DirectMethod as D;
    let direct = match (D::from_id(id), args) {
        (Some(D::SetAdd), &[x]) if is_kind(obj, KIND_SET) => Some(crate::set::add(obj, x).map(|()| NONE)),
        (Some(D::SetDiscard), &[x]) if is_kind(obj, KIND_SET) => Some(crate::set::discard(obj, x).map(|_| NONE)),
        (Some(D::ListAppend), &[x]) if is_kind(obj, KIND_LIST) => {
            crate::list::append(obj, x);
            Some(Ok(NONE))
        }
        (Some(D::ListPop), &[]) if is_kind(obj, KIND_LIST) => Some(crate::list::pop(obj, None)),
        (Some(D::DictGet), &[k, ..]) if args.len() <= 2 && is_kind(obj, KIND_DICT) => Some(crate::dict::get_or(obj, k, args.get(1).copied().unwrap_or(NONE))),
        (Some(D::ByteArrayAppend), &[x]) if is_kind(obj, KIND_BYTEARRAY) => Some(crate::bytes::array_append(obj, x).map(|()| NONE)),
        _ => None,
    };
    ret(direct.unwrap_or_else(|| call_method(obj, crate::str::as_str(name), args)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_getitem(v: u64, idx: u64) -> u64 {
    ret(getitem(v, idx))
}

pub fn getslice(v: u64, start: u64, stop: u64, step: u64) -> R<u64> {
    match heap_kind(v) {
        KIND_STR => {
            let (s, st, n) = crate::tuple::adjust_slice(crate::str::nchars(v) as i64, start, stop, step)?;
            Ok(crate::str::slice(v, s, st, n))
        }
        KIND_TUPLE => {
            let (s, st, n) = crate::tuple::adjust_slice(crate::tuple::items(v).len() as i64, start, stop, step)?;
            Ok(crate::tuple::slice(v, s, st, n))
        }
        KIND_LIST => {
            let (s, st, n) = crate::tuple::adjust_slice(crate::list::items(v).len() as i64, start, stop, step)?;
            Ok(crate::list::slice(v, s, st, n))
        }
        KIND_RANGE => crate::range::getslice(v, start, stop, step),
        KIND_BYTES | KIND_BYTEARRAY => crate::bytes::getslice(v, start, stop, step),
        _ => type_error(&format!("'{}' object is not subscriptable", type_name(v))),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_getslice(v: u64, start: u64, stop: u64, step: u64) -> u64 {
    ret(getslice(v, start, stop, step))
}
