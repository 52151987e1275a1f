//! Helpers shared by the oracle's integration tests.

use std::path::{Path, PathBuf};

/// An executable shell script in `dir` whose `$REAL` is the real CPython: a deliberately
/// wrong oracle (or a launcher) built from `body`.
pub fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    let real = molt_oracle::resolve_python("python3").expect("python3 is installed");
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\nREAL='{}'\n{body}\n", real.display())).expect("write script");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}
