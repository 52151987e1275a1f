//! The contract between generated code and the runtime: value encoding, sentinels,
//! exception kinds and the table of runtime entry points with their signatures.
//!
//! The compiler imports this module (it is the only part of the runtime it may use), so the
//! encoding and the function list have exactly one definition. See
//! `specs/value-representation.md` and `specs/runtime-abi.md`.
//!
//! # Value encoding (NaN boxing, 64 bits)
//! * A value whose top 13 bits are not all ones is an `f64`, stored as its own bits.
//!   Negative quiet NaNs (the only NaNs that would collide) are canonicalised to
//!   [`NEG_NAN`] by [`box_float`], so the sign of a NaN survives.
//! * Otherwise the top 16 bits are a tag and the low 48 bits a payload:
//!   `TAG_INT` (signed 48-bit integer, sign-extended from bit 47), `TAG_BOOL` (0 or 1),
//!   `TAG_NONE`, `TAG_PTR` (address of a heap object, 8-aligned, below 2^48) and
//!   `TAG_SPECIAL` (the sentinels [`ERR`] and [`STOP`]; never visible to Python code).
//!
//! # Calling convention
//! * Every entry point is `extern "C"`; values travel as `u64`.
//! * Arguments are *borrowed*: the callee increfs what it keeps.
//! * A returned value is *owned* (a new reference) unless the entry says otherwise.
//! * Failure: the function sets the pending exception and returns [`ERR`] (value-returning
//!   functions) or `-1` (`i32`-returning functions). Generated code checks every result.

pub mod cpython_hash;

pub const TAG_SHIFT: u32 = 48;
pub const PAYLOAD_MASK: u64 = (1 << 48) - 1;
/// Values whose top 13 bits are all ones are tagged (not floats).
pub const TAGGED_PREFIX: u64 = 0xFFF8_0000_0000_0000;

pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_BOOL: u64 = 0xFFFA;
pub const TAG_NONE: u64 = 0xFFFB;
pub const TAG_PTR: u64 = 0xFFFC;
pub const TAG_SPECIAL: u64 = 0xFFFD;

pub const NONE: u64 = TAG_NONE << TAG_SHIFT;
pub const FALSE: u64 = TAG_BOOL << TAG_SHIFT;
pub const TRUE: u64 = (TAG_BOOL << TAG_SHIFT) | 1;
/// "No value": an exception is pending, or (in a variable slot) the variable is unbound.
pub const ERR: u64 = TAG_SPECIAL << TAG_SHIFT;
/// Returned by `molt_iter_next` when the iterator is exhausted (no exception is set).
pub const STOP: u64 = (TAG_SPECIAL << TAG_SHIFT) | 1;
/// Canonical encoding of a NaN with the sign bit set (a signalling-NaN bit pattern outside
/// the tagged space).
pub const NEG_NAN: u64 = 0xFFF4_0000_0000_0000;

/// Inclusive bounds of integers stored inline (`TAG_INT`).
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

#[inline]
pub const fn tag_of(v: u64) -> u64 {
    v >> TAG_SHIFT
}
#[inline]
pub const fn is_float(v: u64) -> bool {
    (v & TAGGED_PREFIX) != TAGGED_PREFIX
}
#[inline]
pub const fn is_small_int(v: u64) -> bool {
    tag_of(v) == TAG_INT
}
#[inline]
pub const fn is_ptr(v: u64) -> bool {
    tag_of(v) == TAG_PTR
}
#[inline]
pub const fn fits_small_int(i: i64) -> bool {
    i >= SMALL_INT_MIN && i <= SMALL_INT_MAX
}
/// Encodes `i`, which must satisfy [`fits_small_int`].
#[inline]
pub const fn box_small_int(i: i64) -> u64 {
    (TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK)
}
#[inline]
pub const fn unbox_small_int(v: u64) -> i64 {
    ((v << 16) as i64) >> 16
}
#[inline]
pub fn box_float(f: f64) -> u64 {
    let bits = f.to_bits();
    if (bits & TAGGED_PREFIX) == TAGGED_PREFIX { NEG_NAN } else { bits }
}
#[inline]
pub fn unbox_float(v: u64) -> f64 {
    f64::from_bits(v)
}
#[inline]
pub const fn box_bool(b: bool) -> u64 {
    if b { TRUE } else { FALSE }
}

