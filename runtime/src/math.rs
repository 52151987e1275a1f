//! The rest of the `math` module's common functions (`module.rs` has the elementary ones):
//! `prod comb perm isclose fsum modf frexp ldexp expm1 log1p exp2 remainder dist`,
//! with CPython 3.11's algorithms where the result depends on them (`fsum`'s exact partial
//! sums, `remainder`, `ldexp`'s range handling) and its error messages.

use crate::abi::*;
use crate::exc::*;
use crate::module::{arity, checked, index_arg, libm_unary, math_error, range_error, real, vector_norm};
use crate::object::*;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive};

/// The function named `name` (qualified, `math.fsum`), or None if this module lacks it.
pub fn call(name: &str, args: &[u64]) -> Option<R<u64>> {
    Some(match name {
        "math.expm1" => libm_unary(name, args, f64::exp_m1, true),
        "math.exp2" => libm_unary(name, args, f64::exp2, true),
        "math.log1p" => arity(name, args, 1, 1).and_then(|()| {
            let x = real(args[0])?;
            // log1p(-1) is -inf in C; CPython reports it as a domain error.
            if x <= -1.0 {
                return math_error();
            }
            checked(x, x.ln_1p(), false)
        }),
        "math.prod" => arity(name, args, 1, 1).and_then(|()| prod(args[0])),
        "math.comb" => arity(name, args, 2, 2).and_then(|()| comb_perm(args[0], Some(args[1]), true)),
        "math.perm" => arity(name, args, 1, 2).and_then(|()| comb_perm(args[0], args.get(1).copied().filter(|&k| k != NONE), false)),
        "math.isclose" => isclose_arity(args).and_then(|()| {
            let (a, b) = (real(args[0])?, real(args[1])?);
            let rel_tol = 1e-09;
            if a == b {
                return Ok(TRUE);
            }
            if a.is_infinite() || b.is_infinite() {
                return Ok(FALSE);
            }
            let diff = (b - a).abs();
            Ok(box_bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= 0.0))
        }),
        "math.fsum" => arity(name, args, 1, 1).and_then(|()| fsum(args[0])),
        "math.modf" => arity(name, args, 1, 1).and_then(|()| {
            let x = real(args[0])?;
            let (frac, int) = if x.is_infinite() {
                (0f64.copysign(x), x)
            } else if x.is_nan() {
                (x, x)
            } else {
                ((x - x.trunc()).copysign(x), x.trunc())
            };
            Ok(crate::tuple::new_tuple_owned(vec![box_float(frac), box_float(int)]))
        }),
        "math.frexp" => arity(name, args, 1, 1).and_then(|()| {
            let x = real(args[0])?;
            let (m, e) = frexp(x);
            Ok(crate::tuple::new_tuple_owned(vec![box_float(m), box_small_int(e as i64)]))
        }),
        "math.ldexp" => arity(name, args, 2, 2).and_then(|()| {
            let x = real(args[0])?;
            if !is_int_like(args[1]) {
                return type_error("Expected an int as second argument to ldexp.");
            }
            let exp = crate::int::to_big(index_arg(args[1])?);
            let exp = exp.to_i64().unwrap_or(if exp.is_negative() { i64::MIN } else { i64::MAX });
            if x == 0.0 || !x.is_finite() {
                return Ok(box_float(x));
            }
            if exp > i32::MAX as i64 {
                return range_error();
            }
            if exp < i32::MIN as i64 {
                return Ok(box_float(0f64.copysign(x)));
            }
            let r = ldexp(x, exp as i32);
            if r.is_infinite() {
                return range_error();
            }
            Ok(box_float(r))
        }),
        "math.remainder" => arity(name, args, 2, 2).and_then(|()| {
            let (x, y) = (real(args[0])?, real(args[1])?);
            let r = remainder(x, y);
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return math_error();
            }
            Ok(box_float(r))
        }),
        "math.dist" => arity(name, args, 2, 2).and_then(|()| dist(args[0], args[1])),
        _ => return None,
    })
}

/// Argument Clinic's errors for `isclose(a, b, /, *, rel_tol, abs_tol)` called positionally.
fn isclose_arity(args: &[u64]) -> R<()> {
    match args.len() {
        0 => type_error("isclose() missing required argument 'a' (pos 1)"),
        1 => type_error("isclose() missing required argument 'b' (pos 2)"),
        2 => Ok(()),
        n => type_error(&format!("isclose() takes exactly 2 positional arguments ({n} given)")),
    }
}

