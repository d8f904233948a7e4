//! The shared Vietnamese number reader: every extractor that needs a value
//! reads it here.
//!
//! # Rules
//!
//! Digits, the Vietnamese way:
//! - "." groups thousands when every group after it has exactly three digits:
//!   "1.646" → 1646, "10.448" → 10448, "45.000" → 45000, "1.000.000" → 1e6.
//! - "," is the decimal mark: "94,3" → 94.3, "95,83" → 95.83, "0,37" → 0.37,
//!   "1.812,6" → 1812.6. So "1,000" is 1 (a Vietnamese writer would put
//!   "1.000" for a thousand).
//! - A "." followed by one, two or more than three digits cannot be a thousands
//!   separator, so it is read as an (English-style) decimal point: "1.5" → 1.5,
//!   "10.25" → 10.25. A lone "." group of three digits is always thousands.
//! - Plain long digits are whole numbers ("40503542"); leading zeros are kept
//!   out of the value ("01" → 1, "04" → 4).
//!
//! Words: một/mốt 1, hai 2, ba 3, bốn/tư 4, năm/lăm 5, sáu 6, bảy/bẩy 7,
//! tám 8, chín 9, mười 10, "X mươi" X×10, trăm, nghìn/ngàn, triệu, tỷ/tỉ,
//! lẻ/linh as the zero place ("một trăm lẻ năm" → 105), "không trăm" as the
//! empty hundreds after a multiplier ("hai mươi mốt nghìn không trăm mười
//! một" → 21011). "tư", "lăm" and "mốt" count only after a ten ("ba mươi tư"
//! → 34, "mười lăm" → 15, "hai mươi mốt" → 21).
//!
//! A numeral is read whole or not at all: a wrong value is worse than none.
//! The shortened forms "hai trăm ba" (said for 230) and "hai nghìn ba" (for
//! 2300) are not read, nor a numeral left unfinished ("một trăm lẻ"); and
//! number words right after another number word are the tail of a longer
//! numeral, never a number of their own ([`continues_numeral`]).
//!
//! Multipliers may follow digits: "1,5 triệu" → 1 500 000, "2 nghìn" → 2000,
//! "23.000 tỷ" → 2.3e13.

use std::sync::LazyLock;

use regex::Regex;

/// A regex fragment matching one number as written: digits with separators, or
/// a run of number words, optionally followed by a multiplier word. Callers
/// put it inside their own patterns (case-insensitive for the words) and give
/// the match to [`parse_number`]; the words need a boundary check before them.
pub const NUMBER_PATTERN: &str = concat!(
    r"(?:\d+(?:[.,]\d+)*(?: (?:nghìn|ngàn|triệu|tỷ|tỉ)(?: (?:nghìn|ngàn|triệu|tỷ|tỉ))*)?|",
    r"(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?: (?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|lẻ|linh|không))*",
    ")"
);

/// The word half of [`NUMBER_PATTERN`]: a run of number words only.
pub const NUMBER_WORDS_PATTERN: &str = r"(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?: (?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|lẻ|linh|không))*";

static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d+(?:[.,]\d+)*").unwrap());
static NUMBER_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^(?i:{NUMBER_PATTERN})")).unwrap());

/// Reads a whole string as one number, digits or words ("1.646", "94,3",
/// "hai mươi mốt", "1,5 triệu"). Surrounding spaces are ignored; anything else
/// left over makes it `None`.
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    // Only ASCII digits and separators (what the figure regexes hand over):
    // the number pattern takes all of it or leaves some over, so no regex
    // is needed to tell which.
    let b = s.as_bytes();
    if !b.is_empty()
        && b.iter()
            .all(|&c| c.is_ascii_digit() || c == b'.' || c == b',')
    {
        let whole = b[0].is_ascii_digit()
            && b[b.len() - 1].is_ascii_digit()
            && !b
                .windows(2)
                .any(|w| !w[0].is_ascii_digit() && !w[1].is_ascii_digit());
        return if whole { digits_value(s) } else { None };
    }
    match read_number(s) {
        Some((value, len)) if len == s.len() => Some(value),
        _ => None,
    }
}

/// Reads the number that starts exactly at byte `pos` of `text` and returns its
/// value and byte length. The number must not continue a word or a number on
/// its left ("B2", "x1"); `None` when there is no number there or `pos` is not
/// a char boundary.
#[cfg(test)]
pub fn read_number_at(text: &str, pos: usize) -> Option<(f64, usize)> {
    let rest = text.get(pos..)?;
    let before = text[..pos].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    read_number(rest)
}

/// The words a numeral is made of, lower case.
const NUMBER_WORDS: &[&str] = &[
    "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín",
    "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "lẻ", "linh", "không",
];

/// True when the number words starting at byte `at` of `text` come right
/// after another number word ("… không trăm mười một"): they are the tail of
/// a longer numeral, and reading them alone would give a wrong value.
pub fn continues_numeral(text: &str, at: usize) -> bool {
    if !text[at..].starts_with(char::is_alphabetic) {
        return false;
    }
    let Some(before) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[word_start..];
    // The longest number word has 6 bytes ("nghìn", "triệu"): longer words
    // are not lower-cased.
    !word.is_empty() && word.len() <= 7 && NUMBER_WORDS.contains(&word.to_lowercase().as_str())
}

