//! No module imports a module that imports it back: the module graphs of xtask/src and of the
//! site's src/ are read from their `mod`, `use` and path expressions and must have no cycle. And
//! the site's modules import only down the layers ARCHITECTURE.md lists.
//!
//! A module is a file, found from the crate root by its `mod name;` declarations (test modules
//! left out, as they import what they test). An edge is any path in a file's code, outside
//! comments, strings and `#[cfg(test)]` blocks, that starts with `crate::`, `super::`, `self::` or
//! a child module's name, leading to the longest module that path names: `crate::pipeline::Dist`
//! is an import of pipeline/mod.rs, `crate::pipeline::dist::Dist` one of pipeline/dist.rs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModulePath = Vec<String>;

struct Module {
    file: PathBuf,
    /// The code with comments, strings and test blocks blanked out.
    code: String,
    /// The modules declared in this file (`mod name;`).
    children: Vec<String>,
}

/// Every module of the crate whose root file is `root` (main.rs or lib.rs).
fn modules(root: &Path) -> BTreeMap<ModulePath, Module> {
    let mut out = BTreeMap::new();
    let mut pending = vec![(Vec::new(), root.to_path_buf())];
    while let Some((path, file)) = pending.pop() {
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", file.display()));
        let code = without_tests(&code_only(&text));
        let children = declared_modules(&code);
        // Children of `a.rs` live in `a/`; of `mod.rs`, `main.rs` or `lib.rs`, beside it.
        let stem = file
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or_default();
        let folder = if path.is_empty() || stem == "mod" {
            file.parent().unwrap().to_path_buf()
        } else {
            file.with_extension("")
        };
        for child in &children {
            let flat = folder.join(format!("{child}.rs"));
            let nested = folder.join(child).join("mod.rs");
            let child_file = if flat.is_file() { flat } else { nested };
            assert!(
                child_file.is_file(),
                "{} declares `mod {child};` but neither {child}.rs nor {child}/mod.rs is in {}",
                file.display(),
                folder.display()
            );
            let mut child_path = path.clone();
            child_path.push(child.clone());
            pending.push((child_path, child_file));
        }
        out.insert(
            path,
            Module {
                file,
                code,
                children,
            },
        );
    }
    out
}

