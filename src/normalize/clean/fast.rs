//! The block scans behind [`is_clean`] and [`push_clean`]: whole blocks of
//! plain bytes passed by one vectorized test (16 bytes, 32 for `is_clean`
//! where the CPU has AVX2), the rest stepped through by lead bytes.
//!
//! Replaces the char-by-char versions (b02b1ec): `is_clean` decoded every
//! non-ASCII character and called `old_style_at` at every o/u; `push_clean`
//! classified every character with [`action`], pushed each alone and asked
//! the NFC quick check of every rebuilt line.
//!
//! Oracles, in the tests below: `clean_by_chars`, the char-by-char cleaning,
//! against `push_clean` on the examples, two fixtures and a line of every
//! kind of character; the exact scan [`scan_clean`] against both block paths
//! (16 and 32 bytes) and `clean_by_chars` against `push_clean`, with tricky
//! characters at every offset in and around a block; `chars()` against the
//! hand decoding; the NFC quick check against [`is_plain`] for every
//! character.
//!
//! Gain, in instructions on the generated archive of 3,000 files (the first
//! three over the 2,000 documents of the pipeline bench's `--stages`):
//! - 54d294b and 6962e72, characters decoded by hand, kept runs copied
//!   whole, the NFC check skipped for plain text, the Vietnamese letters
//!   stepped over by their lead bytes: `normalize()` 530 M -> 355 M (with
//!   tone.rs's own speed-ups);
//! - 84aac90, a kept run extended over ASCII and the Vietnamese letters
//!   without classifying each one: `normalize()` 355 M -> 282 M (with
//!   `push_modern`'s);
//! - 96f8bc4, 16-byte blocks: `is_clean` 122.7 M -> 89.9 M, `push_clean`
//!   149.3 M -> 40.7 M, `normalize::analyze` 365.3 M -> 233.8 M;
//! - bd4d8e6, one block test for plain bytes and tone candidates: `is_clean`
//!   104.5 M -> 100.5 M;
//! - c58bbff, the block and its shifts loaded directly, a space checked only
//!   for being doubled: the file's own cost 106.8 M -> 93.4 M;
//! - 1cda5e1, 32-byte blocks compiled for AVX2, and a closed syllable ("hoàn",
//!   "thuốc") no longer sent to the byte scan: cleaning 93.4 M -> 66.1 M
//!   (block test 26.7 M, scan 18.2 M, the rest of `push_clean` and `analyze`
//!   21.2 M), `analyze` 216.6 M -> 168.4 M.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::super::tone;
use super::{Action, action};

/// True for characters that are kept as they are and are certainly NFC
/// whatever surrounds them (no combining class, no decomposition that NFC
/// would apply): the Latin and Vietnamese letters and common punctuation.
// PERF: a line of these needs no NFC quick check (54d294b).
fn is_plain(c: char) -> bool {
    matches!(c,
        '\u{A1}'..='\u{AC}' | '\u{AE}'..='\u{2FF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
        | '\u{20A0}'..='\u{20CF}')
}

/// The character at byte `i` of `bytes` (a lead byte of valid UTF-8 of two
/// or three bytes) and its length; `None` for a four-byte character.
// PERF: slicing the line per character cost more (54d294b).
#[inline]
fn decode_at(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b0 = u32::from(bytes[i]);
    let cont = |k: usize| u32::from(bytes[i + k] & 0x3F);
    let (code, len) = match b0 {
        0xC0..=0xDF => (((b0 & 0x1F) << 6) | cont(1), 2),
        0xE0..=0xEF => (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => return None,
    };
    char::from_u32(code).map(|c| (c, len))
}

/// ASCII bytes that `is_clean` passes without a look: not a space, not a
/// control character, not an "o"/"u" that could start an old-style tone.
// PERF: one lookup and one branch for most bytes of the exact scan.
static ORDINARY: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0x21;
    while b < 0x7F {
        table[b] = !matches!(b as u8, b'o' | b'O' | b'u' | b'U');
        b += 1;
    }
    table
};

/// Bytes per block of the fast paths (SSE2 registers); a block is checked
/// with [`LOOKAHEAD`] bytes after it. `is_clean` takes blocks twice as long
/// where the CPU has AVX2.
const BLOCK: usize = 16;

/// Bytes a block test reads after its block: an "o"/"u", its toned vowel
/// (up to three bytes) and the byte after that.
const LOOKAHEAD: usize = 4;

/// True for an ASCII letter, either case.
#[inline(always)]
fn is_ascii_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

