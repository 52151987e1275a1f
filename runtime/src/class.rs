//! User classes and their instances: class objects (name, bases, C3 method resolution
//! order, a namespace dict), instances (a class and an attribute dict: the general
//! layout), bound methods, `staticmethod`/`classmethod`/`property` wrappers and `super()`.
//!
//! Attribute lookup follows CPython's `object.__getattribute__` for the descriptors Molt
//! has: a property on the class wins over the instance dict, then the instance dict, then
//! class attributes (functions bind to the instance). Special methods (`__str__`,
//! `__eq__`, `__add__`, ...) are looked up on the class only, as CPython does; the rest of
//! the runtime calls [`special`] where a built-in operation meets an instance.

use crate::abi::*;
use crate::exc::*;
use crate::gc::{GcHead, UNTRACKED};
use crate::object::*;

#[repr(C)]
pub struct ClassObj {
    pub hdr: Header,
    pub gc: GcHead,
    /// `__name__` and `__qualname__` (`f.<locals>.C`), interned: a class statement
    /// that runs many times leaks its names once.
    pub name: &'static str,
    pub qualname: &'static str,
    pub bases: Vec<u64>,
    /// The method resolution order after the class itself (`object` implied at the end).
    pub mro: Vec<u64>,
    /// The namespace: attribute name (str) -> value.
    pub dict: u64,
    /// For exception classes, the first built-in exception class in the MRO (instances
    /// are `ExcObj`s of that kind); -1 for other classes.
    pub exc_kind: i32,
    /// A built-in class (an exception class made by [`builtin_exception_class`]).
    pub builtin: bool,
    /// Fixed layout (specs/object-layout.md): instances keep these attributes (interned
    /// names, bases' first) in `InstanceObj::values`, at these indexes, and no dict
    /// unless something stores another attribute. None: the general layout.
    pub slots: Option<Vec<u64>>,
    /// For each slot, whether a property of the same name on the class or its bases
    /// takes precedence (computed at `shadow_epoch`).
    shadowed: Vec<bool>,
    shadow_epoch: u64,
    /// Attribute resolutions by immortal name (compared by identity; direct-mapped by
    /// address), valid at `attr_epoch`: the slot and the class-level value (borrowed from
    /// a class dict). Empty until the first lookup.
    attr_cache: Vec<(u64, AttrInfo)>,
    attr_epoch: u64,
}

#[derive(Clone, Copy)]
struct AttrInfo {
    slot: Option<usize>,
    found: Option<u64>,
}

/// Entries of a class's attribute cache (a power of two).
const ATTR_CACHE_SIZE: usize = 64;

fn attr_cache_index(name: u64) -> usize {
    (((name >> 4) ^ (name >> 11)) as usize) & (ATTR_CACHE_SIZE - 1)
}

#[repr(C)]
pub struct InstanceObj {
    pub hdr: Header,
    pub gc: GcHead,
    pub class: u64,
    /// The attribute dict (owned): every attribute in the general layout; in a fixed
    /// layout only those outside the class's slots (ERR until there is one).
    pub dict: u64,
    /// Fixed layout: one value per slot of the class (owned; ERR while unset).
    pub values: Vec<u64>,
}

#[repr(C)]
pub struct BoundMethod {
    pub hdr: Header,
    pub gc: GcHead,
    pub func: u64,
    pub receiver: u64,
}

pub const WRAP_STATIC: u32 = 0;
pub const WRAP_CLASS: u32 = 1;
pub const WRAP_PROPERTY: u32 = 2;

/// `staticmethod(f)`, `classmethod(f)` or `property(getter)` (with its setter or ERR).
#[repr(C)]
pub struct Wrapper {
    pub hdr: Header,
    pub gc: GcHead,
    pub wrap: u32,
    pub get: u64,
    pub set: u64,
}

/// `super()` in a method of `class`, bound to `receiver`.
#[repr(C)]
pub struct SuperObj {
    pub hdr: Header,
    pub gc: GcHead,
    pub class: u64,
    pub receiver: u64,
}

fn new_tracked<T>(o: T) -> u64 {
    let v = alloc_obj(o);
    crate::gc::track(v);
    crate::gc::maybe_collect();
    v
}

fn head(kind: u32) -> (Header, GcHead) {
    (Header { refcount: 1, kind }, GcHead { index: UNTRACKED })
}

/// Whether `v` is an instance of a user class: an `InstanceObj`, or an exception whose
/// class is a user class.
pub fn is_instance_obj(v: u64) -> bool {
    match heap_kind(v) {
        KIND_INSTANCE => true,
        KIND_EXC => exc_user_class(v) != ERR,
        _ => false,
    }
}

pub fn is_class(v: u64) -> bool {
    is_kind(v, KIND_CLASS)
}

pub(crate) fn class_of<'a>(v: u64) -> &'a ClassObj {
    unsafe { obj::<ClassObj>(v) }
}

/// The class of a user-class instance (see [`is_instance_obj`]), borrowed.
pub fn instance_class(v: u64) -> u64 {
    if is_kind(v, KIND_EXC) { exc_user_class(v) } else { unsafe { obj::<InstanceObj>(v) }.class }
}

/// The attribute dict of a user-class instance (borrowed), made if it has none yet.
fn instance_dict(v: u64) -> u64 {
    if is_kind(v, KIND_EXC) {
        return exc_dict(v);
    }
    let o = unsafe { obj_mut::<InstanceObj>(v) };
    if o.dict == ERR {
        o.dict = crate::dict::new_dict();
    }
    o.dict
}

