//! The text walk of a page: its content stream's text operators, in the
//! order written, become runs of text with the spaces and line breaks their
//! positions imply. Only strings shown by `Tj`, `TJ`, `'` and `"` are text;
//! every other operator (paths, colours, images) only moves the pen or is
//! skipped, so drawing commands never come out as text.
//!
//! Positions: a string's start is its text origin through the text and
//! current transformation matrices; its end adds the glyph widths the font
//! lists. A start below or above the previous end by more than half the
//! font size begins a new line, by more than 1.7 font sizes a new paragraph
//! (a blank line); a start to the right of it by more than 0.15 of the
//! font size is a space between words.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::{Font, Shown};

/// The most bytes a page's (or form's) content may inflate to.
const MAX_CONTENT: usize = 64 * 1024 * 1024;
/// How deep forms may nest in forms.
const MAX_FORM_DEPTH: usize = 8;

/// A piece of a page's text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Run {
    /// Text as its font maps it: spaces and line breaks are runs of it too.
    Text(String),
    /// A simple font's string: its text, and its bytes for a legacy
    /// reading, with the reading its font's name gives.
    Codes {
        text: String,
        bytes: Vec<u8>,
        legacy: Option<crate::decode::Encoding>,
    },
}

/// What the walk of a document found.
#[derive(Default)]
pub(super) struct Walked {
    pub runs: Vec<Run>,
    /// Glyphs shown, and how many of them map to no text.
    pub glyphs: usize,
    pub unmapped: usize,
    /// Images drawn (image XObjects and inline images).
    pub images: usize,
}

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `a` then `b`, as PDF composes matrices (`a × b`).
fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn translate(x: f32, y: f32) -> Matrix {
    [1.0, 0.0, 0.0, 1.0, x, y]
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
}

impl Default for State {
    fn default() -> State {
        State {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
        }
    }
}

/// Walks a document's pages, a blank line between pages.
pub(super) fn walk(doc: &Document) -> Walked {
    let mut walker = Walker {
        doc,
        out: Walked::default(),
        last: None,
        fonts: HashMap::new(),
    };
    for (_, page_id) in doc.get_pages() {
        let Ok(content) = doc.get_page_content_with_limit(page_id, MAX_CONTENT) else {
            continue;
        };
        let resources = page_resources(doc, page_id);
        walker.page_break();
        walker.content(&content, resources, IDENTITY, 0);
    }
    walker.out
}

/// The end of the last string shown: where it ends (x, y) in page space,
/// and its font size there.
#[derive(Clone, Copy)]
struct Pen {
    x: f32,
    y: f32,
    size: f32,
}

struct Walker<'a> {
    doc: &'a Document,
    out: Walked,
    last: Option<Pen>,
    /// The fonts read so far, by object: every page names the same few.
    fonts: HashMap<ObjectId, Rc<Font>>,
}

impl<'a> Walker<'a> {
    fn page_break(&mut self) {
        if self.last.take().is_some() {
            self.push_text("\n\n");
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(Run::Text(last)) = self.out.runs.last_mut() {
            last.push_str(text);
        } else {
            self.out.runs.push(Run::Text(text.to_owned()));
        }
    }

    fn content(
        &mut self,
        content: &[u8],
        resources: Option<&'a Dictionary>,
        ctm: Matrix,
        depth: usize,
    ) {
        let Ok(content) = Content::decode(content) else {
            return;
        };
        let fonts = self.fonts(resources);
        let mut state = State {
            ctm,
            ..State::default()
        };
        let mut stack: Vec<State> = Vec::new();
        let (mut tm, mut line) = (IDENTITY, IDENTITY);
        for op in &content.operations {
            let num = |i: usize| {
                op.operands
                    .get(i)
                    .and_then(|o| o.as_float().ok())
                    .unwrap_or(0.0)
            };
            match op.operator.as_str() {
                "q" if stack.len() < 64 => stack.push(state.clone()),
                "Q" => state = stack.pop().unwrap_or_else(|| state.clone()),
                "cm" => {
                    let m = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    state.ctm = multiply(&m, &state.ctm);
                }
                "BT" => (tm, line) = (IDENTITY, IDENTITY),
                "Tf" => {
                    state.font = op
                        .operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|name| fonts.get(name).cloned());
                    state.size = num(1);
                }
                "Tc" => state.char_spacing = num(0),
                "Tw" => state.word_spacing = num(0),
                "Tz" => state.scale = num(0) / 100.0,
                "TL" => state.leading = num(0),
                "Td" | "TD" => {
                    if op.operator == "TD" {
                        state.leading = -num(1);
                    }
                    line = multiply(&translate(num(0), num(1)), &line);
                    tm = line;
                }
                "Tm" => {
                    line = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    tm = line;
                }
                "T*" => {
                    line = multiply(&translate(0.0, -state.leading), &line);
                    tm = line;
                }
                "Tj" | "'" | "\"" => {
                    if op.operator != "Tj" {
                        if op.operator == "\"" {
                            state.word_spacing = num(0);
                            state.char_spacing = num(1);
                        }
                        line = multiply(&translate(0.0, -state.leading), &line);
                        tm = line;
                    }
                    if let Some(bytes) = op.operands.last().and_then(|o| o.as_str().ok()) {
                        self.show(&state, &mut tm, bytes);
                    }
                }
                "TJ" => {
                    let Some(items) = op.operands.first().and_then(|o| o.as_array().ok()) else {
                        continue;
                    };
                    for item in items {
                        match item {
                            Object::String(bytes, _) => self.show(&state, &mut tm, bytes),
                            other => {
                                let adjust = other.as_float().unwrap_or(0.0);
                                let tx = -adjust / 1000.0 * state.size * state.scale;
                                tm = multiply(&translate(tx, 0.0), &tm);
                            }
                        }
                    }
                }
                "Do" => match form(self.doc, resources, op.operands.first()) {
                    Some((form, matrix, form_resources)) if depth < MAX_FORM_DEPTH => {
                        let ctm = multiply(&matrix, &state.ctm);
                        self.content(&form, form_resources.or(resources), ctm, depth + 1);
                    }
                    Some(_) => {}
                    None => self.out.images += 1,
                },
                "BI" => self.out.images += 1,
                _ => {}
            }
        }
    }

