//! The oracle: runs a program under CPython and as a Molt binary, and compares what an
//! observer can see — stdout bytes, the exit code, and the last stderr line (the uncaught
//! exception's `Type: message`) — and what the budgets bound (allocations, peak RSS, the
//! time ratio against CPython). Only this crate starts CPython.
//!
//! Corpus conventions (`specs/corpus.md`): plain `.py` files; options in `# molt:` header
//! comments, e.g. `# molt: expect=reject MOLT0002`. An unknown option is an error, so a
//! typo never silently disables a check.

pub mod fuzz;
pub mod measure;

use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What an observer sees of one run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    /// `None`: killed by a signal.
    pub exit_code: Option<i32>,
    /// The signal that killed the process, if any.
    pub signal: Option<i32>,
    pub last_stderr_line: String,
    /// All of stderr (lossily decoded), for failures that need more than its last line.
    pub stderr: String,
    pub timed_out: bool,
    pub elapsed: Duration,
}

/// What a Molt binary reports about itself through `MOLT_STATS=<file>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub allocs: u64,
    pub frees: u64,
    pub peak_heap_bytes: u64,
    pub wall_ns: u64,
    #[serde(default)]
    pub max_rss_kb: u64,
}

/// Options read from a program's `# molt:` header lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// `expect=reject [CODE]`: Molt must reject the program (with this code, if given).
    pub expect_reject: Option<Option<String>>,
    /// `args=a b`: command-line arguments for both runs.
    pub args: Vec<String>,
    /// `stdin=FILE`: standard input for both runs, relative to the program's folder.
    pub stdin: Option<String>,
    /// `max-allocs=N`: the Molt binary may allocate at most N times.
    pub max_allocs: Option<u64>,
    /// `max-rss-kb=N`: the Molt binary's peak resident set, in KiB.
    pub max_rss_kb: Option<u64>,
    /// `max-slowdown=R`: Molt's wall time may be at most R times CPython's (default 1.0).
    pub max_slowdown: Option<f64>,
    /// `known-divergence=SIGNATURE`: a tracked bug (a fuzzer's regression test). The
    /// program must still diverge with this signature; once it passes, the header has
    /// to go (specs/fuzzing.md).
    pub known_divergence: Option<String>,
    /// `tier=0`: build with `--tier 0` (every value's type proven; specs/tier0.md).
    pub tier0: bool,
}

/// The default `max-slowdown`: a Molt binary slower than CPython is a failure.
pub const DEFAULT_MAX_SLOWDOWN: f64 = 1.0;

/// Reads the `# molt:` options from the leading comment block of a program.
pub fn parse_options(source: &str) -> Result<Options, String> {
    let mut o = Options::default();
    for (i, line) in source.lines().enumerate().take_while(|(_, l)| l.starts_with('#') || l.trim().is_empty()) {
        let Some(rest) = line.strip_prefix("# molt:") else { continue };
        for item in split_items(rest.trim()) {
            let (key, value) = item.split_once('=').unwrap_or((item.as_str(), ""));
            let bad = |what: &str| format!("line {}: `{item}`: {what}", i + 1);
            let number = |v: &str| v.parse::<u64>().map_err(|_| bad("expected a whole number"));
            match key {
                "expect" => {
                    let mut words = value.split_whitespace();
                    if words.next() != Some("reject") {
                        return Err(bad("the only expectation is `expect=reject [CODE]`"));
                    }
                    o.expect_reject = Some(words.next().map(str::to_string));
                }
                "args" => o.args = value.split_whitespace().map(str::to_string).collect(),
                "stdin" => o.stdin = Some(value.trim().to_string()),
                "max-allocs" => o.max_allocs = Some(number(value)?),
                "max-rss-kb" => o.max_rss_kb = Some(number(value)?),
                "max-slowdown" => {
                    let r: f64 = value.parse().map_err(|_| bad("expected a ratio such as 2.5"))?;
                    if !(r > 0.0 && r.is_finite()) {
                        return Err(bad("the ratio must be positive"));
                    }
                    o.max_slowdown = Some(r);
                }
                "known-divergence" if !value.is_empty() => o.known_divergence = Some(value.to_string()),
                "tier" => match value {
                    "0" => o.tier0 = true,
                    "1" => o.tier0 = false,
                    _ => return Err(bad("the tier is 0 or 1")),
                },
                _ => return Err(bad("unknown option (known: expect, args, stdin, max-allocs, max-rss-kb, max-slowdown, known-divergence, tier)")),
            }
        }
    }
    Ok(o)
}

