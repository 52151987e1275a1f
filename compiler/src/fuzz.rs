//! `molt shrink` and `molt fuzz` (specs/fuzzing.md): generated programs judged by the
//! oracle, divergences shrunk (molt-shrinker) to the same divergence, and each distinct
//! divergence written as a bug report and a regression test in corpus format.

use crate::difftest::{self, Harness, ProgramResult, Status};
use molt_oracle::Outcome;
use molt_shrinker::{Limits, Reduction};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A divergence as the fuzzer and the shrinker see it.
#[derive(Clone, Debug)]
pub struct Divergence {
    pub class: &'static str,
    pub detail: String,
    /// What shrinking keeps (`molt_oracle::divergence_key`).
    pub key: String,
    /// What deduplicates reports (`molt_oracle::divergence_signature`).
    pub signature: String,
}

impl Divergence {
    pub fn of(r: &ProgramResult) -> Option<Divergence> {
        let Status::Fail { class, detail } = &r.status else { return None };
        Some(Divergence { class, detail: detail.clone(), key: molt_oracle::divergence_key(class, detail), signature: molt_oracle::divergence_signature(class, detail) })
    }
}

/// Writes a candidate under `name` in a fresh folder of `work` (candidates are judged in
/// parallel, and keep their file name for tracebacks); the folder goes with the guard.
fn write_candidate(work: &Path, name: &str, source: &str) -> Result<(tempfile::TempDir, PathBuf), String> {
    let dir = tempfile::tempdir_in(work).map_err(|e| format!("cannot create a folder in {}: {e}", work.display()))?;
    let path = dir.path().join(name);
    std::fs::write(&path, source).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok((dir, path))
}

/// Judges a program given as text (see `write_candidate`).
pub fn judge_source(h: &Harness, name: &str, source: &str) -> ProgramResult {
    match write_candidate(&h.work, name, source) {
        Ok((_dir, path)) => difftest::check_program(h, &path),
        Err(e) => failure("oracle-failure", e),
    }
}

fn failure(class: &'static str, detail: String) -> ProgramResult {
    ProgramResult { status: Status::Fail { class, detail }, cpython_time: None, molt_time: None, stats: None, cpython: None, molt: None }
}

/// What makes a candidate interesting while shrinking.
pub enum Predicate<'a> {
    /// It diverges from CPython with the same key.
    SameDivergence { harness: &'a Harness, name: String, key: String },
    /// A shell command, run with the candidate's path as its last argument, exits 0.
    Command { command: String, work: &'a Path, name: String },
}

impl Predicate<'_> {
    pub fn holds(&self, source: &str) -> bool {
        match self {
            Predicate::SameDivergence { harness, name, key } => {
                let r = judge_source(harness, name, source);
                Divergence::of(&r).is_some_and(|d| &d.key == key)
            }
            Predicate::Command { command, work, name } => {
                let Ok((_dir, path)) = write_candidate(work, name, source) else { return false };
                let script = format!("{command} \"$1\"");
                duct::cmd("sh", ["-c".as_ref(), script.as_ref(), "sh".as_ref(), path.as_os_str()])
                    .stdout_null()
                    .stderr_null()
                    .unchecked()
                    .run()
                    .is_ok_and(|o| o.status.success())
            }
        }
    }
}

pub fn shrink(source: &str, predicate: &Predicate, limits: &Limits) -> Reduction {
    molt_shrinker::shrink(source, limits, &|candidate: &str| predicate.holds(candidate))
}

pub fn line_count(source: &str) -> usize {
    source.lines().filter(|l| !l.trim().is_empty()).count()
}

/// Writes `text` to `path` through a temporary file in the same folder, so a reader
/// never sees half of it.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, text.as_bytes())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Where a divergence came from, for its report.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Origin {
    pub seed: u64,
    pub policy: String,
    pub shard: Option<(usize, usize)>,
    /// The generator batch and the program's index in it.
    pub batch: u64,
    pub index: usize,
    pub reproduce: String,
}

#[derive(serde::Serialize)]
struct RunReport<'a> {
    stdout: String,
    exit_code: Option<i32>,
    last_stderr_line: &'a str,
}

