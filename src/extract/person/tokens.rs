//! Words and punctuation with their byte spans: the unit every person rule
//! reads. Typographic dashes become '-' and curly quotes '"', so the rules
//! compare one form.

use std::cell::Cell;

use crate::text::case::{eq_lower, is_lower, is_upper};
use crate::text::dash::is_dash;
use crate::text::words::is_alnum;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner '/', '&' or apostrophes ("Đ/c", "H'Hen").
    Word,
    /// Any other visible character, or '\n' for a line end.
    Punct(char),
}

/// One token: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Characters that join two word parts into one token when letters follow.
fn is_joiner(c: char) -> bool {
    matches!(c, '/' | '&' | '\'' | '’')
}

/// The tokens of `text`, in order. Spaces separate tokens and are dropped.
#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, 0, text.len(), &mut tokens);
    tokens
}

/// The tokens of the line holding byte `at` (its '\n' included), with
/// offsets into `text`. A line starts after a '\n' token, so its tokens are
/// those the whole text would have there.
pub fn line_tokens(text: &str, at: usize) -> Vec<Token> {
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |p| at + p + 1);
    let mut tokens = Vec::new();
    tokenize_into(text, start, end, &mut tokens);
    tokens
}

/// Appends the tokens of `text[from..to]` to `tokens`, offsets into `text`.
/// `from` must start a token (or the text) and `to` end one.
pub fn tokenize_into(text: &str, from: usize, to: usize, tokens: &mut Vec<Token>) {
    let bytes = &text.as_bytes()[..to];
    // Words average well over four bytes: one allocation, not a doubling
    // series per text.
    tokens.reserve((to - from) / 4);
    let mut i = from;
    while i < to {
        // Every other token is followed by a space: skipped undecoded.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let (c, len) = char_at(bytes, i);
        let start = i;
        i += len;
        if is_alnum(c) {
            while i < to {
                let b = bytes[i];
                // ASCII letters and digits go on the word without decoding.
                if b.is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                // Vietnamese letters without decoding: U+00C0..U+023F (but ×
                // and ÷) and U+1E00..U+1EFF are all letters.
                if (0xc3..=0xc8).contains(&b) && !(b == 0xc3 && matches!(bytes[i + 1], 0x97 | 0xb7))
                {
                    i += 2;
                    continue;
                }
                if b == 0xe1 && (0xb8..=0xbb).contains(&bytes[i + 1]) {
                    i += 3;
                    continue;
                }
                let (d, dl) = char_at(bytes, i);
                let joins = is_joiner(d) && i + dl < to && is_alnum(char_at(bytes, i + dl).0);
                if (b >= 0x80 && is_alnum(d)) || joins {
                    i += dl;
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start,
                end: i,
                kind: Kind::Word,
            });
        } else if c == '\n' || !c.is_whitespace() {
            // '-' is the only ASCII dash: no search of the dash list for
            // the commas and full stops.
            let kind = if is_dash(c) {
                Kind::Punct('-')
            } else if matches!(c, '“' | '”' | '„' | '«' | '»') {
                Kind::Punct('"')
            } else {
                Kind::Punct(c)
            };
            tokens.push(Token {
                start,
                end: i,
                kind,
            });
        }
    }
}

/// The character at byte `i` of valid UTF-8 `bytes` (`i` a character start)
/// and its length, decoded by hand: ASCII without any decoding.
#[inline(always)]
fn char_at(bytes: &[u8], i: usize) -> (char, usize) {
    let b = bytes[i];
    let (code, len) = match b {
        0..0x80 => return (char::from(b), 1),
        0xc0..0xe0 => (
            (u32::from(b & 0x1f) << 6) | u32::from(bytes[i + 1] & 0x3f),
            2,
        ),
        0xe0..0xf0 => (
            (u32::from(b & 0x0f) << 12)
                | (u32::from(bytes[i + 1] & 0x3f) << 6)
                | u32::from(bytes[i + 2] & 0x3f),
            3,
        ),
        _ => (
            (u32::from(b & 0x07) << 18)
                | (u32::from(bytes[i + 1] & 0x3f) << 12)
                | (u32::from(bytes[i + 2] & 0x3f) << 6)
                | u32::from(bytes[i + 3] & 0x3f),
            4,
        ),
    };
    (char::from_u32(code).unwrap_or_default(), len)
}

/// Read access to the tokens of one text.
#[derive(Clone, Copy)]
pub struct Tokens<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Answers kept per token, when the reader keeps them.
    memo: Option<&'a Memo>,
}

/// What is asked of a token again and again, kept per token by [`Memo`].
#[derive(Clone, Copy)]
pub enum Asked {
    /// The length of a title head there.
    Head,
    /// The length of a title body phrase there.
    Body,
}

/// Per-token answers of one token list: the rules ask whether a title head
/// starts at a token about a dozen times a mention (the name reader, the
/// title reader, the chain reader each ask), each time comparing the word
/// with the lexicon again.
#[derive(Default)]
pub struct Memo {
    head: Vec<Cell<u8>>,
    body: Vec<Cell<u8>>,
}

