//! ARCHITECTURE.md stays true: every file, folder and Rust item it names in backticks exists. A
//! path is looked up in the repository (`src/…`, `xtask/…`, or `model/…` and the other folders of
//! `src/`; a bare file name anywhere in it; `<placeholder>` and `*` match any name); built files are
//! written `dist/…` and left to the build's own tests. A Rust path (`model::embed::public_url`,
//! `Island::widget`) must lead through modules to an item defined there, and a lone name (`Dist`,
//! `send`, `t!`) must be defined somewhere in the Rust of the site, of xtask or of their tests (an
//! item, a module, a cargo feature, a cfg of build.rs, a fact id, or a crate the site depends on,
//! whose own items are its to keep). Code, commands and markup in backticks are left alone.
//! The order of the layers is checked by `imports.rs`.

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Every file below `dir`, as paths relative to the workspace, skipping build output.
fn files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if ["target", "dist", "node_modules", ".git", ".tools"].contains(&name.as_str()) {
            continue;
        }
        let relative = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if path.is_dir() {
            out.push(format!("{relative}/"));
            files(root, &path, out);
        } else {
            out.push(relative);
        }
    }
}

/// Whether `name` matches `pattern`, where `*` stands for any run of characters but `/`.
fn matches(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, tail)) => {
            let Some(rest) = name.strip_prefix(head) else {
                return false;
            };
            (0..=rest.len())
                .filter(|at| rest.is_char_boundary(*at) && !rest[..*at].contains('/'))
                .any(|at| matches(tail, &rest[at..]))
        }
    }
}

/// The inline code spans of `markdown` outside fenced blocks (a span may run over a line break),
/// and the first word of each line of its fenced blocks that names a path (the layer list).
fn spans(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut prose = String::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        } else if fenced {
            if let Some(word) = line.split_whitespace().next().filter(|w| w.contains('/')) {
                out.push(word.to_owned());
            }
        } else {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    out.extend(
        prose
            .split('`')
            .skip(1)
            .step_by(2)
            .map(|code| code.split_whitespace().collect::<Vec<_>>().join(" ")),
    );
    out
}

struct Repo {
    files: Vec<String>,
    /// The Rust sources and tests of the site and of xtask: (path, text).
    rust: Vec<(String, String)>,
    cargo: String,
    build: String,
    data: String,
}

impl Repo {
    fn read() -> Repo {
        let root = workspace();
        let mut all = Vec::new();
        files(&root, &root, &mut all);
        let rust = all
            .iter()
            .filter(|file| {
                file.ends_with(".rs")
                    && ["src/", "xtask/src/", "tests/", "xtask/tests/"]
                        .iter()
                        .any(|folder| file.starts_with(folder))
            })
            .map(|file| {
                (
                    file.clone(),
                    std::fs::read_to_string(root.join(file)).unwrap(),
                )
            })
            .collect();
        let read = |name: &str| std::fs::read_to_string(root.join(name)).unwrap_or_default();
        let data = all
            .iter()
            .filter(|file| file.starts_with("src/data/") && file.ends_with(".rs"))
            .map(|file| read(file))
            .collect();
        Repo {
            files: all,
            rust,
            cargo: read("Cargo.toml"),
            build: read("build.rs"),
            data,
        }
    }

    /// Whether a repository path (placeholders allowed) names a file or folder.
    fn has_path(&self, path: &str) -> bool {
        let mut pattern = String::new();
        let mut rest = path;
        while let Some(open) = rest.find('<') {
            pattern.push_str(&rest[..open]);
            pattern.push('*');
            rest = rest[open..].split_once('>').map_or("", |(_, after)| after);
        }
        pattern.push_str(rest);
        let folders = [
            "src/", "xtask/", "assets/", "tests/", "styles/", "docs/", ".ci/",
        ];
        let in_src = ["model/", "data/", "content/", "components/", "bin/"];
        let candidates: Vec<String> = if folders.iter().any(|folder| pattern.starts_with(folder)) {
            vec![pattern.clone()]
        } else if in_src.iter().any(|folder| pattern.starts_with(folder)) {
            vec![format!("src/{pattern}")]
        } else if !pattern.contains('/') {
            // A bare file name: anywhere in the repository.
            vec![pattern.clone(), format!("*/{pattern}")]
        } else {
            vec![pattern.clone()]
        };
        self.files.iter().any(|file| {
            candidates.iter().any(|candidate| {
                matches(candidate, file)
                    || matches(candidate, file.trim_end_matches('/'))
                    || (candidate.starts_with("*/") && file.ends_with(&candidate[1..]))
            })
        })
    }