/// Object layout facts that generated code relies on for inline fast paths (reference
/// counts, list and tuple items). The runtime's `object_layout_matches_abi` test checks
/// every one against the real structs, including where `Vec` keeps its pointer and length.
/// Frames deeper than this raise RecursionError (CPython's default limit). Generated
/// code counts frames inline on the runtime's `MOLT_FRAME_DEPTH` (a `u32`).
pub const RECURSION_LIMIT: u32 = 1000;

/// Entries per inline-cache site (classes a site remembers at once).
pub const SITE_WAYS: usize = 4;

pub mod layout {
    /// Byte offset of the `u32` reference count and of the `u32` kind in every heap object.
    pub const REFCOUNT: i32 = 0;
    pub const KIND: i32 = 4;
    /// A reference count at or above this is immortal (never changes).
    pub const IMMORTAL: u32 = 1 << 30;
    pub const KIND_TUPLE: u32 = 3;
    pub const KIND_LIST: u32 = 10;
    /// `ListObj`: the item pointer and the length of its `Vec<u64>`.
    pub const LIST_ITEMS_PTR: i32 = 24;
    pub const LIST_LEN: i32 = 32;
    /// `TupleObj`: the length, then the items inline.
    pub const TUPLE_LEN: i32 = 16;
    pub const TUPLE_ITEMS: i32 = 24;
    pub const KIND_INSTANCE: u32 = 28;
    /// `InstanceObj`: its class, its overflow dict (ERR when it has none) and the item
    /// pointer of its slot values' `Vec<u64>`.
    pub const INSTANCE_CLASS: i32 = 16;
    pub const INSTANCE_DICT: i32 = 24;
    pub const INSTANCE_VALUES_PTR: i32 = 40;
    /// `FuncObj`: its generated entry, `extern "C" fn(function, *const args) -> value`.
    pub const FUNC_ENTRY: i32 = 16;
}

/// Comparison operator codes passed to `molt_compare`.
/// Operator codes of `molt_inplace`, in this order: + - * / // % ** << >> & | ^ @.
pub mod inplace {
    pub const ADD: i32 = 0;
    pub const SUB: i32 = 1;
    pub const MUL: i32 = 2;
    pub const TRUEDIV: i32 = 3;
    pub const FLOORDIV: i32 = 4;
    pub const MOD: i32 = 5;
    pub const POW: i32 = 6;
    pub const LSHIFT: i32 = 7;
    pub const RSHIFT: i32 = 8;
    pub const BITAND: i32 = 9;
    pub const BITOR: i32 = 10;
    pub const BITXOR: i32 = 11;
    pub const MATMUL: i32 = 12;
}

pub mod cmp {
    pub const LT: i32 = 0;
    pub const LE: i32 = 1;
    pub const EQ: i32 = 2;
    pub const NE: i32 = 3;
    pub const GT: i32 = 4;
    pub const GE: i32 = 5;
}

/// Built-in exception classes, by id. The id is what generated code passes to
/// `molt_exc_new`; `EXCEPTION_KINDS[id]` gives its name and base class id.
pub const EXCEPTION_KINDS: &[(&str, Option<usize>)] = &[
    ("BaseException", None),          // 0
    ("Exception", Some(0)),           // 1
    ("ArithmeticError", Some(1)),     // 2
    ("ZeroDivisionError", Some(2)),   // 3
    ("OverflowError", Some(2)),       // 4
    ("ValueError", Some(1)),          // 5
    ("TypeError", Some(1)),           // 6
    ("NameError", Some(1)),           // 7
    ("UnboundLocalError", Some(7)),   // 8
    ("AssertionError", Some(1)),      // 9
    ("RuntimeError", Some(1)),        // 10
    ("RecursionError", Some(10)),     // 11
    ("NotImplementedError", Some(10)), // 12
    ("LookupError", Some(1)),         // 13
    ("IndexError", Some(13)),         // 14
    ("KeyError", Some(13)),           // 15
    ("AttributeError", Some(1)),      // 16
    ("StopIteration", Some(1)),       // 17
    ("SystemExit", Some(0)),          // 18
    ("KeyboardInterrupt", Some(0)),   // 19
    ("MemoryError", Some(1)),         // 20
    ("UnicodeError", Some(5)),        // 21
    ("FloatingPointError", Some(2)),  // 22
    ("EOFError", Some(1)),            // 23
    ("io.UnsupportedOperation", Some(5)), // 24
    ("GeneratorExit", Some(0)),       // 25
    ("UnicodeDecodeError", Some(21)), // 26
    ("UnicodeEncodeError", Some(21)), // 27
];

