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

pub mod entities;

use std::borrow::Cow;
use std::fmt;

use unicode_normalization::UnicodeNormalization;

/// Which encoding to read input as; `Auto` detects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Encoding {
    #[default]
    Auto,
    #[cfg_attr(feature = "cli", value(name = "utf-8"))]
    Utf8,
    #[cfg_attr(feature = "cli", value(name = "utf-16"))]
    Utf16,
    #[cfg_attr(feature = "cli", value(name = "windows-1258"))]
    Windows1258,
    /// Western European (German, French, English) in a Windows code page.
    #[cfg_attr(feature = "cli", value(name = "windows-1252"))]
    Windows1252,
    Tcvn3,
    Vni,
}

/// Decoded text and the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
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
    InvalidUtf8 { offset: usize },
    /// Too many control bytes for text.
    ControlBytes { percent: u32 },
    /// Not UTF-8, and no legacy encoding gives Vietnamese.
    UnknownEncoding { offset: usize },
    /// The reading is largely replacement characters.
    Garbled { percent: u32 },
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
                "the input is not valid UTF-8 (first bad byte at offset {offset}); \
                 try --encoding auto, windows-1258, tcvn3 or vni"
            ),
            DecodeError::ControlBytes { percent } => write!(
                f,
                "the input looks like binary data ({percent}% control bytes), not text"
            ),
            DecodeError::UnknownEncoding { offset } => write!(
                f,
                "the input is not UTF-8 (first bad byte at offset {offset}) and does not read \
                 as Vietnamese in Windows-1258, TCVN3 or VNI; name its encoding with --encoding"
            ),
            DecodeError::Garbled { percent } => write!(
                f,
                "the input does not read as text in the chosen encoding \
                 ({percent}% of its characters are undecodable); try --encoding auto"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `bytes` as `encoding`.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded, DecodeError> {
    decode_cow(Cow::Borrowed(bytes), encoding)
}

/// Like [`decode`], taking the bytes by value: valid UTF-8 becomes the text
/// without a copy.
pub fn decode_owned(bytes: Vec<u8>, encoding: Encoding) -> Result<Decoded, DecodeError> {
    decode_cow(Cow::Owned(bytes), encoding)
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
    let text = entities::unescape_owned(text);
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

/// Windows-1252 bytes 0x80..=0x9F; undefined ones keep their C1 code point,
/// as Windows and most converters do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The Windows-1252 byte of `c`, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    match c as u32 {
        0..=0x7F | 0xA0..=0xFF => Some(c as u8),
        _ => CP1252_HIGH
            .iter()
            .position(|&h| h == c)
            .map(|i| 0x80 + i as u8),
    }
}

