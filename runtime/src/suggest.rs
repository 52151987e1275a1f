//! "Did you mean" suggestions on the last line of an uncaught NameError or AttributeError
//! traceback, as CPython 3.11 prints them: the closest candidate by a Levenshtein distance
//! in which a case flip costs 1 and any other edit 2, accepted when at most about a third
//! of the characters change. Candidates are tried in CPython's order (an attribute: the
//! sorted `dir()` of the object; a name: the frame's local variables, then the module's
//! globals in the order they were bound, then the builtins), an earlier one winning ties.

use crate::object::*;
use crate::exc::is_exc;
use molt_abi::*;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) { CASE_COST } else { MOVE_COST }
}

/// The edit distance of `a` and `b` (UTF-8 bytes), or `max_cost + 1` once it must exceed
/// `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the distance matrix: row[i] is the distance of b[..j] and a[..i + 1].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (i, &x) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, x);
            diagonal = row[i];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough.
pub fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// What `object` has for every instance and class (`dir(object())` less `__dict__`,
/// `__module__` and `__weakref__`, which user classes add).
const OBJECT_ATTRS: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];
const USER_CLASS_ATTRS: &[&str] = &["__dict__", "__module__", "__weakref__"];
const EXCEPTION_ATTRS: &[&str] = &["__cause__", "__context__", "__setstate__", "__suppress_context__", "__traceback__", "add_note", "args", "with_traceback"];

/// `dir(v)` for the suggestion of a missing attribute of `v`: sorted names.
fn dir(v: u64) -> Vec<String> {
    let mut names: Vec<String> = OBJECT_ATTRS.iter().map(|s| s.to_string()).collect();
    let add_dict = |names: &mut Vec<String>, d: u64| {
        if d != ERR && crate::dict::is_dict(d) {
            names.extend(crate::dict::live(d).filter(|e| is_str(e.key)).map(|e| crate::str::as_str(e.key).to_string()));
        }
    };
    let class = if is_kind(v, KIND_CLASS) { Some(v) } else { crate::class::class_of_value(v) };
    if is_exc(v) || class.is_some_and(|c| crate::class::exc_kind_of_class(c) >= 0) {
        names.extend(EXCEPTION_ATTRS.iter().map(|s| s.to_string()));
    }
    if let Some(c) = class {
        if !crate::class::is_builtin_class(c) {
            names.extend(USER_CLASS_ATTRS.iter().map(|s| s.to_string()));
        }
        for k in std::iter::once(c).chain(crate::class::class_of(c).mro.iter().copied()) {
            add_dict(&mut names, crate::class::class_of(k).dict);
        }
    }
    if is_kind(v, KIND_INSTANCE) {
        let inst = unsafe { obj::<crate::class::InstanceObj>(v) };
        if let Some(slots) = &crate::class::class_of(inst.class).slots {
            names.extend(slots.iter().zip(&inst.values).filter(|(_, x)| **x != ERR).map(|(s, _)| crate::str::as_str(*s).to_string()));
        }
        add_dict(&mut names, inst.dict);
    } else if is_exc(v) {
        add_dict(&mut names, unsafe { obj::<crate::exc::ExcObj>(v) }.dict);
    } else if class.is_none() {
        let t = type_name(v);
        if let Some((_, attrs)) = BUILTIN_TYPE_ATTRS.iter().find(|(ty, _)| *ty == t) {
            names.extend(attrs.iter().map(|s| s.to_string()));
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The suggestion for `v.name` missing.
pub fn for_attribute(v: u64, name: &str) -> Option<String> {
    let names = dir(v);
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    closest(name, &refs).map(str::to_string)
}

/// The suggestion for global or builtin `name` missing in a frame whose scope is `scope`:
/// `locals|global=slot,...` (the frame's local variables, comma-separated, then the
/// module's globals with their slots in `globals`, whose bound ones are candidates).
pub fn for_name(name: &str, scope: &str, globals: *const u64) -> Option<String> {
    let (locals, module) = scope.split_once('|').unwrap_or((scope, ""));
    let locals: Vec<&str> = locals.split(',').filter(|s| !s.is_empty()).collect();
    if let Some(s) = closest(name, &locals) {
        return Some(s.to_string());
    }
    let mut bound: Vec<&str> = vec!["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"];
    for entry in module.split(',').filter(|s| !s.is_empty()) {
        let Some((g, slot)) = entry.split_once('=') else { continue };
        let Ok(slot) = slot.parse::<usize>() else { continue };
        if !globals.is_null() && unsafe { *globals.add(slot) } != ERR {
            bound.push(g);
        }
    }
    if let Some(s) = closest(name, &bound) {
        return Some(s.to_string());
    }
    closest(name, crate::builtin_names::BUILTIN_NAMES).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_choices() {
        assert_eq!(distance(b"value", b"valeu", 100), 4);
        assert_eq!(distance(b"Value", b"value", 100), 1);
        assert_eq!(closest("apend", &["append", "extend"]), Some("append"));
        assert_eq!(closest("value", &["False"]), Some("False"));
        assert_eq!(closest("xyz", &["append"]), None);
    }
}