/// Looks up a built-in exception class id by its Python name.
pub fn exception_kind(name: &str) -> Option<usize> {
    EXCEPTION_KINDS.iter().position(|(n, _)| *n == name)
}

/// Machine types in runtime signatures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiTy {
    /// A Python value (`u64`).
    Val,
    /// `i32` (status codes, small enums).
    I32,
    /// `i64`.
    I64,
    /// A pointer or length (`usize` / `*const T`).
    Ptr,
}

use AbiTy::{I32, I64, Ptr, Val};

/// One runtime entry point: its symbol, parameter types and result type.
pub struct RuntimeFn {
    pub name: &'static str,
    pub params: &'static [AbiTy],
    pub ret: Option<AbiTy>,
}

macro_rules! runtime_fns {
    ($( $name:ident ( $($p:ident),* ) $(-> $r:ident)? ; )*) => {
        /// Every runtime entry point generated code may call. The runtime's test
        /// `abi_table_matches_definitions` checks each one exists with this signature.
        pub const RUNTIME_FNS: &[RuntimeFn] = &[
            $( RuntimeFn { name: stringify!($name), params: &[$($p),*], ret: runtime_fns!(@ret $($r)?) }, )*
        ];
    };
    (@ret) => { None };
    (@ret $r:ident) => { Some($r) };
}

