//! The `molt` command-line contract: exit codes, output paths, no half-written files.

use std::path::Path;
use std::process::Command;

fn molt() -> Command {
    Command::new(env!("CARGO_BIN_EXE_molt"))
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write program");
    p
}

#[test]
fn build_run_and_check_exit_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ok = write(dir.path(), "ok.py", "print('hi', 2 ** 70)\n");
    let fails = write(dir.path(), "fails.py", "print('before')\nprint(1 // 0)\n");
    let exits = write(dir.path(), "exits.py", "raise SystemExit(7)\n");
    let bad = write(dir.path(), "bad.py", "async def a():\n    pass\n");
    let cache = dir.path().join("cache");

    let out = dir.path().join("ok_bin");
    let s = molt().args(["build"]).arg(&ok).arg("-o").arg(&out).status().expect("molt runs");
    assert_eq!(s.code(), Some(0));
    let o = Command::new(&out).output().expect("binary runs");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "hi 1180591620717411303424\n");

    // Default output: the program's stem in the current folder.
    let s = molt().current_dir(dir.path()).args(["build", "ok.py"]).status().expect("molt runs");
    assert_eq!(s.code(), Some(0));
    assert!(dir.path().join("ok").exists());

    let o = molt().env("MOLT_CACHE_DIR", &cache).arg("run").arg(&fails).output().expect("molt runs");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "before\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.ends_with("ZeroDivisionError: integer division or modulo by zero\n"), "{err}");

    let s = molt().env("MOLT_CACHE_DIR", &cache).arg("run").arg(&exits).status().expect("molt runs");
    assert_eq!(s.code(), Some(7));

    let bad_out = dir.path().join("bad_bin");
    let o = molt().arg("build").arg(&bad).arg("-o").arg(&bad_out).output().expect("molt runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("error[MOLT0002]: 'async def' is not supported"));
    assert!(!bad_out.exists(), "no output file for a rejected program");

    assert_eq!(molt().arg("check").arg(&ok).status().expect("molt runs").code(), Some(0));
    assert_eq!(molt().arg("check").arg(&bad).status().expect("molt runs").code(), Some(2));
    assert_eq!(molt().arg("check").arg(dir.path().join("missing.py")).status().expect("molt runs").code(), Some(2));
    assert_eq!(molt().arg("--no-such-flag").status().expect("molt runs").code(), Some(2));
}

#[test]
fn non_utf8_source_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("latin1.py");
    std::fs::write(&p, b"print('\xe9')\n").expect("write");
    let o = molt().arg("check").arg(&p).output().expect("molt runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not valid UTF-8"));
}

