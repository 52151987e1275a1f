//! Each runtime primitive against CPython, in-process through pyo3, on generated inputs.
//! Both sides answer with the same text — `type repr` for a result, `Type: message` for an
//! exception — so a mismatch shrinks (proptest) to a minimal case showing both answers.
//!
//! Inputs lean on the edges: small ints, the small-int payload limits (2**47, 2**48), the
//! i64 and u64 limits, the 2**53 float precision limit, big values, negative operands of
//! `//` and `%`, every f64 bit pattern, and arbitrary Unicode strings.

use molt_runtime::abi::{self, NONE};
use molt_runtime::{builtins, exc, float, format, int, object, ops, str as mstr};
use num_bigint::{BigInt, BigUint, Sign};
use proptest::prelude::*;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyFloat, PyModule, PyString};
use std::ffi::CString;

/// CPython's side: each function returns the same text shape as `molt_answer`.
const JUDGE: &str = r#"
import operator
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
       '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor,
       '<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
       '>': operator.gt, '>=': operator.ge}
def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return f"{type(r).__name__} {r!r}"
def num(v):
    return int(v) if isinstance(v, str) else v
def binop(op, a, b): return show(OPS[op], num(a), num(b))
def divmod_(a, b): return show(divmod, int(a), int(b))
def pow3(a, b, m): return show(pow, int(a), int(b), int(m))
def float_repr(x): return repr(x)
def percent(fmt, x): return show(lambda: fmt % num(x))
def percent_args(fmt, args): return show(lambda: fmt % tuple(a if i == len(args) - 1 else num(a) for i, a in enumerate(args)))
def slice_(s, a, b, c): return show(lambda: s[a:b:c])
def str_repr(s): return repr(s)
def method(s, name, args): return show(lambda: getattr(s, name)(*args))
def mathf(name, args):
    import math
    return show(getattr(math, name), *[num(a) for a in args])
def sorted_(items): return show(sorted, [num(x) if not isinstance(x, str) or not x.startswith('s:') else x[2:] for x in items])
def format_(v, spec): return show(format, num(v) if not isinstance(v, str) or not v.startswith('s:') else v[2:], spec)
def parse_int(s, base): return show(int, s, base)
def parse_float(s): return show(float, s)
def hash_of(v): return show(hash, v)
def display_orders(src):
    # The order of a set display and of the same constants iterated by a for loop, each
    # compiled fresh (no constant shared with another display).
    value = list(eval(compile(src, 'display', 'eval')))
    iterated = eval(compile('[x for x in ' + src + ']', 'display', 'eval'))
    return repr(value) + ' ' + repr(iterated)
def set_script(steps):
    # Replays `steps` on three sets; after each, the result and every set's repr and hash.
    sets = [set(), set(), set()]
    out = []
    for kind, i, name, j, xs in steps:
        def run():
            if kind == 'call': return getattr(sets[i], name)(*xs)
            if kind == 'list': return getattr(sets[i], name)(list(xs))
            if kind == 'dict': return getattr(sets[i], name)(dict.fromkeys(xs))
            if kind == 'set': return getattr(sets[i], name)(sets[j])
            if kind == 'op':
                sets[i] = OPS[name](sets[i], sets[j])
                return None
            if kind == 'iop':
                s = sets[i]
                if name == '|': s |= sets[j]
                elif name == '&': s &= sets[j]
                elif name == '-': s -= sets[j]
                else: s ^= sets[j]
                return None
            if kind == 'new':
                sets[i] = set(xs)
                return None
            if kind == 'literal':
                if len(xs) > 2:
                    # A display of constants: a copy of the code object's frozenset constant,
                    # which the compiler rebuilds from its own order when merging constants.
                    sets[i] = set(frozenset(list(frozenset(xs))))
                else:
                    sets[i] = set()
                    for x in xs: sets[i].add(x)
                return None
        out.append(show(run) + ' | ' + ' '.join(repr(s) + ' ' + str(hash(frozenset(s))) for s in sets))
    return '\n'.join(out)
"#;

/// A number operand: an int (decimal text) or a float (exact, as bits).
#[derive(Clone, Debug)]
enum Num {
    Int(String),
    Float(f64),
}

impl Num {
    fn to_molt(&self) -> u64 {
        match self {
            Num::Int(t) => int::parse(t, 10).expect("decimal text parses"),
            Num::Float(x) => abi::box_float(*x),
        }
    }
    /// The judge's operand: ints travel as decimal text, floats as C doubles (exact).
    fn to_judge<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        match self {
            Num::Int(t) => PyString::new(py, t).into_any(),
            Num::Float(x) => PyFloat::new(py, *x).into_any(),
        }
    }
}

