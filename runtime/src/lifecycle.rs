//! Program lifecycle: `molt_main` (argv, running the module body on a big-stack thread,
//! reporting uncaught exceptions, flushing stdout, writing stats) and the exported
//! reference-counting entry points.

use crate::abi::*;
use crate::object::decref;
use std::sync::Mutex;

static ARGV: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Program arguments (for a future `sys.argv`).
pub fn argv() -> Vec<String> {
    ARGV.lock().map(|a| a.clone()).unwrap_or_default()
}

const BODY_STACK: usize = 512 << 20;

#[unsafe(no_mangle)]
pub extern "C" fn molt_main(argc: i32, argv: *const *const std::ffi::c_char, body: usize) -> i32 {
    let start = std::time::Instant::now();
    let mut args = Vec::new();
    if !argv.is_null() {
        for i in 0..argc.max(0) as usize {
            // SAFETY: the C runtime passes argc valid NUL-terminated strings.
            let p = unsafe { *argv.add(i) };
            if !p.is_null() {
                args.push(unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned());
            }
        }
    }
    if let Ok(mut a) = ARGV.lock() {
        *a = args;
    }
    if body == 0 {
        return 1;
    }
    // SAFETY: the compiler passes the address of `extern "C" fn() -> u64`.
    let f: extern "C" fn() -> u64 = unsafe { std::mem::transmute(body) };
    let run = move || -> i32 {
        let r = f();
        let code = if r == ERR { crate::exc::report_uncaught() } else { 0 };
        crate::io::flush_stdout();
        code
    };
    let code = match std::thread::Builder::new().name("molt-main".into()).stack_size(BODY_STACK).spawn(run) {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => run(),
    };
    crate::stats::write_report(start.elapsed().as_nanos());
    code
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_decref(v: u64) {
    decref(v);
}
