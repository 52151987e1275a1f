//! The typed IR: HIR plus a static type for every expression, variable and function
//! result, computed by a whole-program fixpoint over direct calls.
//!
//! Types are facts, never guesses: `Dynamic` means "any value"; a concrete type means every
//! value that expression can produce at run time has that type. Code generation may use a
//! concrete type to drop work (reference counting on unboxed values, truth tests), so a
//! wrong type is a miscompilation: when a rule is unsure it answers `Dynamic`.
//!
//! Invariants (checked by [`verify_types`]):
//! * every expression of every function has a type, and none is `Bottom`;
//! * constants have their literal's type; comparisons and `not` are `Bool`.

use crate::hir::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// No value seen yet (only during inference).
    Bottom,
    Int,
    Float,
    Bool,
    NoneType,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Exception,
    Dynamic,
}

impl Ty {
    pub fn join(self, other: Ty) -> Ty {
        match (self, other) {
            (Ty::Bottom, t) | (t, Ty::Bottom) => t,
            (a, b) if a == b => a,
            _ => Ty::Dynamic,
        }
    }

    /// Values of this type are never heap objects, so reference counting can skip them.
    pub fn is_unboxed(self) -> bool {
        matches!(self, Ty::Float | Ty::Bool | Ty::NoneType)
    }

    fn is_intlike(self) -> bool {
        matches!(self, Ty::Int | Ty::Bool)
    }

    fn is_numeric(self) -> bool {
        matches!(self, Ty::Int | Ty::Bool | Ty::Float)
    }

    pub fn name(self) -> &'static str {
        match self {
            Ty::Bottom => "!",
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::NoneType => "None",
            Ty::Str => "str",
            Ty::Bytes => "bytes",
            Ty::ByteArray => "bytearray",
            Ty::Tuple => "tuple",
            Ty::List => "list",
            Ty::Dict => "dict",
            Ty::Set => "set",
            Ty::FrozenSet => "frozenset",
            Ty::Range => "range",
            Ty::Exception => "exception",
            Ty::Dynamic => "dyn",
        }
    }
}

#[derive(Debug, Default)]
pub struct Types {
    /// `exprs[f][e]`: type of expression `e` of function `f`.
    pub exprs: Vec<Vec<Ty>>,
    pub locals: Vec<Vec<Ty>>,
    pub globals: Vec<Ty>,
    pub returns: Vec<Ty>,
    /// Per function: its value is taken (a `def` name read as a value, a lambda), so it
    /// may be called through a function object.
    pub escaping: Vec<bool>,
}

impl Types {
    pub fn expr(&self, f: FuncId, e: ExprId) -> Ty {
        self.exprs[f.0 as usize][e.0 as usize]
    }
}

pub fn infer(module: &Module) -> Types {
    let mut t = Types {
        exprs: module.functions.iter().map(|f| vec![Ty::Bottom; f.exprs.len()]).collect(),
        locals: module.functions.iter().map(|f| vec![Ty::Bottom; f.locals.len()]).collect(),
        globals: vec![Ty::Bottom; module.globals.len()],
        returns: vec![Ty::Bottom; module.functions.len()],
        escaping: vec![false; module.functions.len()],
    };
    // A function that is used as a value may be called with anything: its parameters
    // are `dyn` (direct calls still bind their own argument types on top).
    for fid in escaping_functions(module) {
        t.escaping[fid.0 as usize] = true;
        for i in 0..module.functions[fid.0 as usize].params.len() {
            t.locals[fid.0 as usize][i] = Ty::Dynamic;
        }
    }
    // `*args` is a tuple and `**kwargs` a dict when the function starts.
    for (i, f) in module.functions.iter().enumerate() {
        let n = f.params.len();
        if f.varkw {
            t.locals[i][n - 1] = Ty::Dict;
        }
        if f.varargs {
            t.locals[i][n - 1 - f.varkw as usize] = Ty::Tuple;
        }
    }
    // Calling a generator function makes a generator (not a type the IR names).
    for (i, f) in module.functions.iter().enumerate() {
        if f.generator {
            t.returns[i] = Ty::Dynamic;
        }
    }
    // A variable in a cell may be assigned by other functions (`nonlocal`): `dyn`.
    for (i, f) in module.functions.iter().enumerate() {
        for l in f.cells.iter().chain(&f.freevars) {
            t.locals[i][l.0 as usize] = Ty::Dynamic;
        }
    }
    // Types only grow in a finite lattice, so this terminates; the bound is a backstop.
    for _ in 0..100 {
        let before = (t.locals.clone(), t.globals.clone(), t.returns.clone());
        for (i, f) in module.functions.iter().enumerate() {
            let mut cx = Infer { module, t: &mut t, fid: FuncId(i as u32), func: f };
            for e in 0..f.exprs.len() {
                let ty = cx.expr_ty(ExprId(e as u32));
                cx.t.exprs[i][e] = ty;
            }
            cx.block(&f.body);
            if !ends_in_return(&f.body) {
                t.returns[i] = t.returns[i].join(Ty::NoneType);
            }
        }
        if before == (t.locals.clone(), t.globals.clone(), t.returns.clone()) {
            break;
        }
    }
    // Whatever no value reached (uncalled functions' parameters, unassigned globals,
    // unreachable code) may still be read at run time in ways inference does not model.
    for v in t.exprs.iter_mut().chain(t.locals.iter_mut()).chain([&mut t.globals, &mut t.returns]) {
        for ty in v.iter_mut() {
            if *ty == Ty::Bottom {
                *ty = Ty::Dynamic;
            }
        }
    }
    t
}