/// True for a byte that starts a character `push_clean` certainly keeps as
/// it is: printable ASCII other than space, U+00C0..U+02FF (leads C3..CB).
#[inline]
fn starts_kept(b: u8) -> bool {
    (b.wrapping_sub(0x21) < 0x5E) | (b.wrapping_sub(0xC3) < 9)
}

/// True when no character starting in the first [`BLOCK`] bytes of `window`
/// can need cleaning: the bytes are printable ASCII, single spaces,
/// continuation bytes, or leads of plain letters (C3..CB; E1 followed by
/// B8..BB, the Vietnamese letters).
///
/// `IS_CLEAN` is the test of `is_clean`: it also looks for an "o"/"u" that
/// may start an old-style tone pair (the toned a/e/y after it starts with C3,
/// then à á ã è é ý in either case, or E1) and ends the syllable (an ASCII
/// letter after the vowel closes it: "hoàn", "thuốc"), and a space needs only not to be
/// doubled, as whatever follows it is checked where it starts. Otherwise
/// (`push_clean`, which copies runs) a space must come before a character
/// that is certainly kept, or the run would end in a space it should drop.
// PERF: non-short-circuit operators over fixed-size arrays, so that it
// vectorizes.
#[inline(always)]
fn block_is_plain<const IS_CLEAN: bool, const N: usize>(window: &[u8]) -> bool {
    // PERF: the block and the same shifted by one to four bytes: five
    // loads, no shuffles (c58bbff).
    let a: &[u8; N] = window[..N].try_into().expect("a block");
    let b: &[u8; N] = window[1..=N].try_into().expect("a block");
    let c: &[u8; N] = window[2..N + 2].try_into().expect("a block");
    let d: &[u8; N] = window[3..N + 3].try_into().expect("a block");
    let e: &[u8; N] = window[4..N + 4].try_into().expect("a block");
    let mut unusual = false;
    for k in 0..N {
        let (a, b, c, d, e) = (a[k], b[k], c[k], d[k], e[k]);
        let control = (a < 0x20) | (a == 0x7F);
        // C2 (NBSP, soft hyphen, C1 controls) and CC.. (combining marks,
        // other scripts, punctuation and spaces) except E1.
        let unusual_lead = (a == 0xC2) | ((a >= 0xCC) & (a != 0xE1));
        let other_e1 = (a == 0xE1) & (b & 0xFC != 0xB8);
        unusual |= control | unusual_lead | other_e1;
        if IS_CLEAN {
            let doubled_space = (a == b' ') & (b == b' ');
            let (vowel, c) = (a | 0x20, c & 0xDF);
            let vowel = (vowel == b'o') | (vowel == b'u');
            let c3_toned = (b == 0xC3)
                & ((c == 0x80)
                    | (c == 0x81)
                    | (c == 0x83)
                    | (c == 0x88)
                    | (c == 0x89)
                    | (c == 0x9D))
                & !is_ascii_letter(d);
            let e1_toned = (b == 0xE1) & !is_ascii_letter(e);
            unusual |= doubled_space | (vowel & (c3_toned | e1_toned));
        } else {
            unusual |= (a == b' ') & !starts_kept(b);
        }
    }
    !unusual
}

/// The block of `N` bytes at `i` and the [`LOOKAHEAD`] bytes after it.
#[inline(always)]
fn window_at<const N: usize>(bytes: &[u8], i: usize) -> Option<&[u8]> {
    bytes.get(i..i + N + LOOKAHEAD)
}

/// True when `line` needs no change at all.
pub(crate) fn is_clean(line: &str) -> bool {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { is_clean_avx2(line) };
    }
    is_clean_by_blocks::<BLOCK>(line)
}

/// `is_clean` compiled for AVX2, with blocks of 32 bytes.
// PERF: as many instructions per block as SSE2 takes for 16 (1cda5e1).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn is_clean_avx2(line: &str) -> bool {
    is_clean_by_blocks::<32>(line)
}

/// `is_clean`, passing blocks of `N` bytes at once.
#[inline(always)]
fn is_clean_by_blocks<const N: usize>(line: &str) -> bool {
    let bytes = line.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return true;
    };
    if first == b' ' || last == b' ' {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        // PERF: whole blocks at once where nothing needs a closer look.
        if let Some(window) = window_at::<N>(bytes, i)
            && block_is_plain::<true, N>(window)
        {
            i += N;
            continue;
        }
        // The exact scan starts at a character boundary.
        while bytes[i] & 0xC0 == 0x80 {
            i -= 1;
        }
        match scan_clean(line, i, (i + N).min(bytes.len())) {
            Some(next) => i = next,
            None => return false,
        }
    }
    true
}

