//! Front-end robustness (specs/fuzzing.md, "Front-end robustness"): no input makes the
//! compiler panic, overflow its stack, hang or fail one of its IR verifiers. Every input
//! is compiled or rejected with a diagnostic.
//!
//! - proptest over arbitrary bytes, a Python token soup, and corpus programs that were
//!   cut or mutated, through the whole pipeline in process (front end, verifiers, code
//!   generation). The seed is fixed (`PROPTEST_RNG_SEED` picks another, `PROPTEST_CASES`
//!   more cases), so CI is deterministic; `molt fuzz --policy syntax` is the open-ended
//!   search.
//! - pathological nesting through the `molt` binary, whose exit code must be 0 or 2;
//! - CPython's static nesting limits, checked against CPython's own `compile()`;
//! - `compiler/tests/robustness/*.py`: regressions written by `molt fuzz --policy syntax`.

use molt_compiler::difftest::{self, Harness, Judge, Status};
use molt_compiler::driver::{self, CompileError};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use std::path::{Path, PathBuf};

mod common;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn corpus_sources() -> Vec<String> {
    let mut files: Vec<PathBuf> = ["corpus/core", "corpus/reject"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root().join(d)).expect("corpus folder").map(|e| e.expect("entry").path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read_to_string(f).expect("readable")).collect()
}

/// The property: compiled, or rejected with diagnostics; never a panic (proptest reports
/// one as a failure, with the shrunk input) and never an internal error.
fn check(source: &str) -> Result<(), TestCaseError> {
    match driver::compile_to_object("fuzz.py", source) {
        Ok(_) => Ok(()),
        Err(CompileError::Rejected(diags)) => {
            prop_assert!(!diags.is_empty(), "rejected without a diagnostic");
            Ok(())
        }
        Err(CompileError::Internal(e)) => Err(TestCaseError::fail(format!("internal compiler error: {e}\nsource: {source:?}"))),
    }
}

fn config(cases: u32) -> Config {
    let seed = std::env::var("PROPTEST_RNG_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    Config { cases, rng_seed: RngSeed::Fixed(seed), failure_persistence: None, ..Config::default() }
}

const TOKENS: &[&str] = &[
    "def ", "class ", "f", "x", "self", "(", ")", ":", "\n", "    ", "\t", "return ", "yield ", "yield from ", "=", "+=", "1",
    "2.5", "10**20", "'s'", "f'{x}'", "b'b'", "+", "-", "//", "%", "**", "@", "if ", "elif ", "else", "while ", "for ", " in ",
    "range(", ",", "print(", "global ", "nonlocal ", "break", "continue", "pass", "lambda ", "[", "]", "{", "}", "*", "**",
    "not ", "and ", "or ", "<", "==", "is ", "raise ", "ValueError(", "try:", "except ", "finally:", "with ", " as ", "assert ",
    "del ", "import ", "from ", "async ", "await ", ".", ";", "#", "\\", "\u{e9}", "\r\n", "\x0c", "\"\"\"",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|t| t.concat())
}