fn cp1252_char(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The signatures of UTF-8 read as Windows-1252: the lead bytes of ạ..ỹ
/// ("áº", "á»"), đ ("Ä‘"), ư ("Æ°"), ơ ("Æ¡"), Đ ("Ä\u{90}"), of typographic
/// punctuation ("â€") and emoji ("ðŸ"), and of é ä ö ü; then the same read
/// twice. None of these pairs occurs in real text.
const MOJIBAKE_SIGNATURES: [&str; 16] = [
    "áº",
    "á»",
    "Ä‘",
    "Æ°",
    "Æ¡",
    "Ä\u{90}",
    "â€",
    "ðŸ",
    "Ã©",
    "Ã¤",
    "Ã¶",
    "Ã¼",
    "Ã¡Âº",
    "Ã¡Â»",
    "Ã„â€˜",
    "Ã†Â°",
];

/// True when `text` holds one of [`MOJIBAKE_SIGNATURES`]. Each starts with a
/// two-byte Latin-1 letter (lead byte C3) followed by a character whose lead
/// byte is C2, C5 or E2; those lead bytes are rare in Vietnamese (NBSP,
/// quotes, dashes), so they are the candidates, checked in place.
fn has_mojibake_signature(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(0xC2, 0xC5, 0xE2, bytes).any(|i| {
        i >= 2
            && bytes[i - 2] == 0xC3
            && MOJIBAKE_SIGNATURES
                .iter()
                .any(|signature| bytes[i - 2..].starts_with(signature.as_bytes()))
    })
}

/// Repairs UTF-8 that was read as Windows-1252 and saved again as UTF-8;
/// `None` when `text` shows no sign of it.
fn repair_mojibake(text: &str) -> Option<String> {
    if !has_mojibake_signature(text) {
        return None;
    }
    let mut current = undo_cp1252(text);
    if has_mojibake_signature(&current) {
        current = undo_cp1252(&current);
    }
    Some(current)
}

/// One round of repair: every run of characters that are Windows-1252 bytes is
/// turned back into those bytes, and each valid UTF-8 multi-byte sequence in
/// them replaces its characters; anything else stays as it was.
fn undo_cp1252(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run: Vec<u8> = Vec::new();
    for c in text.chars() {
        match cp1252_byte(c) {
            Some(b) => run.push(b),
            None => {
                flush_run(&run, &mut out);
                run.clear();
                out.push(c);
            }
        }
    }
    flush_run(&run, &mut out);
    out
}

fn flush_run(run: &[u8], out: &mut String) {
    let mut i = 0;
    while i < run.len() {
        let b = run[i];
        let len = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 1,
        };
        if len > 1
            && let Some(Ok(s)) = run.get(i..i + len).map(std::str::from_utf8)
        {
            out.push_str(s);
            i += len;
            continue;
        }
        out.push(cp1252_char(b));
        i += 1;
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

// ---------------------------------------------------------------- legacy

fn windows_1252(bytes: &[u8]) -> String {
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    text.into_owned()
}

fn windows_1258(bytes: &[u8]) -> String {
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    text.nfc().collect()
}

/// TCVN3 (TCVN 5712:1993, the "ABC" fonts such as .VnTime) bytes 0x80..=0xFF.
/// 0xB0..=0xB4 are the five tone marks as combining characters. The capitals
/// at 0x80..=0x9F and among the small letters are the VN1 extension; plain
/// ABC fonts write capitals with the small letters' codes in a capitals font
/// (.VnTimeH), which [`tcvn3_capitals`] undoes.
const TCVN3_HIGH: [char; 128] = [
    'À', 'Ả', 'Ã', 'Á', 'Ạ', 'Ặ', 'Ậ', 'È', 'Ẻ', 'Ẽ', 'É', 'Ẹ', 'Ệ', 'Ì', 'Ỉ', 'Ĩ', // 0x80
    'Í', 'Ị', 'Ò', 'Ỏ', 'Õ', 'Ó', 'Ọ', 'Ộ', 'Ờ', 'Ở', 'Ỡ', 'Ớ', 'Ợ', 'Ù', 'Ủ', 'Ũ', // 0x90
    '\u{A0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ',
    'Ằ', // 0xA0
    '\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ',
    'ẵ', 'ắ', 'Ẵ', // 0xB0
    'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // 0xC0
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // 0xD0
    'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // 0xE0
    'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // 0xF0
];

/// TCVN3 capitals in the C0 range (VN1): byte, letter.
const TCVN3_LOW: [(u8, char); 12] = [
    (0x01, 'Ú'),
    (0x02, 'Ụ'),
    (0x04, 'Ừ'),
    (0x05, 'Ử'),
    (0x06, 'Ữ'),
    (0x11, 'Ứ'),
    (0x12, 'Ự'),
    (0x13, 'Ỳ'),
    (0x14, 'Ỷ'),
    (0x15, 'Ỹ'),
    (0x16, 'Ý'),
    (0x17, 'Ỵ'),
];

fn tcvn3(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    for &b in bytes {
        let c = match b {
            0x80..=0xFF => TCVN3_HIGH[usize::from(b - 0x80)],
            _ => TCVN3_LOW
                .iter()
                .find(|(low, _)| *low == b)
                .map_or(char::from(b), |&(_, c)| c),
        };
        text.push(c);
    }
    let composed: String = text.nfc().collect();
    tcvn3_capitals(&composed)
}

/// Text typed in a TCVN3 capitals font (.VnTimeH) stores "HỘI NGHỊ" as the
/// codes of "Hội NGHị". A word with small Vietnamese letters whose ASCII
/// letters are all capitals (at least two of them) is a capitals word, and so
/// is such a word with a single ASCII capital beside a capitals word
/// ("HỒ CHÍ"); their small letters are made capitals. Title-case words ("Hồ",
/// "Lê", "Kỳ" beside "XVI") are left alone.
fn tcvn3_capitals(text: &str) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum Caps {
        No,
        Weak,
        Strong,
    }
    let words: Vec<(usize, usize)> = word_spans(text);
    let caps: Vec<Caps> = words
        .iter()
        .map(|&(s, e)| {
            let word = &text[s..e];
            let upper = word.bytes().filter(u8::is_ascii_uppercase).count();
            let lower = word.bytes().filter(u8::is_ascii_lowercase).count();
            let small_vietnamese = word.chars().any(|c| !c.is_ascii() && c.is_lowercase());
            // Only a word that mixes ASCII capitals with small Vietnamese
            // letters shows the capitals font; "XVI" or "UBND" do not.
            match (lower, upper, small_vietnamese) {
                (0, 2.., true) => Caps::Strong,
                (0, 1, true) => Caps::Weak,
                _ => Caps::No,
            }
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (i, &(s, e)) in words.iter().enumerate() {
        let near_strong = (i > 0 && caps[i - 1] == Caps::Strong)
            || caps.get(i + 1).is_some_and(|&c| c == Caps::Strong);
        let make_upper = match caps[i] {
            Caps::Strong => true,
            Caps::Weak => near_strong,
            Caps::No => false,
        };
        if make_upper && text[s..e].chars().any(char::is_lowercase) {
            out.push_str(&text[copied..s]);
            out.extend(text[s..e].chars().flat_map(char::to_uppercase));
            copied = e;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Byte spans of the alphabetic words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// VNI (VNI-Windows fonts): a letter is an ASCII base letter followed by a
/// mark byte, or one of a few single bytes. Mark bytes, small and capital:
/// tones ù ø û õ ï (acute, grave, hook, tilde, dot); after a/e/o the
/// circumflex â and circumflex+tone á à å ã ä; after a the breve ê and
/// breve+tone é è ú ü ë. Single bytes: ô ơ, ö ư, ñ đ, í í, ì ì, æ ỉ, ó ĩ,
/// ò ị, î ỵ. A mark byte that follows no fitting vowel stays as it is.
fn vni(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut last: Option<char> = None;
    for &b in bytes {
        if b < 0x80 {
            text.push(char::from(b));
            last = Some(char::from(b));
            continue;
        }
        let c = cp1252_char(b);
        let lower = c.to_lowercase().next().unwrap_or(c);
        let marks: Option<&[char]> = match lower {
            'ù' => Some(&['\u{301}']),
            'ø' => Some(&['\u{300}']),
            'û' => Some(&['\u{309}']),
            'õ' => Some(&['\u{303}']),
            'ï' => Some(&['\u{323}']),
            'â' => Some(&['\u{302}']),
            'á' => Some(&['\u{302}', '\u{301}']),
            'à' => Some(&['\u{302}', '\u{300}']),
            'å' => Some(&['\u{302}', '\u{309}']),
            'ã' => Some(&['\u{302}', '\u{303}']),
            'ä' => Some(&['\u{302}', '\u{323}']),
            'ê' => Some(&['\u{306}']),
            'é' => Some(&['\u{306}', '\u{301}']),
            'è' => Some(&['\u{306}', '\u{300}']),
            'ú' => Some(&['\u{306}', '\u{309}']),
            'ü' => Some(&['\u{306}', '\u{303}']),
            'ë' => Some(&['\u{306}', '\u{323}']),
            _ => None,
        };
        let base = last.map(|l| l.to_ascii_lowercase());
        let fits = match (marks, base) {
            (Some([m, ..]), Some(base)) if *m == '\u{302}' => matches!(base, 'a' | 'e' | 'o'),
            (Some([m, ..]), Some(base)) if *m == '\u{306}' => base == 'a',
            (Some(_), Some(base)) => {
                matches!(
                    base,
                    'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ơ' | 'ư' | 'Ơ' | 'Ư'
                )
            }
            _ => false,
        };
        if let (Some(marks), true) = (marks, fits) {
            text.extend(marks);
            // A letter takes one mark byte; a second one is not a mark.
            last = None;
            continue;
        }
        let upper = c.is_uppercase();
        let single = match lower {
            'ô' => Some(('ơ', 'Ơ')),
            'ö' => Some(('ư', 'Ư')),
            'ñ' => Some(('đ', 'Đ')),
            'í' => Some(('í', 'Í')),
            'ì' => Some(('ì', 'Ì')),
            'æ' => Some(('ỉ', 'Ỉ')),
            'ó' => Some(('ĩ', 'Ĩ')),
            'ò' => Some(('ị', 'Ị')),
            'î' => Some(('ỵ', 'Ỵ')),
            _ => None,
        };
        let out = single.map_or(c, |(small, capital)| if upper { capital } else { small });
        text.push(out);
        last = Some(out);
    }
    text.nfc().collect()
}

// ---------------------------------------------------------------- scoring

/// The first `limit` bytes of `bytes`, cut after a line end or space so that
/// no letter and its mark byte are split.
fn sample(bytes: &[u8], limit: usize) -> &[u8] {
    if bytes.len() <= limit {
        return bytes;
    }
    let head = &bytes[..limit];
    match memchr::memrchr2(b'\n', b' ', head) {
        Some(i) => &bytes[..=i],
        None => head,
    }
}

/// How Vietnamese a reading looks.
struct Score {
    words: usize,
    letters: usize,
    ascii_letters: usize,
    junk: usize,
}

impl Score {
    fn total(&self) -> i64 {
        (self.words * 5 + self.letters) as i64 - 4 * self.junk as i64
    }

    /// Vietnamese has more ASCII letters than accented ones, few stray
    /// symbols, and its frequent words show up in any real paragraph.
    fn is_vietnamese(&self) -> bool {
        self.letters > 0
            && self.letters >= 4 * self.junk
            && self.ascii_letters >= self.letters
            && self.words > 0
            && (self.letters < 20 || self.words * 10 >= self.letters)
    }
}

/// Frequent Vietnamese syllables that have a diacritic (so they tell the
/// readings apart).
const FREQUENT_WORDS: &[&str] = &[
    "của", "các", "được", "và", "có", "là", "năm", "những", "người", "đã", "này", "một", "với",
    "không", "tỉnh", "công", "tác", "hành", "chính", "thực", "hiện", "đến", "để", "về", "tại",
    "đồng", "nhân", "dân", "quản", "lý", "cải", "cách", "hội", "nghị", "ngày", "tháng", "cơ",
    "đơn", "vị", "phát", "triển", "xã", "huyện", "thành", "phố", "chỉ", "đạo", "số", "sự", "từ",
    "nhiều", "trên", "nhà", "nước", "việc", "cấp", "đề", "phải", "làm", "kết", "quả", "đánh",
    "giá", "chủ", "tịch", "ủy", "uỷ", "bộ", "sở", "điểm", "đạt", "tổ", "chức", "kinh", "tế",
];

/// Whether `word`, in lower case, can be one Vietnamese syllable: an
/// optional initial consonant, one to three vowels, an optional final
/// consonant ("nghiêng", "người", "khuỷu", "Đắk"); a single letter ("đ" for
/// đồng) passes too.
fn is_syllable(word: &str) -> bool {
    const INITIALS: [&str; 27] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
        "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];
    const FINALS: [&str; 9] = ["ch", "ng", "nh", "c", "k", "m", "n", "p", "t"];
    if word.chars().nth(1).is_none() {
        return true;
    }
    let rest = INITIALS
        .iter()
        .find_map(|i| word.strip_prefix(i))
        .unwrap_or(word);
    let vowels = FINALS
        .iter()
        .find_map(|f| rest.strip_suffix(f))
        .unwrap_or(rest);
    (1..=3).contains(&vowels.chars().count())
        && vowels.chars().all(|c| {
            matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || (is_vietnamese_letter(c) && c != 'đ')
        })
}

fn is_vietnamese_letter(c: char) -> bool {
    matches!(c, '\u{1EA0}'..='\u{1EF9}')
        || "àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ".contains(c)
}

/// Punctuation and spaces a legacy document may hold besides letters.
fn is_neutral(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '–' | '—' | '‘' | '’' | '“' | '”' | '…' | '•' | '°' | '«' | '»' | '·'
    )
}

fn score(text: &str) -> Score {
    let mut score = Score {
        words: 0,
        letters: 0,
        ascii_letters: text.bytes().filter(u8::is_ascii_alphabetic).count(),
        junk: 0,
    };
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if is_vietnamese_letter(c) {
            score.letters += 1;
        } else if !is_neutral(c) {
            score.junk += 1;
        }
    }
    for (s, e) in word_spans(text) {
        let word = &text[s..e];
        if word.is_ascii() {
            continue;
        }
        let word = word.to_lowercase();
        if FREQUENT_WORDS.contains(&word.as_str()) {
            score.words += 1;
        } else if word.chars().any(is_vietnamese_letter) && !is_syllable(&word) {
            score.junk += 1;
        }
    }
    score
}

#[cfg(test)]
mod tests {
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

    fn auto(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
        decode(bytes, Encoding::Auto).map(|d| (d.text, d.encoding))
    }

    const SENTENCE: &str = "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016.";

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
    fn mojibake_is_repaired() {
        // UTF-8 bytes read as Windows-1252, then saved as UTF-8 again.
        let garbled: String = SENTENCE.bytes().map(cp1252_char).collect();
        assert!(garbled.contains("Há»™i nghá»‹"));
        let (text, name) = auto(garbled.as_bytes()).unwrap();
        assert_eq!(text, SENTENCE);
        assert_eq!(name, "utf-8 (repaired mojibake)");
        // twice garbled
        let twice: String = garbled.bytes().map(cp1252_char).collect();
        assert_eq!(auto(twice.as_bytes()).unwrap().0, SENTENCE);
    }

    /// The candidate search of `has_mojibake_signature` sees every signature.
    #[test]
    fn every_signature_has_a_candidate_byte() {
        for signature in MOJIBAKE_SIGNATURES {
            let bytes = signature.as_bytes();
            assert_eq!(bytes[0], 0xC3, "{signature:?}");
            assert!(matches!(bytes[2], 0xC2 | 0xC5 | 0xE2), "{signature:?}");
        }
    }

    /// Same answer as searching the whole text for every signature.
    #[test]
    fn signature_check_agrees_with_a_full_search() {
        let searcher = aho_corasick::AhoCorasick::new(MOJIBAKE_SIGNATURES).unwrap();
        let garbled: String = SENTENCE.bytes().map(cp1252_char).collect();
        let twice: String = garbled.bytes().map(cp1252_char).collect();
        let mut texts = vec![
            SENTENCE.to_owned(),
            garbled,
            twice,
            "Café Trung Nguyên, Ã là chữ cái".to_owned(),
            "Federer – Dolgopolov: «Wimbledon» \u{A0}© 2019".to_owned(),
            "â€".to_owned(),
            "xÃ„â€˜".to_owned(),
            "ÃÃ©".to_owned(),
        ];
        texts.extend(MOJIBAKE_SIGNATURES.iter().map(|s| format!("a{s}b")));
        for text in &texts {
            assert_eq!(
                has_mojibake_signature(text),
                searcher.is_match(text.as_str()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn text_with_latin_letters_is_not_repaired() {
        for text in [
            "Café Trung Nguyên, Ã là chữ cái",
            "Federer – Dolgopolov: «Wimbledon»",
        ] {
            assert_eq!(auto(text.as_bytes()).unwrap(), (text.into(), "utf-8"));
        }
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
    const TCVN3_EXAMPLES: &[(&[u8], &str)] = &[
        (b"H\xe9i ngh\xde t\xe6ng k\xd5t", "Hội nghị tổng kết"),
        (b"c\xb8c s\xeb, ban, ng\xb5nh", "các sở, ban, ngành"),
        (
            b"\xa7\xe5ng ch\xdd C\xc7m Ng\xe4c Minh",
            "Đồng chí Cầm Ngọc Minh",
        ),
        (b"H\xe9I NGH\xde T\xe6NG K\xd5T", "HỘI NGHỊ TỔNG KẾT"),
        (b"H\xe5 Ch\xdd Minh", "Hồ Chí Minh"),
        (b"Tr\xad\xebng Ban", "Trưởng Ban"),
        (b"Thanh Ho\xb8", "Thanh Hoá"),
        (
            b"Kh\xe3a XVI, K\xfa h\xe4p th\xf8 4",
            "Khóa XVI, Kỳ họp thứ 4",
        ),
        (b"H\xaeND t\xd8nh", "HĐND tỉnh"),
    ];

    #[test]
    fn tcvn3_examples() {
        for (bytes, expected) in TCVN3_EXAMPLES {
            assert_eq!(tcvn3(bytes), *expected, "bytes: {bytes:x?}");
        }
    }

    /// (bytes in VNI, text); VNI bytes written by hand from the table.
    const VNI_EXAMPLES: &[(&[u8], &str)] = &[
        (b"Ho\xe4i ngh\xf2 to\xe5ng ke\xe1t", "Hội nghị tổng kết"),
        (b"ca\xf9c s\xf4\xfb, ban, nga\xf8nh", "các sở, ban, ngành"),
        (
            b"\xd1o\xe0ng ch\xed Ca\xe0m Ngo\xefc Minh",
            "Đồng chí Cầm Ngọc Minh",
        ),
        (b"HO\xc4I NGH\xd2", "HỘI NGHỊ"),
        (b"Tr\xf6\xf4\xfbng Ban", "Trưởng Ban"),
        (b"na\xeam 2016", "năm 2016"),
        (b"Thanh Ho\xf9a", "Thanh Hóa"),
        (b"xa\xf5 ho\xe4i", "xã hội"),
    ];

    #[test]
    fn vni_examples() {
        for (bytes, expected) in VNI_EXAMPLES {
            assert_eq!(vni(bytes), *expected, "bytes: {bytes:x?}");
        }
    }

    /// Words that can be one Vietnamese syllable, and words that cannot.
    #[test]
    fn syllables() {
        for word in [
            "nghiêng", "người", "khuỷu", "quốc", "giữ", "gì", "đắk", "hòa", "được", "đ", "ơ",
            "thuở", "oai",
        ] {
            assert!(is_syllable(word), "{word}");
        }
        // German and French read as TCVN3 or VNI, and English with accents.
        for word in [
            "gebỹhren",
            "bỹrgermeister",
            "décidé",
            "élus",
            "café",
            "nạve",
            "ss",
        ] {
            assert!(!is_syllable(word), "{word}");
        }
    }

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
