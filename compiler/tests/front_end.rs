//! Front-end tests: snapshots of the diagnostics for rejected programs (code, span,
//! message) and snapshots of the HIR and typed IR text forms. Broken and hostile input is
//! `robustness.rs`.
//! Bless changed snapshots with `INSTA_UPDATE=always cargo test` (or `cargo insta review`).

use molt_compiler::diagnostics::render;
use molt_compiler::driver::{self, CompileError};
use std::path::Path;

fn corpus(dir: &str) -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus").join(dir);
    let mut v: Vec<_> = std::fs::read_dir(root).expect("corpus folder").map(|e| e.expect("entry").path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    v.sort();
    v
}

/// Renders what `molt check` prints for a program (`--tier 0` when its header says so).
fn check(name: &str, source: &str) -> String {
    let tier0 = molt_oracle::parse_options(source).is_ok_and(|o| o.tier0);
    let tier = if tier0 { driver::Tier::Frozen } else { driver::Tier::Guarded };
    match driver::check_in_tier(name, source, tier) {
        Ok(_) => "accepted\n".to_string(),
        Err(CompileError::Rejected(diags)) => diags.iter().map(|d| render(d, name, source)).collect(),
        Err(CompileError::Internal(e)) => format!("internal error: {e}\n"),
    }
}

#[test]
fn rejected_programs_diagnostics() {
    let files = corpus("reject");
    assert!(files.len() >= 10);
    for f in files {
        let name = format!("reject/{}", f.file_name().unwrap().to_string_lossy());
        let source = std::fs::read_to_string(&f).expect("readable");
        insta::assert_snapshot!(name.clone(), check(&name, &source));
    }
}

#[test]
fn syntax_error_is_a_diagnostic() {
    insta::assert_snapshot!(check("bad.py", "x = 1\nif x\n    print(x)\n"));
}

#[test]
fn builtin_shadowing_is_a_diagnostic_but_a_call_mismatch_raises_at_run_time() {
    insta::assert_snapshot!(check("calls.py", "def f(a, b=2, *, c):\n    return a\nf(1, 2, 3)\nlen = 5\nprint(f(1, d=4))\n"));
}

#[test]
fn hir_and_typed_ir_text() {
    let source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nx = 1.5\nfor i in range(3):\n    print(fib(i), x * i, sep='-')\n";
    let (module, types) = match driver::front_end("fib.py", source) {
        Ok(m) => m,
        Err(_) => panic!("fib.py is in the subset"),
    };
    insta::assert_snapshot!("hir", molt_compiler::hir::print_module(&module, None));
    insta::assert_snapshot!("typed", molt_compiler::types::print_typed(&module, &types));
}

#[test]
fn try_statement_hir() {
    let source = "def f(x):\n    try:\n        return 1 // x\n    except (ZeroDivisionError, OverflowError) as e:\n        raise ValueError(str(e)) from e\n    except:\n        raise\n    else:\n        pass\n    finally:\n        print(e.args if x else 0)\nf(1)\n";
    let (module, types) = match driver::front_end("try.py", source) {
        Ok(m) => m,
        Err(_) => panic!("try.py is in the subset"),
    };
    insta::assert_snapshot!("try_hir", molt_compiler::hir::print_module(&module, None));
    insta::assert_snapshot!("try_typed", molt_compiler::types::print_typed(&module, &types));
}

#[test]
fn generator_hir() {
    let source = "def g(xs):\n    total = 0\n    for x in xs:\n        sent = yield x\n        if sent:\n            total += sent\n    r = yield from range(2)\n    return total\nprint(sum(y * 2 for y in g([1]) if y))\n";
    let (module, types) = match driver::front_end("gen.py", source) {
        Ok(m) => m,
        Err(_) => panic!("gen.py is in the subset"),
    };
    insta::assert_snapshot!("generator_hir", molt_compiler::hir::print_module(&module, None));
    insta::assert_snapshot!("generator_typed", molt_compiler::types::print_typed(&module, &types));
}

/// Generator expressions consumed whole are comprehensions (`genexpr [...]`); `sum` keeps
/// its generator.
#[test]
fn consumed_generator_expression_hir() {
    let source = "def f(xs):\n    return tuple(x * 2 for x in xs if x), ','.join(str(x) for x in xs), set(x for x in xs), sum(x for x in xs)\nprint(f([1]))\n";
    let Ok((module, _)) = driver::front_end("genexpr.py", source) else { panic!("genexpr.py is in the subset") };
    insta::assert_snapshot!("consumed_genexpr_hir", molt_compiler::hir::print_module(&module, None));
}

/// `molt build --explain`: types per function and how each operation compiles.
#[test]
fn explain_report() {
    let source = "def norm(xs, n):\n    s = 0.0\n    for i in range(n):\n        s += xs[i] * xs[i]\n    return s / n\n\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nclass P:\n    def __init__(self, x):\n        self.x = x\n\nprint(norm([1.5, 2.5], 2), fib(10), P(3).x, 'a,b'.split(','))\n";
    let Ok(text) = driver::explain("explain.py", source) else { panic!("explain.py is rejected") };
    insta::assert_snapshot!("explain", text);
}