fn run_report(o: Option<&Outcome>) -> Option<RunReport<'_>> {
    o.map(|o| RunReport { stdout: String::from_utf8_lossy(&o.stdout).into(), exit_code: o.exit_code, last_stderr_line: &o.last_stderr_line })
}

/// The files written for one new divergence.
pub struct Written {
    pub report: PathBuf,
    pub regression: PathBuf,
}

/// Writes `bugs/<signature>/report.md` and `report.json`, the original and minimized
/// programs, and `regressions/<signature>.py` in corpus format (a `known-divergence`
/// header, so the merge gate tracks the bug until it is fixed).
pub fn write_report(bugs: &Path, regressions: &Path, d: &Divergence, original: &str, minimized: &str, judged: &ProgramResult, origin: Option<&Origin>) -> std::io::Result<Written> {
    let dir = bugs.join(&d.signature);
    std::fs::create_dir_all(&dir)?;
    write_atomically(&dir.join("original.py"), original)?;
    write_atomically(&dir.join("minimized.py"), minimized)?;
    let regression = regressions.join(format!("{}.py", d.signature.replace('-', "_")));
    let mut header = format!("# A tracked divergence ({}), minimized by molt: bugs/{}/report.md\n", d.class, d.signature);
    header += &format!("# molt: known-divergence={}\n", d.signature);
    write_atomically(&regression, &format!("{header}{minimized}"))?;
    let commit = molt_commit();
    let json = serde_json::json!({
        "signature": d.signature,
        "class": d.class,
        "detail": d.detail,
        "minimized": minimized,
        "original": original,
        "cpython": run_report(judged.cpython.as_ref()),
        "molt": run_report(judged.molt.as_ref()),
        "molt_commit": commit,
        "molt_version": env!("CARGO_PKG_VERSION"),
        "origin": origin,
        "regression": regression.display().to_string(),
    });
    write_atomically(&dir.join("report.json"), &serde_json::to_string_pretty(&json).unwrap_or_default())?;
    let side = |o: Option<&Outcome>| match o {
        Some(o) => format!("exit code {:?}, last stderr line `{}`\n\n```\n{}```\n", o.exit_code, o.last_stderr_line, String::from_utf8_lossy(&o.stdout)),
        None => "did not run\n".into(),
    };
    let mut md = format!("# {}: {}\n\n", d.class, d.signature);
    md += &format!("Molt {} (commit {commit}) diverges from CPython on this program:\n\n```python\n{minimized}```\n\n", env!("CARGO_PKG_VERSION"));
    md += &format!("## Divergence\n\n```\n{}\n```\n\n", d.detail.trim_end());
    md += &format!("## CPython\n\n{}\n## Molt\n\n{}\n", side(judged.cpython.as_ref()), side(judged.molt.as_ref()));
    md += "## Reproduce\n\n```sh\n";
    md += &format!("molt test --diff {}\n", regression.display());
    if let Some(o) = origin {
        md += &format!("{}\n", o.reproduce);
    }
    md += "```\n\n";
    md += &format!("The original program ({} lines) is `original.py`; the regression test is `{}`.\n", line_count(original), regression.display());
    write_atomically(&dir.join("report.md"), &md)?;
    Ok(Written { report: dir.join("report.md"), regression })
}

