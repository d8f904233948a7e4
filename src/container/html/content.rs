//! The main-content choice: which elements of a page hold its article.
//!
//! Readability's scoring, on the tree of `tree.rs`:
//! 1. A paragraph is a text block (`p`, `pre`, `td`, `th`, `li`, `dd`,
//!    `blockquote`, or a `div`, `section`, `article`, `main`, `font`,
//!    `center`, `span`) with no block element inside, outside chrome, holding
//!    at least [`MIN_PARAGRAPH`] characters outside links.
//! 2. Each paragraph scores 1, plus one per comma, plus one per 100
//!    characters (three at most), and credits that score to its parent in
//!    full, its grandparent by half and its great-grandparent by a sixth:
//!    the element that holds most of the running prose gathers most.
//! 3. An element with credit scores it times (1 - link density): the share of
//!    its text inside links, so that lists of headlines lose. Its class and
//!    id add or take [`ARTICLE_WEIGHT`](super::chrome::ARTICLE_WEIGHT) (`content`, `detail`,
//!    `article`, `news-content`, `post`, `entry`, `noidung` ... for; `list`,
//!    `hot`, `meta` ... against), `itemprop="articleBody"` twice that, and
//!    its tag a little (`div` +5, `td`/`pre`/`blockquote` +3, lists -3,
//!    headings -5).
//! 4. The best element is the article, or the outermost ancestor it is the
//!    only child of (below `body`); with it go its siblings that score at
//!    least a fifth of it (and 10), and sibling `p`s of 80 characters or more
//!    with few links: a lead paragraph beside the body's `div`.
//! 5. A page with no paragraph at all (a page of short lines) is its whole
//!    body minus chrome.
//!
//! A `form` is chrome unless it holds a paragraph: a search box goes, the
//! one form ASP.NET wraps around a whole page stays.

use super::tree::{Item, Tree};

/// The fewest characters outside links that make a paragraph.
const MIN_PARAGRAPH: usize = 25;

/// Elements that break the flow of text: a text block that holds one is
/// not a paragraph itself.
pub(super) fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "form"
            | "fieldset"
            | "figure"
            | "header"
            | "footer"
            | "address"
            | "center"
            | "hr"
            | "tbody"
            | "thead"
            | "tfoot"
            | "caption"
            | "figcaption"
    )
}

fn is_text_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "pre"
            | "td"
            | "th"
            | "li"
            | "dd"
            | "blockquote"
            | "div"
            | "section"
            | "article"
            | "main"
            | "font"
            | "center"
            | "span"
    )
}

