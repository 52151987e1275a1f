//! HIR: the desugared, name-resolved IR the front end produces from the Python AST.
//!
//! Every name is resolved statically: a `Local` slot of the enclosing function, a module
//! `Global` slot, a known `Func` or a `Builtin`. Calls to user functions are already bound
//! to parameters (keyword arguments matched, defaults referenced). Expressions live in a
//! per-function arena and are referred to by [`ExprId`], so later passes (type inference)
//! attach facts in side tables instead of rewriting the tree.
//!
//! Invariants (checked by [`crate::verify::verify_hir`]):
//! * every `LocalId`, `GlobalId`, `FuncId`, `ExprId` and default slot is in range;
//! * function 0 is the module body `<module>`, has no parameters and no `Return`;
//! * `Break`/`Continue` appear only inside a loop body (not in its `else`), and never
//!   leave a `finally` body (nor does `Return`);
//! * a `Call` of a user function supplies exactly one argument per parameter, and never
//!   targets a function with free variables (those are called through their value);
//! * a function's free variables and captures pair up, and each capture is a cell
//!   variable of every function that makes it (`MakeFunction`);
//! * builtin calls have an arity the builtin accepts;
//! * `Yield` and `YieldFrom` appear only in generator functions, and only as the whole
//!   value of an expression statement or an assignment (specs/generators.md).

use crate::diagnostics::Span;
use num_bigint::BigInt;
use std::fmt::Write as _;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

#[derive(Debug, Default)]
pub struct Module {
    /// `functions[0]` is the module body.
    pub functions: Vec<Function>,
    pub globals: Vec<GlobalDecl>,
}

#[derive(Debug)]
pub struct GlobalDecl {
    pub name: String,
    pub kind: GlobalKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlobalKind {
    /// A module-level variable.
    Variable,
    /// The binding created by `def name` (holds a placeholder once the `def` has run).
    Function(FuncId),
    /// The evaluated default of a parameter, stored when its `def` runs.
    Default(FuncId, u32),
}

#[derive(Debug)]
pub struct Function {
    /// The name tracebacks show (`f`, `<lambda>`).
    pub name: String,
    /// The qualified name TypeErrors and reprs show (`outer.<locals>.<lambda>`).
    pub qualname: String,
    pub span: Span,
    /// Parameters are the first `params.len()` locals, in order.
    pub params: Vec<Param>,
    /// How many leading parameters are positional-only, and how many keyword-only ones
    /// follow the positional ones.
    pub posonly: usize,
    pub kwonly: usize,
    /// Whether the last parameters are `*args` (a tuple) and `**kwargs` (a dict), in
    /// that order, after the keyword-only ones.
    pub varargs: bool,
    pub varkw: bool,
    pub locals: Vec<String>,
    /// Its own locals that functions nested in it capture: they live in cells.
    pub cells: Vec<LocalId>,
    /// Locals that are the captured variables of enclosing functions (cells, passed after
    /// the parameters, in this order), and for each, the local of the enclosing function
    /// whose cell is captured when the function object is made.
    pub freevars: Vec<LocalId>,
    pub captures: Vec<LocalId>,
    /// Its body contains `yield`: calling it makes a generator (specs/generators.md).
    pub generator: bool,
    pub body: Vec<Stmt>,
    pub exprs: Vec<Expr>,
}

#[derive(Debug)]
pub struct Param {
    pub name: String,
    /// Global slot holding the default value, evaluated when the `def` runs.
    pub default: Option<GlobalId>,
}

impl Function {
    /// A function with no parameters, locals or body yet.
    pub fn placeholder(name: &str) -> Function {
        Function {
            name: name.into(),
            qualname: name.into(),
            span: Span::default(),
            params: vec![],
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
            locals: vec![],
            cells: vec![],
            freevars: vec![],
            captures: vec![],
            generator: false,
            body: vec![],
            exprs: vec![],
        }
    }

    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.0 as usize]
    }

    /// The local's value lives in a cell (its own captured variable or a free one).
    pub fn is_cell(&self, l: LocalId) -> bool {
        self.cells.contains(&l) || self.freevars.contains(&l)
    }

    /// Per local: whether any statement, `except ... as`, comprehension clause or
    /// assignment expression stores into it (a parameter that is never stored into keeps
    /// the value it was called with).
    pub fn stored_locals(&self) -> Vec<bool> {
        fn target(t: &Target, out: &mut [bool]) {
            match t {
                Target::Local(l) => out[l.0 as usize] = true,
                Target::Tuple(ts) => ts.iter().for_each(|t| target(t, out)),
                Target::Starred { before, star, after } => {
                    before.iter().chain(after).for_each(|t| target(t, out));
                    target(star, out);
                }
                Target::Global(_) | Target::Subscript { .. } | Target::Attribute { .. } => {}
            }
        }
        fn block(stmts: &[Stmt], out: &mut [bool]) {
            for s in stmts {
                match &s.kind {
                    StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, out)),
                    StmtKind::For { target: t, body, orelse, .. } => {
                        target(t, out);
                        block(body, out);
                        block(orelse, out);
                    }
                    StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                        block(body, out);
                        block(orelse, out);
                    }
                    StmtKind::Try { body, handlers, orelse, finalbody } => {
                        block(body, out);
                        for h in handlers {
                            if let Some(t) = &h.name {
                                target(t, out);
                            }
                            block(&h.body, out);
                        }
                        block(orelse, out);
                        block(finalbody, out);
                    }
                    StmtKind::FreshCell(l) => out[l.0 as usize] = true,
                    StmtKind::Expr(_)
                    | StmtKind::Break
                    | StmtKind::Continue
                    | StmtKind::Return(_)
                    | StmtKind::Raise { .. }
                    | StmtKind::Assert { .. }
                    | StmtKind::AugAssignSubscript { .. }
                    | StmtKind::Delete(_)
                    | StmtKind::Def { .. } => {}
                }
            }
        }
        let mut out = vec![false; self.locals.len()];
        block(&self.body, &mut out);
        for e in &self.exprs {
            if let ExprKind::Comprehension { clauses, .. } = &e.kind {
                clauses.iter().for_each(|c| target(&c.target, &mut out));
            }
        }
        out
    }
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    Expr(ExprId),
    /// `t0 = t1 = ... = value`: the value is evaluated once, then assigned left to right.
    Assign { targets: Vec<Target>, value: ExprId },
    If { test: ExprId, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: ExprId, body: Vec<Stmt>, orelse: Vec<Stmt> },
    For { target: Target, iter: ExprId, body: Vec<Stmt>, orelse: Vec<Stmt> },
    Break,
    Continue,
    Return(Option<ExprId>),
    /// `raise`, `raise exc` or `raise exc from cause`; a bare `raise` re-raises the
    /// exception being handled.
    Raise { exc: Option<ExprId>, cause: Option<ExprId> },
    /// `try` with its `except` clauses (tried in order), `else` (runs when the body
    /// raised nothing) and `finally` (runs on every way out).
    Try { body: Vec<Stmt>, handlers: Vec<Handler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    Assert { test: ExprId, msg: Option<ExprId> },
    /// `value[index] op= rhs`: evaluates `value` and `index` once, then gets, operates in
    /// place and stores back, as CPython does.
    AugAssignSubscript { value: ExprId, index: ExprId, op: BinOp, rhs: ExprId },
    /// `del v0[i0], v1[i1], ...`: each target evaluated and deleted in turn.
    Delete(Vec<(ExprId, ExprId)>),
    /// Runs a `def`: evaluates the defaults into their slots, then binds the name.
    Def { func: FuncId, defaults: Vec<(GlobalId, ExprId)>, binding: GlobalId },
    /// The cell local gets a new, empty cell: a class's `__class__` cell, one per run of
    /// the class statement (methods made before it is filled capture the new one).
    FreshCell(LocalId),
}