/// `text` with comments, string and character literals replaced by spaces (so a path written in
/// a doc comment or an `include_str!` is no import), lifetimes kept.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let rest = &chars[i..];
        if rest.starts_with(&['/', '/']) {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if rest.starts_with(&['/', '*']) {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i..].starts_with(&['/', '*']) {
                    depth += 1;
                    i += 2;
                } else if chars[i..].starts_with(&['*', '/']) {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if chars[i] == 'r'
            && (i == 0 || !is_ident(chars[i - 1]))
            && rest.iter().skip(1).take_while(|&&c| c == '#').count() + 1 < rest.len()
            && rest[1 + rest.iter().skip(1).take_while(|&&c| c == '#').count()] == '"'
        {
            let hashes = rest.iter().skip(1).take_while(|&&c| c == '#').count();
            i += hashes + 2;
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            while i < chars.len() && !chars[i..].starts_with(&close) {
                i += 1;
            }
            i += close.len();
            out.push_str("\"\"");
        } else if chars[i] == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if chars[i] == '\'' {
            // A character literal ('x', '\n', '\u{1F600}') or a lifetime ('a).
            if rest.get(1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            } else if rest.get(2) == Some(&'\'') {
                i += 3;
                out.push_str("' '");
            } else {
                out.push('\'');
                i += 1;
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `code` without `#[cfg(test)]` items (`mod tests { … }` and `mod tests;`).
fn without_tests(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = match (after.find(';'), after.find('{')) {
            (Some(semicolon), Some(brace)) if semicolon < brace => semicolon + 1,
            (_, Some(brace)) => {
                let mut depth = 0;
                let mut end = after.len();
                for (offset, c) in after[brace..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = brace + offset + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (Some(semicolon), None) => semicolon + 1,
            (None, None) => after.len(),
        };
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The names of `mod name;` declarations (not inline `mod name { … }` blocks). A module with a
/// `#[path = "…"]` is a file of the other crate compiled here as it stands (xtask's site.rs reads
/// src/model/edition_files.rs), which imports nothing: no node of this graph.
fn declared_modules(code: &str) -> Vec<String> {
    let words = tokens(code);
    let mut out = Vec::new();
    for (at, window) in words.windows(3).enumerate() {
        let path_attribute = at >= 7 && words[at - 7..at].join(" ") == "# [ path = \" \" ]";
        if window[0] == "mod"
            && window[2] == ";"
            && window[1].chars().all(is_ident)
            && !path_attribute
        {
            out.push(window[1].clone());
        }
    }
    out
}

/// Identifiers, `::` and single punctuation characters, in order.
fn tokens(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if is_ident(c) {
            let start = i;
            while i < chars.len() && is_ident(chars[i]) {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push("::".into());
            i += 2;
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out
}

/// Every path of a use tree starting at `tokens[at]` (`a::b::{c, d::e}` gives `a::b::c` and
/// `a::b::d::e`), appended to `prefix`.
fn use_tree(tokens: &[String], at: usize, prefix: &ModulePath, out: &mut Vec<ModulePath>) {
    let mut path = prefix.clone();
    let mut i = at;
    loop {
        match tokens.get(i).map(String::as_str) {
            Some("{") => {
                // Each comma-separated tree at this depth.
                let mut depth = 0;
                let mut start = i + 1;
                let mut j = i;
                while j < tokens.len() {
                    match tokens[j].as_str() {
                        "{" => depth += 1,
                        "}" => {
                            depth -= 1;
                            if depth == 0 {
                                use_tree(tokens, start, &path, out);
                                break;
                            }
                        }
                        "," if depth == 1 => {
                            use_tree(tokens, start, &path, out);
                            start = j + 1;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                return;
            }
            Some(word) if word.chars().all(is_ident) && word != "as" => {
                path.push(word.to_owned());
                if tokens.get(i + 1).map(String::as_str) == Some("::") {
                    i += 2;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    out.push(path);
}

/// The modules `module` (at `path`) imports.
fn imports(
    path: &ModulePath,
    module: &Module,
    all: &BTreeMap<ModulePath, Module>,
) -> BTreeSet<ModulePath> {
    let tokens = tokens(&module.code);
    let mut paths = Vec::new();
    // Inline `mod name { … }` blocks: `super::` inside one means the module around it.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    for (i, token) in tokens.iter().enumerate() {
        match token.as_str() {
            "{" => depth += 1,
            "}" => {
                depth -= 1;
                inline.retain(|(_, at)| *at < depth);
            }
            "mod" if tokens.get(i + 2).map(String::as_str) == Some("{") => {
                inline.push((tokens[i + 1].clone(), depth));
            }
            _ => {}
        }
        let after_path = i > 0 && tokens[i - 1] == "::";
        if after_path || tokens.get(i + 1).map(String::as_str) != Some("::") {
            continue;
        }
        let here: ModulePath = path
            .iter()
            .cloned()
            .chain(inline.iter().map(|(name, _)| name.clone()))
            .collect();
        let base: Option<ModulePath> = match token.as_str() {
            "crate" => Some(Vec::new()),
            "super" => Some(here[..here.len().saturating_sub(1)].to_vec()),
            "self" => Some(here),
            child if inline.is_empty() && module.children.iter().any(|name| name == child) => {
                let mut full = path.clone();
                full.push(child.to_owned());
                paths.push(full);
                None
            }
            _ => None,
        };
        if let Some(base) = base {
            use_tree(&tokens, i + 2, &base, &mut paths);
        }
    }
    paths
        .into_iter()
        .filter_map(|full| {
            (0..=full.len())
                .rev()
                .map(|length| full[..length].to_vec())
                .find(|prefix| all.contains_key(prefix))
        })
        .filter(|target| target != path)
        .collect()
}

/// A cycle of the graph, as module files in import order, or `None`.
fn find_cycle(root: &Path) -> Option<Vec<String>> {
    let all = modules(root);
    let edges: BTreeMap<&ModulePath, BTreeSet<ModulePath>> = all
        .iter()
        .map(|(path, module)| (path, imports(path, module, &all)))
        .collect();
    // Depth-first search; a module met again while still on the stack closes a cycle.
    fn visit<'a>(
        node: &'a ModulePath,
        edges: &'a BTreeMap<&ModulePath, BTreeSet<ModulePath>>,
        stack: &mut Vec<&'a ModulePath>,
        done: &mut BTreeSet<&'a ModulePath>,
    ) -> Option<Vec<&'a ModulePath>> {
        if let Some(at) = stack.iter().position(|on| *on == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node);
            return Some(cycle);
        }
        if !done.insert(node) {
            return None;
        }
        stack.push(node);
        for next in &edges[node] {
            if let Some(cycle) = visit(next, edges, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        if let Some(cycle) = visit(node, &edges, &mut Vec::new(), &mut done) {
            let base = root.parent().unwrap();
            return Some(
                cycle
                    .into_iter()
                    .map(|path| {
                        let file = &all[path].file;
                        file.strip_prefix(base)
                            .unwrap_or(file)
                            .display()
                            .to_string()
                    })
                    .collect(),
            );
        }
    }
    None
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn assert_acyclic(root: &Path) {
    if let Some(cycle) = find_cycle(root) {
        panic!("import cycle: {}", cycle.join(" -> "));
    }
}

#[test]
fn xtask_has_no_import_cycle() {
    assert_acyclic(&workspace().join("xtask/src/main.rs"));
}

/// Another checkout's src/ can be checked with `SITE_SRC=/path/to/src cargo test -p xtask --test
/// imports` (the round-1 tree, with its islands.rs cycle, fails).
#[test]
fn the_site_has_no_import_cycle() {
    let src = std::env::var_os("SITE_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("src"));
    assert_acyclic(&src.join("lib.rs"));
}

/// The root modules of src/, lowest layer first, as ARCHITECTURE.md lists them (the `src/…` lines
/// of its first fenced block).
fn layers() -> Vec<String> {
    let markdown = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    let block = markdown.split("```").nth(1).unwrap_or_default();
    block
        .lines()
        .filter_map(|line| line.split_whitespace().next()?.strip_prefix("src/"))
        .map(|path| {
            path.trim_end_matches('/')
                .trim_end_matches(".rs")
                .to_owned()
        })
        .collect()
}

/// Imports from a module in a higher layer than the importer's, and modules in no layer.
fn layer_problems(root: &Path, layers: &[String]) -> Vec<String> {
    let all = modules(root);
    let rank = |path: &ModulePath| {
        path.first()
            .and_then(|top| layers.iter().position(|layer| layer == top))
    };
    let mut problems = Vec::new();
    for (path, module) in &all {
        // The crate root only declares the modules and re-exports.
        if path.is_empty() {
            continue;
        }
        let Some(own) = rank(path) else {
            problems.push(format!("{} is in no layer", path.join("::")));
            continue;
        };
        for target in imports(path, module, &all) {
            if rank(&target).is_none_or(|theirs| theirs > own) {
                problems.push(format!(
                    "{} imports {}, which is not below it",
                    path.join("::"),
                    target.join("::")
                ));
            }
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

#[test]
fn the_site_imports_only_down_the_layers_architecture_md_lists() {
    let layers = layers();
    assert!(layers.len() >= 8, "ARCHITECTURE.md's layers: {layers:?}");
    assert_eq!(
        layer_problems(&workspace().join("src/lib.rs"), &layers),
        Vec::<String>::new(),
        "the layers are, lowest first: {layers:?}"
    );
}

#[test]
fn an_import_up_the_layers_is_found() {
    let dir = std::env::temp_dir().join(format!("r1-layers-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write("lib.rs", "mod low;\nmod high;\nmod stray;\n");
    write("low.rs", "pub fn f() {}\n");
    write("high.rs", "use crate::low::f;\npub fn g() { f() }\n");
    write("stray.rs", "\n");
    let layers = ["low".to_owned(), "high".to_owned()];
    assert_eq!(
        layer_problems(&dir.join("lib.rs"), &layers),
        vec!["stray is in no layer".to_owned()]
    );
    write("low.rs", "pub fn f() { crate::high::g() }\n");
    write("stray.rs", "// no longer stray\n");
    let layers = ["low".to_owned(), "high".to_owned(), "stray".to_owned()];
    assert_eq!(
        layer_problems(&dir.join("lib.rs"), &layers),
        vec!["low imports high, which is not below it".to_owned()]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_cycle_is_found_and_named() {
    let dir = std::env::temp_dir().join(format!("r1-imports-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("stage")).unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write(
        "main.rs",
        "mod site;\nmod stage;\nfn main() { stage::run(); }\n",
    );
    write(
        "site.rs",
        "//! Facts. A comment naming crate::stage is no import.\npub const X: &str = \"crate::stage::run\";\n#[cfg(test)]\nmod tests {\n    use crate::stage::run;\n}\n",
    );
    write(
        "stage/mod.rs",
        "mod dist;\nmod one;\npub fn run() { one::go(); }\n",
    );
    write("stage/dist.rs", "pub struct Dist;\n");
    write(
        "stage/one.rs",
        "use crate::{site::X, stage::dist};\npub fn go() -> &'static str { X }\n",
    );
    assert_eq!(find_cycle(&dir.join("main.rs")), None, "acyclic so far");
    write(
        "stage/one.rs",
        "use crate::{site::X, stage};\npub fn go() -> &'static str { stage::run(); X }\n",
    );
    assert_eq!(
        find_cycle(&dir.join("main.rs")),
        Some(vec![
            "stage/mod.rs".into(),
            "stage/one.rs".into(),
            "stage/mod.rs".into()
        ])
    );
    write("stage/one.rs", "pub fn go() { super::run() }\n");
    assert!(find_cycle(&dir.join("main.rs")).is_some(), "super:: counts");
    std::fs::remove_dir_all(&dir).unwrap();
}