/// An ABI entry point's result as a `Result` (ERR means an exception is pending).
fn ret(v: u64) -> object::R<u64> {
    if v == abi::ERR { Err(object::Raised) } else { Ok(v) }
}

/// Molt's side of an answer; consumes the result value.
fn molt_answer(r: object::R<u64>) -> String {
    match r {
        Ok(v) => {
            let s = format!("{} {}", object::type_name(v), builtins::repr_string(v).expect("repr"));
            object::decref(v);
            s
        }
        Err(_) => {
            let e = exc::take_pending();
            let s = format!("{}: {}", exc::kind_name(e), builtins::str_string(e).expect("str"));
            object::decref(e);
            s
        }
    }
}

static JUDGE_MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

/// Runs `f` with the in-process CPython, started with `PYTHONHASHSEED=0` as the oracle
/// runs it (str hashes, and so set order, depend on the seed).
fn attach<R>(f: impl for<'py> FnOnce(Python<'py>) -> R) -> R {
    static SEED: std::sync::Once = std::sync::Once::new();
    // SAFETY: runs once, before the interpreter starts; every test comes through here
    // first, so no other thread reads the environment while it is written.
    SEED.call_once(|| unsafe { std::env::set_var("PYTHONHASHSEED", "0") });
    Python::attach(f)
}

fn ask<'py>(py: Python<'py>, function: &str, args: impl pyo3::call::PyCallArgs<'py>) -> String {
    let m = JUDGE_MODULE.get_or_init(py, || {
        PyModule::from_code(py, &CString::new(JUDGE).unwrap(), c"judge.py", c"judge").expect("judge module compiles").unbind()
    });
    m.bind(py).getattr(function).expect("function").call1(args).expect("judge call").extract().expect("str answer")
}

fn int_text() -> impl Strategy<Value = String> {
    let edge_exponents = prop::sample::select(vec![31u32, 32, 46, 47, 48, 49, 52, 53, 54, 62, 63, 64, 65, 100, 126]);
    prop_oneof![
        (-300i64..300).prop_map(|v| v.to_string()),
        any::<i64>().prop_map(|v| v.to_string()),
        (edge_exponents, -3i128..=3, any::<bool>()).prop_map(|(k, d, neg)| {
            let v = (1i128 << k) + d;
            (if neg { -v } else { v }).to_string()
        }),
        (prop::collection::vec(any::<u32>(), 1..8), any::<bool>()).prop_map(|(digits, neg)| {
            BigInt::from_biguint(if neg { Sign::Minus } else { Sign::Plus }, BigUint::from_slice(&digits)).to_string()
        }),
    ]
}

fn float_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        (-1000i32..1000).prop_map(|v| v as f64 / 8.0),
        prop::sample::select(vec![0.0, -0.0, 0.5, -1.5, 1e16, 1e-5, 9007199254740993.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 1e308, 5e-324]),
    ]
}

fn num() -> impl Strategy<Value = Num> {
    prop_oneof![3 => int_text().prop_map(Num::Int), 1 => float_value().prop_map(Num::Float)]
}

/// Strings that exercise the tricky cases: whitespace of every kind, line breaks, case
/// mappings that change length or depend on context, digits of other scripts.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "B", "z", " ", "  ", "\t", "\n", "\r\n", "\x0b", "\x1c", "\u{85}", "\u{2028}", "\u{a0}", "\u{3000}", ",", ", ", "-", "+", "0",
        "7", "\u{664}", "\u{b2}", "\u{bd}", "ß", "Σ", "σ", "ς", "İ", "ǅ", "ﬁ", "é", "\u{301}", "'", "_", "x1", "ab", "AB", "Hello World", "\u{1f600}",
    ]);
    prop::collection::vec(pieces, 0..8).prop_map(|v| v.concat())
}

/// An argument of a str method: text, a small int, None, or a tuple of text.
#[derive(Clone, Debug)]
enum Arg {
    Text(String),
    Int(i64),
    None,
    Tuple(Vec<String>),
}

impl Arg {
    fn to_molt(&self) -> u64 {
        match self {
            Arg::Text(t) => mstr::new_str(t),
            Arg::Int(i) => abi::box_small_int(*i),
            Arg::None => NONE,
            Arg::Tuple(ts) => molt_runtime::tuple::new_tuple_owned(ts.iter().map(|t| mstr::new_str(t)).collect()),
        }
    }
    fn to_judge<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        match self {
            Arg::Text(t) => PyString::new(py, t).into_any(),
            Arg::Int(i) => i.into_pyobject(py).expect("int").into_any(),
            Arg::None => py.None().into_bound(py),
            Arg::Tuple(ts) => pyo3::types::PyTuple::new(py, ts.iter().map(|t| PyString::new(py, t))).expect("tuple").into_any(),
        }
    }
}

