//! The corpus test: every program under `corpus/` is run under CPython (the judge) and as
//! a Molt binary, in parallel; stdout, exit code and the last stderr line must agree.
//! Programs marked `# molt: expect=reject CODE` must be rejected with that code.

use molt_compiler::difftest::{self, Status};
use rayon::prelude::*;
use std::path::Path;

#[test]
fn corpus_matches_cpython() {
    let python = molt_oracle::resolve_python("python3").expect("python3 is installed");
    let work = tempfile::tempdir().expect("temporary folder");
    let harness = difftest::Harness::new(python, work.path().to_path_buf());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let files = difftest::discover(&[root]).expect("corpus is readable");
    assert!(files.len() >= 150, "the corpus has only {} programs", files.len());
    let failures: Vec<String> = files
        .par_iter()
        .filter_map(|f| match difftest::check_program(&harness, f).status {
            Status::Pass | Status::RejectedAsExpected | Status::KnownDivergence { .. } => None,
            Status::Fail { class, detail } => Some(format!("{}: {class}\n{detail}", f.display())),
        })
        .collect();
    eprintln!("corpus: {} programs, {} failures", files.len(), failures.len());
    assert!(failures.is_empty(), "{} of {} corpus programs failed:\n\n{}", failures.len(), files.len(), failures.join("\n\n"));
}
