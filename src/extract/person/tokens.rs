//! Words and punctuation with their byte spans: the unit every person rule
//! reads. Typographic dashes become '-' and curly quotes '"', so the rules
//! compare one form.

use crate::extract::text::is_dash;

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
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            while let Some(&(next, d)) = chars.peek() {
                let joins = is_joiner(d)
                    && text[next + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if d.is_alphanumeric() || joins {
                    end = next + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start,
                end,
                kind: Kind::Word,
            });
        } else if c == '\n' || !c.is_whitespace() {
            let kind = if is_dash(c) {
                Kind::Punct('-')
            } else if matches!(c, '“' | '”' | '„' | '«' | '»') {
                Kind::Punct('"')
            } else {
                Kind::Punct(c)
            };
            tokens.push(Token {
                start,
                end: start + c.len_utf8(),
                kind,
            });
        }
    }
    tokens
}

/// Case-insensitive equality of a word with an already lowercase `lower`,
/// without allocating. Vietnamese capitals and their small letters have the
/// same UTF-8 length, so a length mismatch rejects at once (this is the hot
/// path: every word is compared with the honorifics).
pub fn eq_lower(word: &str, lower: &str) -> bool {
    word.len() == lower.len() && word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Read access to the tokens of one text.
#[derive(Clone, Copy)]
pub struct Tokens<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
}

impl<'a> Tokens<'a> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The word at `i`, or None for punctuation and past the end.
    pub fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Word).then(|| &self.text[t.start..t.end])
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
        self.word(i).is_some_and(|w| eq_lower(w, lower))
    }

    /// True when the words from `i` are `phrase` (space separated, lowercase).
    pub fn is_phrase(&self, i: usize, phrase: &str) -> bool {
        phrase
            .split(' ')
            .enumerate()
            .all(|(k, part)| self.is(i + k, part))
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

/// True when the first character of `word` is uppercase.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True for an abbreviation written in capitals: "UBND", "HĐND", "CCHC", "TP".
pub fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}