fn tag_weight(tag: &str) -> f32 {
    match tag {
        "div" => 5.0,
        "td" | "pre" | "blockquote" => 3.0,
        "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// What the scoring counted of each element.
#[derive(Debug, Default, Clone)]
pub(super) struct Stats {
    /// Characters of text (not whitespace) inside, outside chrome.
    pub chars: usize,
    /// Of them, inside links.
    pub link_chars: usize,
    commas: usize,
    has_block: bool,
    /// Paragraphs inside, itself included.
    pub paragraphs: usize,
    /// Credit from the paragraphs below it.
    credit: f32,
}

impl Stats {
    fn link_density(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
}

/// The article: the elements to read, in document order, and the counts
/// (for forms and the title). No elements: the whole page minus chrome.
#[derive(Debug)]
pub(super) struct Choice {
    pub roots: Vec<u32>,
    pub stats: Vec<Stats>,
}

/// Chooses the elements that hold the article.
pub(super) fn choose(tree: &Tree) -> Choice {
    let stats = count(tree);
    let score = |node: usize| {
        let s = &stats[node];
        let n = &tree.nodes[node];
        s.credit * (1.0 - s.link_density()) + n.weight + tag_weight(&n.tag)
    };
    let best = (0..tree.nodes.len())
        .filter(|&node| stats[node].credit > 0.0 && !tree.nodes[node].chrome)
        .max_by(|&a, &b| score(a).total_cmp(&score(b)));
    let Some(best) = best else {
        return Choice {
            roots: Vec::new(),
            stats,
        };
    };
    let top = score(best);
    let best = promoted(tree, best);
    let roots = match tree.nodes[best].parent {
        None => vec![best as u32],
        Some(parent) => (0..tree.nodes.len())
            .filter(|&node| {
                let (n, s) = (&tree.nodes[node], &stats[node]);
                n.parent == Some(parent)
                    && !n.chrome
                    && (node == best
                        || (s.credit > 0.0 && score(node) >= (top * 0.2).max(10.0))
                        || (n.tag == "p" && s.chars >= 80 && s.link_density() < 0.25))
            })
            .map(|node| node as u32)
            .collect(),
    };
    Choice { roots, stats }
}

/// `best`, or the outermost ancestor it is the only child of (below
/// `body`): a body `div` alone in its table cell, alone in its row, is read
/// with the rows beside it, where such portals put the headline.
fn promoted(tree: &Tree, best: usize) -> usize {
    let mut best = best;
    while let Some(parent) = tree.nodes[best].parent {
        let parent = parent as usize;
        let only_child = tree
            .nodes
            .iter()
            .filter(|n| n.parent == Some(parent as u32))
            .count()
            == 1;
        if !only_child || matches!(tree.nodes[parent].tag.as_str(), "body" | "html") {
            break;
        }
        best = parent;
    }
    best
}

/// Counts text, links and paragraphs, and credits paragraphs upwards.
fn count(tree: &Tree) -> Vec<Stats> {
    let mut stats = vec![Stats::default(); tree.nodes.len()];
    let mut open: Vec<u32> = Vec::new();
    for item in &tree.items {
        match item {
            Item::Open(node) => {
                let n = &tree.nodes[*node as usize];
                if let Some(parent) = n.parent
                    && is_block(&n.tag)
                {
                    stats[parent as usize].has_block = true;
                }
                open.push(*node);
            }
            Item::Text(text) => {
                let Some(&node) = open.last() else { continue };
                let n = &tree.nodes[node as usize];
                if n.chrome {
                    continue;
                }
                let s = &mut stats[node as usize];
                let chars = text.chars().filter(|c| !c.is_whitespace()).count();
                s.chars += chars;
                if n.in_link {
                    s.link_chars += chars;
                }
                s.commas += text.matches(',').count();
            }
            Item::Close(node) => {
                open.pop();
                close(tree, &mut stats, *node as usize);
            }
        }
    }
    stats
}

/// An element's counts are complete: scores it as a paragraph, and adds
/// them to its parent's.
fn close(tree: &Tree, stats: &mut [Stats], node: usize) {
    let n = &tree.nodes[node];
    let s = stats[node].clone();
    let prose = s.chars - s.link_chars;
    let paragraph = !n.chrome && is_text_block(&n.tag) && !s.has_block && prose >= MIN_PARAGRAPH;
    if paragraph {
        stats[node].paragraphs += 1;
        let points = 1.0 + s.commas as f32 + (prose / 100).min(3) as f32;
        let mut ancestor = n.parent;
        for divider in [1.0, 2.0, 6.0] {
            let Some(a) = ancestor else { break };
            stats[a as usize].credit += points / divider;
            ancestor = tree.nodes[a as usize].parent;
        }
    }
    if let Some(parent) = n.parent {
        let (chars, links, commas, paragraphs) = {
            let s = &stats[node];
            (s.chars, s.link_chars, s.commas, s.paragraphs)
        };
        let p = &mut stats[parent as usize];
        p.chars += chars;
        p.link_chars += links;
        p.commas += commas;
        p.paragraphs += paragraphs;
    }
}

/// Whether `node` is dropped with all inside it: chrome, or a form without
/// a paragraph.
pub(super) fn dropped(tree: &Tree, stats: &[Stats], node: u32) -> bool {
    let n = &tree.nodes[node as usize];
    n.chrome || (n.tag == "form" && stats[node as usize].paragraphs == 0)
}