/// `math.prod(iterable)`: the product by `*`, starting from 1.
fn prod(iterable: u64) -> R<u64> {
    let items = crate::iter::collect(iterable)?;
    let mut acc = box_small_int(1);
    let mut result = Ok(());
    for &x in &items {
        match crate::ops::binop(crate::ops::BinOp::Mul, acc, x) {
            Ok(r) => {
                decref(acc);
                acc = r;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    items.into_iter().for_each(decref);
    match result {
        Ok(()) => Ok(acc),
        Err(e) => {
            decref(acc);
            Err(e)
        }
    }
}

/// `math.comb(n, k)` and `math.perm(n, k=None)`.
fn comb_perm(n: u64, k: Option<u64>, comb: bool) -> R<u64> {
    let k_given = k.is_some();
    let n = crate::int::to_big(index_arg(n)?);
    let k = match k {
        Some(k) => crate::int::to_big(index_arg(k)?),
        None => n.clone(),
    };
    if n.is_negative() {
        return value_error(if comb || k_given { "n must be a non-negative integer" } else { "factorial() not defined for negative values" });
    }
    if k.is_negative() {
        return value_error("k must be a non-negative integer");
    }
    if k > n {
        return Ok(box_small_int(0));
    }
    let k = if comb { k.clone().min(&n - &k) } else { k };
    let Some(k) = k.to_u64() else {
        return overflow_error(&format!("min(n - k, k) must not exceed {}", i64::MAX));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    if comb {
        let mut f = BigInt::one();
        for i in 2..=k {
            f *= i;
        }
        r /= f;
    }
    Ok(crate::int::new_int_big(r))
}

/// CPython's `math.fsum`: Shewchuk's exact partial sums, with the final correction that
/// makes half-way cases round to even across partials.
fn fsum(iterable: u64) -> R<u64> {
    let items = crate::iter::collect(iterable)?;
    let values: R<Vec<f64>> = items.iter().map(|&x| real(x)).collect();
    items.into_iter().for_each(decref);
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for x0 in values? {
        let mut x = x0;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinite or NaN item, or an intermediate overflow.
                if x0.is_finite() {
                    return overflow_error("intermediate overflow in fsum");
                }
                if x0.is_infinite() {
                    inf_sum += x0;
                }
                special_sum += x0;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return value_error("-inf + inf in fsum");
        }
        return Ok(box_float(special_sum));
    }
    let mut hi = 0.0f64;
    if let Some(top) = partials.pop() {
        hi = top;
        let mut lo = 0.0f64;
        while let Some(y) = partials.pop() {
            let x = hi;
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if let Some(&next) = partials.last()
            && ((lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0))
        {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(box_float(hi))
}

/// `frexp(x)`: `x = m * 2**e` with `0.5 <= |m| < 1`; zero, infinities and NaN give `(x, 0)`.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `x * 2**n`, correctly rounded: scaled in steps that stay exact, with the last step
/// into the subnormal range taken once (no double rounding).
fn ldexp(x: f64, mut n: i32) -> f64 {
    let pow2 = |e: i32| f64::from_bits(((e + 1023) as u64) << 52);
    let mut y = x;
    if n > 1023 {
        y *= pow2(1023);
        n -= 1023;
        if n > 1023 {
            y *= pow2(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // 2**-1022 * 2**53: stays normal, so the product is exact.
        y *= pow2(-1022 + 53);
        n += 1022 - 53;
        if n < -1022 {
            y *= pow2(-1022 + 53);
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * pow2(n)
}

/// CPython's `m_remainder`: the IEEE 754 remainder, half-way cases to even.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.dist(p, q)`: the Euclidean distance, by the same scaled sum as `hypot`.
fn dist(p: u64, q: u64) -> R<u64> {
    let (ps, qs) = (crate::iter::collect(p)?, crate::iter::collect(q));
    let qs = match qs {
        Ok(q) => q,
        Err(e) => {
            ps.into_iter().for_each(decref);
            return Err(e);
        }
    };
    let result = (|| {
        if ps.len() != qs.len() {
            return value_error("both points must have the same number of dimensions");
        }
        let mut diffs = Vec::with_capacity(ps.len());
        let (mut max, mut found_nan) = (0.0f64, false);
        for (&a, &b) in ps.iter().zip(&qs) {
            let d = (real(a)? - real(b)?).abs();
            found_nan |= d.is_nan();
            if d > max {
                max = d;
            }
            diffs.push(d);
        }
        Ok(box_float(vector_norm(&mut diffs, max, found_nan)))
    })();
    ps.into_iter().chain(qs).for_each(decref);
    result
}