    /// Shows a string at the text matrix `tm`, and moves it past the string.
    fn show(&mut self, state: &State, tm: &mut Matrix, bytes: &[u8]) {
        let Some(font) = state.font.clone() else {
            return;
        };
        let Shown {
            text,
            codes,
            advances,
            unmapped,
        } = font.show(bytes);
        self.out.glyphs += advances.len();
        self.out.unmapped += unmapped;
        let start = multiply(tm, &state.ctm);
        let size = state.size * (start[2] * start[2] + start[3] * start[3]).sqrt();
        let advance: f32 = advances
            .iter()
            .map(|&(width, space)| {
                let spacing = state.char_spacing + if space { state.word_spacing } else { 0.0 };
                (width / 1000.0 * state.size + spacing) * state.scale
            })
            .sum();
        *tm = multiply(&translate(advance, 0.0), tm);
        if text.is_empty() {
            return;
        }
        let end = multiply(tm, &state.ctm);
        self.separate(start[4], start[5], size, &text);
        self.last = Some(Pen {
            x: end[4],
            y: end[5],
            size,
        });
        match codes {
            Some(bytes) => self.out.runs.push(Run::Codes {
                text,
                bytes,
                legacy: font.legacy,
            }),
            None => self.push_text(&text),
        }
    }

    /// The space or line break between the last string and one starting at
    /// (x, y).
    fn separate(&mut self, x: f32, y: f32, size: f32, text: &str) {
        let Some(last) = self.last else {
            return;
        };
        let em = size.max(last.size).max(1.0);
        let rise = (y - last.y).abs();
        if rise > 1.7 * em {
            self.push_text("\n\n");
        } else if rise > 0.5 * em {
            self.push_text("\n");
        } else if x - last.x > 0.15 * em && !text.starts_with(' ') && !self.ends_with_space() {
            self.push_text(" ");
        }
    }

    fn ends_with_space(&self) -> bool {
        match self.out.runs.last() {
            Some(Run::Text(text) | Run::Codes { text, .. }) => text.ends_with([' ', '\n']),
            None => true,
        }
    }
}

/// A page's resources, inherited from the page tree when the page has none.
fn page_resources(doc: &Document, page_id: lopdf::ObjectId) -> Option<&Dictionary> {
    let (direct, ids) = doc.get_page_resources(page_id).ok()?;
    direct.or_else(|| ids.iter().find_map(|&id| doc.get_dictionary(id).ok()))
}

impl Walker<'_> {
    /// The fonts `resources` name, by name; each font object is read once
    /// per document.
    fn fonts(&mut self, resources: Option<&Dictionary>) -> HashMap<Vec<u8>, Rc<Font>> {
        let doc = self.doc;
        let Some(fonts) = resources
            .and_then(|r| r.get_deref(b"Font", doc).ok())
            .and_then(|o| o.as_dict().ok())
        else {
            return HashMap::new();
        };
        fonts
            .iter()
            .filter_map(|(name, font)| {
                let (id, dict) = doc.dereference(font).ok()?;
                let dict = dict.as_dict().ok()?;
                let font = match id {
                    Some(id) => self
                        .fonts
                        .entry(id)
                        .or_insert_with(|| Rc::new(Font::new(doc, dict)))
                        .clone(),
                    None => Rc::new(Font::new(doc, dict)),
                };
                Some((name.clone(), font))
            })
            .collect()
    }
}

/// The content, matrix and resources of the form XObject a `Do` names;
/// `None` for an image or anything else.
fn form<'a>(
    doc: &'a Document,
    resources: Option<&'a Dictionary>,
    name: Option<&Object>,
) -> Option<(Vec<u8>, Matrix, Option<&'a Dictionary>)> {
    let name = name?.as_name().ok()?;
    let xobjects = resources?.get_deref(b"XObject", doc).ok()?.as_dict().ok()?;
    let stream = xobjects.get_deref(name, doc).ok()?.as_stream().ok()?;
    if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
        return None;
    }
    let content = stream.get_plain_content_with_limit(MAX_CONTENT).ok()?;
    let mut matrix = IDENTITY;
    if let Some(values) = stream
        .dict
        .get(b"Matrix")
        .ok()
        .and_then(|o| o.as_array().ok())
    {
        for (slot, value) in matrix.iter_mut().zip(values) {
            *slot = value.as_float().unwrap_or(0.0);
        }
    }
    let form_resources = stream
        .dict
        .get_deref(b"Resources", doc)
        .ok()
        .and_then(|o| o.as_dict().ok());
    Some((content, matrix, form_resources))
}
