//! The oracle: runs a program under CPython and as a Molt binary, and compares what an
//! observer can see — stdout bytes, the exit code, and the last stderr line (the uncaught
//! exception's `Type: message`). Only this crate starts CPython.
//!
//! Corpus conventions (`specs/corpus.md`): plain `.py` files; options in `# molt:` header
//! comments, e.g. `# molt: expect=reject MOLT0002`.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

/// What an observer sees of one run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    /// `None`: killed by a signal.
    pub exit_code: Option<i32>,
    pub last_stderr_line: String,
    pub timed_out: bool,
    pub elapsed: Duration,
}

/// Options read from a program's `# molt:` header lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// `expect=reject [CODE]`: Molt must reject the program (with this code, if given).
    pub expect_reject: Option<Option<String>>,
    pub args: Vec<String>,
}

pub fn parse_options(source: &str) -> Options {
    let mut o = Options::default();
    for line in source.lines().take_while(|l| l.starts_with('#') || l.trim().is_empty()) {
        let Some(rest) = line.strip_prefix("# molt:") else { continue };
        let rest = rest.trim();
        if let Some(r) = rest.strip_prefix("expect=reject") {
            let code = r.split_whitespace().next().map(str::to_string);
            o.expect_reject = Some(code);
        } else if let Some(a) = rest.strip_prefix("args=") {
            o.args = a.split_whitespace().map(str::to_string).collect();
        }
    }
    o
}

/// Runs `program args...` with a timeout, capturing stdout and stderr.
pub fn run(program: &Path, pre_args: &[&str], args: &[String], timeout: Duration) -> std::io::Result<Outcome> {
    let start = Instant::now();
    let mut all: Vec<String> = pre_args.iter().map(|s| s.to_string()).collect();
    all.extend(args.iter().cloned());
    let handle = duct::cmd(program, &all).stdin_null().stdout_capture().stderr_capture().unchecked().start()?;
    let mut timed_out = false;
    let output = loop {
        if let Some(out) = handle.try_wait()? {
            break out.clone();
        }
        if start.elapsed() > timeout {
            timed_out = true;
            let _ = handle.kill();
            break handle.wait()?.clone();
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string();
    Ok(Outcome { stdout: output.stdout, exit_code: output.status.code(), last_stderr_line: last, timed_out, elapsed: start.elapsed() })
}

/// Runs a Python file under the given interpreter.
pub fn run_cpython(python: &Path, program: &Path, args: &[String], timeout: Duration) -> std::io::Result<Outcome> {
    let p = program.to_string_lossy().to_string();
    let start = Instant::now();
    let mut o = run(python, &["-X", "utf8", &p], args, timeout)?;
    o.elapsed = start.elapsed();
    Ok(o)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Divergence {
    Output { expected: String, actual: String },
    ExitCode { expected: Option<i32>, actual: Option<i32> },
    Exception { expected: String, actual: String },
    Crash { signal_exit: Option<i32> },
    Timeout,
}

/// Compares Molt's outcome with CPython's; `None` when they agree.
pub fn compare(cpython: &Outcome, molt: &Outcome) -> Option<Divergence> {
    if molt.timed_out {
        return Some(Divergence::Timeout);
    }
    if molt.exit_code.is_none() {
        return Some(Divergence::Crash { signal_exit: None });
    }
    if cpython.stdout != molt.stdout {
        return Some(Divergence::Output { expected: String::from_utf8_lossy(&cpython.stdout).into(), actual: String::from_utf8_lossy(&molt.stdout).into() });
    }
    if cpython.exit_code != molt.exit_code {
        return Some(Divergence::ExitCode { expected: cpython.exit_code, actual: molt.exit_code });
    }
    if cpython.exit_code != Some(0) && cpython.last_stderr_line != molt.last_stderr_line {
        return Some(Divergence::Exception { expected: cpython.last_stderr_line.clone(), actual: molt.last_stderr_line.clone() });
    }
    None
}

/// A line diff of two texts, enough to see where outputs part.
pub fn diff_text(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let mut out = format!("first difference at line {}\n", first + 1);
    for l in e.iter().skip(first).take(3) {
        out.push_str(&format!("- {l}\n"));
    }
    for l in a.iter().skip(first).take(3) {
        out.push_str(&format!("+ {l}\n"));
    }
    out
}

/// Reads a whole file, for harnesses.
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    let mut s = String::new();
    std::fs::File::open(path)?.read_to_string(&mut s)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(stdout: &str, code: i32, last: &str) -> Outcome {
        Outcome { stdout: stdout.into(), exit_code: Some(code), last_stderr_line: last.into(), timed_out: false, elapsed: Duration::ZERO }
    }

    #[test]
    fn compare_detects_each_divergence_class() {
        let base = outcome("a\n", 1, "ValueError: x");
        assert_eq!(compare(&base, &base), None);
        assert!(matches!(compare(&base, &outcome("b\n", 1, "ValueError: x")), Some(Divergence::Output { .. })));
        assert!(matches!(compare(&base, &outcome("a\n", 2, "ValueError: x")), Some(Divergence::ExitCode { .. })));
        assert!(matches!(compare(&base, &outcome("a\n", 1, "TypeError: x")), Some(Divergence::Exception { .. })));
        let mut crashed = base.clone();
        crashed.exit_code = None;
        assert!(matches!(compare(&base, &crashed), Some(Divergence::Crash { .. })));
    }

    #[test]
    fn header_options() {
        let o = parse_options("# molt: expect=reject MOLT0002\n# molt: args=a b\nprint(1)\n# molt: args=zzz\n");
        assert_eq!(o.expect_reject, Some(Some("MOLT0002".into())));
        assert_eq!(o.args, vec!["a", "b"]);
    }
}

/// Resolves an interpreter name found on PATH (e.g. a pyenv shim) to the real executable,
/// which starts ~150 ms faster per run. A path (containing '/') is used as given.
pub fn resolve_python(python: &str) -> std::io::Result<std::path::PathBuf> {
    if python.contains('/') {
        return Ok(std::path::PathBuf::from(python));
    }
    let out = duct::cmd(python, ["-c", "import sys; print(sys.executable)"]).stdout_capture().read()?;
    Ok(std::path::PathBuf::from(out.trim()))
}