/// Functions whose value is taken: a `def` whose name is read as a value, every lambda.
fn escaping_functions(module: &Module) -> Vec<FuncId> {
    let mut out = Vec::new();
    for f in &module.functions {
        for e in &f.exprs {
            match &e.kind {
                ExprKind::Global(g) => {
                    if let GlobalKind::Function(fid) = module.globals[g.0 as usize].kind {
                        out.push(fid);
                    }
                }
                ExprKind::MakeFunction { func, .. } => out.push(*func),
                _ => {}
            }
        }
    }
    out
}

fn ends_in_return(body: &[Stmt]) -> bool {
    matches!(body.last().map(|s| &s.kind), Some(StmtKind::Return(_)) | Some(StmtKind::Raise { .. }))
}

struct Infer<'a> {
    module: &'a Module,
    t: &'a mut Types,
    fid: FuncId,
    func: &'a Function,
}

impl Infer<'_> {
    fn ty(&self, e: ExprId) -> Ty {
        self.t.exprs[self.fid.0 as usize][e.0 as usize]
    }

    fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            match &s.kind {
                StmtKind::Assign { targets, value } => {
                    let ty = self.ty(*value);
                    for t in targets {
                        self.assign(t, ty);
                    }
                }
                StmtKind::For { target, iter, body, orelse } => {
                    let item = match self.ty(*iter) {
                        Ty::Range => Ty::Int,
                        Ty::Str => Ty::Str,
                        _ => Ty::Dynamic,
                    };
                    self.assign(target, item);
                    self.block(body);
                    self.block(orelse);
                }
                StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                    self.block(body);
                    self.block(orelse);
                }
                StmtKind::Return(v) => {
                    let ty = v.map_or(Ty::NoneType, |v| self.ty(v));
                    let r = &mut self.t.returns[self.fid.0 as usize];
                    *r = r.join(ty);
                }
                StmtKind::Def { defaults, .. } => {
                    for (g, e) in defaults {
                        let ty = self.ty(*e);
                        let slot = &mut self.t.globals[g.0 as usize];
                        *slot = slot.join(ty);
                    }
                }
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    self.block(body);
                    for h in handlers {
                        // Dynamic: a user subclass of the class caught may have any attribute.
                        if let Some(t) = &h.name {
                            self.assign(t, Ty::Dynamic);
                        }
                        self.block(&h.body);
                    }
                    self.block(orelse);
                    self.block(finalbody);
                }
                StmtKind::Expr(_) | StmtKind::Break | StmtKind::Continue | StmtKind::Raise { .. } | StmtKind::Assert { .. } => {}
                StmtKind::AugAssignSubscript { .. } | StmtKind::Delete(_) | StmtKind::FreshCell(_) => {}
            }
        }
        // Comprehension targets take any item.
        for e in &self.func.exprs {
            if let ExprKind::Comprehension { clauses, .. } = &e.kind {
                for c in clauses {
                    self.assign(&c.target, Ty::Dynamic);
                }
            }
        }
        // Argument types flow into parameters.
        for e in &self.func.exprs {
            if let ExprKind::Call { func, args, .. } = &e.kind {
                let callee = &self.module.functions[func.0 as usize];
                for (i, a) in args.iter().enumerate() {
                    let ty = match a {
                        Some(a) => self.ty(*a),
                        None => callee.params[i].default.map_or(Ty::Dynamic, |g| self.t.globals[g.0 as usize]),
                    };
                    let slot = &mut self.t.locals[func.0 as usize][i];
                    *slot = slot.join(ty);
                }
            }
        }
    }

    fn assign(&mut self, target: &Target, ty: Ty) {
        match target {
            Target::Local(l) => {
                let slot = &mut self.t.locals[self.fid.0 as usize][l.0 as usize];
                *slot = slot.join(ty);
            }
            Target::Global(g) => {
                let slot = &mut self.t.globals[g.0 as usize];
                *slot = slot.join(ty);
            }
            Target::Tuple(ts) => {
                for t in ts {
                    self.assign(t, Ty::Dynamic);
                }
            }
            // Stores into a container: element types are not tracked.
            Target::Subscript { .. } | Target::Attribute { .. } => {}
            Target::Starred { before, star, after } => {
                for t in before.iter().chain(after) {
                    self.assign(t, Ty::Dynamic);
                }
                self.assign(star, Ty::List);
            }
        }
    }

    fn expr_ty(&self, id: ExprId) -> Ty {
        let e = self.func.expr(id);
        match &e.kind {
            ExprKind::Const(c) => match c {
                Const::Int(_) => Ty::Int,
                Const::Float(_) => Ty::Float,
                Const::Str(_) => Ty::Str,
                Const::Bytes(_) => Ty::Bytes,
                Const::Bool(_) => Ty::Bool,
                Const::None => Ty::NoneType,
            },
            ExprKind::Local(l) => self.t.locals[self.fid.0 as usize][l.0 as usize],
            ExprKind::Global(g) => self.t.globals[g.0 as usize],
            ExprKind::Binary(op, a, b) => binary_ty(*op, self.ty(*a), self.ty(*b)),
            ExprKind::Unary(op, a) => match (op, self.ty(*a)) {
                (UnaryOp::Not, _) => Ty::Bool,
                (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, t) if t.is_intlike() => Ty::Int,
                (UnaryOp::Neg | UnaryOp::Pos, Ty::Float) => Ty::Float,
                (_, Ty::Bottom) => Ty::Bottom,
                _ => Ty::Dynamic,
            },
            // `is` and `in` yield bools; a rich comparison between built-in types yields a
            // bool or raises, but an instance's `__eq__` (a `dyn` operand) may return anything.
            ExprKind::Compare { left, rest } => {
                let mut lty = self.ty(*left);
                let mut result = Ty::Bool;
                for (op, r) in rest {
                    let rty = self.ty(*r);
                    if !compare_yields_bool(*op, lty, rty) {
                        result = Ty::Dynamic;
                    }
                    lty = rty;
                }
                result
            }
            ExprKind::BoolOp(_, vs) => vs.iter().fold(Ty::Bottom, |acc, v| acc.join(self.ty(*v))),
            ExprKind::IfExp { body, orelse, .. } => self.ty(*body).join(self.ty(*orelse)),
            ExprKind::Tuple(_) => Ty::Tuple,
            ExprKind::List(_) => Ty::List,
            ExprKind::Dict(_) => Ty::Dict,
            ExprKind::Display { kind, .. } => match kind {
                DisplayKind::List => Ty::List,
                DisplayKind::Tuple => Ty::Tuple,
                DisplayKind::Set => Ty::Set,
                DisplayKind::Dict => Ty::Dict,
            },
            ExprKind::FormatField { .. } | ExprKind::JoinStr(_) => Ty::Str,
            ExprKind::IsInstance { .. } => Ty::Bool,
            ExprKind::ModuleAttr { name, .. } => match name.as_str() {
                "math.pi" | "math.e" | "math.tau" | "math.inf" | "math.nan" => Ty::Float,
                "sys.argv" => Ty::List,
                "sys.maxsize" => Ty::Int,
                _ => Ty::Dynamic,
            },
            ExprKind::ModuleCall { .. } => Ty::Dynamic,
            ExprKind::SliceObj { .. } => Ty::Dynamic,
            ExprKind::Comprehension { kind, .. } => match kind {
                CompKind::List => Ty::List,
                CompKind::Set => Ty::Set,
                CompKind::Dict => Ty::Dict,
            },
            ExprKind::Set { build, .. } => if *build == SetBuild::ConstantIterated { Ty::FrozenSet } else { Ty::Set },
            ExprKind::MethodCall { receiver, method, .. } => method_result(self.ty(*receiver), method),
            ExprKind::Attribute { value, name } => match (self.ty(*value), name.as_str()) {
                (Ty::Exception, "args") => Ty::Tuple,
                (Ty::Exception, "__suppress_context__") => Ty::Bool,
                _ => Ty::Dynamic,
            },
            ExprKind::InPlace(op, a, b) => match (self.ty(*a), self.ty(*b)) {
                (Ty::Bottom, _) | (_, Ty::Bottom) => Ty::Bottom,
                // `+=` and `*=` on a list mutate it and give it back.
                (Ty::List, _) if matches!(op, BinOp::Add | BinOp::Mul) => Ty::List,
                (Ty::Dict, _) if *op == BinOp::BitOr => Ty::Dict,
                // A set's in-place operators mutate it (with a set or frozenset operand).
                (Ty::Set, Ty::Set | Ty::FrozenSet) if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => Ty::Set,
                (a, b) => binary_ty(*op, a, b),
            },
            ExprKind::Subscript { value, .. } => match self.ty(*value) {
                Ty::Str => Ty::Str,
                Ty::Range => Ty::Int,
                Ty::Bottom => Ty::Bottom,
                _ => Ty::Dynamic,
            },
            ExprKind::Slice { value, .. } => match self.ty(*value) {
                t @ (Ty::Str | Ty::Tuple | Ty::List | Ty::Range | Ty::Bottom) => t,
                _ => Ty::Dynamic,
            },
            ExprKind::Call { func, .. } => self.t.returns[func.0 as usize],
            ExprKind::CallBuiltin { builtin, args, .. } => {
                let arg = |i: usize| args.get(i).map_or(Ty::Dynamic, |a| self.ty(*a));
                match builtin {
                    Builtin::Print => Ty::NoneType,
                    Builtin::Len | Builtin::Int | Builtin::Ord => Ty::Int,
                    Builtin::Float => Ty::Float,
                    Builtin::Str | Builtin::Repr | Builtin::Chr | Builtin::Hex | Builtin::Oct | Builtin::Bin => Ty::Str,
                    Builtin::Bool => Ty::Bool,
                    Builtin::Abs => match arg(0) {
                        t if t.is_intlike() => Ty::Int,
                        Ty::Float => Ty::Float,
                        _ => Ty::Dynamic,
                    },
                    Builtin::Round if args.len() == 1 => Ty::Dynamic,
                    Builtin::Round => match arg(0) {
                        Ty::Float => Ty::Float,
                        t if t.is_intlike() => Ty::Int,
                        _ => Ty::Dynamic,
                    },
                    Builtin::Divmod => Ty::Tuple,
                    Builtin::Pow if args.len() == 3 => Ty::Int,
                    Builtin::Pow => binary_ty(BinOp::Pow, arg(0), arg(1)),
                    Builtin::Min | Builtin::Max if args.len() > 1 => args.iter().fold(Ty::Bottom, |acc, a| acc.join(self.ty(*a))),
                    Builtin::Min | Builtin::Max => Ty::Dynamic,
                    Builtin::Range => Ty::Range,
                    Builtin::List => Ty::List,
                    Builtin::Dict => Ty::Dict,
                    Builtin::Set => Ty::Set,
                    Builtin::FrozenSet => Ty::FrozenSet,
                    Builtin::Hash => Ty::Int,
                    Builtin::Tuple => Ty::Tuple,
                    Builtin::Format => Ty::Str,
                    Builtin::Any | Builtin::All => Ty::Bool,
                    Builtin::Sorted => Ty::List,
                    Builtin::Input => Ty::Str,
                    Builtin::Iter | Builtin::Next => Ty::Dynamic,
                    Builtin::Enumerate | Builtin::Zip | Builtin::Reversed | Builtin::Sum => Ty::Dynamic,
                }
            }
            ExprKind::NewException { .. } => Ty::Exception,
            ExprKind::CallValue { callee, .. } => match self.func.expr(*callee).kind {
                ExprKind::BuiltinValue(id) if molt_abi::BUILTIN_VALUES[id] == "bytes" => Ty::Bytes,
                ExprKind::BuiltinValue(id) if molt_abi::BUILTIN_VALUES[id] == "bytearray" => Ty::ByteArray,
                _ => Ty::Dynamic,
            },
            ExprKind::MakeFunction { .. } | ExprKind::CallUnpacked { .. } => Ty::Dynamic,
            ExprKind::MakeClass { .. } | ExprKind::Super { .. } | ExprKind::WrapMethod { .. } | ExprKind::PropertySetter { .. } | ExprKind::NotImplemented | ExprKind::ExceptionClass(_) => Ty::Dynamic,
            ExprKind::ContextMethod { .. } | ExprKind::TypeOf(_) | ExprKind::TracebackOf(_) => Ty::Dynamic,
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::BuiltinValue(_) => Ty::Dynamic,
        }
    }
}