/// Splits `a=1 b=x y` style headers: `expect=` and `args=` take the rest of the line.
fn split_items(rest: &str) -> Vec<String> {
    if rest.starts_with("expect=") || rest.starts_with("args=") {
        return vec![rest.to_string()];
    }
    rest.split_whitespace().map(str::to_string).collect()
}

/// One process to run: a command line, optional stdin file and extra environment.
#[derive(Clone, Debug, Default)]
pub struct Invocation {
    pub argv: Vec<OsString>,
    pub stdin: Option<PathBuf>,
    pub env: Vec<(String, OsString)>,
}

/// Runs an invocation with a timeout, capturing stdout and stderr.
pub fn run(inv: &Invocation, timeout: Duration) -> std::io::Result<Outcome> {
    let Some((program, args)) = inv.argv.split_first() else {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "empty command line"));
    };
    let start = Instant::now();
    let mut cmd = duct::cmd(program, args).stdout_capture().stderr_capture().unchecked();
    cmd = match &inv.stdin {
        Some(f) => cmd.stdin_path(f),
        None => cmd.stdin_null(),
    };
    for (k, v) in &inv.env {
        cmd = cmd.env(k, v);
    }
    let handle = cmd.start()?;
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
        std::thread::sleep(Duration::from_millis(1));
    };
    let elapsed = start.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string();
    use std::os::unix::process::ExitStatusExt;
    let signal = if timed_out { None } else { output.status.signal() };
    Ok(Outcome { stdout: output.stdout, exit_code: output.status.code(), signal, last_stderr_line: last, stderr: stderr.into_owned(), timed_out, elapsed })
}

/// The command line that runs a Python file under the given interpreter.
pub fn cpython_invocation(python: &Path, program: &Path, args: &[String]) -> Invocation {
    let mut argv: Vec<OsString> = vec![python.into(), "-X".into(), "utf8".into(), program.into()];
    argv.extend(args.iter().map(OsString::from));
    // Hash randomization would make set iteration order differ between runs.
    Invocation { argv, stdin: None, env: vec![("PYTHONHASHSEED".into(), "0".into())] }
}

/// Reads the stats a Molt binary wrote; `None` if it wrote none (e.g. it crashed).
pub fn read_stats(path: &Path) -> Option<Stats> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Divergence {
    Output { expected: String, actual: String },
    ExitCode { expected: Option<i32>, actual: Option<i32> },
    Exception { expected: String, actual: String },
    Crash { signal: Option<i32> },
    /// Which side timed out: the judge cannot judge a program it cannot finish.
    Timeout { cpython: bool, molt: bool },
}

impl Divergence {
    /// The class name used in reports (`specs/oracle.md`).
    pub fn class(&self) -> &'static str {
        match self {
            Divergence::Output { .. } => "output-mismatch",
            Divergence::ExitCode { .. } => "exit-code-mismatch",
            Divergence::Exception { .. } => "exception-mismatch",
            Divergence::Crash { .. } => "crash",
            Divergence::Timeout { .. } => "timeout",
        }
    }

    /// A human explanation; for output mismatches a unified diff.
    pub fn detail(&self) -> String {
        match self {
            Divergence::Output { expected, actual } => unified_diff(expected, actual),
            Divergence::ExitCode { expected, actual } => format!("exit code: CPython {expected:?}, Molt {actual:?}"),
            Divergence::Exception { expected, actual } => format!("- {expected}\n+ {actual}"),
            Divergence::Crash { signal } => format!("the Molt binary was killed by signal {}", signal.map_or("?".into(), |s| s.to_string())),
            Divergence::Timeout { cpython, molt } => match (cpython, molt) {
                (true, true) => "both CPython and the Molt binary timed out".into(),
                (true, false) => "CPython timed out (the program cannot be judged)".into(),
                _ => "the Molt binary timed out".into(),
            },
        }
    }
}