fn method_arg() -> impl Strategy<Value = Arg> {
    prop_oneof![
        4 => prop::sample::select(vec!["", " ", "a", "b", "ab", ",", "Σ", "\n", "xy", "*", "aa"]).prop_map(|t| Arg::Text(t.to_string())),
        3 => (-6i64..12).prop_map(Arg::Int),
        1 => Just(Arg::None),
        1 => prop::collection::vec(prop::sample::select(vec!["a", "b", "", "Σ"]).prop_map(str::to_string), 0..3).prop_map(Arg::Tuple),
    ]
}

/// Format specs built from the grammar's parts, including invalid combinations.
fn format_spec() -> impl Strategy<Value = String> {
    let fill_align = prop::sample::select(vec!["", "<", ">", "=", "^", "*<", "*>", "*^", "0=", "é^", "x="]);
    let sign = prop::sample::select(vec!["", "+", "-", " "]);
    let flags = prop::sample::select(vec!["", "z", "#", "0", "z#", "#0", "z0"]);
    let width = prop::option::of(0usize..16);
    let grouping = prop::sample::select(vec!["", "", ",", "_"]);
    let precision = prop::option::of(0usize..12);
    let ty = prop::sample::select(vec!["", "", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]);
    (fill_align, sign, flags, width, grouping, precision, ty).prop_map(|(fa, sg, fl, w, g, p, t)| {
        let w = w.map(|w| w.to_string()).unwrap_or_default();
        let p = p.map(|p| format!(".{p}")).unwrap_or_default();
        format!("{fa}{sg}{fl}{w}{g}{p}{t}")
    })
}

/// math functions Molt implements, with the argument count to use.
const MATH_FUNCTIONS: &[(&str, usize)] = &[
    ("sqrt", 1), ("exp", 1), ("sin", 1), ("cos", 1), ("tan", 1), ("asin", 1), ("acos", 1), ("atan", 1), ("sinh", 1), ("cosh", 1),
    ("tanh", 1), ("fabs", 1), ("degrees", 1), ("radians", 1), ("log", 1), ("log", 2), ("log2", 1), ("log10", 1), ("pow", 2), ("atan2", 2),
    ("hypot", 2), ("copysign", 2), ("fmod", 2), ("isfinite", 1), ("isinf", 1), ("isnan", 1), ("floor", 1), ("ceil", 1), ("trunc", 1),
];

/// The str methods Molt implements (each is compared with CPython's on random inputs).
const STR_METHODS: &[&str] = &[
    "capitalize", "casefold", "center", "count", "endswith", "expandtabs", "find", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
    "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
    "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith",
    "strip", "swapcase", "title", "upper", "zfill",
];

fn config() -> ProptestConfig {
    // Thousands of cases per property; `PROPTEST_CASES` overrides (e.g. nightly).
    ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(2000), ..ProptestConfig::default() }
}

const BINOPS: &[(&str, ops::BinOp)] = &[
    ("+", ops::BinOp::Add),
    ("-", ops::BinOp::Sub),
    ("*", ops::BinOp::Mul),
    ("/", ops::BinOp::TrueDiv),
    ("//", ops::BinOp::FloorDiv),
    ("%", ops::BinOp::Mod),
    ("&", ops::BinOp::And),
    ("|", ops::BinOp::Or),
    ("^", ops::BinOp::Xor),
];

