//! HTML pages: a saved portal page, or HTML in a crawler's record, → the
//! article it shows, with its title and publication date.
//!
//! # Reading
//!
//! 1. Decoding ([`read`]): an explicit encoding wins; else the charset the
//!    page declares in a `<meta>` (`charset/`); else, or when the page has
//!    bytes outside its declared charset, the decode module's detection
//!    (which also decodes character references: they are not decoded twice).
//! 2. Parsing (`tree.rs`): lol_html's tokenizer, a tree built from its start
//!    and end tags with the end tags real pages leave out; chrome
//!    (`chrome.rs`: scripts, styles, `nav`, `header`, `footer`, `aside`,
//!    menus, sidebars, share bars, comments, related links, ads, hidden
//!    elements) is dropped with everything inside it.
//! 3. The main content (`content.rs`): readability's paragraph scoring picks
//!    the element that holds the most running prose with the fewest links,
//!    favouring known article containers; a page without paragraphs is its
//!    whole body minus chrome.
//! 4. Text (`render.rs`): blocks become line breaks, paragraphs blank lines,
//!    inline elements break nothing, whitespace is collapsed.
//!
//! # Metadata
//!
//! - title: `og:title`, else the first `<h1>` beside the article (in the
//!   element that holds it and its siblings), else the first element there
//!   whose class or id names a title, else `<title>` without a site
//!   name after " - " or " | " when what stays is a headline (four words or
//!   more);
//! - published, as written: `article:published_time`, else `itemprop=
//!   "datePublished"`, else `<meta name="pubdate">` (`publishdate`, `date`),
//!   else the first `<time datetime>` beside the article, else in the page.
//!   Metadata comes first: a `<time>` may date a teaser in a sidebar.
//!
//! # Why lol_html
//!
//! Measured on the corpus's archived portal page (133 KB), parse and walk
//! every node, release build: tl 194 to 302 MB/s, lol_html 135 to 193 MB/s,
//! html5gum 44 MB/s, html5ever (scraper) 23 to 44 MB/s (ranges: runs on a
//! busy machine). html5ever builds the standard tree but is below the
//! 80 MB/s the budget needs (HTML at most twice the cost of plain text). tl
//! is fastest but not a browser's tokenizer: script contents are parsed as
//! tags (`'<script ...></' + "script>"` in that page's `document.write`
//! unbalances the tree) and an end tag that does not match the innermost
//! element is dropped, so one unclosed `<p>` nests the rest of the page
//! inside it. lol_html tokenizes as browsers do; the tree it does not build
//! is a small stack here.

mod charset;
mod chrome;
mod content;
mod render;
mod tree;

#[cfg(test)]
mod tests;

use super::Article;
use crate::Error;
use crate::decode::Encoding;
use tree::{Item, Tree};

/// How much of an input sniffing looks at.
const SNIFF: usize = 4 * 1024;

/// Whether an input is an HTML page: a doctype or `<html` at the start
/// (after a byte-order mark, whitespace, an XML declaration or comments),
/// or text that is mostly tags, as PHP-rendered pages saved as `.txt` are.
/// Looks at the first 4 KiB only. JSON (which may hold HTML in a field) is
/// not HTML.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF)];
    let sample = sample.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(sample);
    let start = sample.trim_ascii_start();
    if start.starts_with(b"{") || start.starts_with(b"[") {
        return false;
    }
    let head = &start[..start.len().min(1024)];
    if start.starts_with(b"<")
        && (find_ignore_case(head, b"<!doctype html") || find_ignore_case(head, b"<html"))
    {
        return true;
    }
    mostly_tags(sample)
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle))
}

/// Tag names that make text HTML: a plain-text report has none of them
/// between angle brackets.
const TAGS: &[&str] = &[
    "a", "b", "body", "br", "div", "em", "font", "h1", "h2", "h3", "h4", "head", "hr", "i", "img",
    "li", "link", "meta", "ol", "p", "script", "span", "strong", "style", "table", "td", "title",
    "tr", "u", "ul",
];

/// Whether a crawler record's field holds markup (`<p>`, `<tr><td>`): two
/// known tags in its first 4 KiB.
pub(crate) fn looks_like_fragment(field: &str) -> bool {
    let sample = &field.as_bytes()[..field.len().min(SNIFF)];
    known_tags(sample).0 >= 2
}

/// At least 8 known tags, and tags make up a sixth of the sample or more.
fn mostly_tags(sample: &[u8]) -> bool {
    let (tags, tag_bytes) = known_tags(sample);
    tags >= 8 && tag_bytes * 6 >= sample.len()
}

/// How many known tags `sample` holds, and how many bytes they take up.
fn known_tags(sample: &[u8]) -> (usize, usize) {
    let (mut tags, mut tag_bytes) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', sample) {
        let rest = &sample[at + 1..];
        let rest = rest.strip_prefix(b"/").unwrap_or(rest);
        let name_end = rest
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let known = std::str::from_utf8(&rest[..name_end])
            .is_ok_and(|name| TAGS.iter().any(|tag| tag.eq_ignore_ascii_case(name)));
        let follows = rest.get(name_end).copied();
        if !known || !matches!(follows, Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r')) {
            continue;
        }
        if let Some(len) = memchr::memchr(b'>', &sample[at..]) {
            tags += 1;
            tag_bytes += len + 1;
        }
    }
    (tags, tag_bytes)
}

