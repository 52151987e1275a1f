//! Measured runs for `molt bench`: wall time of one child process with its output
//! discarded, and the peak resident set of a Python program.
//!
//! Peak RSS is the process's own `VmHWM` at exit, for every implementation: Molt binaries
//! report it through `MOLT_STATS`, and Python programs are run by a wrapper that reads it
//! from an `atexit` hook (`python_rss_invocation`). `wait4`'s `ru_maxrss` cannot be used:
//! a child spawned with vfork starts with the parent's high-water mark, so every program
//! would look at least as big as `molt` itself.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One timed run.
#[derive(Clone, Copy, Debug)]
pub struct Measurement {
    pub wall: Duration,
    /// `None`: killed by a signal, or by the timeout.
    pub exit_code: Option<i32>,
    pub timed_out: bool,
}

/// Runs `argv` (stdin, stdout and stderr null; `PYTHONHASHSEED=0`) and times it.
pub fn measure(argv: &[OsString], timeout: Duration) -> std::io::Result<Measurement> {
    let Some((program, args)) = argv.split_first() else {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "empty command line"));
    };
    let start = Instant::now();
    let mut child = Command::new(program).args(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).env("PYTHONHASHSEED", "0").spawn()?;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Measurement { wall: start.elapsed(), exit_code: status.code(), timed_out: false });
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(Measurement { wall: start.elapsed(), exit_code: None, timed_out: true });
        }
        std::thread::sleep(Duration::from_micros(100));
    }
}

/// Runs `program` under `python` (CPython or PyPy) as `__main__`, writing the process's
/// peak RSS in KiB into `rss_file` at exit.
pub fn python_rss_invocation(python: &Path, program: &Path, rss_file: &Path) -> crate::Invocation {
    let wrapper = "import atexit, runpy, sys\n\
        out, prog = sys.argv[1], sys.argv[2]\n\
        def hwm():\n    \
            with open('/proc/self/status') as f:\n        \
                kb = [l.split()[1] for l in f if l.startswith('VmHWM:')]\n    \
            with open(out, 'w') as f:\n        \
                f.write(kb[0] if kb else '0')\n\
        atexit.register(hwm)\n\
        sys.argv = [prog]\n\
        runpy.run_path(prog, run_name='__main__')\n";
    let argv = vec![python.into(), "-c".into(), wrapper.into(), rss_file.into(), program.into()];
    crate::Invocation { argv, stdin: None, env: vec![("PYTHONHASHSEED".into(), "0".into())] }
}

/// The peak RSS a run of `python_rss_invocation` wrote.
pub fn read_rss_kb(rss_file: &Path) -> Option<u64> {
    std::fs::read_to_string(rss_file).ok()?.trim().parse().ok()
}
