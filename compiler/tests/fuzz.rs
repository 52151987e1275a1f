//! The fuzzer's pipeline against deliberately wrong oracles: a planted divergence in a
//! 60-line program shrinks to a few lines, reports and regression tests are written, a
//! regression's `known-divergence` header is tracked, and a fuzz run deduplicates
//! divergences by signature. The generator needs hypothesis in `.venv` (README).

mod common;

use molt_compiler::difftest::{check_program, Harness, Status};
use molt_compiler::fuzz::{self, FuzzConfig, Predicate};
use std::path::{Path, PathBuf};

/// CPython with its stdout passed through `filter`, always exiting 0.
fn wrong_oracle(dir: &Path, name: &str, filter: &str) -> PathBuf {
    common::script(dir, name, &format!("\"$REAL\" \"$@\" | {filter}\nexit 0"))
}

fn harness(python: PathBuf, work: &Path) -> Harness {
    let mut h = Harness::new(python, work.to_path_buf());
    h.check_speed = false;
    h
}

#[test]
fn a_planted_divergence_shrinks_to_a_few_lines_with_its_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let wrong = harness(wrong_oracle(d, "wrong", "sed 's/^checksum /checksum! /'"), d);
    let program = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/planted_60_lines.py");
    let source = std::fs::read_to_string(&program).expect("read program");
    assert_eq!(source.lines().count(), 60);

    let judged = fuzz::judge_source(&wrong, "planted.py", &source);
    let Status::Fail { class, detail } = &judged.status else { panic!("the wrong oracle must diverge: {:?}", judged.status) };
    let key = molt_oracle::divergence_key(class, detail);
    let predicate = Predicate::SameDivergence { harness: &wrong, name: "planted.py".into(), key: key.clone() };
    let reduction = fuzz::shrink(&source, &predicate, &molt_shrinker::Limits { max_tests: 400, jobs: 2 });
    assert!(fuzz::line_count(&reduction.program) <= 5, "shrunk to:\n{}", reduction.program);
    assert!(reduction.program.contains("checksum"), "{}", reduction.program);

    let minimized = fuzz::judge_source(&wrong, "planted.py", &reduction.program);
    let divergence = fuzz::Divergence::of(&minimized).expect("the minimized program must still diverge");
    assert_eq!(divergence.key, key);
    let written = fuzz::write_report(&d.join("bugs"), &d.join("regressions"), &divergence, &source, &reduction.program, &minimized, None).expect("write report");
    let report = std::fs::read_to_string(&written.report).expect("report.md");
    assert!(report.contains(&reduction.program) && report.contains("checksum! "), "{report}");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(written.report.with_extension("json")).expect("report.json")).expect("valid JSON");
    assert_eq!(json["class"], "output-mismatch");
    assert_eq!(json["signature"], divergence.signature.as_str());
    assert!(json["cpython"]["stdout"].as_str().is_some_and(|s| s.starts_with("checksum! ")), "{json}");

    // The regression is tracked while it diverges the same way, and flagged once fixed.
    assert_eq!(check_program(&wrong, &written.regression).status, Status::KnownDivergence { signature: divergence.signature.clone() });
    let honest = harness(molt_oracle::resolve_python("python3").expect("python3"), d);
    match check_program(&honest, &written.regression).status {
        Status::Fail { class: "divergence-fixed", detail } => assert!(detail.contains(&divergence.signature), "{detail}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn fuzzing_against_a_wrong_oracle_reports_each_signature_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.venv/bin/python");
    assert!(generator.exists(), "the fuzzer needs {}: {}", generator.display(), molt_oracle::fuzz::SETUP_HINT);
    let wrong = harness(wrong_oracle(d, "extra", "cat; echo 'extra line'"), d);
    let cfg = FuzzConfig {
        seed: 3,
        count: Some(4),
        time: None,
        policy: "ints".into(),
        shard: None,
        bugs: d.join("bugs"),
        regressions: d.join("regressions"),
        generator_python: generator,
        file_issue: false,
        shrink_limits: molt_shrinker::Limits { max_tests: 50, jobs: 1 },
    };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().expect("pool");
    let summary = fuzz::fuzz(&wrong, &cfg, &pool, &indicatif::ProgressBar::hidden()).expect("fuzz runs");
    assert_eq!((summary.programs, summary.valid), (4, 4), "{}", summary.text());
    assert_eq!(summary.divergences.get("output-mismatch"), Some(&4), "{}", summary.text());
    assert_eq!((summary.signatures.len(), summary.new_reports.len()), (1, 1), "{}", summary.text());
    let minimized = std::fs::read_to_string(d.join("bugs").join(&summary.signatures[0]).join("minimized.py")).expect("minimized.py");
    assert_eq!(minimized, "", "an empty program diverges the same way under this oracle");
    assert!(summary.text().contains("4 output-mismatch (1 distinct, 1 new reports)"), "{}", summary.text());

    // The same seed gives the same programs; a second run finds the report already there.
    let again = fuzz::fuzz(&wrong, &cfg, &pool, &indicatif::ProgressBar::hidden()).expect("fuzz runs");
    assert_eq!((again.signatures.len(), again.new_reports.len()), (1, 0));
}