/// Reads an HTML page: decodes it by `encoding`, else by its declared
/// charset, else by detection, and gives its article. Its container is
/// "html/" and the encoding's name: "html/utf-8", "html/windows-1258".
pub(crate) fn read(bytes: &[u8], encoding: Encoding) -> Result<Article, Error> {
    let (html, name, decoded) = decode(bytes, encoding)?;
    let article = article(&html, decoded, format!("html/{name}"));
    if article.text.is_empty() {
        return Err(format_error(
            "the page has no text outside its markup, scripts and menus",
        ));
    }
    Ok(article)
}

/// The article of HTML already decoded (a crawler record's field); its
/// container is "html".
pub(crate) fn article_from_str(html: &str) -> Article {
    article(html, false, "html".to_string())
}

fn format_error(reason: &str) -> Error {
    Error::Format {
        format: "html",
        reason: reason.to_string(),
    }
}

/// The page as text, the name of its encoding, and whether its character
/// references were decoded already.
fn decode(bytes: &[u8], encoding: Encoding) -> Result<(String, String, bool), Error> {
    let chosen = match encoding {
        Encoding::Auto => charset::declared(bytes),
        Encoding::Utf8 => Some(encoding_rs::UTF_8),
        Encoding::Windows1258 => Some(encoding_rs::WINDOWS_1258),
        Encoding::Windows1252 => Some(encoding_rs::WINDOWS_1252),
        Encoding::Utf16 | Encoding::Tcvn3 | Encoding::Vni => None,
    };
    if let Some((text, name)) = chosen.and_then(|chosen| charset::decode(bytes, chosen)) {
        return Ok((text, name, false));
    }
    // Character references stay for the parser: `&lt;p&gt;` is text, not a tag.
    let decoded =
        crate::decode::decode_keeping_references(bytes.to_vec(), encoding).map_err(|error| {
            Error::Format {
                format: "html",
                reason: error.to_string(),
            }
        })?;
    Ok((decoded.text, decoded.encoding.to_string(), false))
}

fn article(html: &str, decoded: bool, container: String) -> Article {
    let tree = tree::parse(html, decoded);
    let choice = content::choose(&tree);
    let text = render::render(&tree, &choice);
    // The element that holds the article and its siblings; the page when
    // there is no article element.
    let frame = choice
        .roots
        .first()
        .and_then(|&root| tree.nodes[root as usize].parent);
    let meta = &tree.meta;
    let title = meta
        .og_title
        .clone()
        .or_else(|| first_heading(&tree, frame))
        .or_else(|| meta.title.as_deref().map(without_site_name));
    let published = meta
        .published_time
        .clone()
        .or_else(|| meta.date_published.clone())
        .or_else(|| meta.pubdate.clone())
        .or_else(|| first_time(&tree, frame))
        .or_else(|| first_time(&tree, None));
    Article {
        text,
        title,
        published,
        container,
    }
}

/// Whether `node` is `frame` or inside it (always, without a frame).
fn within(tree: &Tree, node: u32, frame: Option<u32>) -> bool {
    let Some(frame) = frame else { return true };
    let mut at = Some(node);
    while let Some(n) = at {
        if n == frame {
            return true;
        }
        at = tree.nodes[n as usize].parent;
    }
    false
}

/// The text of the first `<h1>` outside chrome in `frame`, else of the
/// first element there whose class or id names a title.
fn first_heading(tree: &Tree, frame: Option<u32>) -> Option<String> {
    first_text(tree, frame, |n| n.tag == "h1")
        .or_else(|| first_text(tree, frame, |n| n.title_class))
}

/// The text of the first element outside chrome in `frame` that `wanted`
/// picks and that has text.
fn first_text(
    tree: &Tree,
    frame: Option<u32>,
    wanted: impl Fn(&tree::Node) -> bool,
) -> Option<String> {
    let mut h1 = None;
    let mut text = String::new();
    for item in &tree.items {
        match item {
            Item::Open(node) if h1.is_none() => {
                let n = &tree.nodes[*node as usize];
                if wanted(n) && !n.chrome && within(tree, *node, frame) {
                    h1 = Some(*node);
                }
            }
            Item::Text(part) if h1.is_some() => {
                text.push(' ');
                text.push_str(part);
            }
            Item::Close(node) if h1 == Some(*node) => {
                let title = tree::collapse(&text);
                if !title.is_empty() {
                    return Some(title);
                }
                h1 = None;
                text.clear();
            }
            _ => {}
        }
    }
    None
}

/// The first `<time datetime>` outside chrome in `frame`.
fn first_time(tree: &Tree, frame: Option<u32>) -> Option<String> {
    tree.meta
        .times
        .iter()
        .find(|&&(node, _)| !tree.nodes[node as usize].chrome && within(tree, node, frame))
        .map(|(_, datetime)| datetime.trim().to_string())
        .filter(|datetime| !datetime.is_empty())
}

/// A `<title>` without the site's name after its last " - " or " | ", as
/// long as what stays is a headline of four words or more.
fn without_site_name(title: &str) -> String {
    let mut title = title;
    loop {
        let cut = [" - ", " | ", " – ", " — "]
            .iter()
            .filter_map(|separator| title.rfind(separator))
            .max();
        match cut {
            Some(at) if title[..at].split_whitespace().count() >= 4 => title = &title[..at],
            _ => return title.to_string(),
        }
    }
}