thread_local! {
    /// Bumped whenever a class attribute is stored after class creation: the slots'
    /// `shadowed` flags computed before are stale.
    static CLASS_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// The slot and class-level value of attribute `name` (a str) of `class`, cached per
/// class for immortal names until a class attribute is stored (`CLASS_EPOCH`). Class
/// dicts hold str keys only, so the lookup cannot run user code.
fn attr_info(class: u64, name: u64) -> R<AttrInfo> {
    let epoch = CLASS_EPOCH.with(|e| e.get());
    let c = unsafe { obj_mut::<ClassObj>(class) };
    let at = attr_cache_index(name);
    if c.attr_epoch != epoch || c.attr_cache.is_empty() {
        c.attr_cache.clear();
        c.attr_cache.resize(ATTR_CACHE_SIZE, (0, AttrInfo { slot: None, found: None }));
        c.attr_epoch = epoch;
    } else if c.attr_cache[at].0 == name {
        return Ok(c.attr_cache[at].1);
    }
    let info = AttrInfo { slot: slot_index_uncached(class, name), found: lookup_uncached(class, name)? };
    if unsafe { (*ptr_of(name)).refcount } >= IMMORTAL {
        unsafe { obj_mut::<ClassObj>(class) }.attr_cache[at] = (name, info);
    }
    Ok(info)
}

/// The slot of attribute `name` (a str) in instances of fixed-layout `class`.
fn slot_index(class: u64, name: u64) -> Option<usize> {
    class_of(class).slots.as_ref()?;
    match attr_info(class, name) {
        Ok(info) => info.slot,
        Err(_) => unreachable!("class dicts have str keys"),
    }
}

fn slot_index_uncached(class: u64, name: u64) -> Option<usize> {
    let slots = class_of(class).slots.as_ref()?;
    if let Some(i) = slots.iter().position(|&s| s == name) {
        return Some(i);
    }
    // Names are interned almost everywhere; compare text only when the hashes agree.
    let h = crate::hash::hash(name).ok()?;
    let n = crate::str::as_str(name);
    slots.iter().position(|&s| crate::hash::hash(s).ok() == Some(h) && crate::str::as_str(s) == n)
}

/// Whether a property on the class hides slot `i` (such a property wins over instance
/// attributes, as in CPython).
fn slot_shadowed(class: u64, i: usize) -> R<bool> {
    let epoch = CLASS_EPOCH.with(|e| e.get());
    if class_of(class).shadow_epoch != epoch {
        let slots = class_of(class).slots.clone().unwrap_or_default();
        let mut shadowed = Vec::with_capacity(slots.len());
        for s in slots {
            shadowed.push(lookup(class, s)?.is_some_and(|f| wrapper_of(f).is_some_and(|w| w.wrap == WRAP_PROPERTY)));
        }
        let c = unsafe { obj_mut::<ClassObj>(class) };
        c.shadowed = shadowed;
        c.shadow_epoch = epoch;
    }
    Ok(class_of(class).shadowed[i])
}

/// For an inline cache (`attr_sites`): the class of instance `v` and the slot of `name`
/// when reads and writes of `v.name` go to that slot for every instance of the class
/// (fixed layout, no property hiding it).
pub(crate) fn cacheable_slot(v: u64, name: u64) -> Option<(u64, usize)> {
    if !is_kind(v, KIND_INSTANCE) {
        return None;
    }
    let class = instance_class(v);
    let i = slot_index(class, name)?;
    (!slot_shadowed(class, i).ok()?).then_some((class, i))
}

/// For an inline cache (`attr_sites`): the class of instance `v` and the function that
/// `v.name(n arguments)` calls with the receiver prepended, when that holds for every
/// instance of the class without an overflow dict: `name` is not a slot, the class
/// attribute is a plain function, and it takes exactly `n + 1` positional arguments (so
/// `func::call` would call its entry directly).
pub(crate) fn cacheable_method(v: u64, name: u64, n: usize) -> Option<(u64, u64)> {
    if !is_kind(v, KIND_INSTANCE) {
        return None;
    }
    let class = instance_class(v);
    class_of(class).slots.as_ref()?;
    if slot_index(class, name).is_some() {
        return None;
    }
    let f = lookup(class, name).ok()??;
    (crate::func::is_func(f) && crate::func::takes_exactly(f, n + 1)).then_some((class, f))
}

/// The value of instance attribute `name` (borrowed): its slot or its dict entry.
fn instance_value(v: u64, name: u64) -> R<Option<u64>> {
    if is_kind(v, KIND_INSTANCE) {
        let o = unsafe { obj::<InstanceObj>(v) };
        if let Some(i) = slot_index(o.class, name) {
            return Ok(Some(o.values[i]).filter(|&x| x != ERR));
        }
        if o.dict == ERR {
            return Ok(None);
        }
    }
    crate::dict::get(instance_dict(v), name)
}

/// The class of any value that has one Molt models as a class object: user instances
/// and exceptions (built-in exception classes included).
/// The class object of an instance or exception (user or built-in class).
pub fn class_of_value(v: u64) -> Option<u64> {
    match heap_kind(v) {
        KIND_INSTANCE => Some(instance_class(v)),
        KIND_EXC if exc_user_class(v) != ERR => Some(exc_user_class(v)),
        KIND_EXC => Some(builtin_exception_class(unsafe { obj::<ExcObj>(v) }.kind as usize)),
        _ => None,
    }
}

/// The built-in exception kind of an exception class; -1 for other classes.
pub fn exc_kind_of_class(class: u64) -> i32 {
    class_of(class).exc_kind
}

pub fn is_builtin_class(v: u64) -> bool {
    class_of(v).builtin
}

/// Built-in exception classes that have their own instance layout in CPython (a class
/// cannot derive from two of them unless one derives from the other).
const OWN_LAYOUT: [usize; 5] = [NAME_ERROR, ATTRIBUTE_ERROR, STOP_ITERATION, SYSTEM_EXIT, UNICODE_ERROR];

fn solid_base(mut kind: usize) -> usize {
    loop {
        if OWN_LAYOUT.contains(&kind) {
            return kind;
        }
        match molt_abi::EXCEPTION_KINDS[kind].1 {
            Some(p) => kind = p,
            None => return BASE_EXCEPTION,
        }
    }
}

thread_local! {
    static EXCEPTION_CLASSES: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The class object of built-in exception class `kind` (immortal; made on first use).
pub fn builtin_exception_class(kind: usize) -> u64 {
    if let Some(c) = EXCEPTION_CLASSES.with(|t| t.borrow().get(kind).copied().filter(|&c| c != ERR)) {
        return c;
    }
    let bases: Vec<u64> = molt_abi::EXCEPTION_KINDS[kind].1.map(builtin_exception_class).into_iter().collect();
    let mro: Vec<u64> = bases.iter().flat_map(|&b| std::iter::once(b).chain(class_of(b).mro.iter().copied())).collect();
    let dict = crate::dict::new_dict();
    make_immortal(dict);
    let (hdr, gc) = head(KIND_CLASS);
    let c = alloc_obj(ClassObj { hdr, gc, name: builtin_kind_name(kind), qualname: builtin_kind_name(kind), bases, mro, dict, exc_kind: kind as i32, builtin: true, slots: None, shadowed: vec![], shadow_epoch: 0, attr_cache: Vec::new(), attr_epoch: 0 });
    make_immortal(c);
    EXCEPTION_CLASSES.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() <= kind {
            t.resize(kind + 1, ERR);
        }
        t[kind] = c;
    });
    c
}

