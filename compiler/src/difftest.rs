//! Differential testing of one program: compile it with Molt, run it under CPython and as
//! a binary (through `molt-oracle`), and classify the result. Shared by `molt test --diff`
//! and the corpus test so both judge programs the same way.

use crate::diagnostics::render;
use crate::driver::{self, CompileError};
use crate::link;
use molt_oracle::Divergence;
use std::path::Path;
use std::time::Duration;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Same observable behaviour as CPython.
    Pass,
    /// Rejected with a diagnostic, as the program's header expects.
    RejectedAsExpected,
    /// A divergence or another failure; `class` names it for reports.
    Fail { class: &'static str, detail: String },
}

#[derive(Clone, Debug)]
pub struct ProgramResult {
    pub status: Status,
    pub cpython_time: Option<Duration>,
    pub molt_time: Option<Duration>,
}

fn fail(class: &'static str, detail: String) -> ProgramResult {
    ProgramResult { status: Status::Fail { class, detail }, cpython_time: None, molt_time: None }
}

/// Checks one program; binaries are written into `work`.
pub fn check_program(python: &Path, program: &Path, work: &Path, timeout: Duration) -> ProgramResult {
    let source = match molt_oracle::read_to_string(program) {
        Ok(s) => s,
        Err(e) => return fail("unreadable", format!("cannot read: {e}")),
    };
    let options = molt_oracle::parse_options(&source);
    let path = program.to_string_lossy().to_string();
    match (&options.expect_reject, driver::compile_to_object(&path, &source)) {
        (Some(code), Err(CompileError::Rejected(diags))) => {
            let got: Vec<String> = diags.iter().map(|d| d.code.as_str()).collect();
            match code {
                Some(c) if !got.contains(c) => fail("wrong-rejection", format!("expected {c}, got {got:?}")),
                _ => ProgramResult { status: Status::RejectedAsExpected, cpython_time: None, molt_time: None },
            }
        }
        (Some(_), Ok(_)) => fail("accepted-unexpectedly", "expected a rejection, but it compiled".into()),
        (_, Err(CompileError::Internal(e))) => fail("build-failure", format!("internal compiler error: {e}")),
        (None, Err(CompileError::Rejected(diags))) => {
            fail("rejected", diags.iter().map(|d| render(d, &path, &source)).collect())
        }
        (None, Ok(object)) => {
            let stem = program.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
            let unique: String = path.bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64)).to_string();
            let exe = work.join(format!("{stem}-{unique}"));
            if let Err(e) = link::link(&object, &exe) {
                return fail("build-failure", e);
            }
            let expected = match molt_oracle::run_cpython(python, program, &options.args, timeout) {
                Ok(o) => o,
                Err(e) => return fail("oracle-failure", format!("cannot run {}: {e}", python.display())),
            };
            let actual = match molt_oracle::run(&exe, &[], &options.args, timeout) {
                Ok(o) => o,
                Err(e) => return fail("crash", format!("cannot run the binary: {e}")),
            };
            let _ = std::fs::remove_file(&exe);
            let status = match molt_oracle::compare(&expected, &actual) {
                None => Status::Pass,
                Some(d) => {
                    let class = match &d {
                        Divergence::Output { .. } => "output-mismatch",
                        Divergence::ExitCode { .. } => "exit-code-mismatch",
                        Divergence::Exception { .. } => "exception-mismatch",
                        Divergence::Crash { .. } => "crash",
                        Divergence::Timeout => "timeout",
                    };
                    let detail = match d {
                        Divergence::Output { expected, actual } => molt_oracle::diff_text(&expected, &actual),
                        other => format!("{other:?}"),
                    };
                    Status::Fail { class, detail }
                }
            };
            ProgramResult { status, cpython_time: Some(expected.elapsed), molt_time: Some(actual.elapsed) }
        }
    }
}

/// The `.py` files under each path (a file is taken as is), sorted.
pub fn discover(paths: &[std::path::PathBuf]) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    let mut stack: Vec<std::path::PathBuf> = paths.to_vec();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for entry in std::fs::read_dir(&p)? {
                stack.push(entry?.path());
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            files.push(p);
        } else if !p.exists() {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("{} does not exist", p.display())));
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}
