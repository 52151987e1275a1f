//! The `molt` command line: `build`, `run`, `check`, `test --diff`, `shrink` and `fuzz`.
//!
//! Exit codes: 0 success; 1 the program failed (for `run`, its own exit code passes
//! through); 2 the program is unsupported or invalid, or the command line is wrong.

use clap::{Parser, Subcommand};
use molt_compiler::diagnostics::render;
use molt_compiler::driver::{self, CompileError};
use molt_compiler::link;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "molt", version, about = "Compile a verified subset of Python into native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile PROG.py into a native executable
    Build {
        program: PathBuf,
        /// Output path (default: the program's stem in the current folder)
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// 0: reject any value whose type is not proven (frozen); 1: guarded fast paths
        /// with the generic runtime behind them
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(0..=1))]
        tier: u8,
        /// Print, per function, the inferred types and how each operation is compiled
        #[arg(long)]
        explain: bool,
    },
    /// Compile PROG.py (cached by content) and run it with ARGS
    Run {
        program: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Verify that PROG.py is inside the supported subset, without building
    Check {
        program: PathBuf,
        /// 0: also prove every value's type, as `build --tier 0` does
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(0..=1))]
        tier: u8,
    },
    /// Differential test: run each program under CPython and as a Molt binary and compare
    Test {
        /// Compare with CPython
        #[arg(long, required_unless_present = "merge_reports")]
        diff: bool,
        /// Programs or folders (default: corpus/)
        #[arg(conflicts_with = "merge_reports")]
        paths: Vec<PathBuf>,
        /// Programs checked in parallel (default: the number of cores)
        #[arg(long)]
        jobs: Option<usize>,
        /// The oracle interpreter
        #[arg(long, default_value = "python3")]
        python: String,
        /// Per-program timeout in seconds
        #[arg(long, default_value_t = 30)]
        timeout: u64,
        /// Write a machine-readable report here
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
        /// Write a JUnit XML report here
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
        /// Run only shard K of N (1-based) of the sorted program list
        #[arg(long, value_name = "K/N", value_parser = molt_oracle::parse_shard)]
        shard: Option<(usize, usize)>,
        /// Run each Molt binary under this command prefix (e.g. "valgrind -q")
        #[arg(long, value_name = "CMD")]
        launcher: Option<String>,
        /// Merge the JSON reports of the shards of a run instead of testing
        #[arg(long, value_name = "REPORT", num_args = 1.., conflicts_with_all = ["diff", "shard", "launcher"])]
        merge_reports: Vec<PathBuf>,
    },
    /// Reduce a program that diverges from CPython to a minimal one that diverges the same way
    Shrink {
        program: PathBuf,
        /// Where the minimized program goes (default: PROG.min.py next to PROG.py)
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The oracle interpreter
        #[arg(long, default_value = "python3")]
        python: String,
        /// Instead of the oracle: a shell command, run with the candidate's path as its
        /// last argument, whose exit status 0 means "still interesting"
        #[arg(long, value_name = "CMD")]
        predicate: Option<String>,
        /// Candidates judged in parallel (default: the number of cores)
        #[arg(long)]
        jobs: Option<usize>,
        /// At most this many candidates are judged
        #[arg(long, default_value_t = 2000)]
        max_tests: usize,
        /// Per-run timeout in seconds
        #[arg(long, default_value_t = 10)]
        timeout: u64,
        /// Also write a bug report into bugs/ and a regression test into corpus/regressions/
        /// (compiler/tests/robustness/ with --build)
        #[arg(long, conflicts_with = "predicate")]
        report: bool,
        /// Judge `molt build` itself instead of the oracle: shrink a program on which it
        /// crashes, hangs or reports an internal error
        #[arg(long, conflicts_with = "predicate")]
        build: bool,
    },
    /// Time benchmark programs against CPython (and PyPy): medians from alternating runs,
    /// speedups, peak RSS, allocations, binary size and compile time
    Bench {
        /// Programs or folders of programs (default: benches/programs)
        paths: Vec<PathBuf>,
        /// Timed runs per implementation and program
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// The CPython interpreter
        #[arg(long, default_value = "python3")]
        python: String,
        /// The PyPy interpreter (default: pypy3 when it is on PATH)
        #[arg(long)]
        pypy: Option<String>,
        /// Also write bench.md, bench.svg and bench.json into this folder
        #[arg(long)]
        out: Option<PathBuf>,
        /// Per-run timeout in seconds
        #[arg(long, default_value_t = 120)]
        timeout: u64,
    },
    /// Generate programs, judge each against CPython, shrink and report every divergence
    Fuzz {
        /// The same seed gives the same programs
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Programs to generate (over all shards)
        #[arg(long, conflicts_with = "time")]
        count: Option<usize>,
        /// Generate until this much time has passed (e.g. 90s, 30m, 2h)
        #[arg(long, value_parser = parse_duration)]
        time: Option<std::time::Duration>,
        /// Programs checked in parallel (default: the number of cores)
        #[arg(long)]
        jobs: Option<usize>,
        /// Generation policy: mixed, ints, floats, strings, containers, functions, classes,
        /// exceptions; or syntax (arbitrary valid syntax from hypothesmith, judged on
        /// `molt build` never crashing or hanging, without CPython)
        #[arg(long, default_value = "mixed")]
        policy: String,
        /// Run only shard K of N (1-based): its own stream of programs
        #[arg(long, value_name = "K/N", value_parser = molt_oracle::parse_shard)]
        shard: Option<(usize, usize)>,
        /// Where bug reports go (one folder per divergence signature)
        #[arg(long, default_value = "bugs")]
        out: PathBuf,
        /// Where regression tests go, in corpus format (default: corpus/regressions, or
        /// compiler/tests/robustness for the syntax policy)
        #[arg(long)]
        regressions: Option<PathBuf>,
        /// The oracle interpreter
        #[arg(long, default_value = "python3")]
        python: String,
        /// The interpreter that runs the generator (needs hypothesis; default: .venv/bin/python when it exists, else python3)
        #[arg(long)]
        generator_python: Option<PathBuf>,
        /// File each new report as a GitHub issue with `gh` (or print the command)
        #[arg(long)]
        file_issue: bool,
        /// Per-run timeout in seconds
        #[arg(long, default_value_t = 10)]
        timeout: u64,
        /// At most this many candidates are judged per shrink
        #[arg(long, default_value_t = 600)]
        max_shrink_tests: usize,
    },
}

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Build { program, output, tier, explain } => {
            let out = output.unwrap_or_else(|| PathBuf::from(program.file_stem().unwrap_or(program.as_os_str())));
            let tier = if tier == 0 { driver::Tier::Frozen } else { driver::Tier::Guarded };
            if explain {
                let Some((path, source)) = read_program(&program) else { return ExitCode::from(2) };
                match driver::explain(&path, &source) {
                    Ok(text) => print!("{text}"),
                    Err(e) => return report(e, &path, &source),
                }
            }
            match build_in_tier(&program, &out, tier) {
                Ok(()) => ExitCode::SUCCESS,
                Err(code) => code,
            }
        }
        Command::Run { program, args } => run(&program, &args),
        Command::Test { diff: _, paths, jobs, python, timeout, json, junit, shard, launcher, merge_reports } => {
            let outputs = Outputs { json, junit };
            if merge_reports.is_empty() {
                let launcher = launcher.map(|l| l.split_whitespace().map(Into::into).collect()).unwrap_or_default();
                test_diff(paths, jobs, &python, timeout, shard, launcher, &outputs)
            } else {
                merge(&merge_reports, &outputs)
            }
        }
        Command::Shrink { program, output, python, predicate, jobs, max_tests, timeout, report, build } => shrink(&program, output, &python, predicate, jobs, max_tests, timeout, report, build),
        Command::Fuzz { seed, count, time, jobs, policy, shard, out, regressions, python, generator_python, file_issue, timeout, max_shrink_tests } => {
            let generator_python = generator_python.unwrap_or_else(|| {
                let venv = PathBuf::from(".venv/bin/python");
                if venv.exists() { venv } else { PathBuf::from("python3") }
            });
            let count = if time.is_none() { Some(count.unwrap_or(100)) } else { count };
            let regressions = regressions.unwrap_or_else(|| regressions_dir(policy == SYNTAX_POLICY).into());
            let cfg = molt_compiler::fuzz::FuzzConfig {
                seed,
                count,
                time,
                policy,
                shard,
                bugs: out,
                regressions,
                generator_python,
                file_issue,
                shrink_limits: molt_shrinker::Limits { max_tests: max_shrink_tests, jobs: 1 },
            };
            fuzz(cfg, &python, jobs, timeout)
        }
        Command::Bench { paths, runs, python, pypy, out, timeout } => bench(paths, runs, &python, pypy, out, timeout),
        Command::Check { program, tier } => {
            let Some((path, source)) = read_program(&program) else { return ExitCode::from(2) };
            let tier = if tier == 0 { driver::Tier::Frozen } else { driver::Tier::Guarded };
            match driver::check_in_tier(&path, &source, tier) {
                Ok(_) => ExitCode::SUCCESS,
                Err(e) => report(e, &path, &source),
            }
        }
    }
}

