//! The harness must be able to fail: against a deliberately wrong oracle (a script that
//! alters CPython's output or exit status), a binary that crashes or hangs (a launcher
//! script standing in for a broken binary), and exceeded budgets, each divergence class
//! is reported.

mod common;

use common::script;
use molt_compiler::difftest::{check_program, Harness, Status};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn corpus(program: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/core").join(program)
}

fn class_of(h: &Harness, program: &Path) -> Option<&'static str> {
    match check_program(h, program).status {
        Status::Fail { class, .. } => Some(class),
        _ => None,
    }
}

#[test]
fn each_divergence_class_is_detected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let harness = |python: PathBuf| Harness::new(python, d.to_path_buf());
    let honest = harness(script(d, "honest", "exec \"$REAL\" \"$@\""));
    let extra_line = harness(script(d, "extra_line", "\"$REAL\" \"$@\"; rc=$?; echo extra; exit $rc"));
    let exit_3 = harness(script(d, "exit_3", "\"$REAL\" \"$@\"; exit 3"));
    let other_exc = harness(script(d, "other_exc", "\"$REAL\" \"$@\" 2>/dev/null; rc=$?; echo 'KeyError: 1' >&2; exit $rc"));
    let prog = corpus("func_default_keyword_args.py");
    assert_eq!(class_of(&honest, &prog), None);
    assert_eq!(class_of(&extra_line, &prog), Some("output-mismatch"));
    assert_eq!(class_of(&exit_3, &prog), Some("exit-code-mismatch"));
    assert_eq!(class_of(&other_exc, &corpus("exc_zero_div_int_floordiv.py")), Some("exception-mismatch"));

    // A launcher stands in for a broken binary: one that is killed by a signal, one that hangs.
    let mut crashing = honest.clone();
    crashing.launcher = vec![script(d, "segv", "kill -SEGV $$").into()];
    let r = check_program(&crashing, &prog);
    assert_eq!(r.status, Status::Fail { class: "crash", detail: "the Molt binary was killed by signal 11".into() });
    let mut hanging = honest.clone();
    hanging.launcher = vec![script(d, "hang", "exec sleep 30").into()];
    hanging.timeout = Duration::from_millis(1500);
    assert_eq!(class_of(&hanging, &prog), Some("timeout"));
}

#[test]
fn budgets_and_the_default_speed_check_fail_programs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let python = molt_oracle::resolve_python("python3").expect("python3 is installed");
    let honest = Harness::new(python, d.to_path_buf());
    let write = |name: &str, text: &str| {
        let p = d.join(name);
        std::fs::write(&p, text).expect("write program");
        p
    };
    let body = "s = ''\nfor i in range(200):\n    s = s + str(i)\nprint(len(s))\n";
    let within = write("within.py", &format!("# molt: max-allocs=100000 max-rss-kb=1000000\n{body}"));
    let r = check_program(&honest, &within);
    assert_eq!(r.status, Status::Pass);
    let stats = r.stats.expect("the binary reports MOLT_STATS");
    assert!(stats.allocs >= 200 && stats.max_rss_kb > 0, "{stats:?}");

    let allocs = write("allocs.py", &format!("# molt: max-allocs=10\n{body}"));
    match check_program(&honest, &allocs).status {
        Status::Fail { class: "budget-exceeded", detail } => assert!(detail.starts_with("allocations: ") && detail.ends_with("> max-allocs=10"), "{detail}"),
        other => panic!("{other:?}"),
    }
    let rss = write("rss.py", &format!("# molt: max-rss-kb=1\n{body}"));
    assert_eq!(class_of(&honest, &rss), Some("budget-exceeded"));
    let typo = write("typo.py", &format!("# molt: max-alocs=10\n{body}"));
    assert_eq!(class_of(&honest, &typo), Some("bad-header"));

    // A binary slowed down to 1 s (a sleeping launcher) is slower than CPython.
    let mut slow = honest.clone();
    slow.launcher = vec![script(d, "slow", "sleep 1; exec \"$@\"").into()];
    let plain = write("plain.py", body);
    match check_program(&slow, &plain).status {
        Status::Fail { class: "budget-exceeded", detail } => assert!(detail.starts_with("slower than CPython") && detail.contains("> max-slowdown=1"), "{detail}"),
        other => panic!("{other:?}"),
    }
    let lenient = write("lenient.py", &format!("# molt: max-slowdown=1000\n{body}"));
    assert_eq!(check_program(&slow, &lenient).status, Status::Pass);
}