runtime_fns! {
    // Lifecycle. `molt_main(argc, argv, body)` runs `body` (the module's top level, an
    // `extern "C" fn() -> u64`) on a thread with a large stack, reports an uncaught
    // exception like CPython, flushes stdout and returns the process exit code.
    molt_main(I32, Ptr, Ptr) -> I32;
    // Registers the program's path and source text for tracebacks (borrowed, static).
    molt_set_source(Ptr, Ptr, Ptr, Ptr);
    // Immortal constants, created once at start-up: UTF-8 text, and decimal big ints.
    molt_const_str(Ptr, Ptr) -> Val;
    molt_const_int(Ptr, Ptr) -> Val;
    // Frees an object whose count reached zero (generated code counts inline); a no-op
    // on anything but a heap pointer.
    molt_decref(Val);
    // Called when `MOLT_FRAME_DEPTH` reached the limit: returns -1 with RecursionError
    // pending (generated code counts frames inline).
    molt_enter_frame() -> I32;
    // Appends a frame to the pending exception's traceback (name: static UTF-8).
    molt_traceback_add(Ptr, Ptr, I32);
    // Numbers and operators.
    molt_int_from_i64(I64) -> Val;
    molt_add(Val, Val) -> Val;
    molt_sub(Val, Val) -> Val;
    molt_mul(Val, Val) -> Val;
    molt_truediv(Val, Val) -> Val;
    molt_floordiv(Val, Val) -> Val;
    molt_mod(Val, Val) -> Val;
    molt_pow(Val, Val) -> Val;
    // `x ** y` on the bits of a positive finite float and a finite float (no checks).
    molt_pow_f64_bits(I64, I64) -> I64;
    molt_lshift(Val, Val) -> Val;
    molt_rshift(Val, Val) -> Val;
    molt_bitand(Val, Val) -> Val;
    molt_bitor(Val, Val) -> Val;
    molt_bitxor(Val, Val) -> Val;
    molt_matmul(Val, Val) -> Val;
    molt_neg(Val) -> Val;
    molt_pos(Val) -> Val;
    molt_invert(Val) -> Val;
    molt_not(Val) -> Val;
    // Truth value: 1, 0, or -1 with an exception pending.
    molt_is_true(Val) -> I32;
    molt_compare(Val, Val, I32) -> Val;
    molt_contains(Val, Val) -> Val;
    // `item in container` for a container proven a set or frozenset, or a dict.
    molt_set_contains(Val, Val) -> Val;
    molt_dict_contains(Val, Val) -> Val;
    molt_getitem(Val, Val) -> Val;
    // obj[start:stop:step]; absent parts are None.
    molt_getslice(Val, Val, Val, Val) -> Val;
    // Tuples and unpacking: `molt_tuple_new(items, n)` borrows the items.
    molt_tuple_new(Ptr, Ptr) -> Val;
    // The same, taking over the items' references.
    molt_tuple_new_owned(Ptr, Ptr) -> Val;
    // A pair taking over both items' references (no array on the stack).
    molt_tuple_new2(Val, Val) -> Val;
    // molt_unpack(v, n, out): writes `n` owned values to `out`, or returns -1 with the
    // exception CPython raises. `molt_contains(container, item)` is `item in container`.
    molt_unpack(Val, Ptr, Ptr) -> I32;
    // molt_unpack_star(v, before, after, out): `a, *b, c = v`, writing before + 1 + after
    // owned values (the starred one a list); -1 with the exception CPython raises.
    molt_unpack_star(Val, Ptr, Ptr, Ptr) -> I32;
    // A slice object for `x[a:b:c]` used as an assignment or `del` target (borrowed parts).
    molt_slice_new(Val, Val, Val) -> Val;
    // Lists: `molt_list_new(items, n)` borrows the items. `molt_setitem(obj, index, value)`
    // borrows all three; 0, or -1 with an exception pending.
    molt_list_new(Ptr, Ptr) -> Val;
    molt_list_new_owned(Ptr, Ptr) -> Val;
    // Appends a borrowed value to a list (comprehensions).
    molt_list_append(Val, Val);
    molt_setitem(Val, Val, Val) -> I32;
    // molt_setslice(obj, start, stop, step, value): `obj[start:stop:step] = value`, 0 or -1.
    molt_setslice(Val, Val, Val, Val, Val) -> I32;
    // `del obj[index]`: 0, or -1 with an exception pending.
    molt_delitem(Val, Val) -> I32;
    // Dicts: `molt_dict_new(items, n)` borrows `n` values: key, value, key, value, ...
    molt_dict_new(Ptr, Ptr) -> Val;
    // Sets: `molt_set_new(build, items, n)` borrows the items; `build` says how CPython
    // builds the display (0 item by item, 1 from a frozenset constant, 2 that constant
    // itself), which decides the order. `molt_set_add` (set comprehensions): 0, or -1
    // with an exception pending.
    molt_set_new(I32, Ptr, Ptr) -> Val;
    // An empty set whose order nothing observes (compiler/src/unordered_sets.rs): its
    // table places keys by a scrambled hash, so runs of small ints do not cluster.
    molt_set_new_unordered() -> Val;
    molt_set_add(Val, Val) -> I32;
    // `obj.name(*args, **kw)`: name is a str constant; kwnames a str constant of the
    // comma-separated keyword names (their values end the args array) or None; args
    // (borrowed) a (pointer, count) array. AttributeError, as CPython words it, when
    // `obj` has no such method.
    molt_call_method(Val, Val, Val, Ptr, Ptr) -> Val;
    // molt_call_builtin_method(obj, name, id, args, n): `obj.name(*args)` where the compiler
    // proved `obj` a built-in container or str; `id` is its `DirectMethod` number (or
    // usize::MAX), which the runtime dispatches without the name.
    molt_call_builtin_method(Val, Val, Ptr, Ptr, Ptr) -> Val;
    // Inline-cached attribute sites (runtime/src/attr_sites.rs): the program registers its
    // table of two-word sites once; each entry point does what its plain counterpart does
    // and fills the site (the last argument) when the answer depends on the class alone.
    // A site is `SITE_WAYS` entries of (class, slot index or function).
    molt_attr_sites(Ptr, Ptr);
    molt_getattr_site(Val, Val, Ptr) -> Val;
    molt_setattr_site(Val, Val, Val, Ptr) -> I32;
    molt_call_method_site(Val, Val, Ptr, Ptr, Ptr) -> Val;
    // Augmented assignment `a op= b` as molt_inplace(op, a, b), op an `inplace::*` code:
    // lists extend or repeat in place; error messages name the in-place operator (`+=`).
    molt_inplace(I32, Val, Val) -> Val;
    // Iteration: `molt_iter_next` returns an owned value, STOP when exhausted, or ERR.
    molt_iter(Val) -> Val;
    molt_iter_next(Val) -> Val;
    // Generators (specs/generators.md): a new generator of body `resume` with `nslots`
    // saved variables, its qualified name, and its arguments (owned); one step of
    // `yield from` (value to yield, or STOP with the result written out, or ERR).
    molt_gen_new(Ptr, Ptr, Ptr, Ptr, Ptr, Ptr) -> Val;
    molt_yield_from(Val, Val, Ptr) -> Val;
    // A builtin as a value (`BUILTIN_VALUES[id]`).
    molt_builtin_value(I32) -> Val;
    // Exceptions: a new instance of built-in class `kind` with borrowed args; `molt_raise`
    // sets it (or a class given by id via molt_exc_new) pending and returns ERR.
    molt_exc_new(I32, Ptr, Ptr) -> Val;
    molt_raise(Val) -> Val;
    molt_raise_name_error(Val, Val, Ptr) -> Val;
    molt_raise_unbound_local(Val) -> Val;
    // `assert` failure; the argument is the message value, or ERR for none.
    molt_raise_assertion(Val) -> Val;
    // `raise exc from cause` (cause None suppresses the context); bare `raise`.
    molt_raise_from(Val, Val) -> Val;
    molt_reraise() -> Val;
    // `try`: take the pending exception (owned), test it against a class id, put it back
    // (consumed). An `except` body runs between handler_enter (consumes the exception:
    // it becomes the one being handled) and handler_exit.
    molt_exc_take() -> Val;
    molt_exc_matches(Val, I32) -> I32;
    molt_exc_restore(Val);
    molt_handler_enter(Val);
    molt_handler_exit();
    // A StopIteration pending where an inline generator expression's body raised it
    // becomes RuntimeError (as it would leaving a generator): 1 when it did, else 0.
    molt_genexpr_stop_to_runtime_error() -> I32;
    // Functions as values: molt_make_function(entry, name, params, shape, defaults,
    // cells) with shape = nparams | posonly << 16 | kwonly << 32 | ncells << 48;
    // molt_call(f, kwnames, args, n) calls any value; kwnames is None or the
    // comma-separated keyword names. Closures: cells (new takes the value, ERR for
    // unbound; get raises UnboundLocalError, or NameError when `free` is set).
    molt_make_function(Ptr, Val, Val, I64, Ptr, Ptr) -> Val;
    molt_call(Val, Val, Ptr, Ptr) -> Val;
    molt_func_cells(Val) -> Ptr;
    molt_cell_new(Val) -> Val;
    molt_cell_get(Val, Val, I32) -> Val;
    molt_cell_set(Val, Val);
    // `x.name` for the attributes in IMPLEMENTED_ATTRS; others raise AttributeError.
    molt_getattr(Val, Val) -> Val;
    // Classes: molt_class_new(name, namespace dict, slots or None, bases, n); `obj.name = v` (-1 on
    // error); super(class, receiver); staticmethod/classmethod/property (0/1/2) of a
    // function; a property with a setter; isinstance with user classes.
    molt_class_new(Val, Val, Val, Ptr, Ptr) -> Val;
    molt_setattr(Val, Val, Val) -> I32;
    molt_super(Val, Val) -> Val;
    molt_wrap_method(I32, Val) -> Val;
    molt_property_setter(Val, Val) -> Val;
    molt_isinstance_class(Val, Val) -> Val;
    molt_isinstance_classes(Val, Val, Ptr, Ptr) -> Val;
    molt_not_implemented() -> Val;
    molt_exc_class(I32) -> Val;
    molt_call_unpack(Val, Val, Ptr, Ptr) -> Val;
    // A call with `**`: its keyword arguments gathered into a dict as CPython does, each
    // `**m` merged (and checked) where it stands, plain keywords by group (-1 on error).
    molt_kwargs_merge(Val, Val, Val) -> I32;
    molt_kwargs_put(Val, Val, Val, Val) -> I32;
    // `f(a, *xs)`: the items of xs as a tuple, or CPython's TypeError.
    molt_call_star(Val) -> Val;
    // Displays with unpacking: new container (0 list, 1 tuple, 2 set, 3 dict), add a part
    // (0 an item, 1 unpacked; -1 on error), freeze a tuple display's list.
    molt_display_new(I32) -> Val;
    molt_display_add(Val, I32, Val) -> I32;
    molt_display_tuple(Val) -> Val;
    molt_context_method(Val, I32) -> Val;
    molt_type_of(Val) -> Val;
    molt_traceback_of(Val) -> Val;
    molt_exc_matches_value(Val, Val) -> I32;
    // print(*args, sep=sep, end=end): sep/end are None for the default.
    molt_print(Ptr, Ptr, Val, Val) -> Val;
    // Built-in functions (fixed arity variants chosen by the compiler).
    molt_builtin_str(Val) -> Val;
    molt_builtin_repr(Val) -> Val;
    molt_builtin_int(Val) -> Val;
    molt_builtin_int_base(Val, Val) -> Val;
    molt_builtin_float(Val) -> Val;
    molt_builtin_bool(Val) -> Val;
    molt_builtin_len(Val) -> Val;
    // list() and list(iterable): ERR for no argument.
    molt_builtin_list(Val) -> Val;
    // dict() and dict(mapping or pairs): ERR for no argument.
    molt_builtin_dict(Val) -> Val;
    // tuple() and tuple(iterable): ERR for no argument.
    molt_builtin_tuple(Val) -> Val;
    // format(v) and format(v, spec): ERR for no spec.
    molt_builtin_format(Val, Val) -> Val;
    // Built-ins over iterables; ERR stands for an omitted optional argument.
    molt_builtin_enumerate(Val, Val) -> Val;
    molt_builtin_zip(Ptr, Ptr) -> Val;
    molt_builtin_reversed(Val) -> Val;
    molt_builtin_sum(Val, Val) -> Val;
    molt_builtin_any(Val) -> Val;
    molt_builtin_all(Val) -> Val;
    // sorted(iterable, key=None, reverse=False)
    molt_builtin_sorted(Val, Val, Val) -> Val;
    // isinstance(v, classes) as molt_isinstance(classes, v): classes is a str constant of
    // comma-separated built-in class names (`int`, `list`, `exc:ID`, ...).
    molt_isinstance(Val, Val) -> Val;
    // The math and sys modules: `molt_module_call(name, args, n)` calls a function by
    // qualified name (a str constant such as "math.sqrt"); `molt_module_attr(name)` reads
    // an attribute ("math.pi", "sys.argv"). input([prompt]): ERR for no prompt.
    molt_module_call(Val, Ptr, Ptr) -> Val;
    molt_module_attr(Val) -> Val;
    molt_builtin_input(Val) -> Val;
    // next(it[, default]): ERR for no default; StopIteration when exhausted without one.
    molt_builtin_next(Val, Val) -> Val;
    // f-strings: one replacement field `{v!conv:spec}` (conv 0 none, 1 s, 2 r, 3 a; spec a
    // str or None), and the concatenation of the pieces (borrowed str values).
    molt_format_field(Val, I32, Val) -> Val;
    molt_str_join_parts(Ptr, Ptr) -> Val;
    molt_builtin_abs(Val) -> Val;
    molt_builtin_divmod(Val, Val) -> Val;
    molt_builtin_pow3(Val, Val, Val) -> Val;
    molt_builtin_round(Val, Val) -> Val;
    // min/max(is_max, key (None), default (ERR when absent), args, n)
    molt_builtin_min_max(I32, Val, Val, Ptr, Ptr) -> Val;
    molt_builtin_chr(Val) -> Val;
    molt_builtin_ord(Val) -> Val;
    molt_builtin_hex(Val) -> Val;
    molt_builtin_oct(Val) -> Val;
    molt_builtin_bin(Val) -> Val;
    molt_builtin_range(Val, Val, Val) -> Val;
    // set(), frozenset(): ERR for no argument. hash(v).
    molt_builtin_set(Val) -> Val;
    molt_builtin_frozenset(Val) -> Val;
    molt_builtin_hash(Val) -> Val;
    // `x op= b` into a local x: consumes the operand's and the variable's references to a.
    molt_inplace_local(I32, Val, Val) -> Val;
    // A bytes constant (immortal) from its data.
    molt_const_bytes(Ptr, Ptr) -> Val;
}

