//! Stage 1b, short import names: the wasm's imports renamed `a`, `b`, … in the wasm and in its JS
//! glue, where wasm-bindgen names each one after its function and a 16-digit hash
//! (`__wbg_setAttribute_5a1e…`). The hashes make those names about 10 KB that brotli can hardly
//! shrink, written twice (in the wasm's import section and as the keys of the glue's import
//! object); short names save about 2 KB of each download.
//!
//! The files keep the names Trunk gave them: a name's hash stands for the content Trunk built, and
//! the rewrite is a pure function of that content, so a name still changes whenever the bytes do.
//! The glue must have each import exactly once as a key (`name: function(`) and nowhere else, or
//! the build stops: a glue from a wasm-bindgen that writes imports differently is reported, never
//! half renamed.

use std::ops::Range;

use wasm_encoder::{EntityType, ImportSection, RawSection};
use wasmparser::{Parser, Payload, TypeRef};

use crate::pipeline::dist::Dist;

/// The module name every import gets in place of wasm-bindgen's `./<crate>_bg.js`.
const MODULE: &str = "w";

pub fn shorten(dist: &Dist) -> Result<(), String> {
    let wasm_path = dist.dir.join(&dist.wasm);
    let glue_path = dist.dir.join(&dist.glue);
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let glue =
        std::fs::read_to_string(&glue_path).map_err(|e| format!("{}: {e}", glue_path.display()))?;
    let (wasm, glue) = shorten_imports(&wasm, &glue).map_err(|e| format!("{}: {e}", dist.wasm))?;
    std::fs::write(&wasm_path, wasm).map_err(|e| e.to_string())?;
    std::fs::write(&glue_path, glue).map_err(|e| e.to_string())
}

/// The `index`th short name: `a` … `z`, `A` … `Z`, then `aa`, `ab`, … (valid JS identifiers, and
/// none of them `__proto__`, which the glue's import object also names).
fn short_name(mut index: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[index % LETTERS.len()]);
        index /= LETTERS.len();
        if index == 0 {
            break;
        }
        index -= 1;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// The wasm with its imports renamed, and the glue with the same names.
