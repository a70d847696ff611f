//! The parity tests of the two editions: the Chinese files match the English edition block by
//! block, give each English string one translation, and write every figure the way the
//! formatter does.

use super::*;

#[test]
fn the_chinese_files_match_the_english_edition() {
    let edition = edition().expect("the Chinese files are valid TOML");
    assert!(
        edition.problems.is_empty(),
        "{} problems:\n{}",
        edition.problems.len(),
        edition.problems.join("\n")
    );
}

#[test]
fn each_english_string_has_one_translation() {
    let edition = edition().expect("the Chinese files are valid TOML");
    assert!(
        edition.conflicts.is_empty(),
        "{} conflicts:\n{}",
        edition.conflicts.len(),
        edition.conflicts.join("\n")
    );
}

/// Every Chinese text was translated from the English as it stands: when an English text
/// changes, its fingerprint no longer matches `english.lock` and this fails until the Chinese is
/// brought in step and the lock line updated (the message prints the lines to write).
#[test]
fn no_translation_is_older_than_its_english() {
    let edition = edition().expect("the Chinese files are valid TOML");
    let now = english_lock(edition);
    let locked: std::collections::BTreeSet<&str> = ENGLISH_LOCK
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    let stale: Vec<&str> = now.lines().filter(|line| !locked.contains(line)).collect();
    assert!(
        stale.is_empty() && locked.len() == now.lines().count(),
        "the English changed at {} places since they were translated; update the Chinese there, \
         then write src/content/zh/english.lock as:\n{now}\nchanged:\n{}",
        stale.len(),
        stale.join("\n")
    );
}