/// The result type of a built-in method on a receiver of exactly that built-in type (Molt
/// has no subclasses of built-in types, so the method is CPython's).
fn method_result(receiver: Ty, method: &str) -> Ty {
    match (receiver, method) {
        (Ty::Bottom, _) => Ty::Bottom,
        (Ty::List, "append" | "extend" | "insert" | "remove" | "sort" | "reverse" | "clear") => Ty::NoneType,
        (Ty::List, "index" | "count") => Ty::Int,
        (Ty::List, "copy") => Ty::List,
        (
            Ty::Str,
            "lower" | "upper" | "strip" | "lstrip" | "rstrip" | "replace" | "join" | "capitalize" | "title" | "swapcase" | "center" | "ljust" | "rjust"
            | "zfill" | "format" | "casefold" | "expandtabs" | "removeprefix" | "removesuffix",
        ) => Ty::Str,
        (Ty::Str, "split" | "rsplit" | "splitlines") => Ty::List,
        (Ty::Str, "find" | "rfind" | "index" | "rindex" | "count") => Ty::Int,
        (
            Ty::Str,
            "startswith" | "endswith" | "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isdecimal" | "isnumeric" | "isidentifier"
            | "istitle" | "isprintable" | "isascii",
        ) => Ty::Bool,
        (Ty::Str, "partition" | "rpartition") => Ty::Tuple,
        (Ty::Str, "encode") => Ty::Bytes,
        (Ty::Bytes | Ty::ByteArray, "decode" | "hex") => Ty::Str,
        (Ty::Bytes | Ty::ByteArray, "find" | "rfind" | "index" | "rindex" | "count") => Ty::Int,
        (Ty::Bytes | Ty::ByteArray, "split" | "rsplit" | "splitlines") => Ty::List,
        (Ty::Bytes | Ty::ByteArray, "partition" | "rpartition") => Ty::Tuple,
        (
            Ty::Bytes | Ty::ByteArray,
            "startswith" | "endswith" | "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isascii",
        ) => Ty::Bool,
        (
            Ty::Bytes | Ty::ByteArray,
            "lower" | "upper" | "strip" | "lstrip" | "rstrip" | "replace" | "join" | "capitalize" | "title" | "swapcase" | "center" | "ljust" | "rjust" | "zfill"
            | "removeprefix" | "removesuffix",
        ) => receiver,
        (Ty::ByteArray, "copy") => Ty::ByteArray,
        (Ty::ByteArray, "append" | "extend" | "insert" | "remove" | "reverse" | "clear") => Ty::NoneType,
        (Ty::Dict, "update" | "clear") => Ty::NoneType,
        (Ty::Dict, "copy") => Ty::Dict,
        (Ty::Set, "add" | "discard" | "remove" | "clear" | "update" | "difference_update" | "intersection_update" | "symmetric_difference_update") => Ty::NoneType,
        (Ty::Set, "copy" | "union" | "intersection" | "difference" | "symmetric_difference") => Ty::Set,
        (Ty::Set | Ty::FrozenSet, "issubset" | "issuperset" | "isdisjoint") => Ty::Bool,
        (Ty::Tuple, "index" | "count") => Ty::Int,
        _ => Ty::Dynamic,
    }
}