/// The public attributes of each built-in type Molt creates values of, exactly as CPython
/// 3.11's `dir()` lists them (the oracle's tests check this against CPython), by the type
/// name Molt's values report (`BaseException` stands for every exception class).
pub const BUILTIN_TYPE_ATTRS: &[(&str, &[&str])] = &[
    ("str", &["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"]),
    ("list", &["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"]),
    ("tuple", &["count", "index"]),
    ("bytes", &["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"]),
    ("bytearray", &["append", "capitalize", "center", "clear", "copy", "count", "decode", "endswith", "expandtabs", "extend", "find", "fromhex", "hex", "index", "insert", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "pop", "remove", "removeprefix", "removesuffix", "replace", "reverse", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"]),
    ("dict", &["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]),
    ("set", &["add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference", "symmetric_difference_update", "union", "update"]),
    ("frozenset", &["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"]),
    ("dict_keys", &["isdisjoint", "mapping"]),
    ("dict_values", &["mapping"]),
    ("dict_items", &["isdisjoint", "mapping"]),
    ("int", &["as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes"]),
    ("float", &["as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real"]),
    ("bool", &["as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes"]),
    ("range", &["count", "index", "start", "step", "stop"]),
    ("NoneType", &[]),
    ("TextIOWrapper", &["buffer", "close", "closed", "detach", "encoding", "errors", "fileno", "flush", "isatty", "line_buffering", "mode", "name", "newlines", "read", "readable", "readline", "readlines", "reconfigure", "seek", "seekable", "tell", "truncate", "writable", "write", "write_through", "writelines"]),
    ("BaseException", &["add_note", "args", "with_traceback"]),
    ("generator", &["close", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom", "send", "throw"]),
];

/// The methods the runtime implements (`molt_call_method`), by type. A call of a name in
/// `BUILTIN_TYPE_ATTRS` that is missing here, on a value that may have that type, is
/// rejected at compile time: Molt never turns a working CPython call into an error.
pub const IMPLEMENTED_METHODS: &[(&str, &[&str])] = &[
    ("list", &["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"]),
    ("tuple", &["count", "index"]),
    ("bytes", &["capitalize", "center", "count", "decode", "endswith", "find", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill"]),
    ("bytearray", &["append", "capitalize", "center", "clear", "copy", "count", "decode", "endswith", "extend", "find", "hex", "index", "insert", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "isupper", "join", "ljust", "lower", "lstrip", "partition", "pop", "remove", "removeprefix", "removesuffix", "replace", "reverse", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill"]),
    ("dict", &["clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]),
    ("range", &["count", "index"]),
    ("set", &["add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference", "symmetric_difference_update", "union", "update"]),
    ("frozenset", &["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"]),
    ("dict_keys", &["isdisjoint"]),
    ("dict_items", &["isdisjoint"]),
    ("TextIOWrapper", &["flush", "read", "readline", "write"]),
    ("generator", &["close", "send", "throw"]),
    ("int", &["bit_count", "bit_length", "to_bytes"]),
    ("bool", &["bit_count", "bit_length", "to_bytes"]),
    ("float", &["is_integer"]),
    ("str", &["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill"]),
];

/// Methods of built-in types that `molt_call_builtin_method` dispatches by number (hot
/// in the benchmarks); the others of a proven built-in receiver go by name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
pub enum DirectMethod {
    SetAdd,
    SetDiscard,
    ListAppend,
    ListPop,
    DictGet,
    ByteArrayAppend,
}

pub const DIRECT_METHODS: &[(DirectMethod, &str, &str)] = &[
    (DirectMethod::SetAdd, "set", "add"),
    (DirectMethod::SetDiscard, "set", "discard"),
    (DirectMethod::ListAppend, "list", "append"),
    (DirectMethod::ListPop, "list", "pop"),
    (DirectMethod::DictGet, "dict", "get"),
    (DirectMethod::ByteArrayAppend, "bytearray", "append"),
];

impl DirectMethod {
    /// The number generated code passes for `ty.method`.
    pub fn of(ty: &str, method: &str) -> Option<DirectMethod> {
        DIRECT_METHODS.iter().find(|&&(_, t, m)| t == ty && m == method).map(|&(d, _, _)| d)
    }

    /// The method a number from generated code stands for.
    pub fn from_id(id: usize) -> Option<DirectMethod> {
        DIRECT_METHODS.iter().map(|&(d, _, _)| d).find(|&d| d as usize == id)
    }
}

/// Whether Molt implements `ty.method`.
pub fn method_implemented(ty: &str, method: &str) -> bool {
    IMPLEMENTED_METHODS.iter().any(|(t, ms)| *t == ty && ms.contains(&method))
}

/// The data attributes the runtime reads (`molt_getattr`), by type. The rule for methods
/// applies: an attribute CPython's type has but the runtime lacks is rejected.
pub const IMPLEMENTED_ATTRS: &[(&str, &[&str])] = &[
    ("BaseException", &["args", "__cause__", "__context__", "__suppress_context__"]),
    ("int", &["real", "imag", "numerator", "denominator"]),
    ("bool", &["real", "imag", "numerator", "denominator"]),
    ("float", &["real", "imag"]),
    ("range", &["start", "stop", "step"]),
];

/// Dunder attributes that, among the built-in types, only exceptions have: on any other
/// value CPython raises AttributeError, as `molt_getattr` does.
pub const EXCEPTION_ONLY_ATTRS: &[&str] = &["__cause__", "__context__", "__suppress_context__", "__traceback__"];

/// Whether the runtime reads `x.name` for `x` of type `ty`: a data attribute, or an
/// implemented method (read as a bound method). Every value has `__class__`.
pub fn attr_implemented(ty: &str, name: &str) -> bool {
    name == "__class__" || IMPLEMENTED_ATTRS.iter().any(|(t, ms)| *t == ty && ms.contains(&name)) || method_implemented(ty, name)
}

/// Whether CPython's `ty` has a public attribute `name`.
pub fn cpython_has_attr(ty: &str, name: &str) -> bool {
    BUILTIN_TYPE_ATTRS.iter().any(|(t, ms)| *t == ty && ms.contains(&name))
}

/// The builtins that can be used as values (`key=len`, `map(str, xs)`, `print(*xs)`), by
/// id: the runtime calls them with CPython's argument errors (`runtime/src/builtin_value.rs`).
pub const BUILTIN_VALUES: &[&str] = &[
    "len", "abs", "repr", "chr", "ord", "hex", "oct", "bin", "hash", "any", "all", "float", "bool", "list", "tuple", "set",
    "frozenset", "str", "int", "sorted", "min", "max", "sum", "print", "iter", "next", "reversed", "divmod", "zip", "map",
    "filter", "dict", "type", "object", "isinstance", "issubclass", "getattr", "setattr", "hasattr", "callable", "pow",
    "round", "range", "format", "enumerate", "bytes", "bytearray",
];

/// The id of builtin `name` as a value, if it can be one.
pub fn builtin_value_id(name: &str) -> Option<usize> {
    BUILTIN_VALUES.iter().position(|n| *n == name)
}