/// One `except` clause.
#[derive(Debug)]
pub struct Handler {
    pub span: Span,
    /// The classes it catches, or `None` for a bare `except:`.
    pub classes: Option<Vec<ExceptClass>>,
    /// `as name`: bound while the clause runs, unbound when it ends (as in CPython).
    pub name: Option<Target>,
    pub body: Vec<Stmt>,
}

/// How one argument of a call with unpacking is passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallPart {
    Positional,
    /// `*xs`: each item is a positional argument.
    Star,
    Keyword(String),
    /// `**kw`: each entry is a keyword argument.
    StarStar,
}

impl CallPart {
    /// The runtime's spelling (`molt_call_unpack`).
    pub fn code(&self) -> String {
        match self {
            CallPart::Positional => "p".into(),
            CallPart::Star => "*".into(),
            CallPart::Keyword(k) => format!("k={k}"),
            CallPart::StarStar => "**".into(),
        }
    }
}

/// What a display with unpacking builds (the runtime's number for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisplayKind {
    List = 0,
    Tuple = 1,
    Set = 2,
    Dict = 3,
}

/// A class named by an `except` clause.
#[derive(Debug, Clone, Copy)]
pub enum ExceptClass {
    /// A built-in exception class, by id (`molt_abi::EXCEPTION_KINDS`): matched without
    /// evaluating anything.
    Builtin(usize),
    /// Any other expression (a user exception class, a tuple of classes), evaluated when
    /// the clause is tried, as CPython does.
    Value(ExprId),
}

#[derive(Debug, Clone)]
pub enum Target {
    Local(LocalId),
    Global(GlobalId),
    /// `a, (b, c) = ...`: unpacks exactly `len` items.
    Tuple(Vec<Target>),
    /// `value[index] = ...`: `value` and `index` are evaluated after the right-hand side.
    Subscript { value: ExprId, index: ExprId },
    /// `value.name = ...`: `value` is evaluated after the right-hand side.
    Attribute { value: ExprId, name: String },
    /// `a, *b, c = ...`: the starred target receives a list of the middle items.
    Starred { before: Vec<Target>, star: Box<Target>, after: Vec<Target> },
}

/// One `for target in iter if cond ...` clause of a comprehension.
/// What a comprehension builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
}

/// How CPython builds a set display, which decides its table layout and so its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetBuild {
    /// Items added one by one (`BUILD_SET`): two items or fewer, or any non-constant item.
    Sequential = 0,
    /// More than two constant items: a copy of a frozenset constant.
    FromConstant = 1,
    /// Constant items iterated by `for` or a comprehension: the frozenset constant itself.
    ConstantIterated = 2,
}

