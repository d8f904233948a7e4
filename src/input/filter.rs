//! Which files a directory walk takes: `--glob` patterns, matched by
//! `globset` against the file name alone (not the path), case-sensitively;
//! without any, the extensions of the formats read, in any letter case.
//!
//! Syntax: `*` any run, `?` any one byte, `[abc]` `[a-z]` `[!0-9]` one of,
//! `{txt,html}` either, `\` escapes the next character (on Unix). globset
//! matches bytes, not characters: `?` is one ASCII character, an accented
//! letter (two or three bytes in UTF-8) needs `*` or `??`, and a class
//! takes ASCII only. A name that is not UTF-8 is matched on its bytes.

use std::ffi::OsStr;
use std::str::FromStr;

use globset::{Candidate, Glob, GlobSet, GlobSetBuilder};

/// The extensions a directory walk takes without `--glob`: the formats read.
pub const DEFAULT_EXTENSIONS: &[&str] = &["txt", "html", "htm", "docx", "pdf", "jsonl"];

/// One file-name pattern, checked when it is parsed.
#[derive(Debug, Clone)]
pub struct Pattern(GlobSet);

impl FromStr for Pattern {
    type Err = globset::Error;

    /// Compiles `text` now, so that an invalid pattern (`[a`) or one too
    /// large for the regex engine is refused before any work, never later.
    fn from_str(text: &str) -> Result<Pattern, globset::Error> {
        GlobSetBuilder::new()
            .add(Glob::new(text)?)
            .build()
            .map(Pattern)
    }
}

/// File-name patterns for directory walks: a name matching any is taken.
#[derive(Debug, Clone)]
pub struct NameFilter {
    patterns: Vec<Pattern>,
}

impl NameFilter {
    /// A filter accepting names that match any of `patterns`; none means
    /// the extensions of the formats read (`DEFAULT_EXTENSIONS`), in any
    /// letter case.
    pub fn new(patterns: &[Pattern]) -> NameFilter {
        let patterns = if patterns.is_empty() {
            let glob =
                globset::GlobBuilder::new(&format!("*.{{{}}}", DEFAULT_EXTENSIONS.join(",")))
                    .case_insensitive(true)
                    .build()
                    .expect("a valid pattern");
            let set = GlobSetBuilder::new()
                .add(glob)
                .build()
                .expect("a valid pattern");
            vec![Pattern(set)]
        } else {
            patterns.to_vec()
        };
        NameFilter { patterns }
    }

    pub(crate) fn matches(&self, file_name: &OsStr) -> bool {
        let name = Candidate::new(file_name);
        self.patterns.iter().any(|p| p.0.is_match_candidate(&name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wildcard_match(pattern: &str, name: &str) -> bool {
        NameFilter::new(&[pattern.parse().unwrap()]).matches(OsStr::new(name))
    }

    #[test]
    fn wildcards() {
        assert!(wildcard_match("*.txt", "d001.txt"));
        assert!(wildcard_match("*.txt", ".txt"));
        assert!(!wildcard_match("*.txt", "d001.txt.bak"));
        assert!(wildcard_match("d??1.*", "d001.html"));
        assert!(!wildcard_match("d??1.*", "d01.html"));
        assert!(wildcard_match("*", "anything"));
        assert!(wildcard_match("a*b*c", "aXbYbZc"));
    }

    /// What globset adds to `*` and `?`, and what it keeps: the match is
    /// on the whole name and case-sensitive.
    #[test]
    fn classes_and_alternatives() {
        assert!(wildcard_match("d[0-9][0-9].txt", "d01.txt"));
        assert!(!wildcard_match("d[0-9][0-9].txt", "dx1.txt"));
        assert!(wildcard_match("d[!x]1.txt", "d01.txt"));
        assert!(wildcard_match("*.{txt,html}", "a.html"));
        assert!(wildcard_match("*.{txt,html}", "a.txt"));
        assert!(!wildcard_match("*.{txt,html}", "a.htm"));
        assert!(!wildcard_match("*.TXT", "a.txt"));
        assert!(!wildcard_match("a.txt", "xa.txt"));
        assert!(NameFilter::new(&[]).matches(OsStr::new("a.txt")));
        assert!(NameFilter::new(&[]).matches(OsStr::new("a.HTML")));
        assert!(NameFilter::new(&[]).matches(OsStr::new("a.pdf")));
        assert!(!NameFilter::new(&[]).matches(OsStr::new("a.md")));
        assert!(!NameFilter::new(&[]).matches(OsStr::new("a.doc")));
        assert!("[a".parse::<Pattern>().is_err());
        assert!("*.{txt".parse::<Pattern>().is_err());
    }

    /// A backslash escapes on Unix, where it is no path separator.
    #[cfg(unix)]
    #[test]
    fn a_backslash_escapes() {
        assert!(wildcard_match(r"a\*.txt", "a*.txt"));
        assert!(!wildcard_match(r"a\*.txt", "ab.txt"));
        assert!("a\\".parse::<Pattern>().is_err());
    }

    /// Bytes, not characters: "á" is two bytes in UTF-8.
    #[test]
    fn a_question_mark_is_one_byte() {
        assert!(wildcard_match("b*o cáo.txt", "báo cáo.txt"));
        assert!(wildcard_match("b??o cáo.txt", "báo cáo.txt"));
        assert!(!wildcard_match("b?o cáo.txt", "báo cáo.txt"));
        assert!(wildcard_match("b?o.txt", "bao.txt"));
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_match_on_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let filter = NameFilter::new(&[]);
        assert!(filter.matches(OsStr::from_bytes(b"a\xff.txt")));
        assert!(!filter.matches(OsStr::from_bytes(b"a.txt\xff")));
    }
}
