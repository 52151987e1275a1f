//! The corpus test: every program under `corpus/` is run under CPython (the judge) and as
//! a Molt binary, in parallel; stdout, exit code and the last stderr line must agree.
//! Programs marked `# molt: expect=reject CODE` must be rejected with that code.

use molt_compiler::driver::{self, CompileError};
use molt_compiler::link;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn corpus_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("corpus folder is readable") {
            let p = entry.expect("readable entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// Checks one program; returns a failure description, or None when it passes.
fn check(python: &Path, program: &Path, work: &Path) -> Option<String> {
    let source = molt_oracle::read_to_string(program).expect("corpus file is readable");
    let options = molt_oracle::parse_options(&source);
    let name = program.file_name().unwrap().to_string_lossy().to_string();
    let path = program.to_string_lossy().to_string();
    let compiled = driver::compile_to_object(&path, &source);
    match (&options.expect_reject, compiled) {
        (Some(code), Err(CompileError::Rejected(diags))) => {
            let got: Vec<String> = diags.iter().map(|d| d.code.as_str()).collect();
            match code {
                Some(c) if !got.contains(c) => Some(format!("{name}: expected rejection with {c}, got {got:?}")),
                _ => None,
            }
        }
        (Some(_), Ok(_)) => Some(format!("{name}: expected a rejection, but it compiled")),
        (_, Err(CompileError::Internal(e))) => Some(format!("{name}: internal compiler error: {e}")),
        (None, Err(CompileError::Rejected(diags))) => {
            let msgs: Vec<String> = diags.iter().map(|d| molt_compiler::diagnostics::render(d, &path, &source)).collect();
            Some(format!("{name}: rejected:\n{}", msgs.join("")))
        }
        (None, Ok(object)) => {
            let exe = work.join(name.trim_end_matches(".py"));
            if let Err(e) = link::link(&object, &exe) {
                return Some(format!("{name}: link failed: {e}"));
            }
            let timeout = Duration::from_secs(20);
            let expected = molt_oracle::run_cpython(python, program, &options.args, timeout).expect("CPython runs");
            let actual = molt_oracle::run(&exe, &[], &options.args, timeout).expect("binary runs");
            molt_oracle::compare(&expected, &actual).map(|d| match d {
                molt_oracle::Divergence::Output { expected, actual } => format!("{name}: stdout differs\n{}", molt_oracle::diff_text(&expected, &actual)),
                other => format!("{name}: {other:?}"),
            })
        }
    }
}

#[test]
fn corpus_matches_cpython() {
    let python = molt_oracle::resolve_python("python3").expect("python3 is installed");
    let work = tempfile::tempdir().expect("temporary folder");
    let files = corpus_files();
    assert!(files.len() >= 60, "the corpus has only {} programs", files.len());
    let failures: Vec<String> = files.par_iter().filter_map(|f| check(&python, f, work.path())).collect();
    eprintln!("corpus: {} programs, {} failures", files.len(), failures.len());
    assert!(failures.is_empty(), "{} of {} corpus programs failed:\n\n{}", failures.len(), files.len(), failures.join("\n\n"));
}
