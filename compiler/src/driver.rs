//! The pipeline from source text to object file, with the verifiers run between passes in
//! debug builds and tests. Returns diagnostics as data; never panics on any input.

use crate::diagnostics::{Code, Diagnostic, Span};
use crate::{codegen, hir, limits, lower, methods, types, verify};
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{ast, Parse, ParseErrorType};

pub enum CompileError {
    /// The program is outside the subset or invalid: report and exit with code 2.
    Rejected(Vec<Diagnostic>),
    /// A compiler bug (a verifier failed or code generation failed).
    Internal(String),
}

/// The compiler's stack. Lowering, inference and code generation recurse over
/// expressions, which `limits` bounds at 1,000 levels; dropping a rejected syntax tree
/// recurses over all of it. The stack is reserved, not committed: only what a program
/// needs is touched.
const COMPILER_STACK_BYTES: usize = 1 << 30;

/// Runs `f` on a thread with the compiler's stack, so that no input can overflow it.
fn with_compiler_stack<T: Send>(f: impl FnOnce() -> Result<T, CompileError> + Send) -> Result<T, CompileError> {
    std::thread::scope(|scope| match std::thread::Builder::new().name("molt-compiler".into()).stack_size(COMPILER_STACK_BYTES).spawn_scoped(scope, f) {
        Ok(handle) => handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        Err(e) => Err(CompileError::Internal(format!("cannot start the compiler thread: {e}"))),
    })
}

/// Parses and lowers a program to HIR and typed IR, running the verifiers.
pub fn front_end(path: &str, source: &str) -> Result<(hir::Module, types::Types), CompileError> {
    with_compiler_stack(|| front_end_on_this_thread(path, source))
}

fn front_end_on_this_thread(path: &str, original: &str) -> Result<(hir::Module, types::Types), CompileError> {
    let source = &*untab_blank_lines(original);
    if let Some(d) = limits::check_tokens(source) {
        return Err(CompileError::Rejected(vec![d]));
    }
    let suite = match ast::Suite::parse(source, path) {
        Ok(s) => s,
        Err(e) => {
            let off: u32 = e.offset.into();
            if matches!(e.error, ParseErrorType::Lexical(LexicalErrorType::TabsAfterSpaces)) {
                // CPython accepts it when tabs and spaces are used consistently.
                return Err(CompileError::Rejected(vec![Diagnostic::new(Code::UnsupportedStatement, Span::new(off, off), "indentation with a tab after spaces is not supported")
                    .with_help("indent with spaces only, or with tabs only")]));
            }
            let msg = e.error.to_string();
            let msg = if msg.starts_with("invalid syntax") { msg } else { format!("invalid syntax: {msg}") };
            return Err(CompileError::Rejected(vec![Diagnostic::new(Code::Syntax, Span::new(off, off), msg)
                .with_help("CPython rejects this program too; fix the syntax")]));
        }
    };
    let diags = limits::check_nesting(&suite);
    if !diags.is_empty() {
        // Dropping a tree millions of levels deep would recurse as deep; the process
        // is about to report and exit, so it is leaked instead.
        std::mem::forget(suite);
        return Err(CompileError::Rejected(diags));
    }
    let (module, diags) = lower::lower_module(&suite);
    if !diags.is_empty() {
        return Err(CompileError::Rejected(diags));
    }
    let errors = verify::verify_hir(&module);
    if !errors.is_empty() {
        return Err(CompileError::Internal(format!("HIR verifier failed:\n{}", errors.join("\n"))));
    }
    let types = types::infer(&module);
    let errors = types::verify_types(&module, &types);
    if !errors.is_empty() {
        return Err(CompileError::Internal(format!("typed IR verifier failed:\n{}", errors.join("\n"))));
    }
    let diags = methods::check_method_calls(&module, &types);
    if !diags.is_empty() {
        return Err(CompileError::Rejected(diags));
    }
    Ok((module, types))
}

/// The lexer rejects a tab after spaces in the indentation of any line, but CPython
/// ignores the indentation of blank and comment-only lines. Such indentation is turned
/// into as many spaces (byte offsets, and so spans, are kept), one line per lexer error.
/// A code line indented that way is still rejected (MOLT0001, from the parser).
fn untab_blank_lines(source: &str) -> std::borrow::Cow<'_, str> {
    use rustpython_parser::lexer::lex;
    let mut text = std::borrow::Cow::Borrowed(source);
    if !source.contains(" \t") {
        return text;
    }
    // Each line costs a lexer pass; past the cap the parser reports the line.
    for _ in 0..256 {
        let Some(Err(e)) = lex(&text, rustpython_parser::Mode::Module).find(Result::is_err) else { break };
        if !matches!(e.error, LexicalErrorType::TabsAfterSpaces) {
            break;
        }
        let at = usize::from(e.location).min(text.len());
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line = &text[start..end];
        let rest = line.trim_start_matches([' ', '\t', '\x0c']);
        if !(rest.trim_end_matches('\r').is_empty() || rest.starts_with('#')) {
            break;
        }
        let indent = line.len() - rest.len();
        let spaces: String = line[..indent].chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
        let mut patched = text.into_owned();
        patched.replace_range(start..start + indent, &spaces);
        text = std::borrow::Cow::Owned(patched);
    }
    text
}

/// The optimization tier a build must stay inside (specs/tier0.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tier {
    /// Every value's type proven: no generic path anywhere.
    Frozen,
    /// Guarded fast paths with the generic runtime behind them (the default).
    #[default]
    Guarded,
}

/// Compiles a program to an object file.
pub fn compile_to_object(path: &str, source: &str) -> Result<Vec<u8>, CompileError> {
    compile_to_object_in_tier(path, source, Tier::Guarded)
}

/// Compiles a program to an object file; in `Tier::Frozen`, rejects it (MOLT0008) when a
/// value's type is not proven.
pub fn compile_to_object_in_tier(path: &str, source: &str, tier: Tier) -> Result<Vec<u8>, CompileError> {
    with_compiler_stack(|| {
        let (module, types) = front_end_in_tier(path, source, tier)?;
        codegen::compile_object(&module, &types, path, source).map_err(CompileError::Internal)
    })
}

/// `molt check`: the front end, and in `Tier::Frozen` the tier-0 proof.
pub fn check_in_tier(path: &str, source: &str, tier: Tier) -> Result<(), CompileError> {
    with_compiler_stack(|| front_end_in_tier(path, source, tier).map(drop))
}

fn front_end_in_tier(path: &str, source: &str, tier: Tier) -> Result<(hir::Module, types::Types), CompileError> {
    let (module, types) = front_end_on_this_thread(path, source)?;
    if tier == Tier::Frozen {
        let diags = crate::explain::tier0_diagnostics(&crate::explain::analyze(&module, &types));
        if !diags.is_empty() {
            return Err(CompileError::Rejected(diags));
        }
    }
    Ok((module, types))
}

/// The `--explain` report of a program (specs/tier0.md).
pub fn explain(path: &str, source: &str) -> Result<String, CompileError> {
    with_compiler_stack(|| {
        let (module, types) = front_end_on_this_thread(path, source)?;
        let reports = crate::explain::analyze(&module, &types);
        Ok(crate::explain::render(&module, &types, &reports, source))
    })
}