#[derive(Debug, Clone)]
pub struct CompClause {
    pub target: Target,
    pub iter: ExprId,
    pub conds: Vec<ExprId>,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Const {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Bool(bool),
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

/// Builtins callable in this slice. Names map 1:1 to Python's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Print,
    Len,
    Abs,
    Int,
    Float,
    Str,
    Repr,
    Bool,
    Round,
    Divmod,
    Pow,
    Min,
    Max,
    Chr,
    Ord,
    Hex,
    Oct,
    Bin,
    Range,
    List,
    Dict,
    Tuple,
    Format,
    Enumerate,
    Zip,
    Reversed,
    Sum,
    Any,
    All,
    Sorted,
    Input,
    Iter,
    Next,
    Set,
    FrozenSet,
    Hash,
}

impl Builtin {
    pub const ALL: &'static [Builtin] = &[
        Builtin::Print,
        Builtin::Len,
        Builtin::Abs,
        Builtin::Int,
        Builtin::Float,
        Builtin::Str,
        Builtin::Repr,
        Builtin::Bool,
        Builtin::Round,
        Builtin::Divmod,
        Builtin::Pow,
        Builtin::Min,
        Builtin::Max,
        Builtin::Chr,
        Builtin::Ord,
        Builtin::Hex,
        Builtin::Oct,
        Builtin::Bin,
        Builtin::Range,
        Builtin::List,
        Builtin::Dict,
        Builtin::Tuple,
        Builtin::Format,
        Builtin::Enumerate,
        Builtin::Zip,
        Builtin::Reversed,
        Builtin::Sum,
        Builtin::Any,
        Builtin::All,
        Builtin::Sorted,
        Builtin::Input,
        Builtin::Iter,
        Builtin::Next,
        Builtin::Set,
        Builtin::FrozenSet,
        Builtin::Hash,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Len => "len",
            Builtin::Abs => "abs",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Str => "str",
            Builtin::Repr => "repr",
            Builtin::Bool => "bool",
            Builtin::Round => "round",
            Builtin::Divmod => "divmod",
            Builtin::Pow => "pow",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Chr => "chr",
            Builtin::Ord => "ord",
            Builtin::Hex => "hex",
            Builtin::Oct => "oct",
            Builtin::Bin => "bin",
            Builtin::Range => "range",
            Builtin::List => "list",
            Builtin::Dict => "dict",
            Builtin::Tuple => "tuple",
            Builtin::Format => "format",
            Builtin::Enumerate => "enumerate",
            Builtin::Zip => "zip",
            Builtin::Reversed => "reversed",
            Builtin::Sum => "sum",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::Sorted => "sorted",
            Builtin::Input => "input",
            Builtin::Iter => "iter",
            Builtin::Next => "next",
            Builtin::Set => "set",
            Builtin::FrozenSet => "frozenset",
            Builtin::Hash => "hash",
        }
    }

    pub fn from_name(name: &str) -> Option<Builtin> {
        Builtin::ALL.iter().copied().find(|b| b.name() == name)
    }

    /// Accepted positional argument counts (inclusive). `print`, `min`, `max` are variadic.
    /// The keyword arguments Molt accepts for this builtin, in `CallBuiltin::kw` order.
    pub fn keywords(self) -> &'static [&'static str] {
        match self {
            Builtin::Print => &["sep", "end"],
            Builtin::Sorted => &["key", "reverse"],
            Builtin::Min | Builtin::Max => &["key", "default"],
            _ => &[],
        }
    }

    pub fn arity(self) -> (usize, usize) {
        match self {
            Builtin::Print => (0, usize::MAX),
            Builtin::Min | Builtin::Max => (1, usize::MAX),
            Builtin::Int | Builtin::Float | Builtin::Str | Builtin::Bool => (0, if self == Builtin::Int { 2 } else { 1 }),
            Builtin::Repr | Builtin::Len | Builtin::Abs | Builtin::Chr | Builtin::Ord => (1, 1),
            Builtin::Hex | Builtin::Oct | Builtin::Bin => (1, 1),
            Builtin::Round => (1, 2),
            Builtin::Divmod => (2, 2),
            Builtin::Pow => (2, 3),
            Builtin::Range => (1, 3),
            Builtin::List | Builtin::Dict | Builtin::Tuple | Builtin::Set | Builtin::FrozenSet => (0, 1),
            Builtin::Hash => (1, 1),
            Builtin::Format | Builtin::Enumerate | Builtin::Sum => (1, 2),
            Builtin::Zip => (0, usize::MAX),
            Builtin::Input => (0, 1),
            Builtin::Iter => (1, 1),
            Builtin::Next => (1, 2),
            Builtin::Reversed | Builtin::Any | Builtin::All | Builtin::Sorted => (1, 1),
        }
    }
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Const(Const),
    Local(LocalId),
    Global(GlobalId),
    Binary(BinOp, ExprId, ExprId),
    Unary(UnaryOp, ExprId),
    /// `left op0 c0 op1 c1 ...`, each comparand evaluated at most once, short-circuiting.
    Compare { left: ExprId, rest: Vec<(CmpOp, ExprId)> },
    /// Returns the deciding operand, as Python does.
    BoolOp(BoolOpKind, Vec<ExprId>),
    IfExp { test: ExprId, body: ExprId, orelse: ExprId },
    Tuple(Vec<ExprId>),
    List(Vec<ExprId>),
    /// `{k0: v0, k1: v1}` as `[k0, v0, k1, v1]`, evaluated in that order.
    Dict(Vec<ExprId>),
    Subscript { value: ExprId, index: ExprId },
    Slice { value: ExprId, lower: Option<ExprId>, upper: Option<ExprId>, step: Option<ExprId> },
    /// Direct call of a user function; `args[i]` is the argument for parameter `i`
    /// (`None`: its default). Evaluation order is `order` (source order of arguments).
    Call { func: FuncId, args: Vec<Option<ExprId>>, order: Vec<ExprId> },
    /// A builtin with its positional arguments and the keyword arguments it accepts,
    /// `kw[i]` being `builtin.keywords()[i]` (evaluated in source order: by `ExprId`).
    CallBuiltin { builtin: Builtin, args: Vec<ExprId>, kw: [Option<ExprId>; 2] },
    /// Instantiates a built-in exception class.
    NewException { kind: usize, args: Vec<ExprId> },
    /// A `lambda`: a new function object for `func`, with one default per parameter.
    MakeFunction { func: FuncId, defaults: Vec<Option<ExprId>> },
    /// `callee(args..., k=v...)` on a value: `kwnames` names the last arguments.
    CallValue { callee: ExprId, args: Vec<ExprId>, kwnames: Vec<String> },
    /// `callee(a, *xs, k=v, **kw)`: each argument value with how it is passed.
    CallUnpacked { callee: ExprId, args: Vec<(CallPart, ExprId)> },
    /// `receiver.method(args...)` on a built-in type, dispatched at run time.
    /// Keyword arguments follow the positional ones in `args`; `kwnames` names them.
    MethodCall { receiver: ExprId, method: String, args: Vec<ExprId>, kwnames: Vec<String> },
    /// `value.name`, a data attribute (`molt_abi::IMPLEMENTED_ATTRS`).
    Attribute { value: ExprId, name: String },
    /// One f-string field `{value!conv:spec}`: conv 0 none, 1 `!s`, 2 `!r`, 3 `!a`; `spec`
    /// is a str expression (itself an f-string when it has nested fields).
    FormatField { value: ExprId, conversion: i32, spec: Option<ExprId> },
    /// `[elt for t in it if c ...]` or `{key: value for ...}`: the clauses' targets are
    /// hidden locals of the enclosing function (a comprehension's own scope); the first
    /// iterable is evaluated first, in the enclosing scope, as in CPython. With `genexpr`,
    /// it is a generator expression that `tuple()`, `list()`, `set()`, `frozenset()`,
    /// `sorted()` or `str.join` consumes whole, built here instead of by a generator: a
    /// StopIteration escaping its body becomes RuntimeError, as one leaving the generator
    /// would.
    Comprehension { kind: CompKind, clauses: Vec<CompClause>, elt: ExprId, value: Option<ExprId>, genexpr: bool },
    /// `{a, b, c}`.
    Set { items: Vec<ExprId>, build: SetBuild },
    /// `isinstance(value, T)` with `T` built-in classes resolved statically: `types` is
    /// a comma-separated list of class names (`int`, `str`, ..., `exc:ID` for exceptions).
    IsInstance { value: ExprId, types: String, classes: Vec<ExprId> },
    /// A class object made when a `class` statement ends: `name` is its qualified name,
    /// `namespace` the dict its body filled, `bases` the classes it derives from.
    MakeClass { name: String, bases: Vec<ExprId>, namespace: ExprId, slots: Option<Vec<String>> },
    /// `super()` in a method of `class` (its first parameter is `receiver`), or
    /// `super(class, receiver)`.
    Super { class: ExprId, receiver: ExprId },
    /// `@staticmethod` (0), `@classmethod` (1) or `@property` (2) applied to `func`.
    WrapMethod { wrap: i32, func: ExprId },
    /// `@name.setter` on a property: a copy of `property` with setter `func`.
    PropertySetter { property: ExprId, func: ExprId },
    /// The `NotImplemented` singleton.
    NotImplemented,
    /// `type(manager).__enter__` or `.__exit__` bound to `manager`, for `with`; TypeError
    /// when the class lacks it.
    ContextMethod { manager: ExprId, exit: bool },
    /// The class of a value (`type(e)` of an exception in a `with` statement).
    TypeOf(ExprId),
    /// `e.__traceback__` of an exception, for `__exit__` (a stand-in object).
    TracebackOf(ExprId),
    /// A built-in exception class as a value (`molt_abi::EXCEPTION_KINDS` id).
    ExceptionClass(usize),
    /// `math.pi`, `sys.argv`: `binding` is the module's global (checked to be bound).
    ModuleAttr { binding: GlobalId, name: String },
    /// `math.sqrt(x)`, `sys.exit(n)`.
    ModuleCall { binding: GlobalId, name: String, args: Vec<ExprId> },
    /// A slice object `lower:upper:step` (absent parts are None), for slice targets.
    SliceObj { lower: Option<ExprId>, upper: Option<ExprId>, step: Option<ExprId> },
    /// The concatenation of str pieces (an f-string).
    JoinStr(Vec<ExprId>),
    /// `a op= b` on a name: in place for lists, the plain operator otherwise.
    InPlace(BinOp, ExprId, ExprId),
    /// A builtin as a value (`molt_abi::BUILTIN_VALUES` id).
    BuiltinValue(usize),
    /// A display with unpacking (`[a, *xs]`, `(*xs,)`, `{*s, x}`, `{**d, k: v}`), built
    /// part by part in source order (an unpacked part is iterated before the next part is
    /// evaluated). Dict parts are `Positional` key, value pairs and `StarStar` mappings.
    Display { kind: DisplayKind, parts: Vec<(CallPart, ExprId)> },
    /// `yield value` (None when absent): the value sent in when the generator resumes.
    Yield(Option<ExprId>),
    /// `yield from it`: the return value of `it`.
    YieldFrom(ExprId),
}

