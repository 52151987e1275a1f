//! Differential testing of one program: compile it with Molt (cached by content), run it
//! under CPython and as a binary (through `molt-oracle`), compare, check its budgets, and
//! classify the result. Shared by `molt test --diff` and the corpus test so both judge
//! programs the same way.

use crate::diagnostics::render;
use crate::driver::{self, CompileError};
use crate::link;
use molt_oracle::{Invocation, Options, Outcome, Stats};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How programs are judged; one per harness run.
#[derive(Clone, Debug)]
pub struct Harness {
    /// The oracle interpreter (resolved, see `molt_oracle::resolve_python`).
    pub python: PathBuf,
    /// Scratch space for stats files (and binaries when the cache is unusable).
    pub work: PathBuf,
    pub timeout: Duration,
    /// A command prefix the Molt binary runs under (e.g. `valgrind`); empty for none.
    pub launcher: Vec<OsString>,
    /// Whether a binary slower than CPython fails (the fuzzer judges behaviour only).
    pub check_speed: bool,
    pub judge: Judge,
}

/// What a program is judged on.
#[derive(Clone, Debug)]
pub enum Judge {
    /// Its behaviour against CPython's (the oracle).
    Oracle,
    /// Front-end robustness: `molt build`, run as a process of the given Molt binary,
    /// must produce a binary or a diagnostic (exit 2) within the timeout, and never
    /// crash or report an internal error. Nothing is run; CPython is not involved.
    Build { molt: PathBuf },
}

