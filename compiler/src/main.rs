//! The `molt` command line: `build`, `run` and `check`.
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
    },
    /// Compile PROG.py (cached by content) and run it with ARGS
    Run {
        program: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Verify that PROG.py is inside the supported subset, without building
    Check { program: PathBuf },
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
        Command::Build { program, output } => {
            let out = output.unwrap_or_else(|| PathBuf::from(program.file_stem().unwrap_or(program.as_os_str())));
            match build(&program, &out) {
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
        Command::Check { program } => {
            let Some((path, source)) = read_program(&program) else { return ExitCode::from(2) };
            match driver::front_end(&path, &source) {
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
    let (path, source) = read_program(program).ok_or(ExitCode::from(2))?;
    let object = driver::compile_to_object(&path, &source).map_err(|e| report(e, &path, &source))?;
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

/// Where `molt test` writes its machine-readable reports.
struct Outputs {
    json: Option<PathBuf>,
    junit: Option<PathBuf>,
}

/// The binary cache is pruned to this size after each test run.
const CACHE_LIMIT_BYTES: u64 = 1 << 30;

#[allow(clippy::too_many_arguments)]
fn test_diff(paths: Vec<PathBuf>, jobs: Option<usize>, python: &str, timeout: u64, shard: Option<(usize, usize)>, launcher: Vec<std::ffi::OsString>, outputs: &Outputs) -> ExitCode {
    use molt_compiler::difftest::{self, Harness};
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
    let python = match molt_oracle::resolve_python(python) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: cannot run the oracle interpreter '{python}': {e}");
            return ExitCode::from(2);
        }
    };
    let work = match tempfile::tempdir() {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: cannot create a temporary folder: {e}");
            return ExitCode::from(2);
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs.unwrap_or(0)).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut harness = Harness::new(python, work.path().to_path_buf());
    harness.timeout = std::time::Duration::from_secs(timeout);
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
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} programs, {elapsed} {msg}") {
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
