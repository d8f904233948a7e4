//! A page's HTML → a light tree: the elements with what the content choice
//! and the text need (tag, parent, chrome or not, weight), and the page's
//! text nodes in document order, plus the metadata that gives a title and a
//! publication date.
//!
//! lol_html tokenizes as browsers do (script and style contents are raw
//! text, comments and CDATA are skipped) and reports each element's start
//! and end tag; the tree is built here from them, with the implied end tags
//! real pages rely on: a block start closes an open `p`, an `li` closes the
//! previous `li`, a `td`/`th` the previous cell, a `tr` the previous row; an
//! end tag closes every element opened inside its element; a stray end tag
//! is ignored.
//!
//! Text inside chrome is not kept; entities are decoded here (unless the
//! decoder did so already).

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{Element, TextChunk};
use lol_html::{HtmlRewriter, Settings, doc_text, element};

use super::chrome;
use crate::decode::entities;

/// An element of the page.
#[derive(Debug, Clone)]
pub(super) struct Node {
    /// The tag name, lower case.
    pub tag: String,
    pub parent: Option<u32>,
    /// Chrome: this element or one around it is dropped.
    pub chrome: bool,
    /// Inside an `a`.
    pub in_link: bool,
    /// What its class, id and itemprop say of holding the article.
    pub weight: f32,
    /// Its class or id names a title ("Title", "news-title").
    pub title_class: bool,
}

/// The page in document order.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Item {
    Open(u32),
    Close(u32),
    /// A text node outside chrome, entities decoded.
    Text(String),
}

/// What the page's metadata says, as written.
#[derive(Debug, Default, Clone)]
pub(super) struct Meta {
    pub og_title: Option<String>,
    /// `<title>`, whitespace collapsed.
    pub title: Option<String>,
    pub published_time: Option<String>,
    pub date_published: Option<String>,
    /// `meta name="pubdate"`, `publishdate` or `date`.
    pub pubdate: Option<String>,
    /// Every `<time datetime>` with the element that holds it.
    pub times: Vec<(u32, String)>,
}

/// The parsed page.
#[derive(Debug, Default)]
pub(super) struct Tree {
    pub nodes: Vec<Node>,
    pub items: Vec<Item>,
    pub meta: Meta,
}

impl Tree {
    pub(super) fn tag(&self, node: u32) -> &str {
        &self.nodes[node as usize].tag
    }
}

/// Parses `html`; `decoded` says that its character references were
/// decoded already. A page lol_html gives up on keeps what was read up to
/// there.
pub(super) fn parse(html: &str, decoded: bool) -> Tree {
    let builder = Rc::new(RefCell::new(Builder {
        decoded,
        ..Builder::default()
    }));
    let on_element = Rc::clone(&builder);
    let on_text = Rc::clone(&builder);
    let mut rewriter = HtmlRewriter::new(
        Settings {
            element_content_handlers: vec![element!("*", move |el| {
                let node = on_element.borrow_mut().open(el);
                if let (Some(node), Some(handlers)) = (node, el.end_tag_handlers()) {
                    let builder = Rc::clone(&on_element);
                    handlers.push(Box::new(move |_| {
                        builder.borrow_mut().close(node);
                        Ok(())
                    }));
                }
                Ok(())
            })],
            document_content_handlers: vec![doc_text!(move |chunk| {
                on_text.borrow_mut().text(chunk);
                Ok(())
            })],
            // Never bail out on a page the tokenizer cannot read exactly
            // (text inside `<select>` or foreign content): the text is what counts.
            strict: false,
            ..Settings::new()
        },
        |_: &[u8]| {},
    );
    // The handlers never fail and memory is not limited: nothing to report.
    let _ = rewriter
        .write(html.as_bytes())
        .and_then(|()| rewriter.end());
    let mut builder = builder.take();
    builder.close_all();
    Tree {
        nodes: builder.nodes,
        items: builder.items,
        meta: builder.meta,
    }
}

#[derive(Default)]
struct Builder {
    decoded: bool,
    nodes: Vec<Node>,
    items: Vec<Item>,
    /// The open elements, innermost last.
    stack: Vec<u32>,
    /// Raw text of the text node being read (lol_html may give it in chunks).
    pending: String,
    /// Inside an `article` element, how deep.
    articles: usize,
    meta: Meta,
}

/// Elements that close an open `p` when they start.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "div",
    "dl",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "dd",
    "dt",
];

