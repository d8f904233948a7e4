//! Bytes → text: byte-order marks, UTF-8, UTF-16, and the legacy Vietnamese
//! encodings (Windows-1258, TCVN3, VNI), with repair of UTF-8 mojibake.
//!
//! # Detection (`--encoding auto`)
//!
//! 1. A byte-order mark decides: UTF-8, UTF-16 LE or UTF-16 BE.
//! 2. Empty or whitespace-only input is an error.
//! 3. UTF-16 without a mark is recognised by its zero bytes: in the first
//!    4 KiB (at least 32 bytes), at least 30% of the odd (LE) or even (BE)
//!    bytes are zero and at most 5% of the others.
//! 4. Any other NUL byte, or more than 10% control bytes, means binary data:
//!    an error.
//! 5. Valid UTF-8 is UTF-8. If it carries the signature of UTF-8 that was once
//!    read as Windows-1252 ("Há»™i nghá»‹", "Ä‘", "Æ°"), the mojibake is
//!    repaired (twice at most, for text that went through it twice).
//! 6. UTF-8 with a few bad bytes (at least 20 valid multi-byte characters per
//!    bad sequence) is read with U+FFFD for each bad sequence: one corrupted
//!    byte should not cost a whole report.
//! 7. Otherwise the first 64 KiB are read as Windows-1258, TCVN3 and VNI, and
//!    each reading is scored: frequent Vietnamese words (5 points each), plus
//!    Vietnamese letters, minus 4 per junk: a character that is neither a
//!    Vietnamese letter nor ordinary punctuation, or a word with a Vietnamese
//!    letter that cannot be one Vietnamese syllable (an initial consonant,
//!    one to three vowels, a final consonant: "Gebỹhren", German "Gebühren"
//!    read as TCVN3, cannot). The best reading wins if it looks Vietnamese:
//!    at least 80% of its non-ASCII characters and words are Vietnamese,
//!    ASCII letters outnumber the Vietnamese ones, and frequent words are
//!    there and make up a tenth of them. If none does, text that is at least
//!    90% ASCII with no control characters is read as Windows-1252 (German,
//!    French or English text in a Windows code page); anything else is an
//!    error naming the problem, not garbage facts.
//!
//! An explicit `--encoding` skips detection; UTF-8 still gets the mojibake
//! repair and the few-bad-bytes rule, and a reading that is more than 1%
//! U+FFFD is an error.
//!
//! Legacy readings are put in NFC here (Windows-1258 and TCVN3 spell tones as
//! combining marks); the normalizer does the rest.
//!
//! Last, whatever the encoding, HTML character references are decoded
//! ("Xu&acirc;n", "Chi&#7871;n", "&nbsp;"; module [`entities`]): saved portal
//! pages keep them, and the text a browser shows is what the report says.
//!
//! # Layout
//!
//! This file holds the types, the entry points and the detection flow above,
//! with the UTF-8 and UTF-16 readings it uses. `legacy.rs` holds the
//! Windows-1258, TCVN3 and VNI readings and the score that picks one;
//! `mojibake.rs` the repair of UTF-8 that was read as Windows-1252.

pub mod entities;
mod legacy;
mod mojibake;

use std::borrow::Cow;
use std::fmt;

use legacy::{sample, score, tcvn3, vni, windows_1252, windows_1258};
use mojibake::repair_mojibake;

/// Which encoding to read input as; `Auto` detects it. A byte-order mark
/// wins over any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Encoding {
    /// Detect it: a byte-order mark, UTF-16, UTF-8, or the legacy encoding
    /// that reads as Vietnamese.
    #[default]
    Auto,
    /// UTF-8, with mojibake repaired.
    #[cfg_attr(feature = "cli", value(name = "utf-8"))]
    Utf8,
    /// UTF-16, little-endian unless its zero bytes say otherwise.
    #[cfg_attr(feature = "cli", value(name = "utf-16"))]
    Utf16,
    /// Vietnamese in the Windows code page.
    #[cfg_attr(feature = "cli", value(name = "windows-1258"))]
    Windows1258,
    /// Western European (German, French, English) in a Windows code page.
    #[cfg_attr(feature = "cli", value(name = "windows-1252"))]
    Windows1252,
    /// TCVN3 (ABC), the Vietnamese standard of the 1990s: .VnTime fonts.
    Tcvn3,
    /// VNI fonts (VNI-Times).
    Vni,
}

