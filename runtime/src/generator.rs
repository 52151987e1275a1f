//! Generator objects (specs/generators.md): the frame slots of a compiled generator
//! body, resuming it (`next`, `send`, `throw`, `close`), `yield from` delegation, and
//! closing a generator freed while suspended.

use crate::abi::*;
use crate::exc::*;
use crate::object::*;

/// The body of a generator function, compiled to resume at the state in `slots[0]`.
pub type ResumeFn = extern "C" fn(*mut u64, u64) -> u64;

/// `slots[0]` before the first resume.
const STARTING: u64 = 0;
/// `slots[0]` while the body runs (the body sets it on entry); still there when the body
/// returns, it means finished.
const RUNNING: u64 = -1i64 as u64;
const FINISHED: u64 = -2i64 as u64;

#[repr(C)]
pub struct GenObj {
    pub hdr: Header,
    resume: ResumeFn,
    /// `slots[0]` is the state; the body saves its variables in the rest while suspended.
    slots: Box<[u64]>,
    /// How many leading slots (after the state) hold the arguments before the first resume.
    nargs: usize,
    qualname: &'static str,
    /// The exceptions being handled inside the generator while it is suspended (owned).
    handled: Vec<u64>,
}

/// What one resumption of the body did.
enum Step {
    Yielded(u64),
    /// Finished with this value (owned).
    Returned(u64),
}

fn gen_mut<'a>(g: u64) -> &'a mut GenObj {
    // SAFETY: callers pass a KIND_GEN value.
    unsafe { obj_mut::<GenObj>(g) }
}

pub fn is_gen(v: u64) -> bool {
    is_kind(v, KIND_GEN)
}

pub fn repr(g: u64) -> String {
    format!("<generator object {} at {:#x}>", gen_mut(g).qualname, g & PAYLOAD_MASK)
}

/// A new generator whose body is `resume`, with the arguments (owned) in its first slots.
#[unsafe(no_mangle)]
pub extern "C" fn molt_gen_new(resume: *const u8, nslots: usize, name: *const u8, name_len: usize, args: *const u64, nargs: usize) -> u64 {
    let mut slots = vec![ERR; 1 + nslots.max(nargs)];
    slots[0] = STARTING;
    if nargs > 0 {
        // SAFETY: generated code passes `nargs` values.
        slots[1..=nargs].copy_from_slice(unsafe { std::slice::from_raw_parts(args, nargs) });
    }
    // SAFETY: generated code passes the address of a function of type ResumeFn.
    let resume: ResumeFn = unsafe { std::mem::transmute::<*const u8, ResumeFn>(resume) };
    // SAFETY: the name is a static blob in the program's data.
    let qualname = unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(name, name_len)) };
    alloc_obj(GenObj { hdr: Header { refcount: 1, kind: KIND_GEN }, resume, slots: slots.into_boxed_slice(), nargs, qualname, handled: Vec::new() })
}

/// Drops the arguments of a generator that never started and marks it finished.
fn finish_unstarted(o: &mut GenObj) {
    let args: Vec<u64> = o.slots[1..=o.nargs].to_vec();
    o.slots[0] = FINISHED;
    args.into_iter().for_each(decref);
}

/// Resumes the body with `sent` (owned), or with the pending exception raised at the
/// `yield` when `sent` is ERR.
fn resume(g: u64, sent: u64) -> R<Step> {
    let o = gen_mut(g);
    match o.slots[0] {
        RUNNING => {
            if sent == ERR {
                decref(take_pending());
            } else {
                decref(sent);
            }
            return value_error("generator already executing");
        }
        FINISHED => {
            if sent == ERR {
                return Err(Raised);
            }
            decref(sent);
            return Ok(Step::Returned(NONE));
        }
        STARTING if sent == ERR => {
            finish_unstarted(o);
            return Err(Raised);
        }
        STARTING if sent != NONE => {
            decref(sent);
            return type_error("can't send non-None value to a just-started generator");
        }
        _ => {}
    }
    if molt_enter_frame() < 0 {
        if sent != ERR {
            decref(sent);
        }
        return Err(Raised);
    }
    incref(g);
    let depth = handled_depth();
    restore_handled(std::mem::take(&mut o.handled));
    if sent == ERR {
        // A thrown exception's context is what the generator was handling (CPython's
        // _PyErr_ChainStackItem).
        let exc = take_pending();
        set_pending(exc);
    }
    // The body reads the state and sets it to RUNNING.
    let r = (o.resume)(o.slots.as_mut_ptr(), sent);
    leave_recursive_call();
    let o = gen_mut(g);
    let step = if o.slots[0] == RUNNING {
        o.slots[0] = FINISHED;
        if r == ERR {
            stop_iteration_to_runtime_error();
            Err(Raised)
        } else {
            Ok(Step::Returned(r))
        }
    } else {
        o.handled = split_handled(depth);
        Ok(Step::Yielded(r))
    };
    decref(g);
    step
}

