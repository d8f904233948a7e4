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
pub mod eval;
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
    /// Give each record an `explain` object: why each single-valued field
    /// has its value. Off by default, so records do not grow.
    pub explain: bool,
}

/// Normalizes and extracts the facts of one document given as text, after
/// decoding its HTML character references as [`decode::decode`] does for
/// bytes ([`decode::entities`]). The record's `source` is empty; offsets refer
/// to the output of [`normalize::normalize`] on [`decode::entities::unescape`]'s.
pub fn extract(text: &str) -> Record {
    extract_named("", text, NormalizeOptions::default())
}

/// Like [`extract()`], naming the record's source.
pub fn extract_named(source: &str, text: &str, options: NormalizeOptions) -> Record {
    let text = decode::entities::unescape(text);
    let normalized = normalize::normalize_with_chrome(&text, options);
    let facts = extract::extract_all_with_chrome(&normalized.text, &normalized.chrome);
    let mut record = Record::from_facts(source, &normalized.text, facts);
    record.explain = None;
    record
}

/// Decodes, normalizes and extracts one document given as bytes; a document
/// that cannot be decoded gives an error record.
pub fn process_bytes(source: &str, bytes: &[u8], options: Options) -> Record {
    // UTF-8 is copied once either way (here instead of in decoding); other
    // encodings pay one copy more, small beside transcoding.
    process_owned_bytes(source, bytes.to_vec(), options)
}

/// Like [`process_bytes`], taking the bytes by value: UTF-8 input becomes
/// the text without a copy.
pub fn process_owned_bytes(source: &str, bytes: Vec<u8>, options: Options) -> Record {
    let mut records = process_owned_batch(vec![(source, bytes)], options);
    records.pop().expect("one record per document")
}

/// [`process_owned_bytes`] for many documents at once, one record each in
/// the same order: the extractors run over the whole batch one after the
/// other (see [`extract::extract_batch`]), which is faster than document by
/// document.
pub fn process_owned_batch(documents: Vec<(&str, Vec<u8>)>, options: Options) -> Vec<Record> {
    let decoded: Vec<(&str, Result<decode::Decoded, decode::DecodeError>)> = documents
        .into_iter()
        .map(|(source, bytes)| (source, decode::decode_owned(bytes, options.encoding)))
        .collect();
    let normalized: Vec<normalize::Normalized> = decoded
        .iter()
        .filter_map(|(_, decoded)| decoded.as_ref().ok())
        .map(|decoded| normalize::normalize_with_chrome(&decoded.text, options.normalize))
        .collect();
    let documents: Vec<extract::Document> = normalized
        .iter()
        .map(|n| extract::Document {
            text: &n.text,
            chrome: &n.chrome,
        })
        .collect();
    let mut facts = vec![extract::Facts::default(); documents.len()];
    extract::extract_batch(&documents, &mut facts);
    let mut found = normalized.iter().zip(facts);
    decoded
        .iter()
        .map(|(source, decoded)| match decoded {
            Ok(decoded) => {
                let (normalized, facts) = found.next().expect("facts for every decoded document");
                let mut record = Record::from_facts(*source, &normalized.text, facts);
                record.encoding = Some(decoded.encoding.to_owned());
                if !options.explain {
                    record.explain = None;
                }
                record
            }
            Err(error) => Record::failed(*source, error.to_string()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A batch gives each document the record it gets alone, in order, with
    /// documents that cannot be decoded among them.
    #[test]
    fn a_batch_gives_each_document_its_own_record() {
        let mut documents: Vec<(String, Vec<u8>)> = Vec::new();
        for dir in ["fixtures", "fixtures/encodings"] {
            let mut paths: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .filter(|path| path.is_file())
                .collect();
            paths.sort();
            for path in paths {
                documents.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
        documents.insert(2, ("empty".into(), Vec::new()));
        documents.insert(5, ("binary".into(), vec![0, 159, 146, 150, 0, 1, 2]));
        let alone: Vec<Record> = documents
            .iter()
            .map(|(source, bytes)| process_owned_bytes(source, bytes.clone(), Options::default()))
            .collect();
        let batch = process_owned_batch(
            documents
                .iter()
                .map(|(source, bytes)| (source.as_str(), bytes.clone()))
                .collect(),
            Options::default(),
        );
        assert_eq!(batch, alone);
        let failed: Vec<&str> = batch
            .iter()
            .filter(|r| r.error.is_some())
            .map(|r| r.source.as_str())
            .collect();
        assert_eq!(failed, ["empty", "binary"]);
        assert!(batch.len() > 15, "{}", batch.len());
        // Not a vacuous comparison: every report has its dates.
        assert!(
            batch
                .iter()
                .filter(|r| r.error.is_none())
                .all(|r| !r.dates.is_empty())
        );
    }

    /// A saved page's character references are decoded alike from text and
    /// from bytes, so the chair's name is read and offsets agree.
    #[test]
    fn character_references_are_decoded_from_text_and_from_bytes() {
        let page = "Ngày 12/1/2019, C&ocirc;ng an huyện tổ chức hội nghị tổng kết.\n\n\
            Đồng ch&iacute; Nguyễn Xu&acirc;n Thanh &ndash; Chủ tịch UBND huyện Đắk Song \
            ph&aacute;t biểu tại hội nghị.\n";
        let from_text = extract(page);
        let chair = from_text.chairpersons.first().expect("a chairperson");
        assert_eq!(chair.name, "Nguyễn Xuân Thanh");
        let mut from_bytes = process_bytes("", page.as_bytes(), Options::default());
        assert_eq!(from_bytes.encoding.take().as_deref(), Some("utf-8"));
        assert_eq!(from_bytes, from_text);
    }

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
