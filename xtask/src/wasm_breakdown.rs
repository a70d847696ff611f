//! What the wasm is made of, for `cargo xtask bench`: the bytes of each function body put with
//! the crate its (demangled) name belongs to, the data segments (string constants and tables),
//! and the rest of the module. It reads cargo's own output, before wasm-bindgen and wasm-opt,
//! because only that still has the function names; the shares, not the totals, carry over to the
//! shipped file.

use std::collections::BTreeMap;
use std::path::Path;

use wasmparser::{KnownCustom, Name, Parser, Payload};

/// One row: what it is, and its bytes.
pub type Part = (String, usize);

/// The `count` largest function bodies, by demangled name (for `cargo xtask size --top N`).
pub fn largest_functions(path: &Path, count: usize) -> Result<Vec<Part>, String> {
    let module = read(path)?;
    let mut rows: Vec<Part> = module
        .bodies
        .iter()
        .enumerate()
        .map(|(index, size)| {
            let name = module
                .names
                .get(&(module.imported_functions + index as u32))
                .map(String::as_str)
                .unwrap_or("?");
            (format!("{:#}", rustc_demangle::demangle(name)), *size)
        })
        .collect();
    rows.sort_by_key(|row| std::cmp::Reverse(row.1));
    rows.truncate(count);
    Ok(rows)
}

struct Module {
    bytes: usize,
    imported_functions: u32,
    bodies: Vec<usize>,
    names: BTreeMap<u32, String>,
    data: usize,
    custom: usize,
}

fn read(path: &Path) -> Result<Module, String> {
    let bytes =
        std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let mut module = Module {
        bytes: bytes.len(),
        imported_functions: 0,
        bodies: Vec::new(),
        names: BTreeMap::new(),
        data: 0,
        custom: 0,
    };
    for payload in Parser::new(0).parse_all(&bytes) {
        match payload.map_err(|error| format!("{}: {error}", path.display()))? {
            Payload::ImportSection(imports) => {
                for import in imports.into_imports() {
                    let import = import.map_err(|error| error.to_string())?;
                    if matches!(import.ty, wasmparser::TypeRef::Func(_)) {
                        module.imported_functions += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => module
                .bodies
                .push((body.range().end - body.range().start) as usize),
            Payload::DataSection(segments) => {
                for segment in segments {
                    module.data += segment.map_err(|error| error.to_string())?.data.len();
                }
            }
            Payload::CustomSection(section) => {
                // Names, producers, debug info: what the shipped file does not carry.
                module.custom += (section.range().end - section.range().start) as usize;
                if let KnownCustom::Name(reader) = section.as_known() {
                    for subsection in reader {
                        if let Ok(Name::Function(map)) = subsection {
                            for naming in map.into_iter().flatten() {
                                module.names.insert(naming.index, naming.name.to_owned());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if module.names.is_empty() {
        return Err(format!("{} has no function names", path.display()));
    }
    Ok(module)
}

/// The breakdown of the module at `path`, largest part first. Custom sections (the names this
/// reads, producers, debug info) are left out: the shipped file has none.
pub fn breakdown(path: &Path) -> Result<Vec<Part>, String> {
    let module = read(path)?;
    let mut parts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (index, size) in module.bodies.iter().enumerate() {
        let name = module
            .names
            .get(&(module.imported_functions + index as u32))
            .map(String::as_str)
            .unwrap_or("");
        *parts.entry(owner(name)).or_default() += size;
    }
    *parts.entry("data (strings and tables)").or_default() += module.data;
    let counted: usize = parts.values().sum();
    let rest = module.bytes.saturating_sub(counted + module.custom);
    *parts
        .entry("module structure (types, imports, exports, tables)")
        .or_default() += rest;
    let mut rows: Vec<Part> = parts
        .into_iter()
        .map(|(part, size)| (part.to_owned(), size))
        .collect();
    rows.sort_by_key(|row| std::cmp::Reverse(row.1));
    Ok(rows)
}

/// The part a function belongs to, by its demangled name. A generic function keeps the name of
/// where it is defined, so Yew's lifecycle code compiled once for each of our components counts as
/// Yew's; a trait impl of ours (`<r1_explainer::X as yew::BaseComponent>::…`) counts as ours.
fn owner(mangled: &str) -> &'static str {
    let name = format!("{:#}", rustc_demangle::demangle(mangled));
    let name = name.trim_start_matches('<').trim_start_matches('&');
    let crate_name = name.split("::").next().unwrap_or("");
    match crate_name {
        "r1_explainer" => "our code",
        "yew" | "yew_macro" | "implicit_clone" | "prokio" | "slab" | "indexmap" | "hashbrown"
        | "bincode" | "tracing" | "pin_project" | "futures" | "futures_util" | "futures_core"
        | "futures_channel" => "yew and its dependencies (their generics included)",
        "core" | "alloc" | "std" | "compiler_builtins" | "dlmalloc" | "panic_abort" => {
            "std, core and alloc"
        }
        "wasm_bindgen"
        | "js_sys"
        | "web_sys"
        | "wasm_bindgen_futures"
        | "gloo"
        | "gloo_events"
        | "gloo_timers"
        | "gloo_utils"
        | "console_error_panic_hook" => "wasm-bindgen, web-sys, js-sys, gloo",
        "serde" | "serde_wasm_bindgen" => "serde and serde-wasm-bindgen",
        _ if crate_name.starts_with("__wbindgen") || crate_name.starts_with("__wbg") => {
            "wasm-bindgen, web-sys, js-sys, gloo"
        }
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::owner;

    #[test]
    fn functions_go_with_their_crate() {
        assert_eq!(
            owner("_ZN4core3fmt9Formatter3pad17h0123456789abcdefE"),
            "std, core and alloc"
        );
        assert_eq!(
            owner("_ZN12r1_explainer5model6format5money17h0123456789abcdefE"),
            "our code"
        );
        assert_eq!(
            owner("_ZN3yew3dom6render17h0123456789abcdefE"),
            "yew and its dependencies (their generics included)"
        );
        assert_eq!(
            owner("__wbindgen_malloc"),
            "wasm-bindgen, web-sys, js-sys, gloo"
        );
        assert_eq!(owner("memcpy"), "other");
    }
}