fn read_program(program: &Path) -> Option<(String, String)> {
    let bytes = match std::fs::read(program) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", program.display());
            return None;
        }
    };
    let Ok(source) = String::from_utf8(bytes) else {
        eprintln!("error: {} is not valid UTF-8 (Python source must be UTF-8)", program.display());
        return None;
    };
    // Tracebacks name the file as it was given, as CPython does.
    Some((program.display().to_string(), source))
}

fn report(e: CompileError, path: &str, source: &str) -> ExitCode {
    match e {
        CompileError::Rejected(diags) => {
            for d in &diags {
                eprint!("{}", render(d, path, source));
            }
            eprintln!("error: could not compile {path} ({} error{})", diags.len(), if diags.len() == 1 { "" } else { "s" });
            ExitCode::from(2)
        }
        CompileError::Internal(msg) => {
            eprintln!("error: internal compiler error (please report it): {msg}");
            ExitCode::from(2)
        }
    }
}

fn build(program: &Path, out: &Path) -> Result<(), ExitCode> {
    build_in_tier(program, out, driver::Tier::Guarded)
}

fn build_in_tier(program: &Path, out: &Path, tier: driver::Tier) -> Result<(), ExitCode> {
    let (path, source) = read_program(program).ok_or(ExitCode::from(2))?;
    let object = driver::compile_to_object_in_tier(&path, &source, tier).map_err(|e| report(e, &path, &source))?;
    link::link(&object, out).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })
}