/// Raises StopIteration carrying a generator's return value (owned): no arguments for None.
fn stop_with(value: u64) -> R<u64> {
    if value == NONE {
        return raise_empty(STOP_ITERATION);
    }
    let args = crate::tuple::new_tuple_owned(vec![value]);
    set_pending(new_exc_owned_args(STOP_ITERATION, args));
    Err(Raised)
}

/// `next(g)` for the iteration protocol: the item (owned), STOP when finished (the return
/// value dropped), or ERR.
pub fn next(g: u64) -> u64 {
    match resume(g, NONE) {
        Ok(Step::Yielded(v)) => v,
        Ok(Step::Returned(v)) => {
            decref(v);
            STOP
        }
        Err(Raised) => ERR,
    }
}

/// `g.send(v)` (v borrowed); also `next(g)`, whose StopIteration carries the return value.
pub fn send(g: u64, v: u64) -> R<u64> {
    incref(v);
    match resume(g, v)? {
        Step::Yielded(x) => Ok(x),
        Step::Returned(r) => stop_with(r),
    }
}

/// The exception `g.throw(typ[, val[, tb]])` raises (owned), from borrowed arguments.
fn thrown_exception(args: &[u64]) -> R<u64> {
    let typ = args[0];
    let val = args.get(1).copied().unwrap_or(NONE);
    if args.get(2).is_some_and(|&tb| tb != NONE) {
        return type_error("throw() third argument must be a traceback object");
    }
    if is_exc(typ) {
        if val != NONE {
            return type_error("instance exception may not have a separate value");
        }
        incref(typ);
        return Ok(typ);
    }
    if crate::class::is_class(typ) && crate::class::exc_kind_of_class(typ) >= 0 {
        if is_exc(val) {
            incref(val);
            return Ok(val);
        }
        let e = if val == NONE {
            crate::class::instantiate(typ, &[], &[])?
        } else if is_tuple(val) {
            crate::class::instantiate(typ, crate::tuple::items(val), &[])?
        } else {
            crate::class::instantiate(typ, &[val], &[])?
        };
        return Ok(e);
    }
    type_error(&format!("exceptions must be classes or instances deriving from BaseException, not {}", type_name(typ)))
}

/// `g.throw(...)`: raises the exception at the suspended `yield`.
pub fn throw(g: u64, args: &[u64]) -> R<u64> {
    let exc = thrown_exception(args)?;
    set_pending_as_is(exc);
    match resume(g, ERR)? {
        Step::Yielded(x) => Ok(x),
        Step::Returned(r) => stop_with(r),
    }
}

/// `g.close()`.
pub fn close(g: u64) -> R<()> {
    let o = gen_mut(g);
    match o.slots[0] {
        STARTING => {
            finish_unstarted(o);
            return Ok(());
        }
        FINISHED => return Ok(()),
        _ => {}
    }
    set_pending_as_is(new_exc_owned_args(GENERATOR_EXIT, crate::tuple::new_tuple_owned(vec![])));
    match resume(g, ERR) {
        Ok(Step::Yielded(x)) => {
            decref(x);
            raise(RUNTIME_ERROR, "generator ignored GeneratorExit")
        }
        Ok(Step::Returned(r)) => {
            decref(r);
            Ok(())
        }
        Err(Raised) if pending_is(GENERATOR_EXIT) || pending_is(STOP_ITERATION) => {
            decref(take_pending());
            Ok(())
        }
        Err(Raised) => Err(Raised),
    }
}

/// The generator's methods (`molt_call_method`); None for other names.
pub fn call_method(g: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    let arity = |lo: usize, hi: usize| crate::list::arity_of("generator", name, args, lo, hi);
    Some(match name {
        "send" => arity(1, 1).and_then(|()| send(g, args[0])),
        "throw" => arity(1, 3).and_then(|()| throw(g, args)),
        "close" => arity(0, 0).and_then(|()| close(g)).map(|()| NONE),
        _ => return None,
    })
}