impl Harness {
    pub fn new(python: PathBuf, work: PathBuf) -> Harness {
        Harness { python, work, timeout: Duration::from_secs(30), launcher: Vec::new(), check_speed: true, judge: Judge::Oracle }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Same observable behaviour as CPython, within budgets.
    Pass,
    /// Rejected with a diagnostic, as the program's header expects.
    RejectedAsExpected,
    /// Still diverges with the signature its `known-divergence` header names: a tracked
    /// bug, not a failure.
    KnownDivergence { signature: String },
    /// A divergence or another failure; `class` names it for reports (`specs/oracle.md`).
    Fail { class: &'static str, detail: String },
}

#[derive(Clone, Debug)]
pub struct ProgramResult {
    pub status: Status,
    pub cpython_time: Option<Duration>,
    pub molt_time: Option<Duration>,
    pub stats: Option<Stats>,
    /// What CPython and the Molt binary did, when they ran.
    pub cpython: Option<Outcome>,
    pub molt: Option<Outcome>,
}

fn fail(class: &'static str, detail: String) -> ProgramResult {
    ProgramResult { status: Status::Fail { class, detail }, cpython_time: None, molt_time: None, stats: None, cpython: None, molt: None }
}

/// How many extra runs of both sides a program gets before it is failed as slower than
/// CPython: the minimum over runs filters out scheduler noise on a loaded machine. Each
/// retry waits a little longer first, so a stall of the host (measured: 50 ms start-ups
/// for 3 ms programs, several runs in a row) passes before the last one.
const SLOWDOWN_RETRIES: usize = 4;

/// Checks one program.
pub fn check_program(h: &Harness, program: &Path) -> ProgramResult {
    let source = match molt_oracle::read_to_string(program) {
        Ok(s) => s,
        Err(e) => return fail("unreadable", format!("cannot read: {e}")),
    };
    let options = match molt_oracle::parse_options(&source) {
        Ok(o) => o,
        Err(e) => return fail("bad-header", e),
    };
    let result = match &h.judge {
        Judge::Oracle => judge(h, program, &source, &options),
        Judge::Build { molt } => judge_build(h, molt, program),
    };
    match &options.known_divergence {
        Some(signature) => track_known_divergence(result, signature.clone()),
        None => result,
    }
}

/// A tracked bug stays tracked while it diverges the same way; when it no longer does,
/// the gate fails so that the header is removed (or updated, if it diverges otherwise).
fn track_known_divergence(mut r: ProgramResult, signature: String) -> ProgramResult {
    r.status = match r.status {
        Status::Fail { class, detail } if molt_oracle::divergence_signature(class, &detail) == signature => Status::KnownDivergence { signature },
        Status::Fail { class, detail } => {
            let actual = molt_oracle::divergence_signature(class, &detail);
            Status::Fail { class, detail: format!("{detail}\n(the header expects the known divergence {signature}; this one is {actual})") }
        }
        _ => Status::Fail { class: "divergence-fixed", detail: format!("the known divergence {signature} no longer happens: remove the `known-divergence` header") },
    };
    r
}

/// Judges a program whose header was read: rejection expected, or both sides run.
fn judge(h: &Harness, program: &Path, source: &str, options: &Options) -> ProgramResult {
    let path = program.to_string_lossy().to_string();
    if let Some(code) = &options.expect_reject {
        return match driver::compile_to_object_in_tier(&path, source, tier_of(options)) {
            Err(CompileError::Rejected(diags)) => {
                let got: Vec<String> = diags.iter().map(|d| d.code.as_str()).collect();
                match code {
                    Some(c) if !got.contains(c) => fail("wrong-rejection", format!("expected {c}, got {got:?}")),
                    _ => ProgramResult { status: Status::RejectedAsExpected, cpython_time: None, molt_time: None, stats: None, cpython: None, molt: None },
                }
            }
            Err(CompileError::Internal(e)) => fail("build-failure", format!("internal compiler error: {e}")),
            Ok(_) => fail("accepted-unexpectedly", "expected a rejection, but it compiled".into()),
        };
    }
    let exe = match build_cached(h, &path, source, tier_of(options)) {
        Ok(exe) => exe,
        Err(r) => return r,
    };
    let stdin = match &options.stdin {
        Some(f) => {
            let p = program.parent().unwrap_or(Path::new(".")).join(f);
            if !p.is_file() {
                return fail("bad-header", format!("stdin file {} does not exist", p.display()));
            }
            Some(p)
        }
        None => None,
    };
    run_and_judge(h, program, &exe, options, stdin)
}

/// `Judge::Build`. Failure classes: `compiler-crash` (a panic or a signal; the detail is
/// the panic's location and message, so shrinking keeps the same bug), `compiler-hang`,
/// `internal-error`, and `no-diagnostic` (exit 2 without an error message).
fn judge_build(h: &Harness, molt: &Path, program: &Path) -> ProgramResult {
    let Ok(out) = tempfile::tempdir_in(&h.work) else { return fail("oracle-failure", format!("cannot create a folder in {}", h.work.display())) };
    let argv = vec![molt.into(), "build".into(), program.into(), "-o".into(), out.path().join("a.out").into()];
    let build = Invocation { argv, stdin: None, env: vec![("RUST_BACKTRACE".into(), "0".into())] };
    let o = match molt_oracle::run(&build, h.timeout) {
        Ok(o) => o,
        Err(e) => return fail("oracle-failure", format!("cannot run {}: {e}", molt.display())),
    };
    let built = |status| ProgramResult { status, cpython_time: None, molt_time: Some(o.elapsed), stats: None, cpython: None, molt: Some(o.clone()) };
    let stderr = o.stderr.trim();
    if o.timed_out {
        return built(Status::Fail { class: "compiler-hang", detail: format!("molt build ran for over {:?}", h.timeout) });
    }
    if let Some(panic) = stderr.lines().position(|l| l.contains("panicked at")) {
        let lines: Vec<&str> = stderr.lines().skip(panic).take(2).collect();
        return built(Status::Fail { class: "compiler-crash", detail: lines.join("\n") });
    }
    match o.exit_code {
        Some(0) => built(Status::Pass),
        Some(2) if stderr.contains("internal compiler error") => built(Status::Fail { class: "internal-error", detail: stderr.lines().find(|l| l.contains("internal compiler error")).unwrap_or(stderr).to_string() }),
        Some(2) if stderr.starts_with("error") => built(Status::RejectedAsExpected),
        Some(2) => built(Status::Fail { class: "no-diagnostic", detail: format!("exit 2 without an error message; stderr: {stderr:?}") }),
        code => built(Status::Fail { class: "compiler-crash", detail: format!("exit {code:?}, signal {:?}: {}", o.signal, o.last_stderr_line) }),
    }
}

/// Compiles and links a program into the content-addressed binary cache, unless it is
/// already there. Programs that Molt rejects are failures here (no `expect=reject`).
fn tier_of(options: &Options) -> driver::Tier {
    if options.tier0 { driver::Tier::Frozen } else { driver::Tier::Guarded }
}

fn build_cached(h: &Harness, path: &str, source: &str, tier: driver::Tier) -> Result<PathBuf, ProgramResult> {
    // A tier-0 build also proves every type: it must not reuse a tier-1 binary.
    let key = link::binary_cache_key(path, source) + if tier == driver::Tier::Frozen { "-t0" } else { "" };
    let dir = link::cache_dir().join("bin");
    let exe = match std::fs::create_dir_all(&dir) {
        Ok(()) => dir.join(key.clone()),
        Err(_) => h.work.join(key),
    };
    if link::touch_cached(&exe) {
        return Ok(exe);
    }
    match driver::compile_to_object_in_tier(path, source, tier) {
        Ok(object) => link::link(&object, &exe).map(|()| exe).map_err(|e| fail("build-failure", e)),
        Err(CompileError::Internal(e)) => Err(fail("build-failure", format!("internal compiler error: {e}"))),
        Err(CompileError::Rejected(diags)) => Err(fail("rejected", diags.iter().map(|d| render(d, path, source)).collect())),
    }
}

fn run_and_judge(h: &Harness, program: &Path, exe: &Path, options: &Options, stdin: Option<PathBuf>) -> ProgramResult {
    let mut cpython = molt_oracle::cpython_invocation(&h.python, program, &options.args);
    cpython.stdin = stdin.clone();
    let stats_file = tempfile::Builder::new().prefix("stats").tempfile_in(&h.work);
    let Ok(stats_file) = stats_file else { return fail("oracle-failure", format!("cannot write in {}", h.work.display())) };
    let mut argv = h.launcher.clone();
    argv.push(exe.into());
    argv.extend(options.args.iter().map(OsString::from));
    let molt = Invocation { argv, stdin, env: vec![("MOLT_STATS".into(), stats_file.path().into())] };

    let run_both = || -> Result<(Outcome, Outcome), ProgramResult> {
        let expected = molt_oracle::run(&cpython, h.timeout).map_err(|e| fail("oracle-failure", format!("cannot run {}: {e}", h.python.display())))?;
        let actual = molt_oracle::run(&molt, h.timeout).map_err(|e| fail("crash", format!("cannot run the binary: {e}")))?;
        Ok((expected, actual))
    };
    let (expected, actual) = match run_both() {
        Ok(pair) => pair,
        Err(r) => return r,
    };
    let stats = molt_oracle::read_stats(stats_file.path());
    let (mut cpython_time, mut molt_time) = (expected.elapsed, actual.elapsed);
    let done = |status, c, m| ProgramResult { status, cpython_time: Some(c), molt_time: Some(m), stats: stats.clone(), cpython: Some(expected.clone()), molt: Some(actual.clone()) };
    if let Some(d) = molt_oracle::compare(&expected, &actual) {
        return done(Status::Fail { class: d.class(), detail: d.detail() }, cpython_time, molt_time);
    }
    let max_slowdown = options.max_slowdown.unwrap_or(if h.check_speed { molt_oracle::DEFAULT_MAX_SLOWDOWN } else { f64::INFINITY });
    let options = &Options { max_slowdown: Some(max_slowdown), ..options.clone() };
    let mut over = molt_oracle::exceeded_budgets(options, stats.as_ref(), cpython_time, molt_time);
    for retry in 0..SLOWDOWN_RETRIES {
        if over.is_empty() || molt_oracle::slowdown(cpython_time, molt_time) <= max_slowdown {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100 << retry));
        let Ok((e, a)) = run_both() else { break };
        (cpython_time, molt_time) = (cpython_time.min(e.elapsed), molt_time.min(a.elapsed));
        over = molt_oracle::exceeded_budgets(options, stats.as_ref(), cpython_time, molt_time);
    }
    if over.is_empty() {
        done(Status::Pass, cpython_time, molt_time)
    } else {
        done(Status::Fail { class: "budget-exceeded", detail: over.join("\n") }, cpython_time, molt_time)
    }
}

/// The `.py` files under each path (a file is taken as is), sorted.
pub fn discover(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = paths.to_vec();
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