/// The class name (`type(x).__name__` of an instance).
pub fn class_name(class: u64) -> &'static str {
    class_of(class).name
}

/// `__qualname__`: where the class statement is (`C`, `Outer.Inner`, `f.<locals>.C`).
pub fn class_qualname(class: u64) -> &'static str {
    class_of(class).qualname
}

/// How CPython names a user class in reprs and argument errors: `__main__.` and the
/// qualified name; built-in classes by name alone.
pub fn class_path(class: u64) -> String {
    if is_builtin_class(class) { class_name(class).to_string() } else { format!("__main__.{}", class_qualname(class)) }
}

/// One leaked copy of each distinct class name (the names come from the program's
/// class statements, so this is bounded by the program text).
fn intern_name(s: &str) -> &'static str {
    thread_local! {
        static NAMES: std::cell::RefCell<std::collections::HashSet<&'static str>> = std::cell::RefCell::new(std::collections::HashSet::new());
    }
    NAMES.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(&n) = t.get(s) {
            return n;
        }
        let n: &'static str = Box::leak(s.to_string().into_boxed_str());
        t.insert(n);
        n
    })
}

pub fn type_name_of_instance(v: u64) -> &'static str {
    class_name(instance_class(v))
}

/// The references an object of these kinds holds (borrowed), for the cycle collector.
pub fn children(v: u64, f: &mut dyn FnMut(u64)) {
    let mut each = |x: u64| {
        if x != ERR {
            f(x)
        }
    };
    match heap_kind(v) {
        KIND_CLASS => {
            let c = class_of(v);
            c.bases.iter().chain(&c.mro).for_each(|&x| each(x));
            each(c.dict);
        }
        KIND_INSTANCE => {
            let o = unsafe { obj::<InstanceObj>(v) };
            each(o.class);
            each(o.dict);
            o.values.iter().for_each(|&x| each(x));
        }
        KIND_METHOD | KIND_BUILTIN_METHOD => {
            let o = unsafe { obj::<BoundMethod>(v) };
            each(o.func);
            each(o.receiver);
        }
        KIND_WRAPPER => {
            let o = unsafe { obj::<Wrapper>(v) };
            each(o.get);
            each(o.set);
        }
        KIND_SUPER => {
            let o = unsafe { obj::<SuperObj>(v) };
            each(o.class);
            each(o.receiver);
        }
        _ => {}
    }
}

/// Takes every reference out of `v` (left holding ERR), for the cycle collector and for
/// deallocation.
pub fn take_refs(v: u64) -> Vec<u64> {
    let mut out = Vec::new();
    let mut take = |x: &mut u64| out.push(std::mem::replace(x, ERR));
    match heap_kind(v) {
        KIND_CLASS => {
            let c = unsafe { obj_mut::<ClassObj>(v) };
            let (bases, mro) = (std::mem::take(&mut c.bases), std::mem::take(&mut c.mro));
            take(&mut c.dict);
            out.extend(bases);
            out.extend(mro);
        }
        KIND_INSTANCE => {
            let o = unsafe { obj_mut::<InstanceObj>(v) };
            take(&mut o.class);
            take(&mut o.dict);
            out.extend(std::mem::take(&mut o.values));
        }
        KIND_METHOD | KIND_BUILTIN_METHOD => {
            let o = unsafe { obj_mut::<BoundMethod>(v) };
            take(&mut o.func);
            take(&mut o.receiver);
        }
        KIND_WRAPPER => {
            let o = unsafe { obj_mut::<Wrapper>(v) };
            take(&mut o.get);
            take(&mut o.set);
        }
        KIND_SUPER => {
            let o = unsafe { obj_mut::<SuperObj>(v) };
            take(&mut o.class);
            take(&mut o.receiver);
        }
        _ => {}
    }
    out.retain(|&x| x != ERR);
    out
}

/// Frees an object of these kinds (called by `dealloc`).
pub fn dealloc(v: u64) {
    crate::gc::untrack(v);
    let refs = take_refs(v);
    let p = ptr_of(v);
    unsafe {
        match heap_kind(v) {
            KIND_CLASS => {
                crate::attr_sites::invalidate_all();
                free_box::<ClassObj>(p)
            }
            KIND_INSTANCE => free_box::<InstanceObj>(p),
            KIND_METHOD | KIND_BUILTIN_METHOD => free_box::<BoundMethod>(p),
            KIND_WRAPPER => free_box::<Wrapper>(p),
            _ => free_box::<SuperObj>(p),
        }
    }
    refs.into_iter().for_each(decref);
}

/// C3 linearization of a class with `bases` (each with its own MRO), or, when no
/// consistent order exists, the heads left in conflict (CPython names them).
fn c3(bases: &[u64]) -> Result<Vec<u64>, Vec<u64>> {
    let mut seqs: Vec<Vec<u64>> = bases
        .iter()
        .map(|&b| std::iter::once(b).chain(class_of(b).mro.iter().copied()).collect())
        .chain([bases.to_vec()])
        .filter(|s: &Vec<u64>| !s.is_empty())
        .collect();
    let mut out = Vec::new();
    while !seqs.is_empty() {
        let Some(head) = seqs.iter().map(|s| s[0]).find(|&h| seqs.iter().all(|s| !s[1..].contains(&h))) else {
            let mut heads: Vec<u64> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };
        out.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
        seqs.retain(|s| !s.is_empty());
    }
    Ok(out)
}

