//! Text set in legacy Vietnamese fonts. A PDF made from a TCVN3 or VNI
//! document keeps the legacy bytes as glyph codes of fonts such as
//! `.VnTime` or `VNI-Times`, usually without a ToUnicode map (or with one
//! mapping each code to its Latin-1 look-alike), so its text reads as
//! "Héi nghÞ". Such strings go through the decoder's TCVN3 or VNI reading:
//! - a font whose name says TCVN3 or VNI is read so;
//! - strings of other simple fonts whose text is all Windows-1252 are
//!   pooled, and read as TCVN3 or VNI when the decoder's detection, given
//!   their bytes, says the pool is in one of them;
//! - an explicit TCVN3, VNI or Windows-1258 encoding reads every string of
//!   a simple font so; UTF-8, UTF-16 and Windows-1252 leave every font's
//!   text as its encoding table gives it.

use crate::decode::{self, Encoding};

use super::walk::Run;

/// The legacy reading the walked runs' free strings are in, if any.
pub(super) fn pooled_reading(runs: &[Run], encoding: Encoding) -> Option<Encoding> {
    match encoding {
        Encoding::Tcvn3 | Encoding::Vni | Encoding::Windows1258 => return Some(encoding),
        Encoding::Utf8 | Encoding::Utf16 | Encoding::Windows1252 => return None,
        Encoding::Auto => {}
    }
    let mut pool = Vec::new();
    for run in runs {
        if let Run::Codes {
            bytes,
            legacy: None,
            ..
        } = run
        {
            pool.extend_from_slice(bytes);
            pool.push(b'\n');
        }
    }
    if !pool.iter().any(|&b| b >= 0x80) {
        return None;
    }
    match decode::decode(&pool, Encoding::Auto).ok()?.encoding {
        "tcvn3" => Some(Encoding::Tcvn3),
        "vni" => Some(Encoding::Vni),
        _ => None,
    }
}

/// Joins the runs into text, each string of a legacy font (or of the pool,
/// when `pooled` names its reading) decoded by its reading.
pub(super) fn join(runs: Vec<Run>, pooled: Option<Encoding>, forced: bool) -> String {
    // Each reading decodes all its strings at once, one per line, so that
    // the decoder sees whole words and the strings come back in order.
    let reading_of = |run: &Run| match run {
        Run::Codes { .. } if forced => pooled,
        Run::Codes { legacy, .. } => legacy.or(pooled),
        Run::Text(_) => None,
    };
    let mut decoded: Vec<(Encoding, std::vec::IntoIter<String>)> = Vec::new();
    for reading in [Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258] {
        let mut joined = Vec::new();
        let mut count = 0;
        for run in runs.iter().filter(|run| reading_of(run) == Some(reading)) {
            if let Run::Codes { bytes, .. } = run {
                joined.extend(
                    bytes
                        .iter()
                        .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b }),
                );
                joined.push(b'\n');
                count += 1;
            }
        }
        if count == 0 {
            continue;
        }
        let Ok(text) = decode::decode(&joined, reading) else {
            continue;
        };
        let lines: Vec<String> = text
            .text
            .split('\n')
            .take(count)
            .map(str::to_owned)
            .collect();
        if lines.len() == count {
            decoded.push((reading, lines.into_iter()));
        }
    }
    let mut text = String::new();
    for run in runs {
        let reading = reading_of(&run);
        match run {
            Run::Text(piece) => text.push_str(&piece),
            Run::Codes { text: piece, .. } => {
                let legacy = decoded
                    .iter_mut()
                    .find(|(r, _)| Some(*r) == reading)
                    .and_then(|(_, lines)| lines.next());
                text.push_str(legacy.as_deref().unwrap_or(&piece));
            }
        }
    }
    text
}