/// Decoded text and the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with its HTML character references decoded ("Xu&acirc;n"
    /// is "Xuân"), not yet normalized.
    pub text: String,
    /// The encoding it was read as, as a record's `encoding` names it:
    /// "utf-8", "utf-16le", "windows-1258", "tcvn3", "utf-8 (repaired
    /// mojibake)", ...
    pub encoding: &'static str,
}

/// Why bytes could not be read as a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Nothing but whitespace.
    Empty,
    /// NUL bytes outside UTF-16.
    Binary,
    /// UTF-8 was asked for and the input has too many bad bytes.
    InvalidUtf8 {
        /// The byte offset of the first bad byte.
        offset: usize,
    },
    /// Too many control bytes for text.
    ControlBytes {
        /// The share of control bytes, in percent.
        percent: u32,
    },
    /// Not UTF-8, and no legacy encoding gives Vietnamese.
    UnknownEncoding {
        /// The byte offset of the first byte that is not UTF-8.
        offset: usize,
    },
    /// The reading is largely replacement characters.
    Garbled {
        /// The share of characters that could not be decoded, in percent.
        percent: u32,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the input is empty or only whitespace"),
            DecodeError::Binary => write!(
                f,
                "the input is binary data, not text (it contains NUL bytes and is not UTF-16)"
            ),
            DecodeError::InvalidUtf8 { offset } => write!(
                f,
                "the input is not valid UTF-8 (first bad byte at offset {offset})"
            ),
            DecodeError::ControlBytes { percent } => write!(
                f,
                "the input looks like binary data ({percent}% control bytes), not text"
            ),
            DecodeError::UnknownEncoding { offset } => write!(
                f,
                "the input is not UTF-8 (first bad byte at offset {offset}) and does not read \
                 as Vietnamese in Windows-1258, TCVN3 or VNI"
            ),
            DecodeError::Garbled { percent } => write!(
                f,
                "the input does not read as text in the chosen encoding \
                 ({percent}% of its characters are undecodable)"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `bytes` as `encoding`.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded, DecodeError> {
    decode_cow(Cow::Borrowed(bytes), encoding).map(unescaped)
}

/// Like [`decode`], taking the bytes by value: valid UTF-8 becomes the text
/// without a copy.
pub fn decode_owned(bytes: Vec<u8>, encoding: Encoding) -> Result<Decoded, DecodeError> {
    decode_cow(Cow::Owned(bytes), encoding).map(unescaped)
}

/// Like [`decode_owned`], keeping HTML character references as written: a
/// container (JSON, CSV, HTML) must parse its own syntax first, where
/// `&quot;` is not a quote.
pub(crate) fn decode_keeping_references(
    bytes: Vec<u8>,
    encoding: Encoding,
) -> Result<Decoded, DecodeError> {
    decode_cow(Cow::Owned(bytes), encoding)
}

/// `decoded` with its HTML character references decoded.
fn unescaped(decoded: Decoded) -> Decoded {
    Decoded {
        text: entities::unescape_owned(decoded.text),
        ..decoded
    }
}

fn decode_cow(bytes: Cow<'_, [u8]>, encoding: Encoding) -> Result<Decoded, DecodeError> {
    // Byte-order marks win over everything, even an explicit encoding: they
    // cannot be wrong about UTF-16, and a UTF-8 mark is never text.
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        check_not_binary(rest)?;
        let rest = match bytes {
            Cow::Borrowed(bytes) => Cow::Borrowed(&bytes[3..]),
            Cow::Owned(mut bytes) => {
                bytes.drain(..3);
                Cow::Owned(bytes)
            }
        };
        return finish(utf8(rest)?);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return finish(utf16(rest, false));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return finish(utf16(rest, true));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    let utf16_order = utf16_without_bom(&bytes);
    // Without a mark, UTF-16 is told by its zero bytes; little-endian when
    // asked for and not told.
    if encoding == Encoding::Utf16 || (encoding == Encoding::Auto && utf16_order.is_some()) {
        return finish(utf16(&bytes, utf16_order == Some(true)));
    }
    check_not_binary(&bytes)?;
    match encoding {
        Encoding::Utf8 => finish(utf8(bytes)?),
        Encoding::Windows1258 => finish((windows_1258(&bytes), "windows-1258")),
        Encoding::Windows1252 => finish((windows_1252(&bytes), "windows-1252")),
        Encoding::Tcvn3 => finish((tcvn3(&bytes), "tcvn3")),
        Encoding::Vni => finish((vni(&bytes), "vni")),
        Encoding::Auto | Encoding::Utf16 => auto(bytes),
    }
}

/// Mostly ASCII with a few Latin letters and no control characters.
fn is_plain_western(text: &str) -> bool {
    let (mut total, mut other) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        if c.is_control() && !c.is_ascii_whitespace() {
            return false;
        }
        other += usize::from(!c.is_ascii());
    }
    other * 10 <= total
}

/// A legacy decoder.
type Reader = fn(&[u8]) -> String;

/// Detection for input that is neither marked nor UTF-16 nor binary.
fn auto(bytes: Cow<'_, [u8]>) -> Result<Decoded, DecodeError> {
    let bytes = match into_string(bytes) {
        Ok(text) => return finish(repaired(text)),
        Err(bytes) => bytes,
    };
    match lossy_utf8(&bytes) {
        Ok(text) => finish(repaired(text)),
        Err(DecodeError::InvalidUtf8 { offset }) => {
            let sample = sample(&bytes, 64 * 1024);
            let readings: [(&'static str, Reader); 3] = [
                ("windows-1258", windows_1258),
                ("tcvn3", tcvn3),
                ("vni", vni),
            ];
            let best = readings
                .iter()
                .map(|&(name, read)| (score(&read(sample)), name, read))
                .filter(|(score, ..)| score.is_vietnamese())
                .max_by_key(|(score, ..)| score.total());
            match best {
                Some((_, name, read)) => finish((read(&bytes), name)),
                // Not Vietnamese, but plain Western text in a Windows code
                // page (a German article) is still text.
                None => match windows_1252(&bytes) {
                    text if is_plain_western(&text) => finish((text, "windows-1252")),
                    _ => Err(DecodeError::UnknownEncoding { offset }),
                },
            }
        }
        Err(other) => Err(other),
    }
}

/// Decodes HTML character references; rejects text that is mostly undecodable.
fn finish((text, name): (String, &'static str)) -> Result<Decoded, DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    // Counting characters costs a pass; only text with U+FFFD needs it.
    let bad = memchr::memmem::find_iter(text.as_bytes(), "\u{FFFD}".as_bytes()).count();
    let total = if bad == 0 { 0 } else { text.chars().count() };
    if bad * 100 > total {
        return Err(DecodeError::Garbled {
            percent: percent(bad, total),
        });
    }
    Ok(Decoded {
        text,
        encoding: name,
    })
}

fn percent(part: usize, whole: usize) -> u32 {
    (part * 100).div_ceil(whole.max(1)) as u32
}

/// NUL bytes or many control bytes mean the input is not text. Control bytes
/// are the C0 codes other than tab, LF, VT, FF, CR and ESC; TCVN3 puts a few
/// capital letters there, which stay far below the limit.
fn check_not_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    // One branch-free pass over blocks of 240 bytes (a whole number of
    // vector widths, few enough for byte-sized counters), so that it vectorizes.
    let control_and_nul = |block: &[u8]| {
        let (mut control, mut nul) = (0u8, false);
        for &b in block {
            // Tab, LF, VT, FF and CR are 9..=13; NUL counts too, and is flagged.
            control += u8::from(b < 0x20 && b.wrapping_sub(9) > 4 && b != 0x1B);
            nul |= b == 0;
        }
        (usize::from(control), nul)
    };
    let blocks = bytes.chunks_exact(240);
    let (mut control, mut nul) = control_and_nul(blocks.remainder());
    for block in blocks {
        let (block_control, block_nul) = control_and_nul(block);
        control += block_control;
        nul |= block_nul;
    }
    if nul {
        return Err(DecodeError::Binary);
    }
    if control * 10 > bytes.len() {
        return Err(DecodeError::ControlBytes {
            percent: percent(control, bytes.len()),
        });
    }
    Ok(())
}

// ---------------------------------------------------------------- UTF-8

/// Strict UTF-8, lossy when the bad bytes are a tiny fraction, with mojibake
/// repaired. Returns the text and the name to report.
fn utf8(bytes: Cow<'_, [u8]>) -> Result<(String, &'static str), DecodeError> {
    let text = match into_string(bytes) {
        Ok(text) => text,
        Err(bytes) => lossy_utf8(&bytes)?,
    };
    Ok(repaired(text))
}

/// The bytes as a string when they are valid UTF-8, without copying owned
/// bytes; the bytes back otherwise.
fn into_string(bytes: Cow<'_, [u8]>) -> Result<String, Cow<'_, [u8]>> {
    // SIMD validation: several times faster than the standard library's on
    // Vietnamese text, where most characters take two or three bytes.
    match bytes {
        Cow::Borrowed(bytes) => simdutf8::basic::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| Cow::Borrowed(bytes)),
        Cow::Owned(bytes) => match simdutf8::basic::from_utf8(&bytes) {
            // SAFETY: `bytes` were validated as UTF-8 just above.
            Ok(_) => Ok(unsafe { String::from_utf8_unchecked(bytes) }),
            Err(_) => Err(Cow::Owned(bytes)),
        },
    }
}

/// Invalid UTF-8 read with U+FFFD for each bad sequence, when those are a
/// tiny fraction of its characters; an error naming the first otherwise.
fn lossy_utf8(bytes: &[u8]) -> Result<String, DecodeError> {
    let offset = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text.to_owned()),
        Err(error) => error.valid_up_to(),
    };
    let (bad, multibyte) = count_utf8(bytes);
    if bad == 0 || multibyte < 20 * bad {
        return Err(DecodeError::InvalidUtf8 { offset });
    }
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

/// `text` with its mojibake repaired, and the name to report.
fn repaired(text: String) -> (String, &'static str) {
    match repair_mojibake(&text) {
        Some(repaired) => (repaired, "utf-8 (repaired mojibake)"),
        None => (text, "utf-8"),
    }
}

/// Bad sequences and valid multi-byte characters in `bytes`.
fn count_utf8(mut bytes: &[u8]) -> (usize, usize) {
    let (mut bad, mut multibyte) = (0, 0);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(valid) => {
                multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
                return (bad, multibyte);
            }
            Err(error) => {
                // `valid_up_to` marks a prefix that is valid UTF-8.
                let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
                multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
                bad += 1;
                let skip = error.valid_up_to() + error.error_len().unwrap_or(bytes.len());
                bytes = bytes.get(skip..).unwrap_or_default();
            }
        }
    }
}

