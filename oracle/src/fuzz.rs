//! The generator side of the fuzzer (specs/fuzzing.md): the hypothesis-based program
//! generator (embedded, so an installed `molt` carries it), how it is started, and what
//! makes a generated program valid.

use crate::Outcome;
use std::path::{Path, PathBuf};

/// `oracle/fuzz/generate.py`.
pub const GENERATOR_SCRIPT: &str = include_str!("../fuzz/generate.py");

/// How to install what the generator needs, for error messages.
pub const SETUP_HINT: &str = "python3 -m venv .venv && .venv/bin/pip install hypothesis==6.170.15 hypothesmith==0.3.3, then pass --generator-python .venv/bin/python";

/// Writes the generator script into `dir` and returns its path.
pub fn install_generator(dir: &Path) -> Result<PathBuf, String> {
    let path = dir.join("generate.py");
    std::fs::write(&path, GENERATOR_SCRIPT).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// Checks that `python` can run the generator with `policy` (hypothesis installed, the
/// policy known) before any work starts.
pub fn check_generator(python: &Path, script: &Path, policy: &str) -> Result<(), String> {
    let out = duct::cmd(python, [script.as_os_str(), "--check".as_ref(), "--seed".as_ref(), "0".as_ref(), "--count".as_ref(), "0".as_ref(), "--out".as_ref(), ".".as_ref(), "--policy".as_ref(), policy.as_ref()])
        .stdout_capture()
        .stderr_capture()
        .unchecked()
        .run()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    for module in ["hypothesis", "hypothesmith"] {
        if stderr.contains(&format!("No module named '{module}'")) {
            return Err(format!("the generator needs {module}, which {} cannot import: {SETUP_HINT}", python.display()));
        }
    }
    Err(stderr.lines().last().unwrap_or("the generator failed").to_string())
}

/// Generates `count` programs from `seed` into `out` (`p00000.py`, ...), in order.
pub fn generate(python: &Path, script: &Path, seed: u64, count: usize, policy: &str, out: &Path) -> Result<Vec<PathBuf>, String> {
    let (seed, count) = (seed.to_string(), count.to_string());
    let args = [script.as_os_str(), "--seed".as_ref(), seed.as_ref(), "--count".as_ref(), count.as_ref(), "--policy".as_ref(), policy.as_ref(), "--out".as_ref(), out.as_os_str()];
    let run = duct::cmd(python, args).stdout_capture().stderr_capture().unchecked().run().map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    if !run.status.success() {
        let stderr = String::from_utf8_lossy(&run.stderr);
        return Err(format!("the generator failed: {}", stderr.lines().last().unwrap_or("")));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(out)
        .map_err(|e| format!("cannot read {}: {e}", out.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('p') && n.ends_with(".py")))
        .collect();
    files.sort();
    Ok(files)
}

/// The exception a program was generated to end with (`# molt-fuzz: raises=Type`).
pub fn expected_raise(source: &str) -> Option<&str> {
    source.lines().take_while(|l| l.starts_with('#')).find_map(|l| l.strip_prefix("# molt-fuzz: raises=")).map(str::trim)
}

/// Whether CPython ran a generated program as it was meant to: to the end, or to the
/// uncaught exception it was generated to raise. Other programs are the generator's
/// bugs, not Molt's.
pub fn is_valid(source: &str, cpython: &Outcome) -> bool {
    if cpython.timed_out {
        return false;
    }
    match expected_raise(source) {
        None => cpython.exit_code == Some(0),
        Some(exc) => cpython.exit_code == Some(1) && cpython.last_stderr_line.split(':').next() == Some(exc),
    }
}
