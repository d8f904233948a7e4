//! The front door of the library: an [`Extractor`], built from [`Options`],
//! turns a document given as text, as bytes, or a batch of named byte
//! buffers into its [`Record`], and shows the normalized text its offsets
//! refer to. The pipeline behind it (decode, normalize, the extractors'
//! staged batch engine, record) is reached only through it.

use crate::container::{self, Content, Unpacked};
use crate::decode::{self, DecodeError, Decoded};
use crate::extract::{self, Document, Facts};
use crate::normalize::{self, Normalized};
use crate::{Error, Options, Record};

/// A document's text before normalization, with what its container said.
struct Read {
    text: String,
    /// A record's `encoding`: the encoding, or the container and encoding.
    encoding: String,
    title: Option<String>,
    published: Option<String>,
}

/// Extracts the facts of documents, read and normalized as its [`Options`] say.
///
/// ```
/// use vnextract::{Extractor, Options};
///
/// let extractor = Extractor::new(Options::default());
/// let record = extractor.extract(
///     "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành chính, \
///      đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh Sơn La chủ trì Hội nghị.",
/// );
/// assert_eq!(record.event_date.as_deref(), Some("2016-12-24"));
/// assert_eq!(record.chairpersons[0].name, "Cầm Ngọc Minh");
/// ```
///
/// Building one costs nothing: the regexes and automata behind it are built
/// once per process, when first used (or ahead, by [`Extractor::warm_up`]).
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// An extractor reading documents as `options` say.
    pub fn new(options: Options) -> Extractor {
        Extractor { options }
    }

    /// The options it was built from.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The record of one document given as text, after decoding its HTML
    /// character references ("Xu&acirc;n") as bytes are decoded. The
    /// record's `source` is empty and its `encoding` `None`; offsets refer to
    /// the text normalized ([`Extractor::normalize_text`]).
    pub fn extract(&self, text: &str) -> Record {
        self.extract_named("", text)
    }

    /// Like [`Extractor::extract`], naming the record's source.
    pub fn extract_named(&self, source: &str, text: &str) -> Record {
        let text = decode::entities::unescape(text);
        let normalized = normalize::normalize_with_chrome(&text, self.options.normalize);
        let mut facts = [Facts::default()];
        let document = Document {
            text: &normalized.text,
            chrome: &normalized.chrome,
            title: None,
            published: None,
        };
        extract::extract_batch(&[document], &mut facts);
        let [facts] = facts;
        self.record(source, &normalized, facts)
    }

    /// The record of one document given as bytes, decoded as the options
    /// say; bytes that do not read as text give an error record.
    pub fn extract_bytes(&self, source: &str, bytes: &[u8]) -> Record {
        // UTF-8 is copied once either way (here instead of in decoding); other
        // encodings pay one copy more, small beside transcoding.
        self.extract_owned_bytes(source, bytes.to_vec())
    }

    /// Like [`Extractor::extract_bytes`], taking the bytes by value: UTF-8
    /// input becomes the text without a copy. A file of records (JSON
    /// Lines, CSV, a JSON array) gives the record of its first article:
    /// [`Extractor::extract_file`] gives them all.
    pub fn extract_owned_bytes(&self, source: &str, bytes: Vec<u8>) -> Record {
        let mut records = self.extract_file(source, bytes);
        records.swap_remove(0)
    }

    /// The records of every article a file holds, in order: one for a
    /// document (text, HTML, DOCX, PDF), one per line, row or object for a
    /// file of records; each ok or an error record.
    pub fn extract_file(&self, source: &str, bytes: Vec<u8>) -> Vec<Record> {
        let mut files = self.extract_files(vec![(source, bytes)]);
        files.pop().expect("records for every file")
    }

    /// The records of many named files, in the same order, each the ones
    /// [`Extractor::extract_file`] gives it. Faster than one by one: each
    /// extractor runs over the whole batch before the next starts, so its
    /// code and caches stay warm (about a quarter less time on batches of
    /// generated reports).
    pub fn extract_files(&self, files: Vec<(&str, Vec<u8>)>) -> Vec<Vec<Record>> {
        self.extract_files_with_errors(files)
            .into_iter()
            .map(|records| records.into_iter().map(|(record, _)| record).collect())
            .collect()
    }

    /// The records of many named documents, in the same order: each
    /// document's records ([`Extractor::extract_files`]) one after another.
    pub fn extract_batch(&self, documents: Vec<(&str, Vec<u8>)>) -> Vec<Record> {
        self.extract_files(documents)
            .into_iter()
            .flatten()
            .collect()
    }

    /// [`Extractor::extract_files`], also handing back why each error record
    /// failed, for a caller that tells one error from another.
    pub(crate) fn extract_files_with_errors(
        &self,
        files: Vec<(&str, Vec<u8>)>,
    ) -> Vec<Vec<(Record, Option<Error>)>> {
        let unpacked: Vec<Vec<Unpacked>> = files
            .into_iter()
            .map(|(source, bytes)| {
                container::unpack(source, bytes, &self.options.input, self.options.encoding)
            })
            .collect();
        self.extract_unpacked(unpacked)
    }

    /// The record of line `number` (from 1) of a JSON Lines stream named
    /// `name`, one article per line (source `NAME#NUMBER`, or `NAME#ID` by
    /// the id field): a bad line gives an error record, so that every line
    /// in gives exactly one record out.
    pub fn extract_json_line(&self, name: &str, number: usize, line: &[u8]) -> Record {
        self.extract_json_line_with_error(name, number, line).0
    }

    /// [`Extractor::extract_json_line`], with why an error record failed.
    pub(crate) fn extract_json_line_with_error(
        &self,
        name: &str,
        number: usize,
        line: &[u8],
    ) -> (Record, Option<Error>) {
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let unpacked = container::unpack_jsonl_line(name, number, line, &self.options.input);
        let mut files = self.extract_unpacked(vec![vec![unpacked]]);
        files.swap_remove(0).swap_remove(0)
    }

    /// The records of unpacked files, each the records of its articles in order.
    fn extract_unpacked(&self, unpacked: Vec<Vec<Unpacked>>) -> Vec<Vec<(Record, Option<Error>)>> {
        // Each article read goes to `reads`; the files keep its index there.
        let mut reads: Vec<Read> = Vec::new();
        let files: Vec<Vec<(String, Result<usize, Error>)>> = unpacked
            .into_iter()
            .map(|file| {
                file.into_iter()
                    .map(|u| {
                        let read = u.content.and_then(|c| self.read(c)).map(|read| {
                            reads.push(read);
                            reads.len() - 1
                        });
                        (u.source, read)
                    })
                    .collect()
            })
            .collect();
        let normalized: Vec<Normalized> = reads
            .iter()
            .map(|read| normalize::normalize_with_chrome(&read.text, self.options.normalize))
            .collect();
        let documents: Vec<Document> = normalized
            .iter()
            .zip(&reads)
            .map(|(normalized, read)| Document {
                text: &normalized.text,
                chrome: &normalized.chrome,
                title: read.title.as_deref(),
                published: read.published.as_deref(),
            })
            .collect();
        let mut facts = vec![Facts::default(); documents.len()];
        extract::extract_batch(&documents, &mut facts);
        // The files name their articles in the order they were read.
        let mut facts = facts.into_iter();
        files
            .into_iter()
            .map(|file| {
                file.into_iter()
                    .map(|(source, read)| match read {
                        Ok(at) => {
                            let facts = facts.next().expect("facts for every article read");
                            let mut record = self.record(&source, &normalized[at], facts);
                            record.encoding = Some(reads[at].encoding.clone());
                            (record, None)
                        }
                        Err(error) => (Record::failed(source, &error), Some(error)),
                    })
                    .collect()
            })
            .collect()
    }

    /// The text of what a container gave, with its metadata: bytes are
    /// decoded, an article's title normalized (its text and title come with
    /// their character references decoded).
    fn read(&self, content: Content) -> Result<Read, Error> {
        Ok(match content {
            Content::Bytes(bytes) => {
                let decoded = decode::decode_owned(bytes, self.options.encoding)?;
                Read {
                    text: decoded.text,
                    encoding: decoded.encoding.to_owned(),
                    title: None,
                    published: None,
                }
            }
            Content::Article(article) => {
                let title = article.title.map(|title| {
                    let title = normalize::normalize(title.trim(), self.options.normalize);
                    title.trim().to_owned()
                });
                Read {
                    text: article.text,
                    encoding: article.container,
                    title: title.filter(|t| !t.is_empty()),
                    published: article.published,
                }
            }
        })
    }

    /// The normalized text of a document given as bytes, which the offsets
    /// of its record ([`Extractor::extract_bytes`]) refer to: of its first
    /// article, for a file of records.
    pub fn normalize(&self, bytes: &[u8]) -> Result<String, Error> {
        let mut texts = self.normalize_file("", bytes.to_vec());
        texts.swap_remove(0).1
    }

    /// The normalized text of every article a file holds, named as their
    /// records are ([`Extractor::extract_file`]), each ok or why not.
    pub fn normalize_file(
        &self,
        source: &str,
        bytes: Vec<u8>,
    ) -> Vec<(String, Result<String, Error>)> {
        container::unpack(source, bytes, &self.options.input, self.options.encoding)
            .into_iter()
            .map(|unpacked| {
                let text = unpacked.content.and_then(|c| self.read(c)).map(|read| {
                    normalize::normalize(&read.text, self.options.normalize).into_owned()
                });
                (unpacked.source, text)
            })
            .collect()
    }

    /// The normalized text of a document given as text, which the offsets
    /// of its record ([`Extractor::extract`]) refer to.
    pub fn normalize_text(&self, text: &str) -> String {
        let text = decode::entities::unescape(text);
        normalize::normalize(&text, self.options.normalize).into_owned()
    }

    /// The text of a document given as bytes, before normalization, and the
    /// encoding it was read as: what [`Extractor::extract_bytes`] reads.
    pub fn decode(&self, bytes: &[u8]) -> Result<Decoded, DecodeError> {
        decode::decode(bytes, self.options.encoding)
    }

    /// Builds the extractors' regexes and automata ahead of use, the share
    /// `part` of `parts`: workers that each warm up their own part share the
    /// one-time builds (about 70 ms on one core) instead of waiting on one
    /// another's.
    pub fn warm_up(&self, part: usize, parts: usize) {
        extract::prepare(part, parts);
    }

    fn record(&self, source: &str, normalized: &Normalized, facts: Facts) -> Record {
        let mut record = Record::from_facts(source, &normalized.text, facts);
        if !self.options.explain {
            record.explain = None;
        }
        record
    }
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
                .filter(|path| path.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            for path in paths {
                documents.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
        documents.insert(2, ("empty".into(), Vec::new()));
        documents.insert(5, ("binary".into(), vec![0, 159, 146, 150, 0, 1, 2]));
        let extractor = Extractor::default();
        let alone: Vec<Record> = documents
            .iter()
            .map(|(source, bytes)| extractor.extract_owned_bytes(source, bytes.clone()))
            .collect();
        let batch = extractor.extract_batch(
            documents
                .iter()
                .map(|(source, bytes)| (source.as_str(), bytes.clone()))
                .collect(),
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
        let extractor = Extractor::default();
        let from_text = extractor.extract(page);
        let chair = from_text.chairpersons.first().expect("a chairperson");
        assert_eq!(chair.name, "Nguyễn Xuân Thanh");
        let mut from_bytes = extractor.extract_bytes("", page.as_bytes());
        assert_eq!(from_bytes.encoding.take().as_deref(), Some("utf-8"));
        assert_eq!(from_bytes, from_text);
    }

    /// The footer is chrome, dropped from the text, yet still says whose page it is.
    #[test]
    fn a_dropped_publisher_footer_still_names_the_province() {
        let page = "Hội nghị tổng kết công tác năm 2022\n\nNgày 12/1/2023, Hội nghị tổng kết được tổ chức tại hội trường.\n\nBản quyền thuộc Sở Nội vụ tỉnh Sơn La.\n";
        let record = Extractor::default().extract(page);
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