fn run(program: &Path, args: &[String]) -> ExitCode {
    let Some((path, source)) = read_program(program) else { return ExitCode::from(2) };
    let key = link::binary_cache_key(&path, &source);
    let dir = link::cache_dir().join("bin");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    let exe = dir.join(key);
    if !link::touch_cached(&exe) {
        if let Err(code) = build(program, &exe) {
            return code;
        }
    }
    match std::process::Command::new(&exe).args(args).status() {
        Ok(s) => match s.code() {
            Some(c) => ExitCode::from(c as u8),
            None => {
                eprintln!("error: the program was killed by a signal ({s})");
                ExitCode::from(1)
            }
        },
        Err(e) => {
            eprintln!("error: cannot run {}: {e}", exe.display());
            ExitCode::from(2)
        }
    }
}

/// Accepts `90s`, `30m`, `2h` or a number of seconds.
fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let (number, unit) = match s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => s.split_at(i),
        None => (s, "s"),
    };
    let n: u64 = number.parse().map_err(|_| format!("invalid duration '{s}': expected e.g. 90s, 30m or 2h"))?;
    let seconds = match unit {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        _ => return Err(format!("invalid duration '{s}': the unit must be s, m or h")),
    };
    Ok(std::time::Duration::from_secs(seconds))
}