/// What must stay the same while a diverging program is shrunk: the class and, for
/// output, the first differing pair of lines; for exceptions, both exception types;
/// otherwise the first line of the detail. Runs of digits count as one `#`, so the
/// values in a program can shrink while its divergence stays the same.
pub fn divergence_key(class: &str, detail: &str) -> String {
    let key = match class {
        "output-mismatch" => {
            // The detail is a unified diff: skip its `---`/`+++` header.
            let body = detail.lines().skip_while(|l| !l.starts_with("@@"));
            let removed = body.clone().find(|l| l.starts_with('-')).unwrap_or("-");
            let added = body.clone().find(|l| l.starts_with('+')).unwrap_or("+");
            format!("{class}\n{removed}\n{added}")
        }
        "exception-mismatch" => {
            let exception_type = |prefix: &str| {
                let line = detail.lines().find_map(|l| l.strip_prefix(prefix)).unwrap_or("");
                line.split(':').next().unwrap_or("").trim().to_string()
            };
            format!("{class}\n{}\n{}", exception_type("- "), exception_type("+ "))
        }
        _ => format!("{class}\n{}", detail.lines().next().unwrap_or("")),
    };
    let mut normalized = String::with_capacity(key.len());
    for c in key.chars() {
        if !(c.is_ascii_digit() && normalized.ends_with('#')) {
            normalized.push(if c.is_ascii_digit() { '#' } else { c });
        }
    }
    normalized
}

/// A divergence's signature, `CLASS-HASH` (a hash of its key): the same for programs
/// that diverge the same way. Names bug reports and `known-divergence` headers.
pub fn divergence_signature(class: &str, detail: &str) -> String {
    format!("{class}-{:08x}", stable_hash(&divergence_key(class, detail)) >> 32)
}

/// FNV-1a of `text`: stable across Rust versions and machines, unlike `DefaultHasher`,
/// so signatures and fuzzing seeds derived from it never change.
pub fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// Compares Molt's outcome with CPython's; `None` when they agree.
pub fn compare(cpython: &Outcome, molt: &Outcome) -> Option<Divergence> {
    if molt.timed_out || cpython.timed_out {
        return Some(Divergence::Timeout { cpython: cpython.timed_out, molt: molt.timed_out });
    }
    if molt.exit_code.is_none() {
        return Some(Divergence::Crash { signal: molt.signal });
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

/// Checks the declared budgets and the slowdown ratio; returns each exceeded budget.
pub fn exceeded_budgets(options: &Options, stats: Option<&Stats>, cpython: Duration, molt: Duration) -> Vec<String> {
    let mut over = Vec::new();
    let need_stats = options.max_allocs.is_some() || options.max_rss_kb.is_some();
    match stats {
        None if need_stats => over.push("the binary wrote no MOLT_STATS report".to_string()),
        None => {}
        Some(s) => {
            if let Some(max) = options.max_allocs.filter(|&m| s.allocs > m) {
                over.push(format!("allocations: {} > max-allocs={max}", s.allocs));
            }
            if let Some(max) = options.max_rss_kb.filter(|&m| s.max_rss_kb > m) {
                over.push(format!("peak RSS: {} KiB > max-rss-kb={max}", s.max_rss_kb));
            }
        }
    }
    let limit = options.max_slowdown.unwrap_or(DEFAULT_MAX_SLOWDOWN);
    let ratio = slowdown(cpython, molt);
    if ratio > limit {
        over.push(format!(
            "slower than CPython: {:.1} ms vs {:.1} ms, ratio {ratio:.2} > max-slowdown={limit}",
            molt.as_secs_f64() * 1e3,
            cpython.as_secs_f64() * 1e3
        ));
    }
    over
}

/// Molt's wall time over CPython's (above 1.0: Molt is slower).
pub fn slowdown(cpython: Duration, molt: Duration) -> f64 {
    molt.as_secs_f64() / cpython.as_secs_f64().max(1e-9)
}

/// A unified diff of two outputs (expected = CPython, actual = Molt), with context.
pub fn unified_diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual).unified_diff().context_radius(2).header("cpython", "molt").to_string()
}

/// Reads a whole file, for harnesses.
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    let mut s = String::new();
    std::fs::File::open(path)?.read_to_string(&mut s)?;
    Ok(s)
}

/// Resolves an interpreter name found on PATH (e.g. a pyenv shim) to the real executable,
/// which starts ~150 ms faster per run. A path (containing '/') is used as given.
pub fn resolve_python(python: &str) -> std::io::Result<PathBuf> {
    if python.contains('/') {
        let path = PathBuf::from(python);
        if !path.is_file() {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("{python} does not exist")));
        }
        return Ok(path);
    }
    let out = duct::cmd(python, ["-c", "import sys; print(sys.executable)"]).stdout_capture().read()?;
    Ok(PathBuf::from(out.trim()))
}

