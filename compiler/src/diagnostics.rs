//! Diagnostics as data, and their rendering in the rustc/ruff shape:
//!
//! ```text
//! error[MOLT0003]: class definitions are not supported
//!  --> app.py:3:1
//!   |
//! 3 | class Point:
//!   | ^^^^^^^^^^^^
//!   |
//!   = help: use module-level functions and tuples for now
//! ```
//!
//! Codes are stable: once published a code keeps its meaning (see `specs/diagnostics.md`).

use std::fmt::Write as _;

/// A byte range in the program's source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end: end.max(start) }
    }
}

impl From<rustpython_parser::text_size::TextRange> for Span {
    fn from(r: rustpython_parser::text_size::TextRange) -> Span {
        Span::new(r.start().into(), r.end().into())
    }
}

/// Stable diagnostic codes. The numeric value is part of Molt's public interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// The source is not valid Python (CPython would raise SyntaxError).
    Syntax = 1,
    /// A statement form outside the supported subset.
    UnsupportedStatement = 2,
    /// An expression form outside the supported subset.
    UnsupportedExpression = 3,
    /// A call whose target Molt cannot resolve statically (unknown or unsupported callee).
    UnsupportedCall = 4,
    /// A call that does not match the callee's parameters.
    BadCall = 5,
    /// A name binding Molt cannot compile exactly (shadowed builtins, redefined functions).
    UnsupportedBinding = 6,
    /// A name that is used but can never be bound anywhere in the program.
    UndefinedName = 7,
    /// `--tier 0`: a value whose type inference cannot prove (it would need the generic path).
    Tier0Unproven = 8,
}

impl Code {
    pub fn as_str(self) -> String {
        format!("MOLT{:04}", self as u32)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    pub span: Span,
    /// Text under the caret line, if any.
    pub label: Option<String>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { code, message: message.into(), span, label: None, help: None }
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }
}

/// Maps byte offsets to 1-based line and column (columns count characters).
pub struct LineIndex<'a> {
    source: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> LineIndex<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { source, line_starts }
    }

    /// 1-based line number of a byte offset.
    pub fn line(&self, offset: u32) -> usize {
        let offset = (offset as usize).min(self.source.len());
        self.line_starts.partition_point(|&s| s <= offset)
    }

    /// 1-based (line, column) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = floor_char_boundary(self.source, offset as usize);
        let line = self.line(offset as u32);
        let start = self.line_starts[line - 1];
        (line, self.source[start..offset].chars().count() + 1)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text(&self, line: usize) -> &'a str {
        let start = self.line_starts[line - 1];
        let end = self.line_starts.get(line).copied().unwrap_or(self.source.len());
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Renders a diagnostic against the source it points into.
pub fn render(diag: &Diagnostic, path: &str, source: &str) -> String {
    let index = LineIndex::new(source);
    let (line, col) = index.line_col(diag.span.start);
    let text = index.line_text(line);
    let gutter = line.to_string().len();
    let pad = " ".repeat(gutter);
    let mut out = String::new();
    let _ = writeln!(out, "error[{}]: {}", diag.code.as_str(), diag.message);
    let _ = writeln!(out, "{pad}--> {path}:{line}:{col}");
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(out, "{line} | {text}");
    // The caret covers the span's part on its first line (at least one column).
    let (end_line, end_col) = index.line_col(diag.span.end);
    let width = if end_line == line { end_col.saturating_sub(col).max(1) } else { (text.chars().count() + 1).saturating_sub(col).max(1) };
    let indent: String = text.chars().take(col - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    let _ = write!(out, "{pad} | {indent}{}", "^".repeat(width));
    if let Some(label) = &diag.label {
        let _ = write!(out, " {label}");
    }
    out.push('\n');
    if let Some(help) = &diag.help {
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{pad} = help: {help}");
    }
    out
}
