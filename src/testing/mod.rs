//! What the tests of every module share: the example-table harness and the
//! seed reports. Test-only: nothing here reaches the library.

pub mod examples;
pub mod portal;
pub mod seeds;