impl ExprKind {
    /// The direct sub-expressions, in evaluation order.
    pub fn children(&self) -> Vec<ExprId> {
        match self {
            ExprKind::Const(_) | ExprKind::Local(_) | ExprKind::Global(_) => vec![],
            ExprKind::Binary(_, a, b) | ExprKind::InPlace(_, a, b) => vec![*a, *b],
            ExprKind::MethodCall { receiver, args, .. } => std::iter::once(*receiver).chain(args.iter().copied()).collect(),
            ExprKind::Attribute { value, .. } => vec![*value],
            ExprKind::Unary(_, a) => vec![*a],
            ExprKind::Compare { left, rest } => std::iter::once(*left).chain(rest.iter().map(|r| r.1)).collect(),
            ExprKind::BoolOp(_, v) | ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Dict(v) | ExprKind::JoinStr(v) => v.clone(),
            ExprKind::Set { items, .. } => items.clone(),
            ExprKind::FormatField { value, spec, .. } => std::iter::once(*value).chain(*spec).collect(),
            ExprKind::IsInstance { value, classes, .. } => std::iter::once(*value).chain(classes.iter().copied()).collect(),
            ExprKind::MakeClass { bases, namespace, .. } => bases.iter().copied().chain([*namespace]).collect(),
            ExprKind::Super { class, receiver } => vec![*class, *receiver],
            ExprKind::WrapMethod { func, .. } => vec![*func],
            ExprKind::PropertySetter { property, func } => vec![*property, *func],
            ExprKind::NotImplemented | ExprKind::ExceptionClass(_) | ExprKind::BuiltinValue(_) => vec![],
            ExprKind::ContextMethod { manager: a, .. } | ExprKind::TypeOf(a) | ExprKind::TracebackOf(a) | ExprKind::YieldFrom(a) => vec![*a],
            ExprKind::Yield(v) => v.iter().copied().collect(),
            ExprKind::ModuleAttr { .. } => vec![],
            ExprKind::SliceObj { lower, upper, step } => [*lower, *upper, *step].into_iter().flatten().collect(),
            ExprKind::ModuleCall { args, .. } => args.clone(),
            ExprKind::Comprehension { clauses, elt, value, .. } => {
                let mut v = Vec::new();
                for c in clauses {
                    v.push(c.iter);
                    v.extend(&c.conds);
                }
                v.push(*elt);
                v.extend(*value);
                v
            }
            ExprKind::IfExp { test, body, orelse } => vec![*test, *body, *orelse],
            ExprKind::Subscript { value, index } => vec![*value, *index],
            ExprKind::Slice { value, lower, upper, step } => {
                std::iter::once(*value).chain([*lower, *upper, *step].into_iter().flatten()).collect()
            }
            ExprKind::Call { order, .. } => order.clone(),
            ExprKind::CallBuiltin { args, kw, .. } => args.iter().copied().chain(kw.iter().flatten().copied()).collect(),
            ExprKind::NewException { args, .. } => args.clone(),
            ExprKind::MakeFunction { defaults, .. } => defaults.iter().flatten().copied().collect(),
            ExprKind::CallValue { callee, args, .. } => std::iter::once(*callee).chain(args.iter().copied()).collect(),
            ExprKind::CallUnpacked { callee, args } => std::iter::once(*callee).chain(args.iter().map(|a| a.1)).collect(),
            ExprKind::Display { parts, .. } => parts.iter().map(|a| a.1).collect(),
        }
    }
}

