//! The harness must be able to fail: against a deliberately wrong oracle (a script that
//! alters CPython's output or exit status), each divergence class is reported.

use molt_compiler::difftest::{check_program, Status};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn fake_python(dir: &Path, name: &str, body: &str) -> PathBuf {
    let real = molt_oracle::resolve_python("python3").expect("python3 is installed");
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\nREAL='{}'\n{body}\n", real.display())).expect("write script");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

fn class_of(python: &Path, program: &str, work: &Path) -> Option<&'static str> {
    let program = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/core").join(program);
    match check_program(python, &program, work, Duration::from_secs(30)).status {
        Status::Fail { class, .. } => Some(class),
        _ => None,
    }
}

#[test]
fn each_divergence_class_is_detected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let honest = fake_python(dir.path(), "honest", "exec \"$REAL\" \"$@\"");
    let extra_line = fake_python(dir.path(), "extra_line", "\"$REAL\" \"$@\"; rc=$?; echo extra; exit $rc");
    let exit_3 = fake_python(dir.path(), "exit_3", "\"$REAL\" \"$@\"; exit 3");
    let other_exc = fake_python(dir.path(), "other_exc", "\"$REAL\" \"$@\" 2>/dev/null; rc=$?; echo 'KeyError: 1' >&2; exit $rc");
    let w = dir.path();
    assert_eq!(class_of(&honest, "func_default_keyword_args.py", w), None);
    assert_eq!(class_of(&extra_line, "func_default_keyword_args.py", w), Some("output-mismatch"));
    assert_eq!(class_of(&exit_3, "func_default_keyword_args.py", w), Some("exit-code-mismatch"));
    assert_eq!(class_of(&other_exc, "exc_zero_div_int_floordiv.py", w), Some("exception-mismatch"));
}