/// The longest number at the start of `s`, with its byte length.
fn read_number(s: &str) -> Option<(f64, usize)> {
    let m = NUMBER_AT.find(s)?;
    // Back off to whole words: "ba" must not be the start of "bao".
    let mut end = m.end();
    while end > 0 && s[end..].chars().next().is_some_and(char::is_alphanumeric) {
        match s[..end].rfind(' ') {
            Some(space) => end = space,
            None => return None,
        }
    }
    let matched = &s[..end];
    let (value, used) = if matched.starts_with(|c: char| c.is_ascii_digit()) {
        let digits = DIGITS.find(matched)?;
        let value = digits_value(digits.as_str())?;
        let (scale, used) = multipliers(&matched[digits.end()..]);
        (value * scale, digits.end() + used)
    } else {
        words_value(matched)?
    };
    // A trailing separator ("12." at a sentence end) is not part of the number.
    Some((value, used)).filter(|_| used > 0)
}

/// The value of a run of digits with "." and "," separators (rules above).
fn digits_value(s: &str) -> Option<f64> {
    if !s.contains(['.', ',']) {
        return parse_decimal(s);
    }
    // The digits to parse are never longer than `s`: build them on the stack.
    let mut buf = [0u8; 64];
    if s.len() > buf.len() {
        return digits_value_by_string(s);
    }
    let (int_part, frac) = match s.split_once(',') {
        Some((i, f)) if !f.contains([',', '.']) => (i, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    let mut len = 0;
    let mut push = |part: &str| {
        buf[len..len + part.len()].copy_from_slice(part.as_bytes());
        len += part.len();
    };
    let groups = int_part.split('.').count();
    if groups == 1 {
        push(int_part);
    } else if int_part.split('.').skip(1).all(|g| g.len() == 3) {
        int_part.split('.').for_each(&mut push);
    } else if groups == 2 && frac.is_none() {
        // "1.5", "10.25": not a thousands group, so a decimal point.
        return int_part.parse().ok();
    } else {
        return None;
    }
    if let Some(f) = frac {
        push(".");
        push(f);
    }
    parse_decimal(std::str::from_utf8(&buf[..len]).ok()?)
}

/// `s.parse::<f64>()`, without the general parser for the usual short figures:
/// ASCII digits with at most one "." whose digits make a whole number `m` of
/// at most 2^53 with `k` <= 22 of them after the point are `m / 10^k`, both
/// exact in f64, so the one rounded division is the correctly rounded value
/// (Clinger's fast path). Anything else goes to the general parser.
fn parse_decimal(s: &str) -> Option<f64> {
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut after_point: Option<usize> = None;
    for &c in s.as_bytes() {
        match c {
            b'0'..=b'9' if digits < 19 => {
                mantissa = mantissa * 10 + u64::from(c - b'0');
                digits += 1;
                if let Some(k) = after_point.as_mut() {
                    *k += 1;
                }
            }
            b'.' if after_point.is_none() => after_point = Some(0),
            _ => return s.parse().ok(),
        }
    }
    let k = after_point.unwrap_or(0);
    if digits == 0 || mantissa > 1 << 53 || k >= POWERS.len() {
        return s.parse().ok();
    }
    Some(mantissa as f64 / POWERS[k])
}

/// [`digits_value`] for runs too long for its buffer.
fn digits_value_by_string(s: &str) -> Option<f64> {
    let (int_part, frac) = match s.split_once(',') {
        Some((i, f)) if !f.contains([',', '.']) => (i, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    let groups: Vec<&str> = int_part.split('.').collect();
    let int_digits: String = if groups.len() == 1 {
        groups[0].to_string()
    } else if groups[1..].iter().all(|g| g.len() == 3) {
        groups.concat()
    } else if groups.len() == 2 && frac.is_none() {
        // "1.5", "10.25": not a thousands group, so a decimal point.
        return format!("{}.{}", groups[0], groups[1]).parse().ok();
    } else {
        return None;
    };
    let mut text = int_digits;
    if let Some(f) = frac {
        text.push('.');
        text.push_str(f);
    }
    text.parse().ok()
}

/// Multiplier words after a number (" triệu", " nghìn tỷ"): their product and
/// the bytes they take.
fn multipliers(s: &str) -> (f64, usize) {
    let mut scale = 1.0;
    let mut used = 0;
    let mut rest = s;
    while let Some(after_space) = rest.strip_prefix(' ') {
        let word_len = after_space
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(after_space.len());
        let Some(factor) = scale_word(&after_space[..word_len].to_lowercase()) else {
            break;
        };
        scale *= factor;
        used += 1 + word_len;
        rest = &after_space[word_len..];
    }
    (scale, used)
}

fn scale_word(word: &str) -> Option<f64> {
    match word {
        "nghìn" | "ngàn" => Some(1e3),
        "triệu" => Some(1e6),
        "tỷ" | "tỉ" => Some(1e9),
        _ => None,
    }
}

fn digit_word(word: &str) -> Option<u64> {
    Some(match word {
        "một" | "mốt" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" | "tư" => 4,
        "năm" | "lăm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        _ => return None,
    })
}

/// The value of a run of number words, and how many bytes of it make one
/// whole number: reading stops at the first word that cannot continue the
/// number, and goes back to the last word where the number was complete, so
/// a numeral is read whole or not at all ("hai mươi mốt nghìn không trăm
/// mười một" is 21011, never 21000 or 11).
fn words_value(s: &str) -> Option<(f64, usize)> {
    let mut reader = WordsReader::default();
    let mut read = 0;
    let mut complete = None;
    for word in s.split(' ') {
        if !reader.push(&word.to_lowercase()) {
            break;
        }
        read += if read == 0 { 0 } else { 1 } + word.len();
        if reader.complete {
            complete = Some((reader.value() as f64, read));
        }
    }
    complete
}

/// The state of a numeral read word by word.
struct WordsReader {
    /// Completed groups times their multipliers.
    total: u64,
    /// The multiplier of the last group (u64::MAX before the first).
    last_scale: u64,
    /// The group below a thousand being built.
    small: u64,
    /// The previous word, lower case ("" before the first).
    prev: String,
    /// True when the words so far make a whole number: not after "không",
    /// "lẻ"/"linh" (which need what follows), nor after a bare unit right
    /// after "trăm" or a multiplier ("hai trăm ba" is said for 230, "hai
    /// nghìn ba" for 2300: the full numeral says "hai trăm linh ba").
    complete: bool,
    /// True right after a unit that follows "trăm": only "mươi" may come next.
    unit_after_hundred: bool,
}

impl Default for WordsReader {
    fn default() -> Self {
        WordsReader {
            total: 0,
            last_scale: u64::MAX,
            small: 0,
            prev: String::new(),
            complete: false,
            unit_after_hundred: false,
        }
    }
}

impl WordsReader {
    fn value(&self) -> u64 {
        self.total.saturating_add(self.small)
    }

    /// Folds one lower-case word into the number; false when it cannot
    /// continue it.
    fn push(&mut self, w: &str) -> bool {
        let unit_after_hundred = self.prev == "trăm" && digit_word(w).is_some();
        if self.unit_after_hundred && w != "mươi" {
            return false;
        }
        let Some(complete) = self.fold(w) else {
            return false;
        };
        self.complete = complete;
        self.unit_after_hundred = unit_after_hundred;
        self.prev.clear();
        self.prev.push_str(w);
        true
    }

    /// Whether the number is complete after `w`, or None when `w` does not fit.
    fn fold(&mut self, w: &str) -> Option<bool> {
        let prev = self.prev.as_str();
        let after_ten = matches!(prev, "mười" | "mươi");
        let after_scale = scale_word(prev).is_some();
        if matches!(w, "tư" | "lăm" | "mốt") && !after_ten {
            return None;
        }
        if w == "không" {
            // Only "không trăm", the empty hundreds after a multiplier.
            return (after_scale && self.small == 0).then_some(false);
        }
        if w == "mười" {
            let fresh = self.small.is_multiple_of(100)
                && !after_ten
                && !matches!(prev, "không" | "lẻ" | "linh");
            if fresh {
                self.small += 10;
            }
            return fresh.then_some(true);
        }
        if w == "mươi" {
            return match digit_word(prev) {
                Some(d) if d >= 2 && self.small % 100 == d => {
                    self.small += d * 9;
                    Some(true)
                }
                _ => None,
            };
        }
        if w == "trăm" {
            let d = if prev == "không" {
                0
            } else {
                digit_word(prev)?
            };
            if self.small != d {
                return None;
            }
            self.small = d * 100;
            return Some(true);
        }
        if matches!(w, "lẻ" | "linh") {
            return (prev == "trăm" || after_scale).then_some(false);
        }
        if let Some(d) = digit_word(w) {
            // A digit starts the number or fills the ones after a ten or
            // "lẻ"; right after "trăm" or a multiplier it needs what follows.
            let whole = prev.is_empty() || after_ten || matches!(prev, "lẻ" | "linh");
            let pending = prev == "trăm" || after_scale;
            if (whole || pending) && self.small.is_multiple_of(10) {
                self.small += d;
                return Some(whole);
            }
            return None;
        }
        let scale = scale_word(w)? as u64;
        if prev.is_empty() || matches!(prev, "không" | "lẻ" | "linh") {
            return None;
        }
        if after_scale && self.small == 0 {
            // "nghìn tỷ": multiply what we have.
            self.total = self.total.saturating_mul(scale);
        } else if scale < self.last_scale {
            self.total = self.total.saturating_add(self.small.saturating_mul(scale));
        } else {
            self.total = self.total.saturating_add(self.small).saturating_mul(scale);
        }
        self.last_scale = scale;
        self.small = 0;
        Some(true)
    }
}

#[cfg(test)]
mod tests;