#[test]
fn test_diff_shards_reports_and_merge() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    for (name, text) in [("a.py", "print(1)\n"), ("b.py", "print(2 ** 80)\n"), ("c.py", "# molt: expect=reject MOLT0002\nasync def c():\n    pass\n")] {
        write(d, name, text);
    }
    let cache = d.join("cache");
    let run = |args: &[&str]| molt().current_dir(d).env("MOLT_CACHE_DIR", &cache).args(args).output().expect("molt runs");
    let o = run(&["test", "--diff", ".", "--shard", "1/2", "--json", "s1.json", "--junit", "s1.xml"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.starts_with("2 programs (1 rejected as expected)\n") && stdout.ends_with("2 passed, 0 failed\n"), "{stdout}");
    let junit = std::fs::read_to_string(d.join("s1.xml")).expect("junit written");
    assert!(junit.contains("name=\"a.py\"") && junit.contains("name=\"c.py\"") && !junit.contains("b.py"), "{junit}");
    assert_eq!(run(&["test", "--diff", ".", "--shard", "2/2", "--json", "s2.json"]).status.code(), Some(0));

    let o = run(&["test", "--merge-reports", "s1.json", "s2.json", "--json", "all.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("3 programs (1 rejected as expected)\n"));
    let all: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(d.join("all.json")).expect("merged")).expect("json");
    assert_eq!((all["passed"].as_u64(), all["failed"].as_u64(), all["programs"].as_array().map(Vec::len)), (Some(2), Some(0), Some(3)));

    let o = run(&["test", "--merge-reports", "s1.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "error: cannot merge the reports: shard 2/2 is missing\n");
    for bad in [&["test", "--diff", "--shard", "3/2"][..], &["test"], &["test", "--diff", "--merge-reports", "s1.json"], &["test", "--diff", "missing_dir"]] {
        assert_eq!(run(bad).status.code(), Some(2), "{bad:?}");
    }
    // A failing program makes the run fail with 1 and names the class.
    write(d, "d.py", "# molt: max-allocs=0\nprint(str(2 ** 100))\n");
    let o = run(&["test", "--diff", "d.py"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("FAIL d.py [budget-exceeded]\n    allocations: "), "{}", String::from_utf8_lossy(&o.stdout));
}

#[test]
fn fuzz_and_shrink_fail_fast_on_bad_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let agrees = write(dir.path(), "agrees.py", "print(1 + 1)\n");
    let rejected = write(dir.path(), "rejected.py", "async def a():\n    pass\n");
    let venv_python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.venv/bin/python");
    let cases: [(&[&str], &str); 6] = [
        (&["fuzz", "--time", "5x"], "the unit must be s, m or h"),
        (&["fuzz", "--count", "3", "--time", "1m"], "cannot be used with"),
        (&["fuzz", "--count", "1", "--policy", "nope", "--generator-python", venv_python.to_str().unwrap()], "invalid choice: 'nope'"),
        (&["fuzz", "--count", "1", "--generator-python", "/nonexistent/python"], "cannot run /nonexistent/python"),
        (&["shrink", agrees.to_str().unwrap()], "does not diverge from CPython"),
        (&["shrink", rejected.to_str().unwrap()], "Molt rejects"),
    ];
    for (args, message) in cases {
        let o = molt().current_dir(dir.path()).args(args).output().expect("molt runs");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(message) && !err.contains("panicked"), "{args:?}: {err}");
    }
    // `--predicate`: a program the predicate does not hold for cannot be shrunk; one it
    // holds for is, and the output is written whole.
    let o = molt().args(["shrink", "--predicate", "false"]).arg(&agrees).output().expect("molt runs");
    assert_eq!(o.status.code(), Some(2));
    let out = dir.path().join("min.py");
    let o = molt().args(["shrink", "--predicate", "grep -q 'print'", "-o"]).arg(&out).arg(&agrees).output().expect("molt runs");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read_to_string(&out).expect("output written"), "print\n");
}

/// The hello-world size gate (issue 7): a budget on the binary, not a timing. Today's
/// size plus 5%; the target is 1 MB.
/// FIXME: 1.43 MB today (bytes, bytearray and codecs added 73 KB): every runtime entry
/// point is reachable through the dynamic dispatch, so each feature grows every binary;
/// lower the budget as the runtime shrinks.
#[test]
fn hello_world_binary_size_budget() {
    const BUDGET_BYTES: u64 = 1_180_000;
    let dir = tempfile::tempdir().expect("tempdir");
    let hello = write(dir.path(), "hello.py", "print(\"hello\")\n");
    let out = dir.path().join("hello");
    let s = molt().arg("build").arg(&hello).arg("-o").arg(&out).status().expect("molt runs");
    assert_eq!(s.code(), Some(0));
    let size = std::fs::metadata(&out).expect("binary").len();
    assert!(size <= BUDGET_BYTES, "hello world is {size} bytes, over its budget of {BUDGET_BYTES}");
}

#[test]
fn bench_reports_and_fails_fast() {
    let dir = tempfile::tempdir().expect("tempdir");
    let quick = write(dir.path(), "quick.py", "print(sum(range(1000)))\n");
    let out = dir.path().join("report");
    let o = molt().args(["bench", "--runs", "1", "--pypy", "/nonexistent/pypy3"]).arg(&quick).output().expect("molt runs");
    assert_eq!(o.status.code(), Some(2), "a missing PyPy is a bad flag: {}", String::from_utf8_lossy(&o.stderr));
    let o = molt().args(["bench", "--runs", "1", "--out"]).arg(&out).arg(&quick).output().expect("molt runs");
    let table = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{table}{}", String::from_utf8_lossy(&o.stderr));
    assert!(table.contains("| quick.py |") && table.contains("Geometric mean speedup over CPython"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("bench.json")).expect("bench.json")).expect("valid JSON");
    assert!(json["rows"][0]["molt"]["max_rss_kb"].as_u64().is_some_and(|kb| kb > 0), "{json}");
    assert!(json["rows"][0]["cpython"]["max_rss_kb"].as_u64().is_some_and(|kb| kb > 1000), "{json}");
    assert!(std::fs::read_to_string(out.join("bench.svg")).expect("bench.svg").starts_with("<svg"));
    // A program that cannot be built (or diverges) is not timed; bad flags and paths
    // fail fast.
    let rejected = write(dir.path(), "rejected.py", "async def a():\n    pass\n");
    let o = molt().args(["bench", "--runs", "1"]).arg(&rejected).output().expect("molt runs");
    let table = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{table}");
    assert!(table.contains("Not timed: rejected.py: rejected"), "{table}");
    for args in [&["bench", "--runs", "0"][..], &["bench", "/nonexistent/dir"][..]] {
        let o = molt().args(args).arg(&quick).output().expect("molt runs");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&o.stderr).starts_with("error:"), "{args:?}");
    }
}

#[test]
fn tier_and_explain_flags() {
    let dir = tempfile::tempdir().expect("tempdir");
    let proven = write(dir.path(), "proven.py", "def f(n):\n    return n * 2 + 1\nprint(f(20))\n");
    let unproven = write(dir.path(), "unproven.py", "xs = [1, 2]\nprint(xs[0] + 1)\n");
    let out = dir.path().join("bin");

    let o = molt().args(["build", "--tier", "0", "--explain"]).arg(&proven).arg("-o").arg(&out).output().expect("molt runs");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("fn f(n: int) -> int"), "{text}");
    assert!(text.contains("(tier 0 accepts this program)"), "{text}");
    assert_eq!(String::from_utf8_lossy(&Command::new(&out).output().expect("runs").stdout), "41\n");

    let rejected = dir.path().join("rejected");
    let o = molt().args(["build", "--tier", "0"]).arg(&unproven).arg("-o").arg(&rejected).output().expect("molt runs");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("error[MOLT0008]: tier 0 cannot prove the type of an item of a list"), "{err}");
    assert!(err.contains("unproven.py:2:7"), "{err}");
    assert!(!rejected.exists(), "no output file for a rejected program");
    // The default tier compiles it.
    assert_eq!(molt().arg("build").arg(&unproven).arg("-o").arg(&rejected).status().expect("molt runs").code(), Some(0));
    assert_eq!(molt().args(["check", "--tier", "0"]).arg(&unproven).status().expect("molt runs").code(), Some(2));
    assert_eq!(molt().args(["check", "--tier", "0"]).arg(&proven).status().expect("molt runs").code(), Some(0));
    assert_eq!(molt().args(["build", "--tier", "2"]).arg(&proven).status().expect("molt runs").code(), Some(2));
}