/// `--shard K/N` (1-based): program `i` (in sorted order) belongs to shard `i % N + 1`.
pub fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let err = || format!("invalid shard '{s}': expected K/N with 1 <= K <= N, e.g. 2/4");
    let (k, n) = s.split_once('/').ok_or_else(err)?;
    let (k, n): (usize, usize) = (k.trim().parse().map_err(|_| err())?, n.trim().parse().map_err(|_| err())?);
    if n == 0 || k == 0 || k > n {
        return Err(err());
    }
    Ok((k, n))
}

/// The items of shard `k` of `n` (1-based), from a list in a deterministic order.
pub fn shard<T: Clone>(items: &[T], k: usize, n: usize) -> Vec<T> {
    items.iter().enumerate().filter(|(i, _)| i % n == k - 1).map(|(_, x)| x.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(stdout: &str, code: i32, last: &str) -> Outcome {
        Outcome { stdout: stdout.into(), exit_code: Some(code), signal: None, last_stderr_line: last.into(), stderr: last.into(), timed_out: false, elapsed: Duration::ZERO }
    }

    #[test]
    fn compare_detects_each_divergence_class() {
        let base = outcome("a\n", 1, "ValueError: x");
        assert_eq!(compare(&base, &base), None);
        let class = |o: &Outcome| compare(&base, o).map(|d| d.class());
        assert_eq!(class(&outcome("b\n", 1, "ValueError: x")), Some("output-mismatch"));
        assert_eq!(class(&outcome("a\n", 2, "ValueError: x")), Some("exit-code-mismatch"));
        assert_eq!(class(&outcome("a\n", 1, "TypeError: x")), Some("exception-mismatch"));
        let mut crashed = base.clone();
        (crashed.exit_code, crashed.signal) = (None, Some(11));
        assert_eq!(class(&crashed), Some("crash"));
        let mut slow = base.clone();
        slow.timed_out = true;
        assert_eq!(class(&slow), Some("timeout"));
        assert_eq!(compare(&slow, &base).map(|d| d.class()), Some("timeout"), "a CPython timeout cannot be judged");
    }

    #[test]
    fn header_options() {
        let o = parse_options("# molt: expect=reject MOLT0002\n# molt: args=a b\n# molt: max-allocs=10 max-slowdown=2.5\nprint(1)\n# molt: args=zzz\n").unwrap();
        assert_eq!(o.expect_reject, Some(Some("MOLT0002".into())));
        assert_eq!(o.args, vec!["a", "b"]);
        assert_eq!((o.max_allocs, o.max_slowdown), (Some(10), Some(2.5)));
        assert!(parse_options("# molt: max-alocs=10\n").unwrap_err().contains("unknown option"));
        assert!(parse_options("# molt: max-allocs=ten\n").unwrap_err().contains("whole number"));
        assert!(parse_options("# molt: max-slowdown=0\n").is_err());
    }

    #[test]
    fn budgets() {
        let ms = Duration::from_millis;
        let opts = parse_options("# molt: max-allocs=5 max-rss-kb=100\n").unwrap();
        let stats = Stats { allocs: 6, max_rss_kb: 100, ..Stats::default() };
        assert_eq!(exceeded_budgets(&opts, Some(&stats), ms(10), ms(5)), vec!["allocations: 6 > max-allocs=5"]);
        assert_eq!(exceeded_budgets(&opts, None, ms(10), ms(5)).len(), 1);
        let slow = exceeded_budgets(&Options::default(), None, ms(10), ms(20));
        assert!(slow[0].contains("ratio 2.00 > max-slowdown=1"), "{slow:?}");
        let lenient = parse_options("# molt: max-slowdown=3\n").unwrap();
        assert!(exceeded_budgets(&lenient, None, ms(10), ms(20)).is_empty());
    }

    #[test]
    fn shards_partition_the_list() {
        let items: Vec<u32> = (0..10).collect();
        let mut all: Vec<u32> = (1..=3).flat_map(|k| shard(&items, k, 3)).collect();
        all.sort();
        assert_eq!(all, items);
        assert_eq!(shard(&items, 2, 3), vec![1, 4, 7]);
        assert_eq!(parse_shard("2/3"), Ok((2, 3)));
        for bad in ["0/3", "4/3", "1/0", "x", "1/"] {
            assert!(parse_shard(bad).is_err(), "{bad}");
        }
    }
}
