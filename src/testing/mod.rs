//! What the tests of every module share: the example-table harness, the
//! seed reports and hard wrapping. Test-only: nothing here reaches the library.

pub mod docx;
pub mod examples;
pub mod fixtures;
pub mod pdf;
pub mod portal;
pub mod seeds;
pub mod wrap;
