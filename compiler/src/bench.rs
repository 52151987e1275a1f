//! `molt bench` (specs/benchmarks.md): each program is built once (compile and link
//! timed), checked against CPython once (a benchmark that diverges is not timed), then
//! CPython, the Molt binary and PyPy (when installed) run alternately; medians, ratios
//! from the same run, peak RSS, allocations, binary size and compile time are reported
//! as a markdown table, an SVG bar chart and JSON.

use crate::driver::{self, CompileError};
use crate::link;
use molt_oracle::measure::{measure, python_rss_invocation, read_rss_kb, Measurement};
use serde::Serialize;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub struct BenchConfig {
    pub programs: Vec<PathBuf>,
    /// Timed runs per implementation and program.
    pub runs: usize,
    pub python: PathBuf,
    pub pypy: Option<PathBuf>,
    pub timeout: Duration,
    pub work: PathBuf,
}

/// One implementation's figures on one program.
#[derive(Clone, Debug, Serialize)]
pub struct Timing {
    pub median_ms: f64,
    pub min_ms: f64,
    /// Peak RSS (`VmHWM` at exit) of a separate, untimed run; 0 when unknown.
    pub max_rss_kb: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Row {
    pub program: String,
    pub cpython: Timing,
    pub molt: Timing,
    pub pypy: Option<Timing>,
    /// CPython's median over Molt's: above 1 is faster than CPython.
    pub speedup: f64,
    pub pypy_speedup: Option<f64>,
    pub compile_ms: f64,
    pub link_ms: f64,
    pub binary_bytes: u64,
    pub allocs: Option<u64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Hello {
    pub binary_bytes: u64,
    pub molt_startup_ms: f64,
    pub cpython_startup_ms: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct BenchReport {
    pub rows: Vec<Row>,
    /// Programs that could not be timed, and why.
    pub failures: Vec<(String, String)>,
    pub geomean_speedup: f64,
    pub min_speedup: f64,
    pub hello: Option<Hello>,
    pub runs: usize,
    pub python: String,
    pub pypy: Option<String>,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn timing(runs: &[Measurement], max_rss_kb: u64) -> Timing {
    let mut walls: Vec<f64> = runs.iter().map(|m| ms(m.wall)).collect();
    walls.sort_by(f64::total_cmp);
    let n = walls.len();
    let median = if n % 2 == 1 { walls[n / 2] } else { (walls[n / 2 - 1] + walls[n / 2]) / 2.0 };
    Timing { median_ms: median, min_ms: walls[0], max_rss_kb }
}

/// A built benchmark: the binary and what building it cost.
struct Built {
    exe: PathBuf,
    compile: Duration,
    link: Duration,
}

fn build(cfg: &BenchConfig, program: &Path, name: &str) -> Result<Built, String> {
    let source = molt_oracle::read_to_string(program).map_err(|e| format!("cannot read: {e}"))?;
    let path = program.to_string_lossy();
    let start = Instant::now();
    let object = match driver::compile_to_object(&path, &source) {
        Ok(o) => o,
        Err(CompileError::Rejected(d)) => return Err(format!("rejected: {}", d.iter().map(|d| crate::diagnostics::render(d, &path, &source)).collect::<String>())),
        Err(CompileError::Internal(e)) => return Err(format!("internal compiler error: {e}")),
    };
    let compile = start.elapsed();
    let exe = cfg.work.join(name.trim_end_matches(".py"));
    let start = Instant::now();
    link::link(&object, &exe)?;
    Ok(Built { exe, compile, link: start.elapsed() })
}

/// Runs both sides once with output captured: a benchmark must agree with CPython
/// before its time means anything. Returns what the binary reported about itself.
fn verify(cfg: &BenchConfig, program: &Path, exe: &Path) -> Result<Option<molt_oracle::Stats>, String> {
    let cpython = molt_oracle::cpython_invocation(&cfg.python, program, &[]);
    let stats = tempfile::NamedTempFile::new_in(&cfg.work).map_err(|e| e.to_string())?;
    let molt = molt_oracle::Invocation { argv: vec![exe.into()], stdin: None, env: vec![("MOLT_STATS".into(), stats.path().into())] };
    let expected = molt_oracle::run(&cpython, cfg.timeout).map_err(|e| format!("cannot run {}: {e}", cfg.python.display()))?;
    let actual = molt_oracle::run(&molt, cfg.timeout).map_err(|e| format!("cannot run the binary: {e}"))?;
    if let Some(d) = molt_oracle::compare(&expected, &actual) {
        return Err(format!("diverges from CPython ({}): {}", d.class(), d.detail()));
    }
    if expected.exit_code != Some(0) {
        return Err(format!("exits with {:?} under CPython: {}", expected.exit_code, expected.last_stderr_line));
    }
    Ok(molt_oracle::read_stats(stats.path()))
}

/// The peak RSS of `program` under a Python implementation, from an untimed run.
fn python_rss(cfg: &BenchConfig, python: &Path, program: &Path) -> u64 {
    let Ok(file) = tempfile::NamedTempFile::new_in(&cfg.work) else { return 0 };
    let run = molt_oracle::run(&python_rss_invocation(python, program, file.path()), cfg.timeout);
    run.ok().filter(|o| o.exit_code == Some(0)).and_then(|_| read_rss_kb(file.path())).unwrap_or(0)
}

/// Times one implementation once; a failed or timed-out run is an error.
fn timed(argv: &[OsString], cfg: &BenchConfig) -> Result<Measurement, String> {
    let m = measure(argv, cfg.timeout).map_err(|e| format!("cannot run {:?}: {e}", argv[0]))?;
    match m.exit_code {
        Some(0) => Ok(m),
        _ if m.timed_out => Err(format!("{:?} ran for over {:?}", argv[0], cfg.timeout)),
        code => Err(format!("{:?} failed (exit {code:?})", argv[0])),
    }
}

/// Times each command `runs` times, alternating, so that a slow phase of the machine hits
/// every implementation; the measurements per command, in order.
fn alternate(cfg: &BenchConfig, runs: usize, argvs: &[Vec<OsString>]) -> Result<Vec<Vec<Measurement>>, String> {
    let mut out = vec![Vec::with_capacity(runs); argvs.len()];
    for _ in 0..runs {
        for (argv, times) in argvs.iter().zip(&mut out) {
            times.push(timed(argv, cfg)?);
        }
    }
    Ok(out)
}

fn bench_one(cfg: &BenchConfig, program: &Path, name: &str) -> Result<Row, String> {
    let built = build(cfg, program, name)?;
    let stats = verify(cfg, program, &built.exe)?;
    let python: Vec<OsString> = vec![cfg.python.clone().into(), "-X".into(), "utf8".into(), program.into()];
    let pypy: Option<Vec<OsString>> = cfg.pypy.as_ref().map(|p| vec![p.into(), program.into()]);
    let molt: Vec<OsString> = vec![built.exe.clone().into()];
    let mut argvs = vec![python, molt];
    argvs.extend(pypy);
    let mut runs = alternate(cfg, cfg.runs, &argvs)?.into_iter();
    let (c, m, p) = (runs.next().unwrap_or_default(), runs.next().unwrap_or_default(), runs.next().unwrap_or_default());
    let cpython = timing(&c, python_rss(cfg, &cfg.python, program));
    let molt = timing(&m, stats.as_ref().map_or(0, |s| s.max_rss_kb));
    let pypy = cfg.pypy.as_ref().filter(|_| !p.is_empty()).map(|pypy| timing(&p, python_rss(cfg, pypy, program)));
    Ok(Row {
        program: name.to_string(),
        speedup: cpython.median_ms / molt.median_ms.max(1e-6),
        pypy_speedup: pypy.as_ref().map(|t| cpython.median_ms / t.median_ms.max(1e-6)),
        cpython,
        molt,
        pypy,
        compile_ms: ms(built.compile),
        link_ms: ms(built.link),
        binary_bytes: std::fs::metadata(&built.exe).map(|m| m.len()).unwrap_or(0),
        allocs: stats.map(|s| s.allocs),
    })
}

/// Hello world: binary size and start-up against CPython's.
fn hello(cfg: &BenchConfig) -> Result<Hello, String> {
    let program = cfg.work.join("hello.py");
    std::fs::write(&program, "print(\"hello\")\n").map_err(|e| e.to_string())?;
    let built = build(cfg, &program, "hello.py")?;
    let python: Vec<OsString> = vec![cfg.python.clone().into(), program.clone().into()];
    let molt: Vec<OsString> = vec![built.exe.clone().into()];
    let runs = alternate(cfg, cfg.runs.max(10), &[python, molt])?;
    let (c, m) = (&runs[0], &runs[1]);
    Ok(Hello { binary_bytes: std::fs::metadata(&built.exe).map(|m| m.len()).unwrap_or(0), molt_startup_ms: timing(m, 0).median_ms, cpython_startup_ms: timing(c, 0).median_ms })
}

/// Runs every benchmark; `progress` is told the program being measured.
pub fn bench(cfg: &BenchConfig, progress: &dyn Fn(&str)) -> BenchReport {
    let (mut rows, mut failures) = (Vec::new(), Vec::new());
    for program in &cfg.programs {
        let name = program.file_name().map_or_else(|| program.display().to_string(), |n| n.to_string_lossy().into());
        progress(&name);
        match bench_one(cfg, program, &name) {
            Ok(row) => rows.push(row),
            Err(e) => failures.push((name, e)),
        }
    }
    progress("hello world");
    let hello = match hello(cfg) {
        Ok(h) => Some(h),
        Err(e) => {
            failures.push(("hello world".into(), e));
            None
        }
    };
    let geomean_speedup = if rows.is_empty() { 0.0 } else { (rows.iter().map(|r| r.speedup.ln()).sum::<f64>() / rows.len() as f64).exp() };
    let min_speedup = rows.iter().map(|r| r.speedup).fold(f64::INFINITY, f64::min);
    BenchReport {
        rows,
        failures,
        geomean_speedup,
        min_speedup: if min_speedup.is_finite() { min_speedup } else { 0.0 },
        hello,
        runs: cfg.runs,
        python: cfg.python.display().to_string(),
        pypy: cfg.pypy.as_ref().map(|p| p.display().to_string()),
    }
}

fn kib(bytes: u64) -> String {
    format!("{:.0} KiB", bytes as f64 / 1024.0)
}

fn mib_of_kb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

impl BenchReport {
    pub fn markdown(&self) -> String {
        let pypy = self.pypy.is_some();
        let mut s = String::from("| program | CPython | Molt | speedup |");
        if pypy {
            s += " PyPy | PyPy speedup |";
        }
        s += " RSS Molt / CPython | allocs | binary | compile |\n|---|---:|---:|---:|";
        if pypy {
            s += "---:|---:|";
        }
        s += "---:|---:|---:|---:|\n";
        for r in &self.rows {
            s += &format!("| {} | {:.1} ms | {:.1} ms | {:.2}x |", r.program, r.cpython.median_ms, r.molt.median_ms, r.speedup);
            if pypy {
                match (&r.pypy, r.pypy_speedup) {
                    (Some(t), Some(x)) => s += &format!(" {:.1} ms | {x:.2}x |", t.median_ms),
                    _ => s += " | |",
                }
            }
            let allocs = r.allocs.map_or("?".into(), |a| a.to_string());
            s += &format!(" {} / {} | {allocs} | {} | {:.0} ms |\n", mib_of_kb(r.molt.max_rss_kb), mib_of_kb(r.cpython.max_rss_kb), kib(r.binary_bytes), r.compile_ms + r.link_ms);
        }
        s += &format!("\nGeometric mean speedup over CPython: **{:.2}x**; lowest: {:.2}x ({} programs, median of {} alternating runs each).\n", self.geomean_speedup, self.min_speedup, self.rows.len(), self.runs);
        if let Some(h) = &self.hello {
            s += &format!("Hello world: {} binary, start-up {:.1} ms (CPython {:.1} ms).\n", kib(h.binary_bytes), h.molt_startup_ms, h.cpython_startup_ms);
        }
        for (name, why) in &self.failures {
            s += &format!("\nNot timed: {name}: {}\n", why.lines().next().unwrap_or(""));
        }
        s
    }

    /// A horizontal bar per program: its speedup over CPython on a log scale (PyPy's
    /// beside it when measured), with the 1x line marked.
    pub fn svg(&self) -> String {
        let (label_w, row_h, width) = (190.0, 22.0, 760.0);
        let max = self.rows.iter().flat_map(|r| [Some(r.speedup), r.pypy_speedup]).flatten().fold(2.0f64, f64::max);
        let min = self.rows.iter().flat_map(|r| [Some(r.speedup), r.pypy_speedup]).flatten().fold(0.5f64, f64::min);
        let (lo, hi) = (min.log10().floor(), max.log10().ceil());
        let x = |v: f64| label_w + (v.log10() - lo) / (hi - lo) * (width - label_w - 20.0);
        let bars = if self.pypy.is_some() { 2.0 } else { 1.0 };
        let height = 40.0 + self.rows.len() as f64 * row_h * bars + 30.0;
        let mut s = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        s += &format!("<text x=\"10\" y=\"20\" font-size=\"14\">Speedup over CPython (log scale); geometric mean {:.2}x</text>\n", self.geomean_speedup);
        let mut y = 40.0;
        for r in &self.rows {
            let mut bar = |label: &str, v: f64, color: &str, y: f64| {
                let (a, b) = (x(1.0), x(v));
                let (left, w) = (a.min(b), (a - b).abs().max(1.0));
                s += &format!("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{label}</text>\n", label_w - 8.0, y + 14.0);
                s += &format!("<rect x=\"{left:.1}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{color}\"/>\n", y + 3.0, row_h - 6.0);
                s += &format!("<text x=\"{:.1}\" y=\"{}\">{v:.2}x</text>\n", a.max(b) + 4.0, y + 14.0);
            };
            bar(&r.program, r.speedup, if r.speedup >= 1.0 { "#2b7bb9" } else { "#c0392b" }, y);
            y += row_h;
            if let Some(p) = r.pypy_speedup {
                bar("PyPy", p, "#999999", y);
                y += row_h;
            }
        }
        let one = x(1.0);
        s += &format!("<line x1=\"{one:.1}\" y1=\"32\" x2=\"{one:.1}\" y2=\"{y}\" stroke=\"black\"/>\n<text x=\"{one:.1}\" y=\"{}\" text-anchor=\"middle\">1x</text>\n", y + 16.0);
        s += "</svg>\n";
        s
    }
}
