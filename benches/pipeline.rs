//! End-to-end throughput; filled in by the archive work.
fn main() {}