/// Looks `name` up in each class's namespace in turn (borrowed).
fn find_in(classes: &[u64], name: u64) -> R<Option<u64>> {
    for &k in classes {
        if let Some(v) = crate::dict::get(class_of(k).dict, name)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// Looks `name` up along the class's MRO (borrowed).
pub fn lookup(class: u64, name: u64) -> R<Option<u64>> {
    Ok(attr_info(class, name)?.found)
}

fn lookup_uncached(class: u64, name: u64) -> R<Option<u64>> {
    match find_in(&[class], name)? {
        Some(v) => Ok(Some(v)),
        None => find_in(&class_of(class).mro, name),
    }
}

thread_local! {
    /// Special method names as immortal str objects (their hashes cached), so looking one
    /// up allocates nothing.
    static NAMES: std::cell::RefCell<rustc_hash::FxHashMap<String, u64>> = std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

const INTERN_CACHE_SLOTS: usize = 64;

thread_local! {
    /// A direct-mapped cache in front of `NAMES`, keyed by where the name's text is:
    /// callers pass the same literals (special method names) again and again, and hashing
    /// the text cost more than the lookups it served. An entry answers only when its text
    /// equals the name, so an address reused for other text cannot give a wrong answer.
    static INTERN_CACHE: [std::cell::Cell<u64>; INTERN_CACHE_SLOTS] = const { [const { std::cell::Cell::new(0) }; INTERN_CACHE_SLOTS] };
}

/// The interned str object (immortal) for a name.
pub fn interned(name: &str) -> u64 {
    let slot = ((name.as_ptr() as usize >> 3) ^ name.len()) & (INTERN_CACHE_SLOTS - 1);
    let cached = INTERN_CACHE.with(|c| c[slot].get());
    if cached != 0 && crate::str::as_str(cached) == name {
        return cached;
    }
    let v = interned_uncached(name);
    INTERN_CACHE.with(|c| c[slot].set(v));
    v
}

fn interned_uncached(name: &str) -> u64 {
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(&v) = n.get(name) {
            return v;
        }
        let v = crate::str::new_str(name);
        make_immortal(v);
        n.insert(name.to_string(), v);
        v
    })
}

/// Like [`lookup`], with a Rust name (special methods).
pub fn lookup_str(class: u64, name: &str) -> R<Option<u64>> {
    lookup(class, interned(name))
}

/// Whether instances of `class` are instances of `base` (`base` in its MRO).
pub fn is_subclass(class: u64, base: u64) -> bool {
    class == base || class_of(class).mro.contains(&base)
}

fn bound(func: u64, receiver: u64) -> u64 {
    incref(func);
    incref(receiver);
    let (hdr, gc) = head(KIND_METHOD);
    new_tracked(BoundMethod { hdr, gc, func, receiver })
}

/// `x.name` for a method of a built-in type, as a value: calling it calls the method
/// (`func` holds the name, a str).
pub fn builtin_method(receiver: u64, name: u64) -> u64 {
    incref(name);
    incref(receiver);
    let (hdr, gc) = head(KIND_BUILTIN_METHOD);
    new_tracked(BoundMethod { hdr, gc, func: name, receiver })
}

pub fn is_staticmethod(v: u64) -> bool {
    wrapper_of(v).is_some_and(|w| w.wrap == WRAP_STATIC)
}

fn wrapper_of<'a>(v: u64) -> Option<&'a Wrapper> {
    is_kind(v, KIND_WRAPPER).then(|| unsafe { obj::<Wrapper>(v) })
}

/// A class attribute `found`, accessed through an instance (`receiver`, of class
/// `class`) or through the class itself (`receiver` = ERR): functions bind, wrappers
/// unwrap. Owned.
fn bind_attribute(found: u64, receiver: u64, class: u64) -> R<u64> {
    if crate::func::is_func(found) && receiver != ERR {
        return Ok(bound(found, receiver));
    }
    if let Some(w) = wrapper_of(found) {
        return match w.wrap {
            WRAP_STATIC => {
                incref(w.get);
                Ok(w.get)
            }
            WRAP_CLASS => Ok(bound(w.get, class)),
            _ if receiver != ERR => crate::func::call(w.get, &[receiver], &[]),
            _ => {
                incref(found);
                Ok(found)
            }
        };
    }
    incref(found);
    Ok(found)
}

fn no_attribute<T>(v: u64, name: u64) -> R<T> {
    let n = crate::str::as_str(name);
    match heap_kind(v) {
        KIND_CLASS => crate::exc::attribute_error(v, name, &format!("type object '{}' has no attribute '{n}'", class_name(v))),
        _ => crate::exc::attribute_error(v, name, &format!("'{}' object has no attribute '{n}'", type_name(v))),
    }
}

/// `v.name` for instances, classes, super objects and bound methods; None for other
/// kinds (the caller handles them).
pub fn getattr(v: u64, name: u64) -> Option<R<u64>> {
    Some(match heap_kind(v) {
        KIND_INSTANCE => instance_getattr(v, name),
        KIND_EXC if exc_user_class(v) != ERR => instance_getattr(v, name),
        KIND_CLASS => class_getattr(v, name),
        KIND_SUPER => super_getattr(v, name),
        KIND_METHOD => match crate::str::as_str(name) {
            "__self__" => {
                let r = unsafe { obj::<BoundMethod>(v) }.receiver;
                incref(r);
                Ok(r)
            }
            "__func__" => {
                let f = unsafe { obj::<BoundMethod>(v) }.func;
                incref(f);
                Ok(f)
            }
            _ => no_attribute(v, name),
        },
        _ => return None,
    })
}

fn instance_getattr(v: u64, name: u64) -> R<u64> {
    let class = instance_class(v);
    let info = attr_info(class, name)?;
    if is_kind(v, KIND_INSTANCE) {
        // Fixed layout: a set slot that no property hides is the answer.
        if let Some(i) = info.slot {
            let x = unsafe { obj::<InstanceObj>(v) }.values[i];
            if x != ERR && !slot_shadowed(class, i)? {
                incref(x);
                return Ok(x);
            }
        }
    }
    let found = info.found;
    if let Some(f) = found {
        if wrapper_of(f).is_some_and(|w| w.wrap == WRAP_PROPERTY) {
            return bind_attribute(f, v, class);
        }
    }
    if let Some(x) = instance_value(v, name)? {
        incref(x);
        return Ok(x);
    }
    match (found, crate::str::as_str(name)) {
        (Some(f), _) => bind_attribute(f, v, class),
        (None, "__class__") => {
            incref(class);
            Ok(class)
        }
        (None, "__dict__") if class_of(class).slots.is_some() => {
            // The compiler gives no class a fixed layout when the program reads
            // `__dict__` (specs/object-layout.md), so this is not reached.
            unsupported_attribute(v, "__dict__")
        }
        (None, "__dict__") => {
            let dict = instance_dict(v);
            incref(dict);
            Ok(dict)
        }
        (None, n) if is_exc(v) => match exc_attribute(v, n) {
            Some(x) => Ok(x),
            None => no_attribute(v, name),
        },
        _ => no_attribute(v, name),
    }
}

fn class_getattr(v: u64, name: u64) -> R<u64> {
    match lookup(v, name)? {
        Some(f) => bind_attribute(f, ERR, v),
        None => match crate::str::as_str(name) {
            "__name__" => Ok(crate::str::new_str(class_name(v))),
            "__qualname__" => Ok(crate::str::new_str(class_qualname(v))),
            _ => no_attribute(v, name),
        },
    }
}

/// Looks `name` up along the receiver's class's MRO, after `class`.
fn super_lookup(s: &SuperObj, name: u64) -> R<Option<u64>> {
    let start = if is_class(s.receiver) { s.receiver } else { class_of_value(s.receiver).expect("checked by molt_super") };
    if start == s.class {
        return find_in(&class_of(start).mro, name);
    }
    let mro = &class_of(start).mro;
    let after = mro.iter().position(|&c| c == s.class).map_or(mro.len(), |i| i + 1);
    find_in(&mro[after..], name)
}

fn super_getattr(v: u64, name: u64) -> R<u64> {
    let s = unsafe { obj::<SuperObj>(v) };
    match super_lookup(s, name)? {
        Some(f) => {
            let (receiver, class) = if is_class(s.receiver) { (ERR, s.receiver) } else { (s.receiver, class_of_value(s.receiver).expect("checked by molt_super")) };
            bind_attribute(f, receiver, class)
        }
        None => raise(ATTRIBUTE_ERROR, &format!("'super' object has no attribute '{}'", crate::str::as_str(name))),
    }
}

/// `v.name = x` (borrows `x`) for instances and classes; None for other kinds.
pub fn setattr(v: u64, name: u64, x: u64) -> Option<R<()>> {
    Some(match heap_kind(v) {
        KIND_EXC if matches!(crate::str::as_str(name), "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__") => {
            set_exc_attribute(v, crate::str::as_str(name), x)
        }
        KIND_EXC if exc_user_class(v) == ERR => crate::dict::set(exc_dict(v), name, x),
        KIND_INSTANCE | KIND_EXC => (|| {
            let class = instance_class(v);
            let slot = if is_kind(v, KIND_INSTANCE) { slot_index(class, name) } else { None };
            if let Some(i) = slot {
                if !slot_shadowed(class, i)? {
                    incref(x);
                    let old = std::mem::replace(&mut unsafe { obj_mut::<InstanceObj>(v) }.values[i], x);
                    if old != ERR {
                        decref(old);
                    }
                    return Ok(());
                }
            }
            if let Some(f) = lookup(class, name)? {
                if let Some(w) = wrapper_of(f).filter(|w| w.wrap == WRAP_PROPERTY) {
                    if w.set == ERR {
                        return raise(
                            ATTRIBUTE_ERROR,
                            &format!("property '{}' of '{}' object has no setter", crate::str::as_str(name), class_name(class)),
                        );
                    }
                    let r = crate::func::call(w.set, &[v, x], &[])?;
                    decref(r);
                    return Ok(());
                }
            }
            crate::dict::set(instance_dict(v), name, x)
        })(),
        KIND_CLASS => {
            CLASS_EPOCH.with(|e| e.set(e.get() + 1));
            crate::attr_sites::invalidate_all();
            crate::dict::set(class_of(v).dict, name, x)
        }
        _ => return None,
    })
}

/// Calls a class: a new instance, initialised by `__init__` (args borrowed).
pub fn instantiate(class: u64, args: &[u64], kwnames: &[&str]) -> R<u64> {
    let c = class_of(class);
    if c.exc_kind as usize == crate::exc::UNICODE_DECODE_ERROR || c.exc_kind as usize == crate::exc::UNICODE_ENCODE_ERROR {
        // Their constructors check five typed arguments, which Molt does not.
        crate::exc::unsupported_feature(&format!("a call of {}()", class_name(class)));
    }
    let inst = if c.exc_kind >= 0 {
        // BaseException.__new__ keeps the positional arguments as `args`.
        let positional = crate::tuple::new_tuple_borrowed(&args[..args.len() - kwnames.len()]);
        if c.builtin { new_exc_owned_args(c.exc_kind as usize, positional) } else { new_user_exc(c.exc_kind as usize, class, positional) }
    } else {
        // A fixed layout has a value per slot and no dict until one is needed.
        let (dict, values) = match &c.slots {
            Some(slots) => (ERR, vec![ERR; slots.len()]),
            None => (crate::dict::new_dict(), Vec::new()),
        };
        incref(class);
        let (hdr, gc) = head(KIND_INSTANCE);
        new_tracked(InstanceObj { hdr, gc, class, dict, values })
    };
    let init = match lookup_str(class, "__init__") {
        Ok(i) => i,
        Err(e) => {
            decref(inst);
            return Err(e);
        }
    };
    let result = match init {
        Some(init) => call_with_receiver(init, inst, class, args, kwnames).and_then(|r| {
            if r == NONE {
                Ok(())
            } else {
                decref(r);
                type_error(&format!("__init__() should return None, not '{}'", type_name(r)))
            }
        }),
        None if c.exc_kind >= 0 && !kwnames.is_empty() => type_error(&format!("{}() takes no keyword arguments", class_name(class))),
        None if c.exc_kind >= 0 => Ok(()),
        None if !args.is_empty() => type_error(&format!("{}() takes no arguments", class_name(class))),
        None => Ok(()),
    };
    match result {
        Ok(()) => Ok(inst),
        Err(e) => {
            decref(inst);
            Err(e)
        }
    }
}

/// Calls the class attribute `found` as a method of `receiver` (no bound method made
/// for plain functions).
pub fn call_with_receiver(found: u64, receiver: u64, class: u64, args: &[u64], kwnames: &[&str]) -> R<u64> {
    if crate::func::is_func(found) {
        return crate::func::call_with_self(found, receiver, args, kwnames);
    }
    let f = bind_attribute(found, receiver, class)?;
    let r = crate::func::call(f, args, kwnames);
    decref(f);
    r
}

/// `obj.name(args)` on an instance, class or super object (`name` a str); None for
/// other kinds.
pub fn call_method(v: u64, name: u64, args: &[u64], kwnames: &[&str]) -> Option<R<u64>> {
    matches!(heap_kind(v), KIND_INSTANCE | KIND_CLASS | KIND_SUPER).then(|| call_attribute(v, name, args, kwnames))
}

fn call_attribute(v: u64, name: u64, args: &[u64], kwnames: &[&str]) -> R<u64> {
    if is_kind(v, KIND_SUPER) && super_lookup(unsafe { obj::<SuperObj>(v) }, name)?.is_none() {
        if let Some(r) = inherited_builtin_method(unsafe { obj::<SuperObj>(v) }.receiver, crate::str::as_str(name), args, kwnames) {
            return r;
        }
    }
    if is_instance_obj(v) {
        let class = instance_class(v);
        if instance_value(v, name)?.is_none() {
            if let Some(f) = lookup(class, name)? {
                if crate::func::is_func(f) {
                    return call_with_receiver(f, v, class, args, kwnames);
                }
            }
        }
    }
    let f = getattr(v, name).expect("an instance, class or super object")?;
    let r = crate::func::call(f, args, kwnames);
    decref(f);
    r
}

/// `super().name(args)` when no user class after the method's class defines `name`:
/// the methods of `object` and `BaseException` that user classes inherit. None for
/// other names.
fn inherited_builtin_method(receiver: u64, name: &str, args: &[u64], kwnames: &[&str]) -> Option<R<u64>> {
    let exc = is_exc(receiver);
    Some(match name {
        "__init__" if exc => {
            if !kwnames.is_empty() {
                return Some(type_error(&format!("{}() takes no keyword arguments", type_name(receiver))));
            }
            set_exc_args(receiver, crate::tuple::new_tuple_borrowed(args));
            Ok(NONE)
        }
        // object.__init__ takes no arguments.
        "__init__" if !args.is_empty() => type_error("object.__init__() takes exactly one argument (the instance to initialize)"),
        "__init__" => Ok(NONE),
        "__str__" | "__repr__" if !args.is_empty() => type_error(&format!("expected 0 arguments, got {}", args.len())),
        "__str__" if exc => exc_str(receiver).map(crate::str::new_string),
        "__repr__" if exc => exc_repr(receiver).map(crate::str::new_string),
        "__str__" | "__repr__" if is_kind(receiver, KIND_INSTANCE) => Ok(crate::str::new_string(default_repr(receiver))),
        _ => return None,
    })
}

fn default_repr(v: u64) -> String {
    format!("<{} object at {:#x}>", class_path(instance_class(v)), v & PAYLOAD_MASK)
}

/// Calls the special method `name` of instance `v` with `args`; None when its class has
/// none.
pub fn special(v: u64, name: &str, args: &[u64]) -> Option<R<u64>> {
    if !is_instance_obj(v) {
        return None;
    }
    let class = instance_class(v);
    match lookup_str(class, name) {
        Err(e) => Some(Err(e)),
        Ok(None) => None,
        Ok(Some(f)) => Some(call_with_receiver(f, v, class, args, &[])),
    }
}

/// Whether a call of a binary special method answered `NotImplemented`.
pub fn is_not_implemented(v: u64) -> bool {
    v == crate::class::not_implemented()
}

/// `a op b` for comparisons when either side is an instance: the reflected method of the
/// right operand first when its class is a subclass of the left's, then `a.__op__(b)`,
/// then `b.__reflected__(a)`, then identity for `==`/`!=`. Owned result (any value).
pub fn rich_compare(a: u64, b: u64, op: i32) -> Option<R<u64>> {
    if !is_instance_obj(a) && !is_instance_obj(b) {
        return None;
    }
    const NAMES: [(&str, &str); 6] =
        [("__lt__", "__gt__"), ("__le__", "__ge__"), ("__eq__", "__eq__"), ("__ne__", "__ne__"), ("__gt__", "__lt__"), ("__ge__", "__le__")];
    let (name, reflected) = NAMES[op as usize];
    Some((|| {
        if let Some(r) = binary_special(a, b, name, reflected) {
            return r;
        }
        if op == cmp::NE {
            // The default __ne__ inverts __eq__.
            for (x, y) in [(a, b), (b, a)] {
                if let Some(r) = special(x, "__eq__", &[y]) {
                    let r = r?;
                    if !is_not_implemented(r) {
                        let t = crate::ops::truth(r);
                        decref(r);
                        return Ok(box_bool(!t?));
                    }
                }
            }
        }
        match op {
            cmp::EQ => Ok(box_bool(a == b)),
            cmp::NE => Ok(box_bool(a != b)),
            _ => type_error(&format!(
                "'{}' not supported between instances of '{}' and '{}'",
                ["<", "<=", "==", "!=", ">", ">="][op as usize],
                type_name(a),
                type_name(b)
            )),
        }
    })())
}

/// `a op b` for arithmetic when either side is an instance: `a.__op__(b)`, then
/// `b.__rop__(a)`. None when neither answers: the built-in rules apply (sequence
/// repetition's errors).
pub fn binary(a: u64, b: u64, name: &str, reflected: &str) -> Option<R<u64>> {
    if !is_instance_obj(a) && !is_instance_obj(b) {
        return None;
    }
    binary_special(a, b, name, reflected)
}

/// The first answer other than `NotImplemented` of `a.name(b)` and `b.reflected(a)`
/// (the right side first when its class is a proper subclass of the left's).
fn binary_special(a: u64, b: u64, name: &str, reflected: &str) -> Option<R<u64>> {
    let b_first =
        is_instance_obj(a) && is_instance_obj(b) && instance_class(a) != instance_class(b) && is_subclass(instance_class(b), instance_class(a));
    let tries: [(u64, &str, u64); 2] = if b_first { [(b, reflected, a), (a, name, b)] } else { [(a, name, b), (b, reflected, a)] };
    for (x, m, y) in tries {
        if let Some(r) = special(x, m, &[y]) {
            match r {
                Err(e) => return Some(Err(e)),
                Ok(r) if !is_not_implemented(r) => return Some(Ok(r)),
                Ok(_) => {}
            }
        }
    }
    None
}

/// repr() of an instance: `__repr__`, or `<__main__.C object at 0x...>`.
pub fn repr(v: u64) -> R<String> {
    match special(v, "__repr__", &[]) {
        Some(r) => text_result(r?, "__repr__"),
        None if is_exc(v) => exc_repr(v),
        None => Ok(default_repr(v)),
    }
}

/// str() of an instance: `__str__`, else its repr.
pub fn str(v: u64) -> R<String> {
    match special(v, "__str__", &[]) {
        Some(r) => text_result(r?, "__str__"),
        None if is_exc(v) => exc_str(v),
        None => repr(v),
    }
}

fn text_result(r: u64, method: &str) -> R<String> {
    if !is_str(r) {
        let t = type_name(r);
        decref(r);
        return type_error(&format!("{method} returned non-string (type {t})"));
    }
    let s = crate::str::as_str(r).to_string();
    decref(r);
    Ok(s)
}

/// hash() of an instance: `__hash__`; unhashable when the class defines `__eq__` but
/// not `__hash__`; by identity otherwise.
pub fn hash(v: u64) -> R<i64> {
    let class = instance_class(v);
    match lookup_str(class, "__hash__")? {
        Some(h) if h == NONE => type_error(&format!("unhashable type: '{}'", class_name(class))),
        Some(_) => {
            let r = special(v, "__hash__", &[]).expect("looked up")?;
            if !is_int_like(r) {
                decref(r);
                return type_error("__hash__ method should return an integer");
            }
            let h = crate::hash::hash(r);
            decref(r);
            h
        }
        None if lookup_str(class, "__eq__")?.is_some() => type_error(&format!("unhashable type: '{}'", class_name(class))),
        None => Ok(((v & PAYLOAD_MASK) >> 4) as i64),
    }
}

/// len() of an instance: `__len__`, a non-negative int.
pub fn len(v: u64) -> R<u64> {
    match special(v, "__len__", &[]) {
        None => type_error(&format!("object of type '{}' has no len()", type_name(v))),
        Some(r) => {
            let r = r?;
            if !is_int_like(r) {
                let t = type_name(r);
                decref(r);
                return type_error(&format!("'{t}' object cannot be interpreted as an integer"));
            }
            if crate::int::sign(r) < 0 {
                decref(r);
                return value_error("__len__() should return >= 0");
            }
            Ok(r)
        }
    }
}

/// Truth of an instance: `__bool__`, else `__len__() != 0`, else true.
pub fn truth(v: u64) -> R<bool> {
    if let Some(r) = special(v, "__bool__", &[]) {
        let r = r?;
        if tag_of(r) != TAG_BOOL {
            let t = type_name(r);
            decref(r);
            return type_error(&format!("__bool__ should return bool, returned {t}"));
        }
        return Ok(r == TRUE);
    }
    if lookup_str(instance_class(v), "__len__")?.is_some() {
        let n = len(v)?;
        let t = crate::ops::truth(n);
        decref(n);
        return t;
    }
    Ok(true)
}

// ---------------------------------------------------------------------------------------
// Entry points

/// `class name(bases): ...` once its body has filled `ns` (borrowed; the class keeps it
/// as its namespace): the class object. `qualname` is the class's qualified name (its
/// last part the name). `slots` is None for the general instance layout,
/// or the comma-separated attribute names the compiler found its methods storing on
/// `self` (a fixed layout, if every base has one too).
#[unsafe(no_mangle)]
pub extern "C" fn molt_class_new(qualname: u64, ns: u64, slots: u64, bases: *const u64, n: usize) -> u64 {
    let bases: Vec<u64> = if n == 0 || bases.is_null() { vec![] } else { unsafe { std::slice::from_raw_parts(bases, n) }.to_vec() };
    if bases.iter().any(|&b| is_kind(b, KIND_BUILTIN_FUNC) && crate::builtin_value::is_type(b)) {
        crate::exc::unsupported_feature("a class deriving from a built-in type");
    }
    if let Some(b) = bases.iter().find(|&&b| !is_class(b)) {
        return ret(type_error(&format!("bases must be types, not '{}'", type_name(*b))));
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].contains(b) {
            return ret(type_error(&format!("duplicate base class {}", class_name(*b))));
        }
    }
    let mro = match c3(&bases) {
        Ok(m) => m,
        Err(heads) => {
            let names: Vec<&str> = heads.iter().map(|&b| class_name(b)).collect();
            return ret(type_error(&format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))));
        }
    };
    let exc_kind = mro.iter().map(|&c| class_of(c).exc_kind).find(|&k| k >= 0).unwrap_or(-1);
    if exc_kind >= 0 {
        // Like CPython's best_base: the bases' instance layouts must form one chain.
        let solids: Vec<usize> = bases.iter().map(|&b| class_of(b).exc_kind).filter(|&k| k >= 0).map(|k| solid_base(k as usize)).collect();
        if !solids.iter().any(|&s| solids.iter().all(|&o| kind_is_subclass(s, o))) {
            return ret(type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let slots = if slots == NONE || exc_kind >= 0 || mro.iter().any(|&c| class_of(c).slots.is_none()) {
        None
    } else {
        let mut all: Vec<u64> = Vec::new();
        let own = crate::str::as_str(slots).split(',').filter(|s| !s.is_empty()).map(interned);
        for s in mro.iter().rev().flat_map(|&c| class_of(c).slots.clone().unwrap_or_default()).chain(own) {
            if !all.contains(&s) {
                all.push(s);
            }
        }
        Some(all)
    };
    bases.iter().chain(&mro).for_each(|&b| incref(b));
    incref(ns);
    let dict = ns;
    let qualname = intern_name(crate::str::as_str(qualname));
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    let (hdr, gc) = head(KIND_CLASS);
    new_tracked(ClassObj { hdr, gc, name, qualname, bases, mro, dict, exc_kind, builtin: false, slots, shadowed: vec![], shadow_epoch: 0, attr_cache: Vec::new(), attr_epoch: 0 })
}

/// `obj.name = value` (borrows both); -1 with an exception set on failure.
#[unsafe(no_mangle)]
pub extern "C" fn molt_setattr(v: u64, name: u64, x: u64) -> i32 {
    let r = match setattr(v, name, x) {
        Some(r) => r,
        None => {
            let n = crate::str::as_str(name);
            if is_kind(v, KIND_BUILTIN_FUNC) && crate::builtin_value::is_type(v) {
                type_error(&format!("cannot set '{n}' attribute of immutable type '{}'", crate::builtin_value::name(v)))
            } else if is_exc(v) {
                raise(ATTRIBUTE_ERROR, &format!("'{}' object attribute '{n}' is read-only", type_name(v)))
            } else {
                raise(ATTRIBUTE_ERROR, &format!("'{}' object has no attribute '{n}'", type_name(v)))
            }
        }
    };
    if r.is_ok() { 0 } else { -1 }
}

/// `super()` in a method of `class` whose first parameter is `receiver` (borrowed).
#[unsafe(no_mangle)]
pub extern "C" fn molt_super(class: u64, receiver: u64) -> u64 {
    let ok = is_class(class)
        && (class_of_value(receiver).is_some_and(|c| is_subclass(c, class)) || (is_class(receiver) && is_subclass(receiver, class)));
    if !ok {
        return ret(type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    incref(class);
    incref(receiver);
    let (hdr, gc) = head(KIND_SUPER);
    new_tracked(SuperObj { hdr, gc, class, receiver })
}

/// `staticmethod(f)`, `classmethod(f)` or `property(f)` (f borrowed).
#[unsafe(no_mangle)]
pub extern "C" fn molt_wrap_method(wrap: i32, f: u64) -> u64 {
    incref(f);
    let (hdr, gc) = head(KIND_WRAPPER);
    new_tracked(Wrapper { hdr, gc, wrap: wrap as u32, get: f, set: ERR })
}

/// `@name.setter`: a new property with `prop`'s getter and setter `f` (borrowed).
#[unsafe(no_mangle)]
pub extern "C" fn molt_property_setter(prop: u64, f: u64) -> u64 {
    let Some(w) = wrapper_of(prop).filter(|w| w.wrap == WRAP_PROPERTY) else {
        return ret(raise(ATTRIBUTE_ERROR, &format!("'{}' object has no attribute 'setter'", type_name(prop))));
    };
    incref(w.get);
    incref(f);
    let (hdr, gc) = head(KIND_WRAPPER);
    new_tracked(Wrapper { hdr, gc, wrap: WRAP_PROPERTY, get: w.get, set: f })
}

/// `isinstance(v, class)` for a user class (borrowed); a bool.
#[unsafe(no_mangle)]
pub extern "C" fn molt_isinstance_class(v: u64, class: u64) -> u64 {
    if is_tuple(class) {
        for &c in crate::tuple::items(class) {
            let r = molt_isinstance_class(v, c);
            if r != FALSE {
                return r;
            }
        }
        return FALSE;
    }
    if is_kind(class, KIND_BUILTIN_FUNC) && crate::builtin_value::is_type(class) {
        return box_bool(crate::builtin_value::isinstance(v, class));
    }
    if !is_class(class) {
        return ret(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    box_bool(class_of_value(v).is_some_and(|c| is_subclass(c, class)))
}

/// `type(manager).__enter__` (`exit` 0) or `.__exit__` (1) bound to `manager`
/// (borrowed), for a `with` statement.
#[unsafe(no_mangle)]
pub extern "C" fn molt_context_method(manager: u64, exit: i32) -> u64 {
    let name = if exit != 0 { "__exit__" } else { "__enter__" };
    let found = if is_instance_obj(manager) {
        let class = instance_class(manager);
        match lookup_str(class, name) {
            Ok(f) => f.map(|f| (f, class)),
            Err(Raised) => return ERR,
        }
    } else {
        None
    };
    match found {
        Some((f, class)) => ret(bind_attribute(f, manager, class)),
        None => {
            let missed = if exit != 0 { " (missed __exit__ method)" } else { "" };
            ret(type_error(&format!("'{}' object does not support the context manager protocol{missed}", type_name(manager))))
        }
    }
}

/// `type(v)` (owned): a class object, or a builtin type value (`reflect.rs`).
#[unsafe(no_mangle)]
pub extern "C" fn molt_type_of(v: u64) -> u64 {
    crate::reflect::type_of(v)
}

/// The class object of built-in exception class `kind` (immortal).
#[unsafe(no_mangle)]
pub extern "C" fn molt_exc_class(kind: i32) -> u64 {
    builtin_exception_class(kind as usize)
}

/// Whether exception `exc` matches the `except` clause class (or tuple of classes)
/// `classes` (borrowed): 1 or 0, or -1 with TypeError set when a class is not an
/// exception class.
#[unsafe(no_mangle)]
pub extern "C" fn molt_exc_matches_value(exc: u64, classes: u64) -> i32 {
    let items: &[u64] = if is_tuple(classes) { crate::tuple::items(classes) } else { std::slice::from_ref(&classes) };
    if items.iter().any(|&c| !is_class(c) || class_of(c).exc_kind < 0) {
        let _ = type_error::<()>("catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    let class = class_of_value(exc).expect("an exception");
    items.iter().any(|&c| is_subclass(class, c)) as i32
}

/// `isinstance(v, (builtin types..., user classes...))`: `spec` lists the built-in ones
/// (see `molt_isinstance`), `classes` the user classes (borrowed).
#[unsafe(no_mangle)]
pub extern "C" fn molt_isinstance_classes(v: u64, spec: u64, classes: *const u64, n: usize) -> u64 {
    let classes: &[u64] = if n == 0 || classes.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(classes, n) } };
    if crate::builtins::isinstance(v, crate::str::as_str(spec)) {
        return TRUE;
    }
    for &c in classes {
        let r = molt_isinstance_class(v, c);
        if r != FALSE {
            return r;
        }
    }
    FALSE
}

thread_local! {
    static NOT_IMPLEMENTED: u64 = {
        let v = alloc_obj(Header { refcount: 1, kind: KIND_NOT_IMPLEMENTED });
        make_immortal(v);
        v
    };
}

thread_local! {
    static TRACEBACK: u64 = {
        let v = alloc_obj(Header { refcount: 1, kind: KIND_TRACEBACK });
        make_immortal(v);
        v
    };
}

/// The traceback passed to `__exit__` for exception `exc`: Molt has no traceback
/// objects, so this is a stand-in that is not None and whose every attribute is
/// unsupported (reading one stops the program, see `exc::unsupported_attribute`).
#[unsafe(no_mangle)]
pub extern "C" fn molt_traceback_of(_exc: u64) -> u64 {
    TRACEBACK.with(|v| *v)
}

/// The `NotImplemented` singleton (an immortal marker object).
pub fn not_implemented() -> u64 {
    NOT_IMPLEMENTED.with(|v| *v)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_not_implemented() -> u64 {
    not_implemented()
}
