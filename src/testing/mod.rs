//! What the tests of every module share: the example-table harness.
//! Test-only: nothing here reaches the library.

pub mod examples;
