//! A page's fonts, as the text walk needs them: how a shown string splits
//! into glyph codes, what each code reads as, how wide it is, and whether the
//! font is a legacy Vietnamese one (TCVN3 `.VnTime`, VNI `VNI-Times`) whose
//! codes are the bytes of that encoding.

use std::cell::RefCell;

use foldhash::HashMap;
use lopdf::{Dictionary, Document, Encoding, Object};

use crate::decode::Encoding as Legacy;

/// The most bytes a font's ToUnicode map may inflate to.
const MAX_CMAP: usize = 4 * 1024 * 1024;

/// One font of a page.
pub(super) struct Font {
    /// Two-byte codes (a Type0 font); else one byte per code.
    composite: bool,
    /// Code → text, from the font's ToUnicode map (lopdf's
    /// `UnicodeMapEncoding`, whose map type it does not export).
    to_unicode: Option<Encoding<'static>>,
    /// What `to_unicode` gave each code met so far (`None`: no text). A
    /// page shows a few hundred codes thousands of times, and the map's
    /// range search and its `Vec` per lookup were a fifth of a PDF's time.
    mapped: RefCell<HashMap<u32, Option<Box<str>>>>,
    /// For a simple font without a usable ToUnicode map: what each code
    /// reads as by its `/Encoding` (empty: none).
    table: Option<Vec<String>>,
    /// The legacy encoding its name says its codes are in.
    pub legacy: Option<Legacy>,
    /// Glyph widths in thousandths of the font size, by code.
    widths: Widths,
}

struct Widths {
    first: u32,
    listed: Vec<f32>,
    /// CID ranges of a composite font: (first, last, width).
    ranges: Vec<(u32, u32, f32)>,
    default: f32,
}

/// A shown string, read through its font.
pub(super) struct Shown {
    /// The text the font maps the codes to.
    pub text: String,
    /// The bytes of a simple font's string: what a legacy reading decodes.
    pub codes: Option<Vec<u8>>,
    /// The advance of each code, in thousandths of the font size, with
    /// whether it is a space (code 32 of a simple font, for word spacing).
    pub advances: Vec<(f32, bool)>,
    /// Codes that mapped to no text.
    pub unmapped: usize,
}

impl Font {
    /// Reads a font dictionary; never fails: what it lacks is guessed.
    pub(super) fn new(doc: &Document, dict: &Dictionary) -> Font {
        let composite = dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0");
        let legacy = legacy_by_name(dict);
        let to_unicode = if legacy.is_some() {
            // A legacy font's ToUnicode map, when a converter wrote one, maps
            // the codes to Latin-1 look-alikes: the codes are what count.
            None
        } else {
            to_unicode(doc, dict)
        };
        let table = if composite || to_unicode.is_some() {
            None
        } else {
            simple_table(doc, dict)
        };
        Font {
            composite,
            to_unicode,
            mapped: RefCell::default(),
            table,
            legacy,
            widths: widths(doc, dict, composite),
        }
    }

    /// Reads a shown string's bytes.
    pub(super) fn show(&self, bytes: &[u8]) -> Shown {
        let mut shown = Shown {
            text: String::new(),
            codes: None,
            advances: Vec::new(),
            unmapped: 0,
        };
        if self.composite {
            for pair in bytes.chunks(2) {
                let code = pair.iter().fold(0u32, |code, &b| code << 8 | u32::from(b));
                if !self.push_mapped(code, 2, &mut shown.text) {
                    shown.unmapped += 1;
                }
                shown.advances.push((self.widths.of(code), false));
            }
            return shown;
        }
        for &b in bytes {
            let code = u32::from(b);
            shown.advances.push((self.widths.of(code), b == b' '));
            if !self.push_mapped(code, 1, &mut shown.text) {
                push_table(&mut shown.text, self.table.as_ref(), b);
            }
        }
        shown.codes = Some(match self.legacy {
            Some(_) => bytes.to_vec(),
            // The text as single bytes again, when it is all Windows-1252:
            // a legacy font without a telling name, read as Latin-1 garbage.
            None => match encoding_rs::WINDOWS_1252.encode(&shown.text) {
                (bytes, _, false) => bytes.into_owned(),
                _ => return shown,
            },
        });
        shown
    }
}

impl Font {
    /// Pushes the text the ToUnicode map gives a code of `len` bytes;
    /// false when it gives none.
    fn push_mapped(&self, code: u32, len: u8, out: &mut String) -> bool {
        let Some(Encoding::UnicodeMapEncoding(map)) = &self.to_unicode else {
            return false;
        };
        let mut mapped = self.mapped.borrow_mut();
        let text = mapped.entry(code).or_insert_with(|| {
            map.get(code, len)
                .map(|units| String::from_utf16_lossy(&units).into_boxed_str())
        });
        match text {
            Some(text) => {
                out.push_str(text);
                true
            }
            None => false,
        }
    }
}

