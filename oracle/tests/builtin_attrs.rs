//! The compiler's table of CPython's built-in type attributes (`molt_abi::BUILTIN_TYPE_ATTRS`)
//! must match CPython's `dir()`: it decides which method calls are rejected, so a stale
//! table could let an unimplemented method through as a run-time AttributeError.

#[test]
fn builtin_type_attrs_match_cpython() {
    let python = molt_oracle::resolve_python("python3").expect("python3 is installed");
    for (ty, attrs) in molt_abi::BUILTIN_TYPE_ATTRS {
        let expr = match *ty {
            "NoneType" => "type(None)".to_string(),
            "dict_keys" => "type({}.keys())".to_string(),
            "dict_values" => "type({}.values())".to_string(),
            "dict_items" => "type({}.items())".to_string(),
            "TextIOWrapper" => "__import__('sys').stdout".to_string(),
            "generator" => "type((lambda: (yield))())".to_string(),
            t => t.to_string(),
        };
        let code = format!("print(' '.join(a for a in dir({expr}) if not a.startswith('_')))");
        let out = duct::cmd(&python, ["-c", &code]).read().expect("python runs");
        let cpython: Vec<&str> = out.split_whitespace().collect();
        assert_eq!(cpython, attrs.to_vec(), "dir({ty}) differs from BUILTIN_TYPE_ATTRS");
    }
    for (ty, methods) in molt_abi::IMPLEMENTED_METHODS {
        for m in *methods {
            assert!(molt_abi::cpython_has_attr(ty, m), "{ty}.{m} is implemented but CPython has no such method");
        }
    }
}