/// Calls `visit` on every statement of `body`, nested ones included (not nested
/// functions' bodies, which are functions of their own).
pub fn for_each_stmt(body: &[Stmt], mut visit: impl FnMut(&Stmt)) {
    let mut stack: Vec<&[Stmt]> = vec![body];
    while let Some(stmts) = stack.pop() {
        for s in stmts {
            visit(s);
            match &s.kind {
                StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                    stack.push(body);
                    stack.push(orelse);
                }
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    stack.push(body);
                    stack.extend(handlers.iter().map(|h| h.body.as_slice()));
                    stack.push(orelse);
                    stack.push(finalbody);
                }
                _ => {}
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Text printer: a stable, compact form for snapshot tests. `types` optionally annotates
// every expression (used by the typed-IR printer).

pub fn print_module(module: &Module, types: Option<&dyn Fn(FuncId, ExprId) -> String>) -> String {
    let mut p = Printer { module, out: String::new(), types };
    for (i, g) in module.globals.iter().enumerate() {
        let kind = match g.kind {
            GlobalKind::Variable => "var".to_string(),
            GlobalKind::Function(f) => format!("def f{}", f.0),
            GlobalKind::Default(f, i) => format!("default f{}.{}", f.0, i),
        };
        let _ = writeln!(p.out, "global g{i} {} ({kind})", g.name);
    }
    for (i, f) in module.functions.iter().enumerate() {
        p.function(FuncId(i as u32), f);
    }
    p.out
}

struct Printer<'a> {
    module: &'a Module,
    out: String,
    types: Option<&'a dyn Fn(FuncId, ExprId) -> String>,
}

impl Printer<'_> {
    fn function(&mut self, id: FuncId, f: &Function) {
        let params: Vec<String> = f
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let named = f.params.len() - f.varargs as usize - f.varkw as usize;
                let stars = if i < named { "" } else if i == named && f.varargs { "*" } else { "**" };
                match p.default {
                    Some(g) => format!("l{i} {stars}{}=g{}", p.name, g.0),
                    None => format!("l{i} {stars}{}", p.name),
                }
            })
            .collect();
        let kind = if f.generator { "generator" } else { "fn" };
        let _ = writeln!(self.out, "{kind} f{} {}({}):", id.0, f.name, params.join(", "));
        let locals: Vec<String> = f.locals.iter().enumerate().skip(f.params.len()).map(|(i, n)| format!("l{i} {n}")).collect();
        if !locals.is_empty() {
            let _ = writeln!(self.out, "  locals {}", locals.join(", "));
        }
        if !f.cells.is_empty() {
            let cells: Vec<String> = f.cells.iter().map(|l| format!("l{}", l.0)).collect();
            let _ = writeln!(self.out, "  cells {}", cells.join(", "));
        }
        if !f.freevars.is_empty() {
            let free: Vec<String> = f.freevars.iter().zip(&f.captures).map(|(l, c)| format!("l{} <- outer l{}", l.0, c.0)).collect();
            let _ = writeln!(self.out, "  free {}", free.join(", "));
        }
        self.block(id, f, &f.body, 1);
    }

    fn block(&mut self, fid: FuncId, f: &Function, stmts: &[Stmt], depth: usize) {
        for s in stmts {
            self.stmt(fid, f, s, depth);
        }
    }

    fn stmt(&mut self, fid: FuncId, f: &Function, s: &Stmt, depth: usize) {
        let ind = "  ".repeat(depth);
        match &s.kind {
            StmtKind::Expr(e) => {
                let e = self.expr(fid, f, *e);
                let _ = writeln!(self.out, "{ind}{e}");
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(fid, f, *value);
                let t: Vec<String> = targets.iter().map(target_str).collect();
                let _ = writeln!(self.out, "{ind}{} = {v}", t.join(" = "));
            }
            StmtKind::If { test, body, orelse } => {
                let t = self.expr(fid, f, *test);
                let _ = writeln!(self.out, "{ind}if {t}:");
                self.block(fid, f, body, depth + 1);
                if !orelse.is_empty() {
                    let _ = writeln!(self.out, "{ind}else:");
                    self.block(fid, f, orelse, depth + 1);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let t = self.expr(fid, f, *test);
                let _ = writeln!(self.out, "{ind}while {t}:");
                self.block(fid, f, body, depth + 1);
                if !orelse.is_empty() {
                    let _ = writeln!(self.out, "{ind}else:");
                    self.block(fid, f, orelse, depth + 1);
                }
            }
            StmtKind::For { target, iter, body, orelse } => {
                let it = self.expr(fid, f, *iter);
                let _ = writeln!(self.out, "{ind}for {} in {it}:", target_str(target));
                self.block(fid, f, body, depth + 1);
                if !orelse.is_empty() {
                    let _ = writeln!(self.out, "{ind}else:");
                    self.block(fid, f, orelse, depth + 1);
                }
            }
            StmtKind::Break => {
                let _ = writeln!(self.out, "{ind}break");
            }
            StmtKind::Continue => {
                let _ = writeln!(self.out, "{ind}continue");
            }
            StmtKind::Return(v) => {
                let v = v.map(|v| self.expr(fid, f, v)).unwrap_or_else(|| "None".into());
                let _ = writeln!(self.out, "{ind}return {v}");
            }
            StmtKind::Raise { exc, cause } => {
                let mut line = format!("{ind}raise");
                if let Some(e) = exc {
                    let _ = write!(line, " {}", self.expr(fid, f, *e));
                }
                if let Some(c) = cause {
                    let _ = write!(line, " from {}", self.expr(fid, f, *c));
                }
                let _ = writeln!(self.out, "{line}");
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let _ = writeln!(self.out, "{ind}try:");
                self.block(fid, f, body, depth + 1);
                for h in handlers {
                    let mut line = format!("{ind}except");
                    if let Some(classes) = &h.classes {
                        let names: Vec<String> = classes
                            .iter()
                            .map(|c| match c {
                                ExceptClass::Builtin(k) => molt_abi::EXCEPTION_KINDS[*k].0.to_string(),
                                ExceptClass::Value(e) => self.expr(fid, f, *e),
                            })
                            .collect();
                        let _ = write!(line, " ({})", names.join(", "));
                    }
                    if let Some(t) = &h.name {
                        let _ = write!(line, " as {}", target_str(t));
                    }
                    let _ = writeln!(self.out, "{line}:");
                    self.block(fid, f, &h.body, depth + 1);
                }
                for (word, b) in [("else", orelse), ("finally", finalbody)] {
                    if !b.is_empty() {
                        let _ = writeln!(self.out, "{ind}{word}:");
                        self.block(fid, f, b, depth + 1);
                    }
                }
            }
            StmtKind::Assert { test, msg } => {
                let t = self.expr(fid, f, *test);
                match msg {
                    Some(m) => {
                        let m = self.expr(fid, f, *m);
                        let _ = writeln!(self.out, "{ind}assert {t}, {m}");
                    }
                    None => {
                        let _ = writeln!(self.out, "{ind}assert {t}");
                    }
                }
            }
            StmtKind::Delete(targets) => {
                let t: Vec<String> = targets.iter().map(|(v, i)| format!("{}[{}]", self.expr(fid, f, *v), self.expr(fid, f, *i))).collect();
                let _ = writeln!(self.out, "{ind}del {}", t.join(", "));
            }
            StmtKind::AugAssignSubscript { value, index, op, rhs } => {
                let (v, i, r) = (self.expr(fid, f, *value), self.expr(fid, f, *index), self.expr(fid, f, *rhs));
                let _ = writeln!(self.out, "{ind}{v}[{i}] {op:?}= {r}");
            }
            StmtKind::Def { func, defaults, binding } => {
                let d: Vec<String> = defaults.iter().map(|(g, e)| format!("g{}={}", g.0, self.expr(fid, f, *e))).collect();
                let _ = writeln!(self.out, "{ind}def f{} -> g{} [{}]", func.0, binding.0, d.join(", "));
            }
            StmtKind::FreshCell(l) => {
                let _ = writeln!(self.out, "{ind}fresh_cell l{}", l.0);
            }
        }
    }

    fn expr(&self, fid: FuncId, f: &Function, id: ExprId) -> String {
        let e = f.expr(id);
        let list = |ids: &[ExprId]| ids.iter().map(|i| self.expr(fid, f, *i)).collect::<Vec<_>>().join(", ");
        let s = match &e.kind {
            ExprKind::Const(c) => match c {
                Const::Int(i) => i.to_string(),
                Const::Float(x) => format!("{x:?}"),
                Const::Str(s) => format!("{s:?}"),
                Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
                Const::Bool(b) => if *b { "True" } else { "False" }.to_string(),
                Const::None => "None".to_string(),
            },
            ExprKind::Local(l) => format!("l{}", l.0),
            ExprKind::Global(g) => format!("g{}", g.0),
            ExprKind::Binary(op, a, b) => format!("({:?} {} {})", op, self.expr(fid, f, *a), self.expr(fid, f, *b)),
            ExprKind::Unary(op, a) => format!("({:?} {})", op, self.expr(fid, f, *a)),
            ExprKind::Compare { left, rest } => {
                let mut s = format!("(cmp {}", self.expr(fid, f, *left));
                for (op, r) in rest {
                    let _ = write!(s, " {:?} {}", op, self.expr(fid, f, *r));
                }
                s + ")"
            }
            ExprKind::BoolOp(k, v) => format!("({:?} {})", k, list(v)),
            ExprKind::IfExp { test, body, orelse } => format!(
                "(if {} then {} else {})",
                self.expr(fid, f, *test),
                self.expr(fid, f, *body),
                self.expr(fid, f, *orelse)
            ),
            ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
            ExprKind::List(v) => format!("[{}]", list(v)),
            ExprKind::JoinStr(v) => format!("(fstr {})", list(v)),
            ExprKind::ModuleAttr { binding, name } => format!("{name}@g{}", binding.0),
            ExprKind::SliceObj { lower, upper, step } => {
                let o = |x: &Option<ExprId>| x.map(|x| self.expr(fid, f, x)).unwrap_or_default();
                format!("(slice {}:{}:{})", o(lower), o(upper), o(step))
            }
            ExprKind::ModuleCall { binding, name, args } => format!("{name}@g{}({})", binding.0, list(args)),
            ExprKind::IsInstance { value, types, classes } => format!("isinstance({}, [{types}], {})", self.expr(fid, f, *value), list(classes)),
            ExprKind::MakeClass { name, bases, namespace, slots } => {
                let layout = match slots {
                    Some(s) => format!(" slots [{}]", s.join(", ")),
                    None => String::new(),
                };
                format!("class {name}({}) from {}{layout}", list(bases), self.expr(fid, f, *namespace))
            }
            ExprKind::Super { class, receiver } => format!("super({}, {})", self.expr(fid, f, *class), self.expr(fid, f, *receiver)),
            ExprKind::WrapMethod { wrap, func } => format!("{}({})", ["staticmethod", "classmethod", "property"][*wrap as usize], self.expr(fid, f, *func)),
            ExprKind::PropertySetter { property, func } => format!("{}.setter({})", self.expr(fid, f, *property), self.expr(fid, f, *func)),
            ExprKind::NotImplemented => "NotImplemented".to_string(),
            ExprKind::ContextMethod { manager, exit } => format!("{}.{}", self.expr(fid, f, *manager), if *exit { "<__exit__>" } else { "<__enter__>" }),
            ExprKind::TypeOf(v) => format!("type({})", self.expr(fid, f, *v)),
            ExprKind::TracebackOf(v) => format!("{}.__traceback__", self.expr(fid, f, *v)),
            ExprKind::BuiltinValue(id) => format!("builtin {}", molt_abi::BUILTIN_VALUES[*id]),
            ExprKind::Yield(None) => "(yield)".to_string(),
            ExprKind::Yield(Some(v)) => format!("(yield {})", self.expr(fid, f, *v)),
            ExprKind::YieldFrom(v) => format!("(yield from {})", self.expr(fid, f, *v)),
            ExprKind::ExceptionClass(kind) => format!("<class {}>", molt_abi::EXCEPTION_KINDS[*kind].0),
            ExprKind::Set { items, build } => format!("{{{}}}{}", list(items), match build {
                SetBuild::Sequential => "",
                SetBuild::FromConstant => " (from constant)",
                SetBuild::ConstantIterated => " (constant frozenset)",
            }),
            ExprKind::Comprehension { kind, clauses, elt, value, genexpr } => {
                let mut s = if *genexpr { "genexpr ".to_string() } else { String::new() };
                s += &match kind {
                    CompKind::Dict => format!("{{{}: {}", self.expr(fid, f, *elt), self.expr(fid, f, value.unwrap_or(*elt))),
                    CompKind::Set => format!("{{{}", self.expr(fid, f, *elt)),
                    CompKind::List => format!("[{}", self.expr(fid, f, *elt)),
                };
                for c in clauses {
                    let _ = write!(s, " for {} in {}", target_str(&c.target), self.expr(fid, f, c.iter));
                    for cond in &c.conds {
                        let _ = write!(s, " if {}", self.expr(fid, f, *cond));
                    }
                }
                s + if *kind == CompKind::List { "]" } else { "}" }
            }
            ExprKind::FormatField { value, conversion, spec } => {
                let spec = spec.map(|s| format!(":{}", self.expr(fid, f, s))).unwrap_or_default();
                format!("{{{}!{conversion}{spec}}}", self.expr(fid, f, *value))
            }
            ExprKind::Dict(v) => {
                let pairs: Vec<String> = v.chunks(2).map(|p| format!("{}: {}", self.expr(fid, f, p[0]), self.expr(fid, f, p[1]))).collect();
                format!("{{{}}}", pairs.join(", "))
            }
            ExprKind::InPlace(op, a, b) => format!("({:?}= {} {})", op, self.expr(fid, f, *a), self.expr(fid, f, *b)),
            ExprKind::MethodCall { receiver, method, args, kwnames } => {
                let kw = if kwnames.is_empty() { String::new() } else { format!("; kw={}", kwnames.join(",")) };
                format!("{}.{method}({}{kw})", self.expr(fid, f, *receiver), list(args))
            }
            ExprKind::Attribute { value, name } => format!("{}.{name}", self.expr(fid, f, *value)),
            ExprKind::Subscript { value, index } => format!("{}[{}]", self.expr(fid, f, *value), self.expr(fid, f, *index)),
            ExprKind::Slice { value, lower, upper, step } => {
                let o = |x: &Option<ExprId>| x.map(|x| self.expr(fid, f, x)).unwrap_or_default();
                format!("{}[{}:{}:{}]", self.expr(fid, f, *value), o(lower), o(upper), o(step))
            }
            ExprKind::Call { func, args, .. } => {
                let a: Vec<String> = args.iter().map(|a| a.map(|a| self.expr(fid, f, a)).unwrap_or_else(|| "<default>".into())).collect();
                format!("f{}:{}({})", func.0, self.module.functions[func.0 as usize].name, a.join(", "))
            }
            ExprKind::CallBuiltin { builtin, args, kw } => {
                let mut s = format!("{}({}", builtin.name(), list(args));
                for (name, k) in builtin.keywords().iter().zip(kw) {
                    if let Some(k) = k {
                        let _ = write!(s, "; {name}={}", self.expr(fid, f, *k));
                    }
                }
                s + ")"
            }
            ExprKind::MakeFunction { func, defaults } => {
                let d: Vec<String> = defaults.iter().map(|d| d.map(|d| self.expr(fid, f, d)).unwrap_or_else(|| "-".into())).collect();
                format!("make f{}[{}]", func.0, d.join(", "))
            }
            ExprKind::CallValue { callee, args, kwnames } => {
                let kw = if kwnames.is_empty() { String::new() } else { format!("; kw={}", kwnames.join(",")) };
                format!("call {}({}{kw})", self.expr(fid, f, *callee), list(args))
            }
            ExprKind::NewException { kind, args } => {
                format!("{}({})", molt_abi::EXCEPTION_KINDS[*kind].0, list(args))
            }
            ExprKind::Display { kind, parts } => {
                let parts: Vec<String> = parts
                    .iter()
                    .map(|(part, e)| {
                        let v = self.expr(fid, f, *e);
                        match part {
                            CallPart::Star => format!("*{v}"),
                            CallPart::StarStar => format!("**{v}"),
                            _ => v,
                        }
                    })
                    .collect();
                format!("(display {kind:?} {})", parts.join(", "))
            }
            ExprKind::CallUnpacked { callee, args } => {
                let parts: Vec<String> = args
                    .iter()
                    .map(|(part, e)| {
                        let v = self.expr(fid, f, *e);
                        match part {
                            CallPart::Positional => v,
                            CallPart::Star => format!("*{v}"),
                            CallPart::Keyword(k) => format!("{k}={v}"),
                            CallPart::StarStar => format!("**{v}"),
                        }
                    })
                    .collect();
                format!("call {}({})", self.expr(fid, f, *callee), parts.join(", "))
            }
        };
        match self.types {
            Some(t) => format!("{s}: {}", t(fid, id)),
            None => s,
        }
    }
}

fn target_str(t: &Target) -> String {
    match t {
        Target::Local(l) => format!("l{}", l.0),
        Target::Global(g) => format!("g{}", g.0),
        Target::Tuple(ts) => format!("({})", ts.iter().map(target_str).collect::<Vec<_>>().join(", ")),
        Target::Subscript { value, index } => format!("e{}[e{}]", value.0, index.0),
        Target::Attribute { value, name } => format!("e{}.{name}", value.0),
        Target::Starred { before, star, after } => {
            let parts: Vec<String> = before.iter().map(target_str).chain([format!("*{}", target_str(star))]).chain(after.iter().map(target_str)).collect();
            format!("({})", parts.join(", "))
        }
    }
}