    /// The Rust files that are the module `segments` (`model::embed`: src/model/embed.rs, and
    /// any module whose path ends so, as `locale` for src/model/locale.rs).
    fn module_files(&self, segments: &[&str]) -> Vec<&(String, String)> {
        let tail = segments.join("/");
        self.rust
            .iter()
            .filter(|(file, _)| {
                let module = file
                    .trim_start_matches("xtask/")
                    .trim_start_matches("src/")
                    .trim_end_matches(".rs")
                    .trim_end_matches("/mod");
                let module = module.strip_prefix("bin/").unwrap_or(module);
                module == tail
                    || module.ends_with(&format!("/{tail}"))
                    || (segments.first() == Some(&"xtask")
                        && file.starts_with("xtask/src/")
                        && module == segments[1..].join("/"))
            })
            .collect()
    }

    /// Whether `text` defines the item `name`.
    fn defines(text: &str, name: &str) -> bool {
        let word = |before: &str| {
            text.match_indices(&format!("{before}{name}"))
                .any(|(at, found)| {
                    let next = text[at + found.len()..].chars().next().unwrap_or(' ');
                    !(next.is_alphanumeric() || next == '_')
                })
        };
        [
            "fn ", "struct ", "enum ", "trait ", "type ", "const ", "static ", "mod ",
        ]
        .iter()
        .any(|keyword| word(keyword))
            || text.contains(&format!("macro_rules! {name}"))
    }

    fn defined_anywhere(&self, name: &str) -> bool {
        self.rust.iter().any(|(_, text)| Repo::defines(text, name))
    }

    /// Whether `member` (a method, an associated item, a variant) belongs to the type `owner`.
    fn has_member(&self, owner: &str, member: &str) -> bool {
        self.rust.iter().any(|(_, text)| {
            let about_owner = [
                format!("impl {owner}"),
                format!("for {owner}"),
                format!("enum {owner}"),
                format!("struct {owner}"),
                format!("trait {owner}"),
            ]
            .iter()
            .any(|needle| text.contains(needle.as_str()));
            about_owner
                && (Repo::defines(text, member)
                    || [",", "(", " {", " =>"]
                        .iter()
                        .any(|after| text.contains(&format!("    {member}{after}"))))
        })
    }

    /// Whether a Rust path (`a::b::c`, without arguments) leads to something defined.
    fn has_rust_path(&self, path: &str) -> bool {
        let segments: Vec<&str> = path.trim_start_matches("crate::").split("::").collect();
        // Another crate's item (`libm::exp`, `f64::exp`) is that crate's to keep: only the crate
        // itself must be one the site depends on, or the standard library.
        if self.is_dependency(segments[0]) || ["std", "core", "f64", "f32"].contains(&segments[0]) {
            return true;
        }
        // The longest prefix that is a module, then the item in it (and its member).
        for length in (1..=segments.len()).rev() {
            let modules = self.module_files(&segments[..length]);
            if modules.is_empty() {
                continue;
            }
            let rest = &segments[length..];
            return match rest {
                [] => true,
                [item] => modules.iter().any(|(_, text)| Repo::defines(text, item)),
                [owner, member] => {
                    modules.iter().any(|(_, text)| Repo::defines(text, owner))
                        && self.has_member(owner, member)
                }
                _ => false,
            };
        }
        match segments.as_slice() {
            [owner, member] => self.defined_anywhere(owner) && self.has_member(owner, member),
            _ => false,
        }
    }

    /// Whether a lone name is defined: an item, a module, a macro, a cargo feature, a cfg that
    /// build.rs sets, or a fact's id.
    /// Whether the site's Cargo.toml depends on a crate of that name.
    fn is_dependency(&self, name: &str) -> bool {
        self.cargo.contains(&format!("\n{name} = \""))
            || self.cargo.contains(&format!("\n{name} = {{"))
    }