fn check_binop(op: &str, bop: ops::BinOp, a: &Num, b: &Num) -> Result<(), TestCaseError> {
    attach(|py| {
        let expected = ask(py, "binop", (op, a.to_judge(py), b.to_judge(py)));
        let (x, y) = (a.to_molt(), b.to_molt());
        let actual = molt_answer(ops::binop(bop, x, y));
        object::decref(x);
        object::decref(y);
        if expected.starts_with("complex ") || expected == "OverflowError: complex exponentiation" {
            // FIXME: Molt has no complex numbers; a negative base with a fractional exponent
            // raises instead of returning one (a documented divergence in specs/subset.md).
            prop_assert_eq!(actual, "NotImplementedError: complex numbers are not supported by Molt", "{:?} {} {:?}", a, op, b);
            return Ok(());
        }
        prop_assert_eq!(actual, expected, "{:?} {} {:?}", a, op, b);
        Ok(())
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arithmetic_and_bit_operators(a in num(), b in num(), which in 0..BINOPS.len()) {
        let (op, bop) = BINOPS[which];
        check_binop(op, bop, &a, &b)?;
    }

    #[test]
    fn power(a in num(), e in prop_oneof![(-3i64..64).prop_map(|e| Num::Int(e.to_string())), float_value().prop_map(Num::Float)]) {
        check_binop("**", ops::BinOp::Pow, &a, &e)?;
    }

    #[test]
    fn shifts(a in int_text(), s in -2i64..300, left in any::<bool>()) {
        let (op, bop) = if left { ("<<", ops::BinOp::LShift) } else { (">>", ops::BinOp::RShift) };
        check_binop(op, bop, &Num::Int(a), &Num::Int(s.to_string()))?;
    }

    #[test]
    fn comparisons(a in num(), b in num(), which in 0..6i32) {
        let op = ["<", "<=", "==", "!=", ">", ">="][which as usize];
        attach(|py| {
            let expected = ask(py, "binop", (op, a.to_judge(py), b.to_judge(py)));
            let (x, y) = (a.to_molt(), b.to_molt());
            let actual = molt_answer(ops::compare(x, y, which).map(abi::box_bool));
            object::decref(x);
            object::decref(y);
            prop_assert_eq!(actual, expected, "{:?} {} {:?}", a, op, b);
            Ok(())
        })?;
    }

    #[test]
    fn divmod_and_modular_pow(a in int_text(), b in int_text(), m in int_text()) {
        attach(|py| {
            let expected = ask(py, "divmod_", (a.as_str(), b.as_str()));
            let (x, y, z) = (int::parse(&a, 10).unwrap(), int::parse(&b, 10).unwrap(), int::parse(&m, 10).unwrap());
            prop_assert_eq!(molt_answer(ret(builtins::molt_builtin_divmod(x, y))), expected, "divmod({}, {})", a, b);
            // Keep modular exponentiation cheap: exponents below 2**64.
            let e = if b.len() > 19 { "65537".to_string() } else { b.clone() };
            let y = int::parse(&e, 10).unwrap();
            let expected = ask(py, "pow3", (a.as_str(), e.as_str(), m.as_str()));
            prop_assert_eq!(molt_answer(ret(builtins::molt_builtin_pow3(x, y, z))), expected, "pow({}, {}, {})", a, e, m);
            for v in [x, y, z] { object::decref(v); }
            Ok(())
        })?;
    }

    #[test]
    fn float_repr_is_cpythons(x in float_value()) {
        attach(|py| {
            prop_assert_eq!(float::repr(x), ask(py, "float_repr", (x,)), "{:?}", x.to_bits());
            Ok(())
        })?;
    }

    #[test]
    fn percent_formatting(x in num(), conv in prop::sample::select(vec!['f', 'e', 'g', 'F', 'E', 'G', 'd', 'x', 'o', 'r', 's']),
                          flags in "[-+ 0#]{0,2}", width in prop::option::of(0usize..30), prec in prop::option::of(0usize..25)) {
        let mut fmt = format!("%{flags}");
        if let Some(w) = width { fmt += &w.to_string(); }
        if let Some(p) = prec { fmt += &format!(".{p}"); }
        fmt.push(conv);
        attach(|py| {
            let expected = ask(py, "percent", (fmt.as_str(), x.to_judge(py)));
            let (f, v) = (mstr::new_str(&fmt), x.to_molt());
            let actual = molt_answer(format::percent_format(f, v));
            object::decref(f);
            object::decref(v);
            prop_assert_eq!(actual, expected, "{:?} % {:?}", fmt, x);
            Ok(())
        })?;
    }

    #[test]
    fn percent_formatting_text_and_star(s in "\\PC{0,3}", conv in prop::sample::select(vec!['s', 'r', 'a', 'c', 'd', 'f', '%']),
                                        flags in "[-+ 0#]{0,2}", width in prop::option::of(-12i64..12), prec in prop::option::of(-3i64..8),
                                        ch in 0u32..0x11_0000) {
        // `*` width and precision come from the arguments; `%c` takes a 1-char str or a code point.
        let mut fmt = format!("%{flags}");
        let mut args: Vec<Num> = Vec::new();
        if let Some(w) = width { fmt.push('*'); args.push(Num::Int(w.to_string())); }
        if let Some(p) = prec { fmt += ".*"; args.push(Num::Int(p.to_string())); }
        fmt.push(conv);
        fmt += "|";
        attach(|py| {
            let mut judge_args: Vec<Bound<'_, PyAny>> = args.iter().map(|a| a.to_judge(py)).collect();
            let mut molt_args: Vec<u64> = args.iter().map(Num::to_molt).collect();
            let text_arg = if conv == 'c' && s.chars().count() != 1 { None } else { Some(s.as_str()) };
            match (conv, text_arg) {
                ('d' | 'f', _) | ('c', None) => {
                    judge_args.push(ch.into_pyobject(py).expect("int").into_any());
                    molt_args.push(abi::box_small_int(ch as i64));
                }
                (_, Some(t)) => {
                    judge_args.push(PyString::new(py, t).into_any());
                    molt_args.push(mstr::new_str(t));
                }
                _ => unreachable!(),
            }
            let expected = ask(py, "percent_args", (fmt.as_str(), judge_args));
            let (f, t) = (mstr::new_str(&fmt), molt_runtime::tuple::new_tuple_owned(molt_args));
            let actual = molt_answer(format::percent_format(f, t));
            object::decref(f);
            object::decref(t);
            if (0xd800..0xe000).contains(&ch) && conv == 'c' && text_arg.is_none() && expected.starts_with("str ") {
                // FIXME: Molt strings are UTF-8 and cannot hold surrogates (specs/subset.md).
                prop_assert_eq!(actual, "NotImplementedError: surrogate code points are not supported by Molt");
                return Ok(());
            }
            prop_assert_eq!(actual, expected, "{:?} % ({:?}, {:?}, {:?})", fmt, args, s, ch);
            Ok(())
        })?;
    }

    #[test]
    fn string_slicing(s in "\\PC{0,12}", a in prop::option::of(-15i64..15), b in prop::option::of(-15i64..15), c in prop::option::of(-4i64..4)) {
        attach(|py| {
            let expected = ask(py, "slice_", (s.as_str(), a, b, c));
            let boxed = |v: Option<i64>| v.map_or(NONE, abi::box_small_int);
            let v = mstr::new_str(&s);
            let actual = molt_answer(ops::getslice(v, boxed(a), boxed(b), boxed(c)));
            object::decref(v);
            prop_assert_eq!(actual, expected, "{:?}[{:?}:{:?}:{:?}]", s, a, b, c);
            Ok(())
        })?;
    }

    #[test]
    fn str_methods(s in text(), which in 0..STR_METHODS.len(), args in prop::collection::vec(method_arg(), 0..4)) {
        let name = STR_METHODS[which];
        attach(|py| {
            let judge_args: Vec<Bound<'_, PyAny>> = args.iter().map(|a| a.to_judge(py)).collect();
            let expected = ask(py, "method", (s.as_str(), name, judge_args));
            let recv = mstr::new_str(&s);
            let molt_args: Vec<u64> = args.iter().map(Arg::to_molt).collect();
            let actual = molt_answer(ops::call_method(recv, name, &molt_args));
            for v in molt_args.into_iter().chain([recv]) {
                object::decref(v);
            }
            prop_assert_eq!(actual, expected, "{:?}.{}({:?})", s, name, args);
            Ok(())
        })?;
    }

    #[test]
    fn format_spec_mini_language(v in prop_oneof![3 => num(), 1 => "\\PC{0,4}".prop_map(|t| Num::Int(format!("s:{t}")))], spec in format_spec()) {
        attach(|py| {
            let expected = ask(py, "format_", (v.to_judge(py), spec.as_str()));
            let value = match &v {
                Num::Int(t) if t.starts_with("s:") => mstr::new_str(&t[2..]),
                other => other.to_molt(),
            };
            let actual = molt_answer(molt_runtime::format_spec::format_value(value, &spec).map(mstr::new_string));
            object::decref(value);
            if expected.starts_with("str ") || !actual.starts_with("NotImplementedError: surrogate") {
                prop_assert_eq!(actual, expected, "format({:?}, {:?})", v, spec);
            }
            Ok(())
        })?;
    }

    #[test]
    fn sorting_matches_cpython_including_the_failing_comparison(
        items in prop_oneof![
            prop::collection::vec(prop_oneof![4 => num(), 1 => "[a-c]{0,2}".prop_map(|t| Num::Int(format!("s:{t}")))], 0..64),
            prop::collection::vec(num(), 64..200),
        ]
    ) {
        attach(|py| {
            let judge_items: Vec<Bound<'_, PyAny>> = items.iter().map(|v| v.to_judge(py)).collect();
            let expected = ask(py, "sorted_", (judge_items,));
            let values: Vec<u64> = items.iter().map(|v| match v {
                Num::Int(t) if t.starts_with("s:") => mstr::new_str(&t[2..]),
                other => other.to_molt(),
            }).collect();
            let list = molt_runtime::list::new_list_owned(values);
            let actual = molt_answer(molt_runtime::iter_builtins::sorted(list, molt_runtime::abi::NONE, molt_runtime::abi::FALSE));
            object::decref(list);
            let has_nan = items.iter().any(|v| matches!(v, Num::Float(x) if x.is_nan()));
            if items.len() >= 64 && has_nan {
                // FIXME: lists of 64+ items use a merge sort, not timsort: with NaN (no total
                // order) the result may differ from CPython's (specs/subset.md).
                return Ok(());
            }
            prop_assert_eq!(actual, expected, "sorted({:?})", items);
            Ok(())
        })?;
    }

    #[test]
    fn math_functions(which in 0..MATH_FUNCTIONS.len(), args in prop::collection::vec(num(), 1..3)) {
        let (name, arity) = MATH_FUNCTIONS[which];
        let args = &args[..arity.min(args.len())];
        attach(|py| {
            let judge_args: Vec<Bound<'_, PyAny>> = args.iter().map(|a| a.to_judge(py)).collect();
            let expected = ask(py, "mathf", (name, judge_args));
            let values: Vec<u64> = args.iter().map(Num::to_molt).collect();
            let actual = molt_answer(molt_runtime::module::call(&format!("math.{name}"), &values).expect("implemented"));
            values.into_iter().for_each(object::decref);
            prop_assert_eq!(actual, expected, "math.{}({:?})", name, args);
            Ok(())
        })?;
    }

    #[test]
    fn string_repr(s in any::<String>()) {
        attach(|py| {
            prop_assert_eq!(mstr::repr(&s), ask(py, "str_repr", (s.as_str(),)), "{:?}", s);
            Ok(())
        })?;
    }

    #[test]
    fn int_parsing(s in "[ \t]{0,1}[+-]?(0[xXoObB])?[0-9a-zA-Z_]{0,24}[ \t]{0,1}", base in prop::sample::select(vec![0u32, 2, 8, 10, 16, 36])) {
        attach(|py| {
            let expected = ask(py, "parse_int", (s.as_str(), base));
            prop_assert_eq!(molt_answer(int::parse(&s, base)), expected, "int({:?}, {})", s, base);
            Ok(())
        })?;
    }

    #[test]
    fn float_parsing(s in "[ ]?[+-]?([0-9_]{0,20}(\\.[0-9_]{0,20})?([eE][+-]?[0-9]{1,3})?|inf|nan|Infinity|iNF|NaN)[ ]?") {
        attach(|py| {
            let expected = ask(py, "parse_float", (s.as_str(),));
            prop_assert_eq!(molt_answer(float::parse(&s).map(abi::box_float)), expected, "float({:?})", s);
            Ok(())
        })?;
    }
}

/// A set element: ints that collide in small tables (multiples of powers of two, big
/// ints, -1 and -2 which share a hash), strings of every width, floats equal to ints, bools.
#[derive(Clone, Debug)]
enum Elem {
    Int(i64),
    Str(&'static str),
    Float(f64),
    Bool(bool),
}

impl Elem {
    fn to_molt(&self) -> u64 {
        match self {
            Elem::Int(i) => int::new_int_i64(*i),
            Elem::Str(s) => mstr::new_str(s),
            Elem::Float(x) => abi::box_float(*x),
            Elem::Bool(b) => abi::box_bool(*b),
        }
    }
    fn to_judge<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        match self {
            Elem::Int(i) => i.into_pyobject(py).expect("int").into_any(),
            Elem::Str(s) => PyString::new(py, s).into_any(),
            Elem::Float(x) => PyFloat::new(py, *x).into_any(),
            Elem::Bool(b) => pyo3::types::PyBool::new(py, *b).to_owned().into_any(),
        }
    }
}

fn elem() -> impl Strategy<Value = Elem> {
    prop_oneof![
        4 => (-4i64..40).prop_map(Elem::Int),
        2 => (1i64..8, prop::sample::select(vec![3u32, 5, 8, 16, 32, 47, 58, 60])).prop_map(|(k, s)| Elem::Int(k << s)),
        3 => prop::sample::select(vec!["a", "b", "c", "d", "e", "f", "ab", "key", "x1", "", "é", "ÿ", "Σ", "€", "\u{1f600}", "a\u{1f600}"]).prop_map(Elem::Str),
        1 => prop::sample::select(vec![0.5, 1.0, 2.5, -0.0, 1e100]).prop_map(Elem::Float),
        1 => any::<bool>().prop_map(Elem::Bool),
    ]
}

/// One step of a set script (see the judge's `set_script`).
#[derive(Clone, Debug)]
struct SetStep {
    kind: &'static str,
    i: usize,
    name: &'static str,
    j: usize,
    xs: Vec<Elem>,
}

fn set_step() -> impl Strategy<Value = SetStep> {
    let xs = || prop::collection::vec(elem(), 0..14);
    let step = |kind, i, name, j, xs| SetStep { kind, i, name, j, xs };
    let with_iterable = prop::sample::select(vec![
        "update", "intersection_update", "difference_update", "symmetric_difference_update", "union", "intersection", "difference",
        "symmetric_difference", "issubset", "issuperset", "isdisjoint",
    ]);
    prop_oneof![
        8 => (0..3usize, elem()).prop_map(move |(i, x)| step("call", i, "add", 0, vec![x])),
        3 => (0..3usize, elem(), prop::sample::select(vec!["discard", "remove"])).prop_map(move |(i, x, m)| step("call", i, m, 0, vec![x])),
        2 => (0..3usize, prop::sample::select(vec!["pop", "pop", "clear", "copy"])).prop_map(move |(i, m)| step("call", i, m, 0, vec![])),
        4 => (0..3usize, with_iterable, prop::sample::select(vec!["list", "dict", "set"]), 0..3usize, xs())
            .prop_map(move |(i, m, k, j, xs)| step(k, i, m, j, if k == "set" { vec![] } else { xs })),
        3 => (0..3usize, prop::sample::select(vec!["|", "&", "-", "^"]), 0..3usize, prop::sample::select(vec!["op", "iop"]))
            .prop_map(move |(i, m, j, k)| step(k, i, m, j, vec![])),
        2 => (0..3usize, xs(), prop::sample::select(vec!["new", "literal"])).prop_map(move |(i, xs, k)| step(k, i, "", 0, xs)),
    ]
}

/// Molt's side of `set_script`.
fn molt_set_script(steps: &[SetStep]) -> String {
    let mut sets: Vec<u64> = (0..3).map(|_| molt_runtime::set::molt_builtin_set(abi::ERR)).collect();
    let mut out = Vec::new();
    for st in steps {
        let xs: Vec<u64> = st.xs.iter().map(Elem::to_molt).collect();
        let bop = |m: &str| BINOPS.iter().find(|(s, _)| *s == m).expect("set operator").1;
        let result: object::R<u64> = match st.kind {
            "call" => ops::call_method(sets[st.i], st.name, &xs),
            "list" | "dict" => {
                let arg = if st.kind == "list" {
                    molt_runtime::list::new_list_borrowed(&xs)
                } else {
                    let d = molt_runtime::dict::new_dict();
                    xs.iter().for_each(|&x| molt_runtime::dict::set(d, x, NONE).expect("hashable"));
                    d
                };
                let r = ops::call_method(sets[st.i], st.name, &[arg]);
                object::decref(arg);
                r
            }
            "set" => ops::call_method(sets[st.i], st.name, &[sets[st.j]]),
            "op" | "iop" => {
                let r = if st.kind == "op" { ops::binop(bop(st.name), sets[st.i], sets[st.j]) } else { ops::inplace(bop(st.name), sets[st.i], sets[st.j]) };
                r.map(|v| {
                    object::decref(std::mem::replace(&mut sets[st.i], v));
                    NONE
                })
            }
            "new" | "literal" => {
                let v = if st.kind == "new" {
                    let l = molt_runtime::list::new_list_borrowed(&xs);
                    let v = molt_runtime::set::molt_builtin_set(l);
                    object::decref(l);
                    v
                } else {
                    molt_runtime::set::molt_set_new((xs.len() > 2) as i32, xs.as_ptr(), xs.len())
                };
                ret(v).map(|v| {
                    object::decref(std::mem::replace(&mut sets[st.i], v));
                    NONE
                })
            }
            other => unreachable!("step kind {other}"),
        };
        xs.into_iter().for_each(object::decref);
        let shown: Vec<String> = sets
            .iter()
            .map(|&s| {
                let f = molt_runtime::set::molt_builtin_frozenset(s);
                let h = molt_runtime::hash::hash(f).expect("frozenset hash");
                object::decref(f);
                format!("{} {h}", builtins::repr_string(s).expect("repr"))
            })
            .collect();
        out.push(format!("{} | {}", molt_answer(result), shown.join(" ")));
    }
    sets.into_iter().for_each(object::decref);
    out.join("\n")
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn set_operations_keep_cpythons_order(steps in prop::collection::vec(set_step(), 1..24)) {
        attach(|py| {
            let judge_steps: Vec<Bound<'_, PyAny>> = steps
                .iter()
                .map(|s| {
                    let xs: Vec<Bound<'_, PyAny>> = s.xs.iter().map(|x| x.to_judge(py)).collect();
                    (s.kind, s.i, s.name, s.j, xs).into_pyobject(py).expect("step").into_any()
                })
                .collect();
            let expected = ask(py, "set_script", (judge_steps,));
            let actual = molt_set_script(&steps);
            prop_assert_eq!(actual, expected, "{:#?}", steps);
            Ok(())
        })?;
    }

    #[test]
    fn hashes_are_cpythons(e in elem(), t in text()) {
        attach(|py| {
            let v = e.to_molt();
            prop_assert_eq!(molt_answer(molt_runtime::hash::hash(v).map(int::new_int_i64)), ask(py, "hash_of", (e.to_judge(py),)), "hash({:?})", e);
            object::decref(v);
            let s = mstr::new_str(&t);
            prop_assert_eq!(molt_answer(molt_runtime::hash::hash(s).map(int::new_int_i64)), ask(py, "hash_of", (t.as_str(),)), "hash({:?})", t);
            object::decref(s);
            Ok(())
        })?;
    }
}

fn const_key() -> impl Strategy<Value = molt_compiler::set_display::ConstKey> {
    use molt_compiler::set_display::ConstKey;
    let leaf = prop_oneof![
        4 => (-4i64..40).prop_map(|i| ConstKey::Int(i.into())),
        2 => (1i64..8, prop::sample::select(vec![3u32, 5, 8, 16, 32, 60])).prop_map(|(k, s)| ConstKey::Int((k << s).into())),
        4 => prop::sample::select(vec!["a", "b", "c", "d", "ab", "key", "red", "green", "blue", "GET", "POST", "x1", "_", "", "é", "Σ", "a b", "\u{1f600}"]).prop_map(|s| ConstKey::Str(s.to_string())),
        1 => prop::sample::select(vec![0.5, 1.0, 2.5, -0.0, 0.0, 1e100]).prop_map(|f: f64| ConstKey::Float(f.to_bits())),
        1 => any::<bool>().prop_map(ConstKey::Bool),
    ];
    prop_oneof![6 => leaf.clone(), 1 => prop::collection::vec(leaf, 0..3).prop_map(ConstKey::Tuple)]
}

fn const_source(k: &molt_compiler::set_display::ConstKey) -> String {
    use molt_compiler::set_display::ConstKey;
    match k {
        ConstKey::None => "None".into(),
        ConstKey::Bool(b) => if *b { "True".into() } else { "False".into() },
        ConstKey::Int(i) => i.to_string(),
        ConstKey::Float(b) => float::repr(f64::from_bits(*b)),
        ConstKey::Str(s) => mstr::repr(s),
        ConstKey::Tuple(t) => format!("({}{})", t.iter().map(const_source).collect::<Vec<_>>().join(", "), if t.len() == 1 { "," } else { "" }),
    }
}

fn const_value(k: &molt_compiler::set_display::ConstKey) -> u64 {
    use molt_compiler::set_display::ConstKey;
    match k {
        ConstKey::None => NONE,
        ConstKey::Bool(b) => abi::box_bool(*b),
        ConstKey::Int(i) => int::parse(&i.to_string(), 10).expect("int"),
        ConstKey::Float(b) => abi::box_float(f64::from_bits(*b)),
        ConstKey::Str(s) => mstr::new_str(s),
        ConstKey::Tuple(t) => molt_runtime::tuple::new_tuple_owned(t.iter().map(const_value).collect()),
    }
}

proptest! {
    #![proptest_config(config())]

    /// Whenever the compiler accepts a display of constants (its order is predictable),
    /// the runtime builds it in CPython's order, as a value and iterated by a for loop.
    #[test]
    fn accepted_set_displays_have_cpythons_order(keys in prop::collection::vec(const_key(), 3..16)) {
        let accepted = molt_compiler::set_display::SetDisplays::default().check(&keys, true).is_ok();
        let src = format!("{{{}}}", keys.iter().map(const_source).collect::<Vec<_>>().join(", "));
        attach(|py| {
            let expected = ask(py, "display_orders", (src.as_str(),));
            if !accepted {
                return Ok(());
            }
            let values: Vec<u64> = keys.iter().map(const_value).collect();
            let show = |build: i32| {
                let s = molt_runtime::set::molt_set_new(build, values.as_ptr(), values.len());
                let l = molt_runtime::builtins::molt_builtin_list(s);
                let r = builtins::repr_string(l).expect("repr");
                object::decref(l);
                object::decref(s);
                r
            };
            let actual = format!("{} {}", show(1), show(2));
            values.into_iter().for_each(object::decref);
            prop_assert_eq!(actual, expected, "{}", src);
            Ok(())
        })?;
    }
}