/// An edit of a corpus program: remove a span, duplicate or swap lines, or insert a token.
#[derive(Clone, Debug)]
enum Edit {
    Cut(prop::sample::Index, prop::sample::Index),
    DuplicateLine(prop::sample::Index),
    SwapLines(prop::sample::Index, prop::sample::Index),
    Insert(prop::sample::Index, &'static str),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<prop::sample::Index>(), any::<prop::sample::Index>()).prop_map(|(a, b)| Edit::Cut(a, b)),
        any::<prop::sample::Index>().prop_map(Edit::DuplicateLine),
        (any::<prop::sample::Index>(), any::<prop::sample::Index>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        (any::<prop::sample::Index>(), prop::sample::select(TOKENS)).prop_map(|(a, t)| Edit::Insert(a, t)),
    ]
}

fn apply(source: &str, e: &Edit) -> String {
    let boundary = |i: &prop::sample::Index| {
        let mut at = i.index(source.len() + 1);
        while !source.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let mut lines: Vec<&str> = source.split_inclusive('\n').collect();
    match e {
        Edit::Cut(a, b) => {
            let (a, b) = (boundary(a), boundary(b));
            let (from, to) = (a.min(b), a.max(b).min(a.min(b) + 200));
            let mut to = to;
            while !source.is_char_boundary(to) {
                to -= 1;
            }
            format!("{}{}", &source[..from], &source[to..])
        }
        Edit::DuplicateLine(i) if !lines.is_empty() => {
            let at = i.index(lines.len());
            lines.insert(at, lines[at]);
            lines.concat()
        }
        Edit::SwapLines(a, b) if !lines.is_empty() => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            lines.concat()
        }
        Edit::Insert(i, token) => {
            let at = boundary(i);
            format!("{}{token}{}", &source[..at], &source[at..])
        }
        _ => source.to_string(),
    }
}

#[test]
fn arbitrary_bytes_are_compiled_or_diagnosed() {
    proptest!(config(512), |(bytes in prop::collection::vec(any::<u8>(), 0..200))| {
        check(&String::from_utf8_lossy(&bytes))?;
    });
}

#[test]
fn token_soup_is_compiled_or_diagnosed() {
    proptest!(config(2000), |(source in token_soup())| {
        check(&source)?;
    });
}

#[test]
fn mutated_corpus_programs_are_compiled_or_diagnosed() {
    let sources = corpus_sources();
    assert!(sources.len() > 400, "the corpus is where mutations start");
    proptest!(config(400), |(program in prop::sample::select(sources), edits in prop::collection::vec(edit(), 1..4))| {
        let mutated = edits.iter().fold(program, |s, e| apply(&s, e));
        check(&mutated)?;
    });
}

/// Every prefix of every corpus program (cut every 97 characters).
#[test]
fn truncated_corpus_programs_are_compiled_or_diagnosed() {
    for source in corpus_sources() {
        for (cut, _) in source.char_indices().step_by(97) {
            check(&source[..cut]).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// Runs `molt build` on `source`; returns the exit code and stderr.
fn molt_build(dir: &Path, name: &str, source: &str) -> (Option<i32>, String) {
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["build".as_ref(), path.as_os_str(), "-o".as_ref(), dir.join("a.out").as_os_str()])
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("run molt");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into())
}

/// Inputs that overflowed the compiler's stack (exit 134) or were accepted although
/// CPython rejects them, before `limits` existed.
#[test]
fn pathological_nesting_is_diagnosed_by_molt_build() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nest = |n: usize, head: &str| -> String { (0..n).map(|i| format!("{}{head}\n", " ".repeat(i))).collect::<String>() + &" ".repeat(n) + "pass\n" };
    let cases: Vec<(&str, String, &str)> = vec![
        ("parens.py", format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201)), "error[MOLT0001]: too many nested parentheses"),
        ("unary.py", format!("x = {}1\n", "-".repeat(200_000)), "error[MOLT0003]: an expression nested more than 1000 levels deep"),
        ("binop.py", format!("x = 1{}\n", "+1".repeat(100_000)), "error[MOLT0003]: an expression nested more than 1000 levels deep"),
        ("not.py", format!("x = {}1\n", "not ".repeat(3000)), "error[MOLT0003]"),
        ("deep_syntax_error.py", format!("x = {}1 +\n", "-".repeat(200_000)), "error[MOLT0001]"),
        ("indent.py", format!("x = 1\n{}", nest(100, "if x:")), "error[MOLT0001]: too many levels of indentation"),
        ("blocks.py", format!("y = [1]\n{}", nest(21, "for i in y:")), "error[MOLT0001]: too many statically nested blocks"),
    ];
    for (name, source, expected) in &cases {
        let (code, stderr) = molt_build(dir.path(), name, source);
        assert_eq!(code, Some(2), "{name}: {stderr}");
        assert!(stderr.starts_with(expected), "{name}: expected {expected:?}, got:\n{}", &stderr[..stderr.len().min(400)]);
    }
    // Just inside every limit: compiled.
    let inside = [
        ("parens_ok.py", format!("x = {}1{}\nprint(x)\n", "(".repeat(200), ")".repeat(200))),
        ("binop_ok.py", format!("x = 1{}\nprint(x)\n", "+1".repeat(900))),
        ("blocks_ok.py", format!("y = [1]\n{}", nest(20, "for i in y:"))),
    ];
    for (name, source) in &inside {
        let (code, stderr) = molt_build(dir.path(), name, source);
        assert_eq!(code, Some(0), "{name}: {stderr}");
    }
}