    fn has_name(&self, name: &str) -> bool {
        if let Some(mac) = name.strip_suffix('!') {
            // The standard library's, or ours.
            return ["format", "println", "include_str", "html"].contains(&mac)
                || self
                    .rust
                    .iter()
                    .any(|(_, text)| text.contains(&format!("macro_rules! {mac}")));
        }
        self.defined_anywhere(name)
            || !self.module_files(&[name]).is_empty()
            || name == "xtask"
            || self.cargo.contains(&format!("\n{name} = ["))
            || self.is_dependency(name)
            || self.build.contains(&format!("rustc-cfg={name}"))
            || self.data.contains(&format!("\"{name}\""))
    }
}

/// What a span names, if it names anything this test checks.
enum Named<'a> {
    Path(&'a str),
    Rust(&'a str),
    Name(&'a str),
}

fn classify(span: &str) -> Option<Named<'_>> {
    let is_path_char = |c: char| c.is_alphanumeric() || "_-./<>*".contains(c);
    let extensions = [
        ".rs", ".md", ".js", ".mjs", ".toml", ".json", ".css", ".html", ".lock",
    ];
    if span.chars().all(is_path_char)
        && (span.contains('/') || extensions.iter().any(|ext| span.ends_with(ext)))
    {
        // Built files, the site's own addresses and files outside the repository are not ours
        // to check here.
        if span.starts_with("dist/") || span.starts_with('/') || span.starts_with("../") {
            return None;
        }
        return Some(Named::Path(span));
    }
    // A call's arguments, or a method called on a value (`fact.label()`).
    let callee = span.split('(').next().unwrap_or(span);
    let callee = match callee.rsplit_once('.') {
        Some((_, method)) if span.ends_with(')') => method,
        Some(_) => return None,
        None => callee,
    };
    let is_rust = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    if callee.contains("::") && callee.chars().all(is_rust) && !callee.ends_with(':') {
        return Some(Named::Rust(callee));
    }
    let lone = callee.trim_end_matches('!');
    if !lone.is_empty()
        && lone.chars().all(|c| c.is_alphanumeric() || c == '_')
        && lone.chars().next().is_some_and(char::is_alphabetic)
        && (callee == span || span.ends_with(')'))
    {
        return Some(Named::Name(callee));
    }
    None
}

#[test]
fn everything_architecture_md_names_exists() {
    let repo = Repo::read();
    let markdown = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    let mut checked = 0;
    let mut missing = Vec::new();
    for span in spans(&markdown) {
        let found = match classify(&span) {
            Some(Named::Path(path)) => repo.has_path(path),
            Some(Named::Rust(path)) => repo.has_rust_path(path),
            Some(Named::Name(name)) => repo.has_name(name),
            None => continue,
        };
        checked += 1;
        if !found {
            missing.push(span);
        }
    }
    assert!(
        checked > 100,
        "only {checked} names checked: is the parser broken?"
    );
    assert_eq!(
        missing,
        Vec::<String>::new(),
        "ARCHITECTURE.md names what does not exist"
    );
}

#[test]
fn a_name_that_does_not_exist_is_caught() {
    let repo = Repo::read();
    for (span, exists) in [
        ("src/island.rs", true),
        ("src/islands.rs", false),
        ("model/<widget>.rs", true),
        ("components/nothing.rs", false),
        ("model::embed::public_url", true),
        ("model::embed::private_url", false),
        ("Island::widget", true),
        ("Island::gadget", false),
        ("xtask::pipeline::run", true),
        ("xtask::pipeline::walk", false),
        ("Dist", true),
        ("Dyst", false),
        ("t!", true),
        ("tt!", false),
        ("fact.label()", true),
        ("fact.labels()", false),
    ] {
        let found = match classify(span) {
            Some(Named::Path(path)) => repo.has_path(path),
            Some(Named::Rust(path)) => repo.has_rust_path(path),
            Some(Named::Name(name)) => repo.has_name(name),
            None => panic!("{span} is not checked at all"),
        };
        assert_eq!(found, exists, "{span}");
    }
    assert!(classify("dist/embed-<view>.html").is_none());
    assert!(classify("cargo xtask build").is_none());
}
