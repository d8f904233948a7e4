//! Normalization throughput; filled in by the normalization work.
fn main() {}
