//! Ratios and rankings: "50/53 đầu công việc", "19/63 tỉnh thành".

use serde::Serialize;

/// One ratio in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ratio {
    pub text: String,
    pub numerator: f64,
    pub denominator: f64,
    pub unit: Option<String>,
    /// The percentage stated beside it, if any.
    pub percent: Option<f64>,
    pub start: usize,
    pub end: usize,
}

/// Every ratio in `text`, in text order.
pub fn find_ratios(_text: &str) -> Vec<Ratio> {
    Vec::new()
}