/// The commit of the Molt checkout in the current folder, when there is one.
fn molt_commit() -> String {
    duct::cmd("git", ["rev-parse", "--short=12", "HEAD"])
        .stdout_capture()
        .stderr_null()
        .unchecked()
        .run()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// The command that files a report as a GitHub issue.
pub fn issue_command(written: &Written, d: &Divergence) -> Vec<String> {
    ["gh", "issue", "create", "--title", &format!("molt fuzz: {} ({})", d.class, d.signature), "--body-file", &written.report.display().to_string()].map(String::from).to_vec()
}

/// A `molt fuzz` run's settings.
pub struct FuzzConfig {
    pub seed: u64,
    pub count: Option<usize>,
    pub time: Option<Duration>,
    pub policy: String,
    pub shard: Option<(usize, usize)>,
    pub bugs: PathBuf,
    pub regressions: PathBuf,
    pub generator_python: PathBuf,
    pub file_issue: bool,
    pub shrink_limits: Limits,
}

/// What a run saw.
#[derive(Default, Debug)]
pub struct FuzzSummary {
    pub programs: usize,
    pub valid: usize,
    /// Valid programs Molt rejected, by diagnostic code: the generator left the subset.
    pub rejected: BTreeMap<String, usize>,
    /// Divergences by class (every diverging program, before deduplication).
    pub divergences: BTreeMap<&'static str, usize>,
    /// Distinct signatures seen, and those that got a new report.
    pub signatures: Vec<String>,
    pub new_reports: Vec<PathBuf>,
    pub elapsed: Duration,
}

impl FuzzSummary {
    pub fn text(&self) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        let mut s = format!(
            "{} programs in {:.1} s ({:.1} programs/s), {} valid under CPython ({:.1}%)\n",
            self.programs,
            secs,
            self.programs as f64 / secs,
            self.valid,
            100.0 * self.valid as f64 / self.programs.max(1) as f64
        );
        if !self.rejected.is_empty() {
            let list: Vec<String> = self.rejected.iter().map(|(c, n)| format!("{n} {c}")).collect();
            s += &format!("rejected by Molt (the generator left the subset): {}\n", list.join(", "));
        }
        if self.divergences.is_empty() {
            s += "divergences: none\n";
        } else {
            let list: Vec<String> = self.divergences.iter().map(|(c, n)| format!("{n} {c}")).collect();
            s += &format!("divergences: {} ({} distinct, {} new reports)\n", list.join(", "), self.signatures.len(), self.new_reports.len());
            for r in &self.new_reports {
                s += &format!("  {}\n", r.display());
            }
        }
        s
    }
}

/// Programs per generator call: large enough to amortize hypothesis's start-up, small
/// enough that a `--time` budget is kept.
const BATCH: usize = 40;

/// The hypothesis seed of one batch: distinct per seed, shard and batch number.
fn batch_seed(seed: u64, shard: usize, batch: u64) -> u64 {
    molt_oracle::stable_hash(&format!("{seed}/{shard}/{batch}")) >> 1
}

