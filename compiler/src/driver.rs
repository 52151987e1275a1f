//! The pipeline from source text to object file, with the verifiers run between passes in
//! debug builds and tests. Returns diagnostics as data; never panics on any input.

use crate::diagnostics::{Code, Diagnostic, Span};
use crate::{codegen, hir, lower, methods, types, verify};
use rustpython_parser::{ast, Parse};

pub enum CompileError {
    /// The program is outside the subset or invalid: report and exit with code 2.
    Rejected(Vec<Diagnostic>),
    /// A compiler bug (a verifier failed or code generation failed).
    Internal(String),
}

/// Parses and lowers a program to HIR and typed IR, running the verifiers.
pub fn front_end(path: &str, source: &str) -> Result<(hir::Module, types::Types), CompileError> {
    let suite = match ast::Suite::parse(source, path) {
        Ok(s) => s,
        Err(e) => {
            let off: u32 = e.offset.into();
            let msg = e.error.to_string();
            let msg = if msg.starts_with("invalid syntax") { msg } else { format!("invalid syntax: {msg}") };
            return Err(CompileError::Rejected(vec![Diagnostic::new(Code::Syntax, Span::new(off, off), msg)
                .with_help("CPython rejects this program too; fix the syntax")]));
        }
    };
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

/// Compiles a program to an object file.
pub fn compile_to_object(path: &str, source: &str) -> Result<Vec<u8>, CompileError> {
    let (module, types) = front_end(path, source)?;
    codegen::compile_object(&module, &types, path, source).map_err(CompileError::Internal)
}
