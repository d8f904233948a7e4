//! The chosen elements → lines of text.
//!
//! Paragraph-like blocks (`p`, headings, `blockquote`, `pre`, lists, tables,
//! sections) are set off by a blank line; other blocks (`div`, `li`, `tr`,
//! `td`, `th`, `dt`, `dd`, `br`, ...) start a new line; inline elements
//! (`a`, `span`, `b`, `font`, ...) break nothing, so a word split by markup
//! stays one word. Within a line, runs of whitespace (a no-break space
//! included) are one space; inside `pre` line ends are kept.

use super::content::{self, Choice};
use super::tree::{Item, Tree};

/// How much a block's edge breaks the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Line,
    Paragraph,
}

fn break_of(tag: &str) -> Break {
    match tag {
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "ul" | "ol"
        | "dl" | "table" | "section" | "article" | "main" | "figure" | "hr" | "header"
        | "footer" | "address" => Break::Paragraph,
        "br" => Break::Line,
        tag if content::is_block(tag) => Break::Line,
        "body" | "html" | "form" | "fieldset" | "legend" | "option" => Break::Line,
        _ => Break::None,
    }
}

/// The text of the chosen elements, or of the whole page when none is.
pub(super) fn render(tree: &Tree, choice: &Choice) -> String {
    let mut lines = Lines::default();
    let whole = choice.roots.is_empty();
    // How many chosen elements are open (0 or 1: roots are siblings).
    let mut inside = usize::from(whole);
    // A dropped element being skipped, and `pre` depth.
    let mut skipping: Option<u32> = None;
    let mut pre = 0usize;
    for item in &tree.items {
        match *item {
            Item::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                if content::dropped(tree, &choice.stats, node) {
                    skipping = Some(node);
                    continue;
                }
                if !whole && choice.roots.contains(&node) {
                    inside += 1;
                }
                let tag = tree.tag(node);
                pre += usize::from(tag == "pre");
                if inside > 0 {
                    lines.block(break_of(tag));
                }
            }
            Item::Close(node) => {
                if skipping == Some(node) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                let tag = tree.tag(node);
                if inside > 0 {
                    lines.block(break_of(tag));
                }
                pre -= usize::from(tag == "pre");
                if !whole && choice.roots.contains(&node) {
                    inside -= 1;
                }
            }
            Item::Text(ref text) => {
                if inside > 0 && skipping.is_none() {
                    lines.text(text, pre > 0);
                }
            }
        }
    }
    lines.out
}

/// Text with its breaks pending until the next word, so that empty blocks
/// and runs of breaks give one break.
#[derive(Default)]
struct Lines {
    out: String,
    pending: Option<Break>,
    space: bool,
}

impl Lines {
    fn block(&mut self, edge: Break) {
        if edge > Break::None {
            self.pending = self.pending.max(Some(edge));
        }
    }

    fn text(&mut self, text: &str, pre: bool) {
        let mut rest = text;
        while !rest.is_empty() {
            let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            if word_end > 0 {
                self.word(&rest[..word_end]);
                rest = &rest[word_end..];
            }
            let Some(space) = rest.chars().next() else {
                break;
            };
            if pre && space == '\n' {
                self.block(Break::Line);
            }
            self.space = true;
            rest = &rest[space.len_utf8()..];
        }
    }

    fn word(&mut self, word: &str) {
        if !self.out.is_empty() {
            match self.pending {
                Some(Break::Paragraph) => self.out.push_str("\n\n"),
                Some(_) => self.out.push('\n'),
                None if self.space => self.out.push(' '),
                None => {}
            }
        }
        self.pending = None;
        self.space = false;
        self.out.push_str(word);
    }
}