/// Runs the fuzzer; `progress` is told about each judged program.
pub fn fuzz(h: &Harness, cfg: &FuzzConfig, pool: &rayon::ThreadPool, progress: &indicatif::ProgressBar) -> Result<FuzzSummary, String> {
    use rayon::prelude::*;
    let gen_dir = tempfile::tempdir_in(&h.work).map_err(|e| format!("cannot create a folder: {e}"))?;
    let script = molt_oracle::fuzz::install_generator(gen_dir.path())?;
    molt_oracle::fuzz::check_generator(&cfg.generator_python, &script, &cfg.policy)?;
    let start = Instant::now();
    let mut summary = FuzzSummary::default();
    let total = cfg.count.map(|n| match cfg.shard {
        Some((k, count)) => n / count + usize::from(k <= n % count),
        None => n,
    });
    let mut batch = 0u64;
    loop {
        let remaining = match total {
            Some(t) => t.saturating_sub(summary.programs),
            None => BATCH,
        };
        if remaining == 0 || cfg.time.is_some_and(|t| start.elapsed() >= t) {
            break;
        }
        let seed = batch_seed(cfg.seed, cfg.shard.map_or(0, |s| s.0), batch);
        let out = gen_dir.path().join(format!("batch{batch}"));
        std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
        let files = molt_oracle::fuzz::generate(&cfg.generator_python, &script, seed, remaining.min(BATCH), &cfg.policy, &out)?;
        if files.is_empty() {
            return Err("the generator produced no programs".into());
        }
        let judged: Vec<(PathBuf, String, ProgramResult)> = pool.install(|| {
            files
                .par_iter()
                .map(|f| {
                    let source = std::fs::read_to_string(f).unwrap_or_default();
                    let r = difftest::check_program(h, f);
                    progress.inc(1);
                    (f.clone(), source, r)
                })
                .collect()
        });
        for (index, (file, source, r)) in judged.into_iter().enumerate() {
            summary.programs += 1;
            let rejection = match (&r.status, &r.molt) {
                (Status::Fail { class: "rejected", detail }, _) => Some(detail.as_str()),
                (Status::RejectedAsExpected, Some(build)) => Some(build.stderr.as_str()),
                _ => None,
            };
            if let Some(rendered) = rejection {
                if valid_under_cpython(h, &file, &source) {
                    summary.valid += 1;
                }
                *summary.rejected.entry(diagnostic_code(rendered)).or_default() += 1;
                continue;
            }
            match &r.cpython {
                Some(c) if !molt_oracle::fuzz::is_valid(&source, c) => continue,
                _ => summary.valid += 1,
            }
            let Some(d) = Divergence::of(&r) else { continue };
            *summary.divergences.entry(d.class).or_default() += 1;
            if summary.signatures.contains(&d.signature) {
                continue;
            }
            summary.signatures.push(d.signature.clone());
            if cfg.bugs.join(&d.signature).exists() {
                progress.suspend(|| println!("known divergence {} again ({})", d.signature, cfg.bugs.join(&d.signature).display()));
                continue;
            }
            let origin = Origin {
                seed: cfg.seed,
                policy: cfg.policy.clone(),
                shard: cfg.shard,
                batch,
                index,
                reproduce: format!(
                    "molt fuzz --seed {} --policy {} --count {}{}",
                    cfg.seed,
                    cfg.policy,
                    summary.programs,
                    cfg.shard.map_or(String::new(), |(k, n)| format!(" --shard {k}/{n}"))
                ),
            };
            progress.set_message(format!("shrinking {}", d.signature));
            let name = file.file_name().map_or("program.py".into(), |n| n.to_string_lossy().to_string());
            let predicate = Predicate::SameDivergence { harness: h, name: name.clone(), key: d.key.clone() };
            let reduction = pool.install(|| shrink(&source, &predicate, &cfg.shrink_limits));
            let final_judgement = judge_source(h, &name, &reduction.program);
            let written = write_report(&cfg.bugs, &cfg.regressions, &d, &source, &reduction.program, &final_judgement, Some(&origin))
                .map_err(|e| format!("cannot write the report for {}: {e}", d.signature))?;
            progress.suspend(|| {
                println!(
                    "new divergence {}: {} shrunk from {} to {} lines in {} tests\n  {}\n  {}",
                    d.signature,
                    name,
                    line_count(&source),
                    line_count(&reduction.program),
                    reduction.tests,
                    written.report.display(),
                    written.regression.display()
                );
                file_issue(cfg.file_issue, &written, &d);
            });
            progress.set_message(String::new());
            summary.new_reports.push(written.report);
        }
        progress.set_message(format!("{:.0}% valid, {} divergences", 100.0 * summary.valid as f64 / summary.programs.max(1) as f64, summary.divergences.values().sum::<usize>()));
        batch += 1;
    }
    summary.elapsed = start.elapsed();
    Ok(summary)
}

/// Whether CPython runs a program Molt rejected as it was generated to (the oracle did
/// not run it). Programs judged by `molt build` alone are not meant to be run.
fn valid_under_cpython(h: &Harness, file: &Path, source: &str) -> bool {
    if matches!(h.judge, difftest::Judge::Build { .. }) {
        return true;
    }
    let run = molt_oracle::run(&molt_oracle::cpython_invocation(&h.python, file, &[]), h.timeout);
    run.is_ok_and(|o| molt_oracle::fuzz::is_valid(source, &o))
}

fn file_issue(requested: bool, written: &Written, d: &Divergence) {
    let command = issue_command(written, d);
    let gh = requested && duct::cmd("gh", ["--version"]).stdout_null().stderr_null().unchecked().run().is_ok_and(|o| o.status.success());
    if gh {
        match duct::cmd(&command[0], &command[1..]).unchecked().run() {
            Ok(o) if o.status.success() => {}
            _ => println!("  filing the issue failed; the command was: {}", command.join(" ")),
        }
    } else if requested {
        println!("  gh is not installed; to file the issue run: {}", shell_words(&command));
    }
}

fn shell_words(words: &[String]) -> String {
    words.iter().map(|w| if w.contains(' ') || w.contains('(') { format!("'{w}'") } else { w.clone() }).collect::<Vec<_>>().join(" ")
}

/// `MOLT0003` from a rendered diagnostic (`error[MOLT0003]: ...`).
fn diagnostic_code(rendered: &str) -> String {
    rendered.split_once("error[").and_then(|(_, rest)| rest.split_once(']')).map_or("unknown".into(), |(code, _)| code.to_string())
}
