//! Minified JavaScript and CSS for what every first screen downloads: the loaders the site writes
//! itself and the stylesheets, which block the first paint. The sources in `assets/` and
//! `styles/` keep their comments, which say why; a reader's phone need not download them
//! (measured: the page's loader 9.7 → 5.5 KB brotli, the stylesheets 11.2 → about 7.7).
//!
//! JavaScript goes through oxc's parser, mangler and printer: comments and whitespace dropped and
//! local names shortened. Only names: oxc's compressor, which also rewrites expressions, is still
//! in alpha, and what it would add here is small. CSS goes through lightningcss (what Trunk's own
//! minification uses), with no browser targets, so nothing is rewritten for older browsers.

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

/// `source` as a minified stylesheet; an error says what could not be read (no rule is skipped).
pub fn stylesheet(source: &str) -> Result<String, String> {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    let mut sheet = StyleSheet::parse(source, ParserOptions::default())
        .map_err(|error| format!("the stylesheet does not parse: {error}"))?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|error| format!("the stylesheet cannot be minified: {error}"))?;
    sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map(|css| css.code)
        .map_err(|error| format!("the stylesheet cannot be printed: {error}"))
}

#[cfg(test)]
mod tests {
    use super::{module, stylesheet};

    #[test]
    fn a_stylesheet_loses_comments_and_spaces_and_keeps_its_rules() {
        let source = "/* why */\n:root {\n  --bg: #ffffff;\n}\n.cost-inputs .inputs {\n  grid-template-rows: subgrid;\n  background: color-mix(in srgb, var(--bg) 20%, transparent);\n}\n@media (max-width: 600px) {\n  .tl-chart { display: none; }\n}\n";
        let out = stylesheet(source).unwrap();
        assert!(!out.contains("why") && !out.contains('\n'), "{out}");
        for kept in [
            "--bg:#fff",
            "subgrid",
            "color-mix(",
            "@media",
            ".tl-chart{display:none}",
        ] {
            assert!(out.contains(kept), "{kept}: {out}");
        }
    }

    #[test]
    fn a_stylesheet_that_does_not_parse_is_an_error() {
        assert!(stylesheet("@media (max-width: { }").is_err());
    }

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