fn push_table(text: &mut String, table: Option<&Vec<String>>, b: u8) {
    if let Some(decoded) = table.map(|table| &table[usize::from(b)])
        && !decoded.is_empty()
    {
        text.push_str(decoded);
        return;
    }
    // No table, or none for this code: Windows-1252, as most simple fonts are.
    let byte = [b];
    let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
    text.push_str(&decoded);
}

impl Widths {
    fn of(&self, code: u32) -> f32 {
        if let Some(&width) = code
            .checked_sub(self.first)
            .and_then(|i| self.listed.get(i as usize))
        {
            return width;
        }
        self.ranges
            .iter()
            .find(|(first, last, _)| (*first..=*last).contains(&code))
            .map_or(self.default, |&(.., width)| width)
    }
}

/// TCVN3 fonts are named `.VnTime`, `.VnArialH`, `VnTime`; VNI fonts
/// `VNI-Times`, `VNI-Helve`. A subset prefix (`ABCDEF+`) is skipped.
fn legacy_by_name(dict: &Dictionary) -> Option<Legacy> {
    let name = dict.get(b"BaseFont").and_then(Object::as_name).ok()?;
    let name = String::from_utf8_lossy(name).to_ascii_lowercase();
    let name = name.split_once('+').map_or(name.as_str(), |(_, rest)| rest);
    let name = name.trim_start_matches("#2e").trim_start_matches('.');
    if name.starts_with("vni-") || name.starts_with("vni ") || name.starts_with("vni_") {
        Some(Legacy::Vni)
    } else if name.starts_with("vn") {
        Some(Legacy::Tcvn3)
    } else {
        None
    }
}

/// The font's ToUnicode map. lopdf parses one only for a font without an
/// `/Encoding`, so it is asked about a dictionary holding just the map.
fn to_unicode(doc: &Document, dict: &Dictionary) -> Option<Encoding<'static>> {
    let map = dict.get(b"ToUnicode").ok()?;
    let mut bare = Dictionary::new();
    bare.set("Type", Object::Name(b"Font".to_vec()));
    bare.set("ToUnicode", map.clone());
    match bare.get_font_encoding_with_limit(doc, MAX_CMAP) {
        Ok(Encoding::UnicodeMapEncoding(map)) => Some(Encoding::UnicodeMapEncoding(map)),
        _ => None,
    }
}

/// What each code of a simple font reads as by its `/Encoding` (WinAnsi,
/// MacRoman, Standard, with `/Differences`); `None` when it has none.
fn simple_table(doc: &Document, dict: &Dictionary) -> Option<Vec<String>> {
    dict.get(b"Encoding").ok()?;
    let encoding = dict.get_font_encoding(doc).ok()?;
    let table = (0..=255u8)
        .map(|b| match encoding.bytes_to_string(&[b]) {
            Ok(text) if !text.contains('\u{FFFD}') => text,
            _ => String::new(),
        })
        .collect();
    Some(table)
}

fn number(doc: &Document, object: &Object) -> Option<f32> {
    doc.dereference(object).ok()?.1.as_float().ok()
}

fn array<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Vec<Object>> {
    doc.dereference(object).ok()?.1.as_array().ok()
}

fn widths(doc: &Document, dict: &Dictionary, composite: bool) -> Widths {
    let mut widths = Widths {
        first: 0,
        listed: Vec::new(),
        ranges: Vec::new(),
        default: if composite { 1000.0 } else { 500.0 },
    };
    if !composite {
        widths.first = dict
            .get(b"FirstChar")
            .ok()
            .and_then(|o| number(doc, o))
            .map_or(0, |n| n.max(0.0) as u32);
        if let Some(listed) = dict.get(b"Widths").ok().and_then(|o| array(doc, o)) {
            widths.listed = listed
                .iter()
                .map(|o| number(doc, o).unwrap_or(0.0))
                .collect();
        }
        return widths;
    }
    let Some(descendant) = dict
        .get(b"DescendantFonts")
        .ok()
        .and_then(|o| array(doc, o))
        .and_then(|fonts| fonts.first())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
    else {
        return widths;
    };
    if let Some(default) = descendant.get(b"DW").ok().and_then(|o| number(doc, o)) {
        widths.default = default;
    }
    // `/W [c [w1 w2 ...] c1 c2 w ...]`.
    let Some(list) = descendant.get(b"W").ok().and_then(|o| array(doc, o)) else {
        return widths;
    };
    let mut items = list.iter();
    while let Some(first) = items.next().and_then(|o| number(doc, o)) {
        let first = first.max(0.0) as u32;
        match items.next().map(|o| doc.dereference(o).map(|(_, o)| o)) {
            Some(Ok(Object::Array(each))) => {
                for (i, width) in each.iter().enumerate() {
                    let code = first.saturating_add(i as u32);
                    let width = number(doc, width).unwrap_or(widths.default);
                    widths.ranges.push((code, code, width));
                }
            }
            Some(Ok(last)) => {
                let last = last.as_float().unwrap_or(0.0).max(0.0) as u32;
                let width = items.next().and_then(|o| number(doc, o));
                widths
                    .ranges
                    .push((first, last, width.unwrap_or(widths.default)));
            }
            _ => break,
        }
    }
    widths
}
