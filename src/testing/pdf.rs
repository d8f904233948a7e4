//! Writes the small PDFs the tests read, and `fixtures/pdf/` holds: text
//! in a Type0 font (Identity-H codes with a ToUnicode map, as Word and
//! LibreOffice write Unicode text), text in a TCVN3 `.VnTime` font (TCVN3
//! byte codes, no ToUnicode map, as old provincial documents print), and
//! a scanned page (an image, no text).
//!
//! Fonts are not embedded: a viewer substitutes one, and the files stay a
//! few kilobytes. Each non-empty line of the text is one line of a page, a
//! blank line a paragraph gap; 48 lines make a page.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;

use crate::decode::{Encoding, decode};

/// The document information a PDF carries.
pub struct Info<'a> {
    pub title: Option<&'a str>,
    /// A PDF date: `D:20161227170000+07'00'`.
    pub created: Option<&'a str>,
}

const LINES_PER_PAGE: usize = 48;
const FONT_SIZE: u32 = 10;
const LEADING: u32 = 14;

/// Text in a Type0 font with a ToUnicode map: Vietnamese extracts as
/// Unicode.
pub fn unicode(text: &str, info: &Info) -> Vec<u8> {
    // Each character gets a glyph id in order of first use.
    let mut cids: BTreeMap<char, u16> = BTreeMap::new();
    for c in text.chars().filter(|c| *c != '\n') {
        let next = cids.len() as u16 + 1;
        cids.entry(c).or_insert(next);
    }
    let show = |line: &str| {
        let mut hex = String::from("<");
        for c in line.chars() {
            write!(hex, "{:04X}", cids[&c]).unwrap();
        }
        hex + "> Tj"
    };
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let by_cid: Vec<(u16, char)> = cids.iter().map(|(&c, &cid)| (cid, c)).collect();
    for chunk in by_cid.chunks(100) {
        writeln!(cmap, "{} beginbfchar", chunk.len()).unwrap();
        for &(cid, c) in chunk {
            let mut units = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            writeln!(cmap, "<{cid:04X}> <{hex}>").unwrap();
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    let font = vec![
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TimesNewRomanPSMT /Encoding /Identity-H \
           /DescendantFonts [5 0 R] /ToUnicode 6 0 R >>"
            .to_vec(),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TimesNewRomanPSMT \
           /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
           /FontDescriptor 7 0 R /DW 500 /CIDToGIDMap /Identity >>"
            .to_vec(),
        stream("", cmap.as_bytes()),
        descriptor("TimesNewRomanPSMT"),
    ];
    document(text, info, font, show)
}

/// Text in the TCVN3 font `.VnTime`, without a ToUnicode map: a reader that
/// trusts the font's WinAnsi encoding gets "Héi nghÞ".
pub fn tcvn3(text: &str, info: &Info) -> Vec<u8> {
    tcvn3_in(".VnTime", text, info)
}

/// Text in TCVN3 codes, in a font named `font`.
pub fn tcvn3_in(font_name: &str, text: &str, info: &Info) -> Vec<u8> {
    let codes = tcvn3_codes();
    let show = |line: &str| {
        let mut hex = String::from("<");
        for c in line.chars() {
            let code = if c.is_ascii() {
                c as u8
            } else {
                codes.get(&c).copied().unwrap_or(b'?')
            };
            write!(hex, "{code:02X}").unwrap();
        }
        hex + "> Tj"
    };
    let font = vec![
        format!(
            "<< /Type /Font /Subtype /TrueType /BaseFont /{font_name} \
             /Encoding /WinAnsiEncoding /FontDescriptor 5 0 R >>"
        )
        .into_bytes(),
        descriptor(font_name),
    ];
    document(text, info, font, show)
}

/// The characters TCVN3 has codes for, from the decoder's own reading.
pub fn tcvn3_codes() -> BTreeMap<char, u8> {
    let mut codes = BTreeMap::new();
    for b in (0x01..=0x1Fu8).chain(0x80..=0xFF) {
        // Padded, so that a control code is not taken for binary data.
        let mut bytes = vec![b'.'; 40];
        bytes.push(b);
        let Ok(decoded) = decode(&bytes, Encoding::Tcvn3) else {
            continue;
        };
        let mut rest = decoded.text[40..].chars();
        if let (Some(c), None) = (rest.next(), rest.next())
            && !c.is_ascii()
        {
            codes.entry(c).or_insert(b);
        }
    }
    codes
}

/// One page whose content stream, uncompressed, is `content`, with
/// Helvetica (WinAnsi) as /F1.
pub fn page(content: &str) -> Vec<u8> {
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>".to_vec(),
        info_dict(&Info {
            title: None,
            created: None,
        }),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R \
           /Resources << /Font << /F1 6 0 R >> >> >>"
            .to_vec(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    write_pdf(&objects)
}

/// A scanned page: an 8×8 grey image over the page, no text.
pub fn scanned(info: &Info) -> Vec<u8> {
    let pixels: Vec<u8> = (0..64u8).map(|i| 128 + (i % 8) * 8).collect();
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>".to_vec(),
        info_dict(info),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
           /Resources << /XObject << /Im0 6 0 R >> >> /Contents 5 0 R >>"
            .to_vec(),
        stream("", b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"),
        stream(
            "/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray \
             /BitsPerComponent 8 ",
            &pixels,
        ),
    ];
    write_pdf(&objects)
}

/// Objects 1–3 are the catalog, the page tree and the info dictionary;
/// then the font's (`font`, from 4: its first is the font the pages use as
/// /F1); then the pages, each a page object and its content.
fn document(text: &str, info: &Info, font: Vec<Vec<u8>>, show: impl Fn(&str) -> String) -> Vec<u8> {
    let mut pages: Vec<String> = Vec::new();
    let (mut y, mut lines) = (800, 0);
    let mut content = String::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            y -= LEADING;
            continue;
        }
        if lines == LINES_PER_PAGE || y < 50 {
            pages.push(std::mem::take(&mut content));
            (y, lines) = (800, 0);
        }
        writeln!(
            content,
            "BT /F1 {FONT_SIZE} Tf 1 0 0 1 50 {y} Tm {} ET",
            show(line)
        )
        .unwrap();
        y -= LEADING;
        lines += 1;
    }
    pages.push(content);
    let first_page = 4 + font.len();
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", first_page + 2 * i))
        .collect();
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
        info_dict(info),
    ];
    objects.extend(font);
    for (i, content) in pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
                 /Resources << /Font << /F1 4 0 R >> >> /Contents {} 0 R >>",
                first_page + 2 * i + 1
            )
            .into_bytes(),
        );
        objects.push(stream("", content.as_bytes()));
    }
    write_pdf(&objects)
}