fn binary_ty(op: BinOp, a: Ty, b: Ty) -> Ty {
    use BinOp::*;
    if a == Ty::Bottom || b == Ty::Bottom {
        return Ty::Bottom;
    }
    match op {
        Add | Sub | Mul | FloorDiv | Mod if a.is_intlike() && b.is_intlike() => Ty::Int,
        LShift | RShift if a.is_intlike() && b.is_intlike() => Ty::Int,
        BitAnd | BitOr | BitXor if a == Ty::Bool && b == Ty::Bool => Ty::Bool,
        BitAnd | BitOr | BitXor if a.is_intlike() && b.is_intlike() => Ty::Int,
        TrueDiv if a.is_numeric() && b.is_numeric() => Ty::Float,
        // int ** int is a float for negative exponents.
        Pow if a.is_intlike() && b.is_intlike() => Ty::Dynamic,
        // A negative float to a fractional power raises in Molt (no complex type).
        Add | Sub | Mul | FloorDiv | Mod | Pow if a.is_numeric() && b.is_numeric() => Ty::Float,
        Add if a == Ty::Str && b == Ty::Str => Ty::Str,
        // The left operand decides between bytes and bytearray.
        Add if matches!(a, Ty::Bytes | Ty::ByteArray) && matches!(b, Ty::Bytes | Ty::ByteArray) => a,
        Mul if matches!(a, Ty::Bytes | Ty::ByteArray) && b.is_intlike() => a,
        Mul if a.is_intlike() && matches!(b, Ty::Bytes | Ty::ByteArray) => b,
        BitOr if a == Ty::Dict && b == Ty::Dict => Ty::Dict,
        // Set operators keep the left operand's type.
        BitOr | BitAnd | Sub | BitXor if matches!(a, Ty::Set | Ty::FrozenSet) && matches!(b, Ty::Set | Ty::FrozenSet) => a,
        Mul if (a == Ty::Str && b.is_intlike()) || (a.is_intlike() && b == Ty::Str) => Ty::Str,
        Mul if a == Ty::List && b.is_intlike() || a.is_intlike() && b == Ty::List => Ty::List,
        Mul if a == Ty::Tuple && b.is_intlike() || a.is_intlike() && b == Ty::Tuple => Ty::Tuple,
        Add if a == Ty::List && b == Ty::List => Ty::List,
        Add if a == Ty::Tuple && b == Ty::Tuple => Ty::Tuple,
        _ => Ty::Dynamic,
    }
}

