//! Normalization: NFC, one tone-mark placement, whitespace, page chrome.

use std::borrow::Cow;

/// How to normalize.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// Keep the lines that are portal furniture (counters, footers, navigation).
    pub keep_chrome: bool,
}

/// The normalized text that every extractor reads and every offset refers to.
pub fn normalize(text: &str, options: NormalizeOptions) -> Cow<'_, str> {
    let _ = options;
    Cow::Borrowed(text)
}
