//! Reductions under predicates that need no interpreter: each test says what must
//! survive and checks the shrinker keeps exactly that.

use super::*;

fn check(program: &str, interesting: impl Fn(&str) -> bool + Sync, expected: &str) {
    let r = shrink(program, &Limits { max_tests: 10_000, jobs: 2 }, &interesting);
    assert_eq!(r.program, expected, "reduced in {} tests", r.tests);
    assert!(interesting(&r.program));
}

#[test]
fn statements_that_do_not_matter_are_deleted() {
    let program = "# header\nx = 1\ny = 2\n\nif x:\n    print(y)\n    print('keep me')\nfor i in range(3):\n    z = i\n";
    check(program, |p| p.contains("print('keep me')"), "print('keep me')\n");
}

#[test]
fn a_block_that_must_stay_gets_pass() {
    let program = "def f():\n    a = 1\n    b = 2\nf()\n";
    check(program, |p| p.contains("def f():") && p.contains("f()\n") && !p.contains("print"), "def f():\n    pass\nf()\n");
}

#[test]
fn compound_statements_are_unwrapped_and_dedented() {
    let program = "for i in range(10):\n    if i > 3:\n        print(i * 2 + 1)\n";
    check(program, |p| p.contains("print(i"), "print(i)\n");
}

#[test]
fn expressions_and_literals_shrink() {
    let program = "print((123456 + 7) * 'abc'.upper())\n";
    check(program, |p| p.contains("print(") && p.contains("upper"), "print(''.upper())\n");
    check("x = 987654\n", |p| p.starts_with("x = 9"), "x = 9\n");
}

#[test]
fn decorated_definitions_are_deleted_with_their_decorators() {
    let program = "@dec\ndef f():\n    return 1\nprint(2)\n";
    check(program, |p| p.contains("print(2)"), "print(2)\n");
}

#[test]
fn candidates_that_do_not_parse_are_never_judged() {
    let judged = std::sync::Mutex::new(Vec::new());
    let program = "if True:\n    x = 1\n    y = 2\nprint(3)\n";
    shrink(program, &Limits::default(), &|p: &str| {
        judged.lock().unwrap().push(p.to_string());
        p.contains("y = 2")
    });
    for p in judged.into_inner().unwrap() {
        assert!(parses(&p), "{p}");
    }
}

#[test]
fn the_test_budget_is_respected() {
    let program: String = (0..50).map(|i| format!("v{i} = {i}\n")).collect();
    let r = shrink(&program, &Limits { max_tests: 7, jobs: 1 }, &|p: &str| p.contains("v49"));
    assert_eq!(r.tests, 7);
}

#[test]
fn everything_can_go() {
    check("x = 1\nif x:\n    print(x)\n", |_| true, "");
}

#[test]
fn variables_and_one_line_functions_are_inlined() {
    // Deleting the assignment alone loses the literal the print needs; inlining keeps it.
    check("value = 4\nprint(value)\n", |p| p.lines().any(|l| l.starts_with("print(") && l.contains('4')), "print(4)\n");
    let candidates = inline_definitions("def twice(a):\n    return a + a\nprint(twice(7), twice(x[0]))\n");
    assert_eq!(candidates, ["pass\nprint(((7) + (7)), ((x[0]) + (x[0])))\n"]);
    // Bound twice, or a function with defaults: not inlined.
    assert!(inline_definitions("v = 1\nv = 2\nprint(v)\n").is_empty());
    assert!(inline_definitions("def f(a=1):\n    return a\nprint(f(2))\n").is_empty());
    // Nested calls of the same function would overlap.
    assert!(inline_definitions("def f(a):\n    return a\nprint(f(f(2)))\n").is_empty());
}