/// Random nests of blocks, judged by CPython's `compile()`: Molt reports
/// `too many statically nested blocks` exactly when CPython does.
#[test]
fn static_block_limit_matches_cpython() {
    const HEADS: &[&[&str]] = &[
        &["for i in y:", "X"],
        &["while x:", "X", "else:", " pass"],
        &["for i in y:", " pass", "else:", "X"],
        &["with a:", "X"],
        &["with a, b:", "X"],
        &["try:", "X", "except E:", " pass"],
        &["try:", " pass", "except E as e:", "X"],
        &["try:", " pass", "except E:", " pass", "else:", "X"],
        &["try:", "X", "finally:", " pass"],
        &["try:", " pass", "finally:", "X"],
        &["try:", "X", "except E:", " pass", "finally:", " pass"],
        &["try:", " pass", "except E:", "X", "finally:", " pass"],
        &["try:", " pass", "except E:", " pass", "else:", "X", "finally:", " pass"],
        &["try:", " pass", "except E:", " pass", "finally:", "X"],
        &["if x:", "X"],
        &["def f():", "X"],
        &["class C:", "X"],
    ];
    // A deterministic stream of nests around the limit.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) as usize % n
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut sources = Vec::new();
    for k in 0..300 {
        let depth = 12 + next(14);
        let mut body = vec!["pass".to_string()];
        for _ in 0..depth {
            let head = HEADS[next(HEADS.len())];
            let mut wrapped = Vec::new();
            for line in head.iter() {
                if *line == "X" {
                    wrapped.extend(body.iter().map(|l| format!(" {l}")));
                } else {
                    wrapped.push(line.to_string());
                }
            }
            body = wrapped;
        }
        let source = body.join("\n") + "\n";
        std::fs::write(dir.path().join(format!("n{k:03}.py")), &source).expect("write");
        sources.push(source);
    }
    let python = molt_oracle::resolve_python("python3").expect("python3 is installed");
    let judge = "import sys, glob\nfor f in sorted(glob.glob(sys.argv[1] + '/n*.py')):\n    try:\n        compile(open(f).read(), f, 'exec'); print('ok')\n    except SyntaxError as e:\n        print(e.msg)\n";
    let argv = vec![python.into(), "-c".into(), judge.into(), dir.path().into()];
    let verdicts = molt_oracle::run(&molt_oracle::Invocation { argv, stdin: None, env: vec![] }, std::time::Duration::from_secs(60)).expect("run CPython");
    let verdicts = String::from_utf8(verdicts.stdout).expect("utf-8");
    let verdicts: Vec<&str> = verdicts.lines().collect();
    assert_eq!(verdicts.len(), sources.len());
    let mut rejected = 0;
    for (source, cpython) in sources.iter().zip(&verdicts) {
        let molt = match driver::front_end("n.py", source) {
            Err(CompileError::Rejected(d)) if d[0].code == molt_compiler::diagnostics::Code::Syntax => d[0].message.clone(),
            _ => "ok".to_string(),
        };
        let cpython = if *cpython == "ok" { "ok" } else { cpython };
        rejected += usize::from(cpython != "ok");
        assert_eq!(molt, cpython, "Molt and CPython disagree on:\n{source}");
    }
    assert!((30..270).contains(&rejected), "the nests should straddle the limit: {rejected} of 300 rejected");
}

/// Programs on which `molt build` once crashed or hung, written by `molt fuzz --policy
/// syntax` (with a `known-divergence` header while the bug is open).
#[test]
fn robustness_regressions_build() {
    let dir = root().join("compiler/tests/robustness");
    let programs = difftest::discover(&[dir]).expect("compiler/tests/robustness");
    assert!(!programs.is_empty());
    let work = tempfile::tempdir().expect("tempdir");
    let mut h = Harness::new(PathBuf::from("python3"), work.path().to_path_buf());
    h.judge = Judge::Build { molt: PathBuf::from(env!("CARGO_BIN_EXE_molt")) };
    for p in programs {
        let r = difftest::check_program(&h, &p);
        assert!(matches!(r.status, Status::Pass | Status::RejectedAsExpected | Status::KnownDivergence { .. }), "{}: {:?}", p.display(), r.status);
    }
}

/// Each failure class of `Judge::Build`, from stand-ins for `molt` that misbehave.
#[test]
fn build_judge_classifies_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let program = dir.path().join("p.py");
    std::fs::write(&program, "pass\n").expect("write");
    let cases = [
        ("panics", "echo \"thread 'main' panicked at compiler/src/lower.rs:12:5:\" >&2\necho 'index out of bounds' >&2\nexit 101", "compiler-crash"),
        ("aborts", "kill -ABRT $$", "compiler-crash"),
        ("hangs", "exec sleep 5", "compiler-hang"),
        ("internal", "echo 'error: internal compiler error (please report it): HIR verifier failed' >&2\nexit 2", "internal-error"),
        ("silent", "exit 2", "no-diagnostic"),
    ];
    for (name, body, class) in cases {
        let mut h = Harness::new(PathBuf::from("python3"), dir.path().to_path_buf());
        h.timeout = std::time::Duration::from_secs(1);
        h.judge = Judge::Build { molt: common::script(dir.path(), name, body) };
        let r = difftest::check_program(&h, &program);
        assert!(matches!(&r.status, Status::Fail { class: c, .. } if *c == class), "{name}: {:?}", r.status);
    }
    let mut h = Harness::new(PathBuf::from("python3"), dir.path().to_path_buf());
    h.judge = Judge::Build { molt: common::script(dir.path(), "diagnoses", "echo 'error[MOLT0002]: no' >&2\nexit 2") };
    assert_eq!(difftest::check_program(&h, &program).status, Status::RejectedAsExpected);
    let r = difftest::check_program(&Harness { judge: Judge::Build { molt: common::script(dir.path(), "panics2", cases[0].1) }, ..h }, &program);
    let Status::Fail { detail, .. } = r.status else { panic!("a panic is a failure") };
    assert_eq!(detail, "thread 'main' panicked at compiler/src/lower.rs:12:5:\nindex out of bounds");
}