fn descriptor(name: &str) -> Vec<u8> {
    format!(
        "<< /Type /FontDescriptor /FontName /{name} /Flags 34 /FontBBox [-568 -307 2000 1007] \
         /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 >>"
    )
    .into_bytes()
}

fn info_dict(info: &Info) -> Vec<u8> {
    let mut dict = String::from("<< /Producer (vnextract test fixtures)");
    if let Some(title) = info.title {
        // A text string: UTF-16BE with its byte-order mark.
        let hex: String = title.encode_utf16().map(|u| format!("{u:04X}")).collect();
        write!(dict, " /Title <FEFF{hex}>").unwrap();
    }
    if let Some(created) = info.created {
        write!(dict, " /CreationDate ({created})").unwrap();
    }
    dict.push_str(" >>");
    dict.into_bytes()
}

/// A stream object, deflated.
fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    let data = encoder.finish().unwrap();
    let mut object = format!(
        "<< {dict}/Length {} /Filter /FlateDecode >>\nstream\n",
        data.len()
    )
    .into_bytes();
    object.extend_from_slice(&data);
    object.extend_from_slice(b"\nendstream");
    object
}

/// Objects numbered from 1, a cross-reference table, a trailer.
fn write_pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        writeln!(pdf, "{} 0 obj", i + 1).unwrap();
        pdf.extend_from_slice(object);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    write!(pdf, "xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).unwrap();
    for offset in offsets {
        writeln!(pdf, "{offset:010} 00000 n ").unwrap();
    }
    write!(
        pdf,
        "trailer\n<< /Size {} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    pdf
}