/// Frees a generator. A suspended one is closed first, as CPython finalizes it; an
/// exception from closing is dropped (CPython reports it as unraisable).
pub unsafe fn dealloc(g: u64) {
    let o = gen_mut(g);
    if o.slots[0] != STARTING && o.slots[0] != FINISHED {
        o.hdr.refcount = 1;
        if close(g).is_err() {
            decref(take_pending());
        }
        let o = gen_mut(g);
        if o.hdr.refcount > 1 {
            // Resurrected by its own `finally` code: whoever holds it now frees it later.
            o.hdr.refcount -= 1;
            return;
        }
    } else if o.slots[0] == STARTING {
        finish_unstarted(o);
    }
    let handled = std::mem::take(&mut gen_mut(g).handled);
    // SAFETY: the last reference is gone.
    unsafe { free_box::<GenObj>(ptr_of(g)) };
    handled.into_iter().for_each(decref);
}

/// One step of `yield from it`: sends `sent` (owned; ERR to throw the pending exception)
/// into `it` and returns the value to yield (owned), or STOP with `it`'s return value
/// written to `result`, or ERR.
#[unsafe(no_mangle)]
pub extern "C" fn molt_yield_from(it: u64, sent: u64, result: *mut u64) -> u64 {
    let finished = |r: u64| {
        // SAFETY: generated code passes a slot for the result.
        unsafe { *result = r };
        STOP
    };
    if is_gen(it) {
        if sent == ERR && pending_is(GENERATOR_EXIT) {
            let exit = take_pending();
            if close(it).is_err() {
                decref(exit);
                return ERR;
            }
            set_pending_as_is(exit);
            return ERR;
        }
        return match resume(it, sent) {
            Ok(Step::Yielded(x)) => x,
            Ok(Step::Returned(r)) => finished(r),
            Err(Raised) => ERR,
        };
    }
    let r = delegate_to_iterator(it, sent);
    match r {
        Ok(x) => x,
        Err(Raised) if pending_is(STOP_ITERATION) => {
            let stop = take_pending();
            let value = stop_value(stop);
            decref(stop);
            finished(value)
        }
        Err(Raised) => ERR,
    }
}

/// `yield from` over an iterator that is not a generator: `__next__`, `send` or `throw`.
fn delegate_to_iterator(it: u64, sent: u64) -> R<u64> {
    if sent == ERR {
        let exc = take_pending();
        let is_exit = exc_is(exc, GENERATOR_EXIT);
        let method = if is_exit { "close" } else { "throw" };
        let has = crate::class::is_instance_obj(it) && crate::class::lookup_str(crate::class::instance_class(it), method)?.is_some();
        if !has {
            set_pending_as_is(exc);
            return Err(Raised);
        }
        let name = crate::str::new_str(method);
        let args: &[u64] = if is_exit { &[] } else { &[exc] };
        let r = crate::class::call_method(it, name, args, &[]).expect("an instance");
        decref(name);
        if is_exit {
            return match r {
                Ok(x) => {
                    decref(x);
                    set_pending_as_is(exc);
                    Err(Raised)
                }
                Err(Raised) => {
                    decref(exc);
                    Err(Raised)
                }
            };
        }
        decref(exc);
        return r;
    }
    if sent == NONE {
        // An instance's `__next__` is called directly: its StopIteration carries the value.
        if crate::class::is_instance_obj(it) {
            return match crate::class::special(it, "__next__", &[]) {
                Some(r) => r,
                None => type_error(&format!("'{}' object is not an iterator", type_name(it))),
            };
        }
        return match crate::iter::next(it) {
            ERR => Err(Raised),
            STOP => raise_empty(STOP_ITERATION),
            x => Ok(x),
        };
    }
    let name = crate::str::new_str("send");
    let r = match crate::class::call_method(it, name, &[sent], &[]) {
        Some(r) => r,
        None => crate::ops::call_method(it, "send", &[sent]),
    };
    decref(name);
    decref(sent);
    r
}

/// `StopIteration.value` (owned): its first argument, or None.
pub fn stop_value(stop: u64) -> u64 {
    let v = crate::tuple::items(exc_args(stop)).first().copied().unwrap_or(NONE);
    incref(v);
    v
}