/// Not worked out yet.
const UNKNOWN: u8 = u8::MAX;

impl Memo {
    /// Forgets every answer: ready for a list of `len` tokens.
    pub fn reset(&mut self, len: usize) {
        for slots in [&mut self.head, &mut self.body] {
            slots.clear();
            slots.resize(len, Cell::new(UNKNOWN));
        }
    }
}

impl<'a> Tokens<'a> {
    /// The tokens `toks` of `text`, nothing kept.
    pub fn new(text: &'a str, toks: &'a [Token]) -> Self {
        Tokens {
            text,
            toks,
            memo: None,
        }
    }

    /// The tokens `toks` of `text`, answers kept in `memo`, which must have
    /// been reset for these tokens.
    pub fn with_memo(text: &'a str, toks: &'a [Token], memo: &'a Memo) -> Self {
        debug_assert_eq!(memo.head.len(), toks.len());
        Tokens {
            text,
            toks,
            memo: Some(memo),
        }
    }

    /// `work()`, the answer to `asked` at token `i`, worked out once when a
    /// memo is kept. `work` must depend on the tokens and `i` only.
    pub fn remembered(&self, asked: Asked, i: usize, work: impl FnOnce() -> usize) -> usize {
        let slot = self.memo.and_then(|m| {
            match asked {
                Asked::Head => &m.head,
                Asked::Body => &m.body,
            }
            .get(i)
        });
        let Some(slot) = slot else {
            return work();
        };
        if slot.get() != UNKNOWN {
            return usize::from(slot.get());
        }
        let answer = work();
        // An answer too long to keep (none is: titles are a few words) is
        // worked out again each time.
        if let Ok(kept) = u8::try_from(answer)
            && kept != UNKNOWN
        {
            slot.set(kept);
        }
        answer
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The word at `i`, or None for punctuation and past the end.
    pub fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        matches!(t.kind, Kind::Word).then(|| &self.text[t.start..t.end])
    }

    /// The punctuation character at `i`, if it is one.
    pub fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            Kind::Word => None,
        }
    }

    /// True when the word at `i` equals `lower` ignoring case.
    pub fn is(&self, i: usize, lower: &str) -> bool {
        // Most words differ in length: rejected here, without a call.
        self.word(i)
            .is_some_and(|w| w.len() == lower.len() && eq_lower(w, lower))
    }

    /// True when token `k` is the full stop of an abbreviation before a
    /// capitalized word: glued between a word in capitals and that word
    /// ("T.Ư", "TP.Hà Nội", "TP.HCM"), or after "TP"/"TX" (thành phố, thị
    /// xã) with a space ("TP. Hà Nội"). Such a stop ends no sentence.
    pub fn is_abbreviation_dot(&self, k: usize) -> bool {
        if k == 0 || self.punct(k) != Some('.') {
            return false;
        }
        let (before, dot) = (self.toks[k - 1], self.toks[k]);
        let Some(after) = self.toks.get(k + 1) else {
            return false;
        };
        let Some(word) = self.word(k - 1) else {
            return false;
        };
        let glued = dot.end == after.start && word.chars().all(is_upper);
        before.end == dot.start
            && (glued || is_place_abbreviation(word))
            && self.word(k + 1).is_some_and(is_capitalized)
    }

    /// True when token `k` touches the tokens on both sides (no space).
    pub fn is_glued(&self, k: usize) -> bool {
        k > 0
            && k + 1 < self.toks.len()
            && self.toks[k - 1].end == self.toks[k].start
            && self.toks[k].end == self.toks[k + 1].start
    }

    /// Byte span from the start of token `i` to the end of token `j - 1`.
    pub fn span(&self, i: usize, j: usize) -> (usize, usize) {
        (self.toks[i].start, self.toks[j - 1].end)
    }

    /// The text from token `i` to token `j - 1`, as written.
    pub fn slice(&self, i: usize, j: usize) -> &'a str {
        let (s, e) = self.span(i, j);
        &self.text[s..e]
    }
}

/// True for "TP" (thành phố) and "TX" (thị xã), which a full stop and a
/// space may follow inside a title ("Chủ tịch UBND TP. Hà Nội").
pub fn is_place_abbreviation(word: &str) -> bool {
    matches!(word, "TP" | "Tp" | "TX" | "Tx")
}

/// True when the first character of `word` is uppercase.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(is_upper)
}

/// True for an abbreviation written in capitals: "UBND", "HĐND", "CCHC", "TP".
pub fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if is_lower(c) {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_has_the_whole_text_tokens() {
        let text = "Ông A/B nói.\nĐ/c H’Hen – “Chủ tịch”\n x'y";
        let all = tokenize(text);
        for at in [0, 5, 16, 20, text.len()] {
            let line = line_tokens(text, at);
            let first = all.iter().position(|t| *t == line[0]).unwrap();
            assert_eq!(&all[first..first + line.len()], &line[..]);
        }
    }
}
