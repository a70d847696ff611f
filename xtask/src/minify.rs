//! Minified JavaScript for the scripts the site writes itself (the loaders): comments and
//! whitespace dropped and local names shortened, through oxc's parser, mangler and printer. The
//! sources in `assets/` keep their comments, which say why; a reader's phone need not download
//! them (the page's loader: 9.7 KB brotli as written, on the first screen of every visit).
//!
//! Only names are shortened: oxc's compressor, which also rewrites expressions, is still in alpha,
//! and what it would add here is small.

use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_mangler::{MangleOptions, Mangler};
use oxc_parser::Parser;
use oxc_span::SourceType;

/// `source` as an ES module (its top-level names are private to it, so they are shortened too),
/// minified; an error names the first thing the parser could not read.
pub fn module(source: &str) -> Result<String, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::mjs()).parse();
    if let Some(error) = parsed.errors.first() {
        return Err(format!("the script does not parse: {error}"));
    }
    if parsed.panicked {
        return Err("the script does not parse".into());
    }
    let mangled = Mangler::new()
        .with_options(MangleOptions::default())
        .build(&parsed.program);
    Ok(Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(Some(mangled.scoping))
        .build(&parsed.program)
        .code)
}

#[cfg(test)]
mod tests {
    use super::module;

    #[test]
    fn comments_and_long_local_names_go_exports_and_strings_stay() {
        let source = "// why this is here\nconst glueUrl = new URL('./glue.js', import.meta.url);\n\
                      export function startIslands(count) {\n  // one per island\n  return glueUrl.href + count;\n}\n";
        let out = module(source).unwrap();
        assert!(
            !out.contains("why this is here") && !out.contains("one per island"),
            "{out}"
        );
        assert!(!out.contains("glueUrl") && !out.contains("count"), "{out}");
        assert!(out.contains("export function startIslands("), "{out}");
        assert!(
            out.contains("./glue.js") && out.contains("import.meta.url"),
            "{out}"
        );
        assert!(out.len() * 3 < source.len() * 2, "{out}");
    }

    #[test]
    fn a_script_that_does_not_parse_is_an_error() {
        assert!(module("function (").is_err());
    }
}
