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
        /// Compare with CPython (the only mode)
        #[arg(long, required = true)]
        diff: bool,
        /// Programs or folders (default: corpus/)
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
        #[arg(long)]
        json: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
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
        Command::Test { diff: _, paths, jobs, python, timeout, json } => test_diff(paths, jobs, &python, timeout, json),
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
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION"));
    h.update(link::RUNTIME_ARCHIVE.len().to_le_bytes());
    h.update(std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok()).and_then(|m| m.modified().ok()).map(|t| format!("{t:?}")).unwrap_or_default());
    h.update(path.as_bytes());
    h.update([0]);
    h.update(source.as_bytes());
    let key: String = h.finalize().iter().take(12).map(|b| format!("{b:02x}")).collect();
    let dir = link::cache_dir().join("bin");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    let exe = dir.join(key);
    if !exe.exists() {
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

fn test_diff(paths: Vec<PathBuf>, jobs: Option<usize>, python: &str, timeout: u64, json: Option<PathBuf>) -> ExitCode {
    use molt_compiler::difftest::{self, Status};
    use rayon::prelude::*;
    let paths = if paths.is_empty() { vec![PathBuf::from("corpus")] } else { paths };
    let files = match difftest::discover(&paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
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
    let timeout = std::time::Duration::from_secs(timeout);
    let results: Vec<_> = pool.install(|| files.par_iter().map(|f| (f, difftest::check_program(&python, f, work.path(), timeout))).collect());
    let (mut passed, mut rejected, mut failed) = (0, 0, 0);
    let mut report = Vec::new();
    for (f, r) in &results {
        let (status, class, detail) = match &r.status {
            Status::Pass => {
                passed += 1;
                ("pass", "", String::new())
            }
            Status::RejectedAsExpected => {
                rejected += 1;
                ("rejected", "", String::new())
            }
            Status::Fail { class, detail } => {
                failed += 1;
                println!("FAIL {} [{class}]\n{detail}", f.display());
                ("fail", *class, detail.clone())
            }
        };
        report.push(serde_json::json!({
            "program": f.display().to_string(),
            "status": status,
            "class": class,
            "detail": detail,
            "cpython_ms": r.cpython_time.map(|t| t.as_secs_f64() * 1000.0),
            "molt_ms": r.molt_time.map(|t| t.as_secs_f64() * 1000.0),
        }));
    }
    if let Some(path) = json {
        let doc = serde_json::json!({ "passed": passed, "rejected_as_expected": rejected, "failed": failed, "programs": report });
        if let Err(e) = std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap_or_default()) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    println!("{} programs ({rejected} rejected as expected)", results.len());
    println!("{} passed, {failed} failed", passed + rejected);
    if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