/// The exact check of `is_clean` from byte `start` (a character boundary)
/// until at least byte `stop`, and not right after a space: `None` when
/// something needs cleaning, else the character boundary where it stopped.
fn scan_clean(line: &str, start: usize, stop: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut prev_space = start > 0 && bytes[start - 1] == b' ';
    let mut i = start;
    // Not stopping after a space: the block test does not look behind.
    while i < bytes.len() && (i < stop || prev_space) {
        let b = bytes[i];
        // Most bytes need nothing but resetting `prev_space`.
        if ORDINARY[usize::from(b)] {
            prev_space = false;
            i += 1;
            continue;
        }
        if b < 0x80 {
            match b {
                b' ' => {
                    if prev_space {
                        return None;
                    }
                    prev_space = true;
                }
                0..=0x1F | 0x7F => return None,
                b'o' | b'O' | b'u' | b'U' => {
                    prev_space = false;
                    // PERF: the C3/E1 test of `old_style_at` inline, saving a
                    // call (30651fa).
                    if matches!(bytes.get(i + 1), Some(0xC3 | 0xE1))
                        && tone::old_style_at(line, i).is_some()
                    {
                        return None;
                    }
                }
                _ => prev_space = false,
            }
            i += 1;
        } else {
            prev_space = false;
            // `i` is always at a char boundary: we step by whole characters.
            match b {
                // PERF: U+00C0..U+02FF and U+1E00..U+1EFF (the Vietnamese
                // letters) are all plain: no need to decode (6962e72).
                0xC3..=0xCB => {
                    i += 2;
                    continue;
                }
                0xE1 if matches!(bytes[i + 1], 0xB8..=0xBB) => {
                    i += 3;
                    continue;
                }
                _ => {}
            }
            // PERF: decoding by hand: slicing `line[i..]` per character costs
            // more.
            let (c, len) = decode_at(bytes, i)?;
            if !is_plain(c) {
                return None;
            }
            i += len;
        }
    }
    Some(i)
}

