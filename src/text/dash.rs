//! Dashes: the text keeps each as written, the rules read them all as "-".

/// Dashes that the text keeps as written but the extractors treat as "-".
pub const DASHES: &str = "-‐‑‒–—―−";

/// True for any dash the extractors treat as "-".
#[inline]
pub fn is_dash(c: char) -> bool {
    // The list is searched only for the rarer non-ASCII dashes.
    c == '-' || (!c.is_ascii() && DASHES.contains(c))
}
