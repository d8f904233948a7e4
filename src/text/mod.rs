//! The text floor: small helpers on `&str` that normalization and every
//! extractor share. They know Vietnamese letters and punctuation, never a
//! fact kind, and import nothing else of the crate, so normalize and extract
//! both build on them without importing each other.
//!
//! - [`case`]: letter case without Unicode tables;
//! - [`fold`]: case folding that keeps byte offsets, and tone placement;
//! - [`dash`]: the dashes read as "-";
//! - [`words`]: the words of a span with their byte offsets, whole words;
//! - [`clause`]: where the clause or sentence around a position starts and ends;
//! - [`front_matter`]: where the body starts after a front-matter block.
//!
//! Char boundaries are std's `str::floor_char_boundary` and
//! `str::ceil_char_boundary`.

pub mod case;
pub mod clause;
pub mod dash;
pub mod fold;
pub mod front_matter;
pub mod words;