/// Appends the clean form of `line` to `out`: invisible characters removed,
/// spacing characters as single spaces, ends trimmed, NFC, modern tones.
/// `scratch` is reused between calls to avoid an allocation per line.
pub(crate) fn push_clean(line: &str, out: &mut String, scratch: &mut String) {
    scratch.clear();
    scratch.reserve(line.len());
    let bytes = line.as_bytes();
    let mut pending_space = false;
    // PERF: every kept character is ASCII or plain, so the result is NFC
    // without asking the (slow) quick check.
    let mut plain = true;
    // PERF: kept characters are copied in runs rather than one push per
    // character.
    let mut run: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, action) = if b < 0x80 {
            let action = match b {
                0..=0x20 | 0x7F => Action::Space,
                _ => Action::Keep,
            };
            (1, action)
        } else if matches!(b, 0xC3..=0xCB) {
            // U+00C0..U+02FF: kept and plain (see `is_clean`).
            (2, Action::Keep)
        } else if b == 0xE1 && matches!(bytes[i + 1], 0xB8..=0xBB) {
            // U+1E00..U+1EFF, the Vietnamese letters: kept and plain.
            (3, Action::Keep)
        } else {
            let c = line[i..].chars().next().unwrap_or(' ');
            let action = action(c);
            if matches!(action, Action::Keep) {
                plain &= is_plain(c);
            }
            (c.len_utf8(), action)
        };
        match action {
            Action::Keep => {
                if run.is_none() {
                    if pending_space && !scratch.is_empty() {
                        scratch.push(' ');
                    }
                    pending_space = false;
                    run = Some(i);
                }
                // PERF: extend the run over the characters that are certainly
                // kept and plain, without classifying each one (84aac90), a
                // block at a time where it can (96f8bc4).
                i += len;
                while i < bytes.len() {
                    if let Some(window) = window_at::<BLOCK>(bytes, i)
                        && block_is_plain::<false, BLOCK>(window)
                    {
                        i += BLOCK;
                        // Past the rest of a character the block ended in.
                        while i < bytes.len() && bytes[i] & 0xC0 == 0x80 {
                            i += 1;
                        }
                        continue;
                    }
                    match bytes[i] {
                        0x21..=0x7E => i += 1,
                        // A single space before a kept character stays as it is.
                        b' ' if bytes.get(i + 1).is_some_and(|&next| starts_kept(next)) => i += 1,
                        0xC3..=0xCB => i += 2,
                        0xE1 if matches!(bytes[i + 1], 0xB8..=0xBB) => i += 3,
                        _ => break,
                    }
                }
                continue;
            }
            Action::Space | Action::Remove => {
                if let Some(start) = run.take() {
                    scratch.push_str(&line[start..i]);
                }
                pending_space |= matches!(action, Action::Space);
            }
        }
        i += len;
    }
    if let Some(start) = run {
        scratch.push_str(&line[start..]);
    }
    if plain || is_nfc_quick(scratch.chars()) == IsNormalized::Yes {
        tone::push_modern(scratch, out);
    } else {
        let composed: String = scratch.nfc().collect();
        tone::push_modern(&composed, out);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{EXAMPLES, clean};
    use super::*;
    use crate::testing::seeds;

    /// The char-by-char cleaning `push_clean` replaced, to compare against.
    fn clean_by_chars(line: &str) -> String {
        let (mut scratch, mut pending_space) = (String::new(), false);
        for c in line.chars() {
            match action(c) {
                Action::Keep => {
                    if pending_space && !scratch.is_empty() {
                        scratch.push(' ');
                    }
                    pending_space = false;
                    scratch.push(c);
                }
                Action::Space => pending_space = true,
                Action::Remove => {}
            }
        }
        let composed: String = scratch.nfc().collect();
        let mut out = String::new();
        tone::push_modern(&composed, &mut out);
        out
    }

    #[test]
    fn same_as_cleaning_char_by_char() {
        let mixed =
            "\u{A0} Thanh Hoa\u{301}\tđ\u{200B}ổi  mới\u{7F}Ỷ uỷ\u{FEFF}o\u{AD}à ©€ 中\u{3000}x ";
        let fixtures = [seeds::CCHC_INDEX_2015, seeds::SON_LA_SIPAS_2022];
        let lines = EXAMPLES
            .iter()
            .map(|(input, _)| *input)
            .chain([mixed])
            .chain(fixtures.iter().flat_map(|f| f.lines()));
        for line in lines {
            assert_eq!(clean(line), clean_by_chars(line), "{line:?}");
        }
    }

    /// The block fast paths of `is_clean` and `push_clean` give the exact
    /// scans' answers wherever a tricky character falls in or around a block.
    #[test]
    fn block_fast_paths_agree_at_every_offset() {
        let exact_is_clean = |line: &str| {
            !line.starts_with(' ')
                && !line.ends_with(' ')
                && scan_clean(line, 0, line.len()).is_some()
        };
        let tricky = [
            "  ",
            " \u{A0}x",
            "\u{A0}",
            " \u{1680}x",
            "\u{1680}",
            " ạ",
            " ở ứng",
            "thuốc",
            "hoàN",
            "uỷ1",
            "oé-",
            "ở  ứng",
            " \u{200B}ở",
            " \t",
            "a  b",
            "hoà ",
            "hoàn ",
            "Tỉnh uỷ",
            "quân",
            "uộc",
            "hoạt",
            "hoạ,",
            "thuỷ.",
            "KHOẺ",
            "Hoà\u{301}",
            "hoàđ",
            "\t",
            "\u{200B}",
            " \u{200B}x",
            "o\u{301}",
            "– “x”",
            "中",
            "😀",
            "\u{7F}",
            "ẞ ỹ Ằ",
        ];
        for snippet in tricky {
            for k in 0..70 {
                for tail in ["", "x", " tỉnh Sơn La và các sở ban ngành"] {
                    let line = format!(
                        "{}{snippet}{tail}",
                        "Ngày ơ".repeat(k / 6) + &"x".repeat(k % 6)
                    );
                    let exact = exact_is_clean(&line);
                    assert_eq!(is_clean(&line), exact, "{line:?}");
                    assert_eq!(is_clean_by_blocks::<BLOCK>(&line), exact, "{line:?}");
                    assert_eq!(is_clean_by_blocks::<32>(&line), exact, "{line:?}");
                    assert_eq!(clean(&line), clean_by_chars(&line), "{line:?}");
                }
            }
        }
    }

    /// `push_clean` skips the NFC quick check when every kept character is
    /// ASCII or plain: each of those is NFC on its own and never combines.
    #[test]
    fn plain_characters_pass_the_nfc_quick_check() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if c.is_ascii() || is_plain(c) {
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            }
        }
    }

    /// The hand decoding in `is_clean` agrees with `chars()`.
    #[test]
    fn decoding_by_hand_agrees() {
        let text = "Aé Ả ẞ – € ₫ 中 \u{A0}\u{2028}\u{FEFF} 😀";
        for (i, c) in text.char_indices() {
            let got = decode_at(text.as_bytes(), i);
            match c.len_utf8() {
                1 => {}
                4 => assert_eq!(got, None),
                len => assert_eq!(got, Some((c, len))),
            }
        }
    }
}
