//! Buffered stdout: line-buffered when stdout is a terminal, block-buffered otherwise
//! (like CPython). Write errors (e.g. a closed pipe) are ignored, never a panic.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};

const BLOCK: usize = 8192;

struct Out {
    buf: Vec<u8>,
    tty: Option<bool>,
}

thread_local! {
    static OUT: RefCell<Out> = const { RefCell::new(Out { buf: Vec::new(), tty: None }) };
}

fn write_raw(bytes: &[u8]) {
    let mut so = std::io::stdout().lock();
    let _ = so.write_all(bytes);
    let _ = so.flush();
}

pub fn write_stdout(bytes: &[u8]) {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        let tty = *o.tty.get_or_insert_with(|| std::io::stdout().is_terminal());
        o.buf.extend_from_slice(bytes);
        let flush = if tty { bytes.contains(&b'\n') } else { o.buf.len() >= BLOCK };
        if flush {
            let data = std::mem::take(&mut o.buf);
            write_raw(&data);
            o.buf = data;
            o.buf.clear();
        }
    });
}

pub fn flush_stdout() {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        if !o.buf.is_empty() {
            let data = std::mem::take(&mut o.buf);
            write_raw(&data);
            o.buf = data;
            o.buf.clear();
        }
    });
}