impl Builder {
    /// A start tag: returns the node, when the element can have content.
    fn open(&mut self, el: &Element) -> Option<u32> {
        self.flush_text();
        let tag = el.tag_name();
        self.close_implied(&tag);
        if tag == "meta" {
            self.read_meta(el);
        }
        let parent = self.stack.last().copied();
        let around = parent.map(|p| &self.nodes[p as usize]);
        let class_id = [el.get_attribute("class"), el.get_attribute("id")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        let hidden = el.has_attribute("hidden")
            || el.get_attribute("aria-hidden").is_some_and(|v| v == "true")
            || el
                .get_attribute("style")
                .is_some_and(|s| chrome::hidden_by_style(&s));
        let itemprop = el.get_attribute("itemprop");
        let role = el.get_attribute("role").unwrap_or_default();
        let article_body = itemprop.as_deref() == Some("articleBody");
        // The page's frame is never chrome, whatever its class says.
        let frame = matches!(tag.as_str(), "html" | "body" | "article" | "main");
        let verdict = if frame {
            chrome::Verdict {
                chrome: false,
                weight: 0.0,
            }
        } else {
            chrome::verdict(&class_id, &role, hidden, article_body)
        };
        let node = Node {
            chrome: around.is_some_and(|p| p.chrome)
                || verdict.chrome
                || chrome::chrome_tag(&tag, self.articles > 0),
            in_link: around.is_some_and(|p| p.in_link) || tag == "a",
            weight: verdict.weight,
            title_class: class_id.contains("title"),
            parent,
            tag,
        };
        let id = self.nodes.len() as u32;
        if node.tag == "time"
            && let Some(datetime) = el.get_attribute("datetime")
        {
            self.meta.times.push((id, datetime));
        }
        if itemprop.as_deref() == Some("datePublished") {
            let date = el
                .get_attribute("content")
                .or_else(|| el.get_attribute("datetime"));
            self.meta.date_published = self.meta.date_published.take().or(date);
        }
        if node.tag == "article" {
            self.articles += 1;
        }
        self.nodes.push(node);
        self.items.push(Item::Open(id));
        // A self-closing slash on a non-void element means nothing in HTML.
        if el.can_have_content() {
            self.stack.push(id);
            Some(id)
        } else {
            self.items.push(Item::Close(id));
            None
        }
    }

    /// The elements a start tag of `tag` closes.
    fn close_implied(&mut self, tag: &str) {
        // Each: the tags it closes, and the tags that stop the search.
        let (closes, stops): (&[&str], &[&str]) = match tag {
            "li" => (&["li"], &["ul", "ol", "menu", "table", "td", "th", "body"]),
            "dt" | "dd" => (&["dt", "dd"], &["dl", "table", "td", "th", "body"]),
            "td" | "th" => (&["td", "th"], &["tr", "table", "body"]),
            "tr" => (&["tr"], &["table", "tbody", "thead", "tfoot", "body"]),
            "option" => (&["option"], &["select", "body"]),
            _ => (&[], &[]),
        };
        if !closes.is_empty() {
            self.close_nearest(closes, stops);
        }
        if CLOSES_P.contains(&tag) {
            self.close_nearest(
                &["p"],
                &[
                    "table", "td", "th", "caption", "button", "object", "template", "body",
                ],
            );
        }
    }

    /// Closes the innermost open element of `closes` (and all inside it),
    /// unless one of `stops` is met first.
    fn close_nearest(&mut self, closes: &[&str], stops: &[&str]) {
        for depth in (0..self.stack.len()).rev() {
            let tag = self.nodes[self.stack[depth] as usize].tag.as_str();
            if closes.contains(&tag) {
                self.pop_to(depth);
                return;
            }
            if stops.contains(&tag) {
                return;
            }
        }
    }

    /// An end tag lol_html matched to `node`: closes it, with the elements
    /// opened inside it and left open.
    fn close(&mut self, node: u32) {
        self.flush_text();
        if let Some(depth) = self.stack.iter().rposition(|&open| open == node) {
            self.pop_to(depth);
        }
    }

    /// Closes the elements from `depth` of the stack up.
    fn pop_to(&mut self, depth: usize) {
        while self.stack.len() > depth {
            let node = self.stack.pop().expect("the stack is deeper than depth");
            if self.nodes[node as usize].tag == "article" {
                self.articles -= 1;
            }
            self.items.push(Item::Close(node));
        }
    }

    fn close_all(&mut self) {
        self.flush_text();
        self.pop_to(0);
    }

    fn text(&mut self, chunk: &TextChunk) {
        self.pending.push_str(chunk.as_str());
        if chunk.last_in_text_node() {
            self.flush_text();
        }
    }

    /// Ends the text node being read: keeps it, or the title, unless it is chrome.
    fn flush_text(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let raw = std::mem::take(&mut self.pending);
        let text = if self.decoded {
            raw
        } else {
            entities::unescape_owned(raw)
        };
        let top = self.stack.last().map(|&node| &self.nodes[node as usize]);
        match top {
            Some(node) if node.tag == "title" => {
                if self.meta.title.is_none() {
                    self.meta.title = Some(collapse(&text)).filter(|t| !t.is_empty());
                }
            }
            Some(node) if node.chrome => {}
            _ => self.items.push(Item::Text(text)),
        }
    }

    fn read_meta(&mut self, el: &Element) {
        let Some(content) = el.get_attribute("content") else {
            return;
        };
        let content = if self.decoded {
            content
        } else {
            entities::unescape_owned(content)
        };
        let content = collapse(&content);
        if content.is_empty() {
            return;
        }
        let key = el
            .get_attribute("property")
            .or_else(|| el.get_attribute("name"))
            .or_else(|| el.get_attribute("itemprop"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let slot = match key.as_str() {
            "og:title" => &mut self.meta.og_title,
            "article:published_time" => &mut self.meta.published_time,
            "datepublished" => &mut self.meta.date_published,
            "pubdate" | "publishdate" | "date" => &mut self.meta.pubdate,
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(content);
        }
    }
}

/// `text` with runs of whitespace made one space, trimmed.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