pub fn shorten_imports(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let mut sections: Vec<(u8, Range<usize>)> = Vec::new();
    let mut renamed = ImportSection::new();
    let mut glue = glue.to_owned();
    let mut modules: Vec<String> = Vec::new();
    let mut import_section = None;
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| e.to_string())?;
        if let Payload::ImportSection(reader) = &payload {
            import_section = Some(sections.len());
            for (index, import) in reader.clone().into_imports().enumerate() {
                let import = import.map_err(|e| e.to_string())?;
                let TypeRef::Func(type_index) = import.ty else {
                    return Err(format!("import {} is not a function", import.name));
                };
                let short = short_name(index);
                let key = format!("{}: function(", import.name);
                if glue.matches(import.name).count() != 1 || !glue.contains(&key) {
                    return Err(format!(
                        "the glue does not have import {} exactly once, as `{key}`",
                        import.name
                    ));
                }
                glue = glue.replacen(&key, &format!("{short}: function("), 1);
                renamed.import(MODULE, &short, EntityType::Function(type_index));
                if !modules.iter().any(|module| module == import.module) {
                    modules.push(import.module.to_owned());
                }
            }
        }
        if let Some((id, range)) = payload.as_section() {
            sections.push((id, range.start as usize..range.end as usize));
        }
    }
    let Some(import_section) = import_section else {
        return Err("the wasm has no import section".into());
    };
    for module in &modules {
        let key = format!("\"{module}\": import");
        if glue.matches(module.as_str()).count() != 1 || !glue.contains(&key) {
            return Err(format!(
                "the glue does not name module {module} exactly once, as `{key}…`"
            ));
        }
        glue = glue.replacen(&key, &format!("\"{MODULE}\": import"), 1);
    }
    if modules.len() > 1 {
        return Err(format!(
            "imports from {} modules ({}); one short module name cannot stand for them",
            modules.len(),
            modules.join(", ")
        ));
    }
    let mut module = wasm_encoder::Module::new();
    for (at, (id, range)) in sections.into_iter().enumerate() {
        if at == import_section {
            module.section(&renamed);
        } else {
            module.section(&RawSection {
                id,
                data: &wasm[range],
            });
        }
    }
    Ok((module.finish(), glue))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CodeSection, Function, FunctionSection, Instruction, TypeSection};

    /// A module importing `names` from `./app_bg.js`, each a `() -> ()`, with a function calling
    /// the last one, so a test can see the section after the imports survive the rewrite.
    fn module(names: &[&str]) -> Vec<u8> {
        let mut module = wasm_encoder::Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut imports = ImportSection::new();
        for name in names {
            imports.import("./app_bg.js", name, EntityType::Function(0));
        }
        module.section(&imports);
        let mut functions = FunctionSection::new();
        functions.function(0);
        module.section(&functions);
        let mut code = CodeSection::new();
        let mut body = Function::new([]);
        body.instruction(&Instruction::Call(names.len() as u32 - 1));
        body.instruction(&Instruction::End);
        code.function(&body);
        module.section(&code);
        module.finish()
    }

    fn glue(names: &[&str]) -> String {
        let keys: String = names
            .iter()
            .map(|name| format!("        {name}: function(arg0) {{ return arg0; }},\n"))
            .collect();
        format!("function imports() {{\n    const import0 = {{\n        __proto__: null,\n{keys}    }};\n    return {{ __proto__: null, \"./app_bg.js\": import0 }};\n}}\n")
    }

    fn imports_of(wasm: &[u8]) -> Vec<(String, String)> {
        let mut found = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                for import in reader.into_imports() {
                    let import = import.unwrap();
                    found.push((import.module.to_owned(), import.name.to_owned()));
                }
            }
        }
        found
    }

    #[test]
    fn short_names_run_through_the_letters_then_pairs() {
        let names: Vec<String> = [0, 1, 25, 26, 51, 52, 53, 52 + 52 * 52]
            .into_iter()
            .map(short_name)
            .collect();
        assert_eq!(names, ["a", "b", "z", "A", "Z", "aa", "ab", "aaa"]);
    }

    #[test]
    fn imports_are_renamed_alike_in_the_wasm_and_the_glue() {
        let names = [
            "__wbg_setAttribute_5a1e0f2c9b3d4e6f",
            "__wbindgen_throw_4c88d8bf264fd984",
        ];
        let (wasm, glue) = shorten_imports(&module(&names), &glue(&names)).unwrap();
        assert_eq!(
            imports_of(&wasm),
            [
                ("w".to_owned(), "a".to_owned()),
                ("w".to_owned(), "b".to_owned())
            ]
        );
        assert!(glue.contains("        a: function(arg0)"), "{glue}");
        assert!(glue.contains("        b: function(arg0)"), "{glue}");
        assert!(glue.contains("\"w\": import0"), "{glue}");
        assert!(
            !glue.contains("__wbg_setAttribute") && !glue.contains("app_bg"),
            "{glue}"
        );
        // The rest of the module is as it was: it still validates, function and call included.
        wasmparser::Validator::new().validate_all(&wasm).unwrap();
        assert!(wasm.len() < module(&names).len());
    }

    #[test]
    fn a_glue_that_names_an_import_elsewhere_or_not_at_all_stops_the_build() {
        let names = ["__wbg_log_0123456789abcdef"];
        let twice = format!("{}// see __wbg_log_0123456789abcdef\n", glue(&names));
        assert!(shorten_imports(&module(&names), &twice)
            .unwrap_err()
            .contains("exactly once"));
        let other = glue(&["__wbg_warn_0123456789abcdef"]);
        assert!(shorten_imports(&module(&names), &other)
            .unwrap_err()
            .contains("__wbg_log_0123456789abcdef"));
    }
}
