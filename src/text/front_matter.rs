//! A leading front-matter block: data about the page, not its body.

/// The byte offset where the body starts after a leading front-matter block
/// (a first line "---", then `key: value` lines, then a line "---", as
/// static-site archives store articles), or 0 when there is none. The block
/// is data about the page, not its body: its title is restated in the body.
pub fn front_matter_end(text: &str) -> usize {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return 0;
    };
    let mut at = text.len() - rest.len();
    // The block is short: a closing line far down is not its end.
    for line in rest.split_inclusive('\n').take(40) {
        at += line.len();
        if line.trim_end() == "---" {
            return at;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_told_from_the_body() {
        let text = "---\nlayout: post\ntitle: \"Đạt gần 13% dự toán\"\n---\nBody 13%";
        assert_eq!(&text[front_matter_end(text)..], "Body 13%");
        let text = "---\r\ntitle: x\r\n---\r\nBody";
        assert_eq!(&text[front_matter_end(text)..], "Body");
        // no block, or one never closed
        assert_eq!(front_matter_end("Body --- 13%"), 0);
        assert_eq!(front_matter_end("---\ntitle: x\nBody 13%"), 0);
        assert_eq!(front_matter_end("--- Body\n---\n"), 0);
    }
}