// ---------------------------------------------------------------- UTF-16

/// `Some(big_endian)` when `bytes` look like UTF-16 without a mark.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    let pairs = head.len() / 2;
    // Too short to tell UTF-16 from binary data with a NUL in it; and
    // without a zero byte, no reading is UTF-16 (the usual case, told fast).
    if pairs < 16 || memchr::memchr(0, head).is_none() {
        return None;
    }
    let even_zero = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_zero * 10 >= pairs * 3 && even_zero * 20 <= pairs {
        Some(false)
    } else if even_zero * 10 >= pairs * 3 && odd_zero * 20 <= pairs {
        Some(true)
    } else {
        None
    }
}

fn utf16(bytes: &[u8], big_endian: bool) -> (String, &'static str) {
    let encoding = if big_endian {
        encoding_rs::UTF_16BE
    } else {
        encoding_rs::UTF_16LE
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let name = if big_endian { "utf-16be" } else { "utf-16le" };
    (text.into_owned(), name)
}

#[cfg(test)]
mod tests {
    use unicode_normalization::UnicodeNormalization;

    use super::*;

    /// Windows-1258 spelling: letters precomposed except for the five tone
    /// marks, which follow as combining characters.
    fn tones_apart(text: &str) -> String {
        const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
        let mut out = String::new();
        for c in text.chars() {
            let parts: Vec<char> = c.to_string().nfd().collect();
            let (tones, rest): (Vec<char>, Vec<char>) =
                parts.iter().partition(|p| TONES.contains(p));
            out.extend(rest.into_iter().collect::<String>().nfc());
            out.extend(tones);
        }
        out
    }

    pub(super) fn auto(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
        decode(bytes, Encoding::Auto).map(|d| (d.text, d.encoding))
    }

    pub(super) const SENTENCE: &str = "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016.";

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            auto(SENTENCE.as_bytes()).unwrap(),
            (SENTENCE.into(), "utf-8")
        );
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), SENTENCE.as_bytes()].concat();
        assert_eq!(auto(&with_bom).unwrap(), (SENTENCE.into(), "utf-8"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = SENTENCE.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = SENTENCE.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let le_bom = [b"\xFF\xFE".as_slice(), &le].concat();
        let be_bom = [b"\xFE\xFF".as_slice(), &be].concat();
        assert_eq!(auto(&le_bom).unwrap(), (SENTENCE.into(), "utf-16le"));
        assert_eq!(auto(&be_bom).unwrap(), (SENTENCE.into(), "utf-16be"));
        assert_eq!(auto(&le).unwrap(), (SENTENCE.into(), "utf-16le"));
        assert_eq!(auto(&be).unwrap(), (SENTENCE.into(), "utf-16be"));
    }

    #[test]
    fn a_few_bad_bytes_are_replaced() {
        let mut bytes = SENTENCE.repeat(3).into_bytes();
        bytes.insert(10, 0xFF);
        let (text, name) = auto(&bytes).unwrap();
        assert_eq!(name, "utf-8");
        assert_eq!(text.matches('\u{FFFD}').count(), 1);
    }

    #[test]
    fn errors_name_the_problem() {
        assert_eq!(auto(b""), Err(DecodeError::Empty));
        assert_eq!(auto(b" \n\t\r\n"), Err(DecodeError::Empty));
        assert_eq!(auto(b"PK\x03\x04\x00\x00abc"), Err(DecodeError::Binary));
        assert_eq!(auto(b"abc\x00def"), Err(DecodeError::Binary));
        assert!(matches!(
            auto(b"\x01\x02\x03\x04\x05\x06\x07\x08abc"),
            Err(DecodeError::ControlBytes { .. })
        ));
        let message = DecodeError::ControlBytes { percent: 37 }.to_string();
        assert_eq!(
            message,
            "the input looks like binary data (37% control bytes), not text"
        );
        // random high bytes read as nothing Vietnamese
        let noise: Vec<u8> = (0..400u32).map(|i| 0x80 + (i * 37 % 128) as u8).collect();
        assert!(matches!(
            auto(&noise),
            Err(DecodeError::UnknownEncoding { .. })
        ));
    }

    #[test]
    fn explicit_utf8_rejects_legacy_bytes() {
        let tcvn = b"H\xe9i ngh\xde t\xe6ng k\xd5t c\xb4ng t\xb8c";
        assert!(matches!(
            decode(tcvn, Encoding::Utf8),
            Err(DecodeError::InvalidUtf8 { offset: 1 })
        ));
    }

    /// (bytes in TCVN3, text); TCVN3 bytes written by hand from the table.
    #[test]
    fn detection_picks_the_legacy_encoding() {
        let tcvn3_text = b"N\xa8m 2016, c\xabng t\xb8c c\xb6i c\xb8ch h\xb5nh ch\xddnh tr\xaan \xae\xdea b\xb5n t\xd8nh c\xe3 nhi\xd2u chuy\xd3n bi\xd5n t\xddch c\xf9c.";
        let (text, name) = auto(tcvn3_text).unwrap();
        assert_eq!(name, "tcvn3");
        assert_eq!(
            text,
            "Năm 2016, công tác cải cách hành chính trên địa bàn tỉnh có nhiều chuyển biến tích cực."
        );
        let vni_text = b"Na\xeam 2016, co\xe2ng ta\xf9c ca\xfbi ca\xf9ch ha\xf8nh ch\xednh tre\xe2n \xf1\xf2a ba\xf8n t\xe6nh co\xf9 nhie\xe0u chuye\xe5n bie\xe1n t\xedch c\xf6\xefc.";
        let (text, name) = auto(vni_text).unwrap();
        assert_eq!(name, "vni");
        assert_eq!(
            text,
            "Năm 2016, công tác cải cách hành chính trên địa bàn tỉnh có nhiều chuyển biến tích cực."
        );
        let apart = tones_apart(
            "Năm 2016, công tác cải cách hành chính trên địa bàn tỉnh có nhiều chuyển biến tích cực.",
        );
        let (w1258, _, _) = encoding_rs::WINDOWS_1258.encode(&apart);
        let (text, name) = auto(&w1258).unwrap();
        assert_eq!(name, "windows-1258");
        assert_eq!(
            text,
            "Năm 2016, công tác cải cách hành chính trên địa bàn tỉnh có nhiều chuyển biến tích cực."
        );
    }
}