/// Checks the typed IR's invariants; returns a description of each violation.
pub fn verify_types(module: &Module, types: &Types) -> Vec<String> {
    let mut errors = Vec::new();
    for (fi, f) in module.functions.iter().enumerate() {
        if types.exprs.get(fi).map(Vec::len) != Some(f.exprs.len()) {
            errors.push(format!("f{fi}: expression type table has the wrong length"));
            continue;
        }
        for (ei, e) in f.exprs.iter().enumerate() {
            let ty = types.exprs[fi][ei];
            let expected = match &e.kind {
                ExprKind::Const(Const::Int(_)) => Some(Ty::Int),
                ExprKind::Const(Const::Float(_)) => Some(Ty::Float),
                ExprKind::Const(Const::Str(_)) => Some(Ty::Str),
                ExprKind::Const(Const::Bytes(_)) => Some(Ty::Bytes),
                ExprKind::Const(Const::Bool(_)) | ExprKind::Unary(UnaryOp::Not, _) => Some(Ty::Bool),
                ExprKind::Compare { .. } if ty != Ty::Bool && ty != Ty::Dynamic => Some(Ty::Bool),
                ExprKind::Const(Const::None) => Some(Ty::NoneType),
                _ => None,
            };
            if ty == Ty::Bottom || expected.is_some_and(|x| x != ty) {
                errors.push(format!("f{fi} e{ei}: type {} is invalid for {:?}", ty.name(), e.kind));
            }
        }
    }
    errors
}

/// The typed IR's text form: the HIR printer with a type on every expression.
pub fn print_typed(module: &Module, types: &Types) -> String {
    let annotate = |f: FuncId, e: ExprId| types.expr(f, e).name().to_string();
    let mut out = print_module(module, Some(&annotate));
    for (i, f) in module.functions.iter().enumerate() {
        let locals: Vec<String> = f.locals.iter().enumerate().map(|(l, n)| format!("{n}: {}", types.locals[i][l].name())).collect();
        out.push_str(&format!("types f{i} {}: returns {}; {}\n", f.name, types.returns[i].name(), locals.join(", ")));
    }
    out
}

/// Whether `a op b` always yields a bool (or raises): identity and membership tests do;
/// rich comparisons do when both operands are built-in values (not instances, whose
/// special methods may return anything).
pub fn compare_yields_bool(op: CmpOp, a: Ty, b: Ty) -> bool {
    let builtin = |t: Ty| !matches!(t, Ty::Dynamic | Ty::Bottom);
    matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) || (builtin(a) && builtin(b))
}
