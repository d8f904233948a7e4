//! vnextract: structured facts from Vietnamese government reports.
//!
//! The data flows one way: [`input`] (read) → [`decode`] (bytes to text) →
//! [`normalize`] (NFC, tone marks, whitespace, page chrome) → [`extract`](mod@extract) (one
//! module per fact kind) → [`record`] (one record per document) → [`output`]
//! (one module per format). The library never prints.
//!
//! ```
//! let record = vnextract::extract("Ngày 24/12/2016, UBND tỉnh Sơn La tổ chức Hội nghị.");
//! assert!(record.error.is_none());
//! ```

pub mod batch;
pub mod decode;
pub mod extract;
pub mod input;
pub mod normalize;
pub mod output;
pub mod record;

pub use decode::Encoding;
pub use normalize::NormalizeOptions;
pub use record::Record;

/// How a document is read and normalized.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub encoding: Encoding,
    pub normalize: NormalizeOptions,
}

/// Normalizes and extracts the facts of one document given as text.
/// The record's `source` is empty; offsets refer to [`normalize::normalize`]'s output.
pub fn extract(text: &str) -> Record {
    extract_named("", text, NormalizeOptions::default())
}

/// Like [`extract()`], naming the record's source.
pub fn extract_named(source: &str, text: &str, options: NormalizeOptions) -> Record {
    let normalized = normalize::normalize_with_chrome(text, options);
    let facts = extract::extract_all_with_chrome(&normalized.text, &normalized.chrome);
    Record::from_facts(source, &normalized.text, facts)
}

/// Decodes, normalizes and extracts one document given as bytes; a document
/// that cannot be decoded gives an error record.
pub fn process_bytes(source: &str, bytes: &[u8], options: Options) -> Record {
    process_decoded(source, decode::decode(bytes, options.encoding), options)
}

/// Like [`process_bytes`], taking the bytes by value: UTF-8 input becomes
/// the text without a copy.
pub fn process_owned_bytes(source: &str, bytes: Vec<u8>, options: Options) -> Record {
    process_decoded(
        source,
        decode::decode_owned(bytes, options.encoding),
        options,
    )
}

fn process_decoded(
    source: &str,
    decoded: Result<decode::Decoded, decode::DecodeError>,
    options: Options,
) -> Record {
    match decoded {
        Ok(decoded) => {
            let mut record = extract_named(source, &decoded.text, options.normalize);
            record.encoding = Some(decoded.encoding.to_owned());
            record
        }
        Err(error) => Record::failed(source, error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The footer is chrome, dropped from the text, yet still says whose page it is.
    #[test]
    fn a_dropped_publisher_footer_still_names_the_province() {
        let page = "Hội nghị tổng kết công tác năm 2022\n\nNgày 12/1/2023, Hội nghị tổng kết được tổ chức tại hội trường.\n\nBản quyền thuộc Sở Nội vụ tỉnh Sơn La.\n";
        let record = extract(page);
        let province = record.province.expect("a province");
        assert_eq!(province.province.name, "Sơn La");
        assert!(
            province.evidence.starts_with("publisher footer"),
            "{}",
            province.evidence
        );
        assert!(
            record.provinces.is_empty(),
            "the footer is not a mention in the text"
        );
    }
}
