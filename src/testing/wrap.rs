//! Hard wrapping, as plain-text exports and PDF text layers do it: each line
//! longer than a width is cut greedily at spaces, so that every piece fits
//! (a word longer than the width stands alone on its line). Blank lines and
//! lines that fit are kept as they are.

/// `text` with every line longer than `width` characters cut at spaces.
pub fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        if body.chars().count() <= width {
            out.push_str(line);
            continue;
        }
        let mut used = 0;
        for word in body.split(' ').filter(|word| !word.is_empty()) {
            let len = word.chars().count();
            if used > 0 && used + 1 + len > width {
                out.push('\n');
                used = 0;
            }
            if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += len;
        }
        out.push_str(end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::hard_wrap;

    #[test]
    fn cuts_long_lines_greedily_at_spaces() {
        let text = "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị\n\nNgắn\n";
        assert_eq!(
            hard_wrap(text, 20),
            "Ngày 24/12/2016,\nUBND tỉnh đã tổ chức\nHội nghị\n\nNgắn\n"
        );
        // "UBND tỉnh đã tổ chức" is exactly 20 characters (not bytes): it fits.
        assert_eq!(
            hard_wrap("UBND tỉnh đã tổ chức Hội", 20),
            "UBND tỉnh đã tổ chức\nHội"
        );
        // a word longer than the width stands alone
        assert_eq!(
            hard_wrap("a http://sonla.gov.vn b", 5),
            "a\nhttp://sonla.gov.vn\nb"
        );
    }
}