/// What the oracle commands (`test --diff`, `shrink`, `fuzz`) share: a harness with the
/// resolved interpreter, its work folder (removed when dropped) and the thread pool.
fn oracle_setup(python: &str, timeout: u64, jobs: Option<usize>) -> Result<(molt_compiler::difftest::Harness, tempfile::TempDir, rayon::ThreadPool), ExitCode> {
    let fail = |message: String| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    };
    let resolved = molt_oracle::resolve_python(python).map_err(|e| fail(format!("cannot run the oracle interpreter '{python}': {e}")))?;
    let work = tempfile::tempdir().map_err(|e| fail(format!("cannot create a temporary folder: {e}")))?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs.unwrap_or(0)).build().map_err(|e| fail(e.to_string()))?;
    let mut h = molt_compiler::difftest::Harness::new(resolved, work.path().to_path_buf());
    h.timeout = std::time::Duration::from_secs(timeout);
    Ok((h, work, pool))
}

#[allow(clippy::too_many_arguments)]
fn shrink(program: &Path, output: Option<PathBuf>, python: &str, predicate: Option<String>, jobs: Option<usize>, max_tests: usize, timeout: u64, report: bool, build: bool) -> ExitCode {
    use molt_compiler::fuzz::{self, Predicate};
    let Some((_, source)) = read_program(program) else { return ExitCode::from(2) };
    let (mut h, _work, pool) = match oracle_setup(python, timeout, jobs) {
        Ok(x) => x,
        Err(code) => return code,
    };
    h.check_speed = false;
    if build {
        match build_judge() {
            Ok(judge) => h.judge = judge,
            Err(code) => return code,
        }
    }
    let name = program.file_name().map_or("program.py".into(), |n| n.to_string_lossy().to_string());
    let predicate = match predicate {
        Some(command) => Predicate::Command { command, work: &h.work, name: name.clone() },
        None => {
            let judged = fuzz::judge_source(&h, &name, &source);
            match judged.status {
                molt_compiler::difftest::Status::Fail { class: "rejected", .. } => {
                    eprintln!("error: Molt rejects {}, so it cannot diverge; `molt check` shows why", program.display());
                    return ExitCode::from(2);
                }
                molt_compiler::difftest::Status::Fail { class, detail } => {
                    println!("{}: {class}", program.display());
                    Predicate::SameDivergence { harness: &h, name: name.clone(), key: molt_oracle::divergence_key(class, &detail) }
                }
                _ => {
                    eprintln!("error: {} does not diverge from CPython: there is nothing to shrink (use --predicate for another property)", program.display());
                    return ExitCode::from(2);
                }
            }
        }
    };
    if !predicate.holds(&source) {
        eprintln!("error: {} is not interesting to begin with (the predicate does not hold, or the divergence is not reproducible)", program.display());
        return ExitCode::from(2);
    }
    let jobs = pool.current_num_threads();
    let limits = molt_shrinker::Limits { max_tests, jobs };
    let reduction = pool.install(|| fuzz::shrink(&source, &predicate, &limits));
    let out = output.unwrap_or_else(|| program.with_extension("min.py"));
    if let Err(e) = fuzz::write_atomically(&out, &reduction.program) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return ExitCode::from(2);
    }
    println!(
        "shrunk {} from {} to {} lines ({} candidates judged, {} kept): {}",
        program.display(),
        fuzz::line_count(&source),
        fuzz::line_count(&reduction.program),
        reduction.tests,
        reduction.accepted,
        out.display()
    );
    if report {
        let judged = fuzz::judge_source(&h, &name, &reduction.program);
        let Some(d) = fuzz::Divergence::of(&judged) else {
            eprintln!("error: the minimized program no longer diverges when judged again (flaky?): no report written");
            return ExitCode::from(1);
        };
        match fuzz::write_report(Path::new("bugs"), Path::new(regressions_dir(build)), &d, &source, &reduction.program, &judged, None) {
            Ok(w) => println!("report: {}
regression test: {}", w.report.display(), w.regression.display()),
            Err(e) => {
                eprintln!("error: cannot write the report: {e}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}

fn fuzz(cfg: molt_compiler::fuzz::FuzzConfig, python: &str, jobs: Option<usize>, timeout: u64) -> ExitCode {
    let (mut h, _work, pool) = match oracle_setup(python, timeout, jobs) {
        Ok(x) => x,
        Err(code) => return code,
    };
    h.check_speed = false;
    if cfg.policy == SYNTAX_POLICY {
        match build_judge() {
            Ok(judge) => h.judge = judge,
            Err(code) => return code,
        }
    }
    let bar = match cfg.count {
        Some(n) => progress_bar(n as u64),
        None => progress_bar(0),
    };
    let result = molt_compiler::fuzz::fuzz(&h, &cfg, &pool, &bar);
    bar.finish_and_clear();
    link::prune_cache(CACHE_LIMIT_BYTES);
    match result {
        Ok(summary) => {
            print!("{}", summary.text());
            if summary.divergences.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn bench(paths: Vec<PathBuf>, runs: usize, python: &str, pypy: Option<String>, out: Option<PathBuf>, timeout: u64) -> ExitCode {
    let fail = |message: String| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    };
    if runs == 0 {
        return fail("--runs must be at least 1".into());
    }
    let paths = if paths.is_empty() { vec![PathBuf::from("benches/programs")] } else { paths };
    let programs = match molt_compiler::difftest::discover(&paths) {
        Ok(p) if !p.is_empty() => p,
        Ok(_) => return fail(format!("no .py programs under {}", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))),
        Err(e) => return fail(e.to_string()),
    };
    let python = match molt_oracle::resolve_python(python) {
        Ok(p) => p,
        Err(e) => return fail(format!("cannot run the CPython interpreter '{python}': {e}")),
    };
    let pypy = match pypy {
        Some(p) => match molt_oracle::resolve_python(&p) {
            Ok(p) => Some(p),
            Err(e) => return fail(format!("cannot run the PyPy interpreter '{p}': {e}")),
        },
        None => molt_oracle::resolve_python("pypy3").ok(),
    };
    let work = match tempfile::tempdir() {
        Ok(w) => w,
        Err(e) => return fail(format!("cannot create a temporary folder: {e}")),
    };
    let cfg = molt_compiler::bench::BenchConfig { programs, runs, python, pypy, timeout: std::time::Duration::from_secs(timeout), work: work.path().to_path_buf() };
    let bar = progress_bar(cfg.programs.len() as u64 + 1);
    let report = molt_compiler::bench::bench(&cfg, &|name| {
        bar.set_message(name.to_string());
        bar.inc(1);
    });
    bar.finish_and_clear();
    let markdown = report.markdown();
    print!("{markdown}");
    if let Some(dir) = out {
        let json = serde_json::to_string_pretty(&report).unwrap_or_default();
        for (name, text) in [("bench.md", markdown.as_str()), ("bench.svg", report.svg().as_str()), ("bench.json", json.as_str())] {
            if let Err(e) = molt_compiler::fuzz::write_atomically(&dir.join(name), text) {
                return fail(format!("cannot write {}: {e}", dir.join(name).display()));
            }
        }
        println!("wrote {}/bench.md, bench.svg and bench.json", dir.display());
    }
    if report.failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// The fuzz policy whose programs are judged by `molt build` alone.
const SYNTAX_POLICY: &str = "syntax";

/// Where regression tests are written: front-end crashes are not corpus programs
/// (CPython need not run them), so they go where the robustness test builds them.
fn regressions_dir(build_judge: bool) -> &'static str {
    if build_judge { "compiler/tests/robustness" } else { "corpus/regressions" }
}

/// Judges programs by running this very binary's `molt build`.
fn build_judge() -> Result<molt_compiler::difftest::Judge, ExitCode> {
    match std::env::current_exe() {
        Ok(molt) => Ok(molt_compiler::difftest::Judge::Build { molt }),
        Err(e) => {
            eprintln!("error: cannot find the molt executable to run `molt build`: {e}");
            Err(ExitCode::from(2))
        }
    }
}

/// Where `molt test` writes its machine-readable reports.
struct Outputs {
    json: Option<PathBuf>,
    junit: Option<PathBuf>,
}

/// The binary cache is pruned to this size after each test run.
const CACHE_LIMIT_BYTES: u64 = 1 << 30;

#[allow(clippy::too_many_arguments)]
fn test_diff(paths: Vec<PathBuf>, jobs: Option<usize>, python: &str, timeout: u64, shard: Option<(usize, usize)>, launcher: Vec<std::ffi::OsString>, outputs: &Outputs) -> ExitCode {
    use molt_compiler::difftest;
    use molt_compiler::report::{self, Entry, Report, Shard};
    use rayon::prelude::*;
    let paths = if paths.is_empty() { vec![PathBuf::from("corpus")] } else { paths };
    let mut files = match difftest::discover(&paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some((k, n)) = shard {
        files = molt_oracle::shard(&files, k, n);
    }
    let (mut harness, _work, pool) = match oracle_setup(python, timeout, jobs) {
        Ok(x) => x,
        Err(code) => return code,
    };
    harness.launcher = launcher;
    let bar = progress_bar(files.len() as u64);
    let entries: Vec<Entry> = pool.install(|| {
        files
            .par_iter()
            .map(|f| {
                let e = Entry::new(f, &difftest::check_program(&harness, f));
                if e.status == "fail" {
                    bar.suspend(|| print!("{}", report::failure_text(&e)));
                }
                bar.inc(1);
                e
            })
            .collect()
    });
    bar.finish_and_clear();
    link::prune_cache(CACHE_LIMIT_BYTES);
    let report = Report::new(shard.map(|(index, count)| Shard { index, count }), entries);
    finish(&report, outputs)
}

fn progress_bar(len: u64) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    let template = if len == 0 { "{spinner} {pos} programs, {per_sec}, {elapsed} {msg}" } else { "{bar:40} {pos}/{len} programs, {per_sec}, {elapsed} {msg}" };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// Writes the requested reports and prints the summary; the exit code says whether
/// anything failed.
fn finish(report: &molt_compiler::report::Report, outputs: &Outputs) -> ExitCode {
    let writes = [(&outputs.json, report.to_json()), (&outputs.junit, report.to_junit())];
    for (path, text) in writes {
        if let Some(path) = path {
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("error: cannot write {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    print!("{}", report.summary());
    if report.failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn merge(inputs: &[PathBuf], outputs: &Outputs) -> ExitCode {
    use molt_compiler::report::{self, Report};
    let mut reports = Vec::new();
    for p in inputs {
        match std::fs::read_to_string(p).map_err(|e| e.to_string()).and_then(|t| Report::from_json(&t)) {
            Ok(r) => reports.push(r),
            Err(e) => {
                eprintln!("error: cannot read the report {}: {e}", p.display());
                return ExitCode::from(2);
            }
        }
    }
    match Report::merge(reports) {
        Ok(r) => {
            for e in r.programs.iter().filter(|e| e.status == "fail") {
                print!("{}", report::failure_text(e));
            }
            finish(&r, outputs)
        }
        Err(e) => {
            eprintln!("error: cannot merge the reports: {e}");
            ExitCode::from(2)
        }
    }
}

/// Rust ignores SIGPIPE, so `molt test ... | head` would panic on a closed pipe; restoring
/// the default makes molt end quietly, like other command-line tools.
fn restore_sigpipe() {
    #[cfg(unix)]
    {
        unsafe extern "C" {
            fn signal(signum: i32, handler: usize) -> usize;
        }
        const SIGPIPE: i32 = 13;
        const SIG_DFL: usize = 0;
        // SAFETY: resetting a signal disposition to its default at start-up.
        unsafe {
            signal(SIGPIPE, SIG_DFL);
        }
    }
}
