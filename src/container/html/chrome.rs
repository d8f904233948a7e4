//! What a page's chrome is, told from a tag and its attributes: the
//! elements dropped with everything inside them, and the class and id words
//! that weigh an element for or against holding the article.
//!
//! Tags: scripts, styles and embedded documents never hold text a reader
//! sees; `nav`, `aside`, `menu` and form controls are chrome; `header` and
//! `footer` are chrome outside an `article` (inside one they hold its
//! headline and byline). `form` is left to the content choice: ASP.NET and
//! SharePoint pages wrap the whole page in one.
//!
//! Class and id words, as readability does: a word of [`CHROME_WORDS`] drops
//! the element unless a word of [`KEEP_WORDS`] is there too ("sidebar" goes,
//! "content-sidebar-wrap" stays: it wraps the content as well). Hidden
//! elements (`hidden`, `aria-hidden="true"`, `display: none`) and ARIA
//! landmarks of chrome go too.

/// Tags whose element never holds the article's text.
const CHROME_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "map", "head", "nav", "aside", "menu", "dialog", "button",
    "select", "textarea", "input", "label", "option",
];

/// Class and id words of chrome: menus, sidebars, sharing, comments, lists
/// of other articles, advertising. Matched inside a word ("mainmenu",
/// "box-tinlienquan"), so each is long enough not to occur in article words.
const CHROME_WORDS: &[&str] = &[
    "menu",
    "navbar",
    "navigation",
    "sidebar",
    "footer",
    "banner",
    "breadcrumb",
    "share",
    "sharing",
    "social",
    "comment",
    "related",
    "widget",
    "advert",
    "popup",
    "cookie",
    "toolbar",
    "topbar",
    "copyright",
    "pagination",
    "pager",
    "login",
    "search",
    "masthead",
    // Vietnamese portals: "tin liên quan", "tin khác", "cùng chuyên mục", "quảng cáo".
    "lienquan",
    "tinkhac",
    "tin-khac",
    "othernews",
    "other-news",
    "cungchuyenmuc",
    "quangcao",
];

/// Class and id tokens of chrome that are too short to match inside a word:
/// matched as a whole token of the class or id ("nav", "ads" but not "heads").
const CHROME_TOKENS: &[&str] = &["nav", "ad", "ads", "tags", "header", "top", "bottom"];

/// Class and id words that keep an element that has a chrome word too
/// ("content-sidebar-wrap"; not "mainmenu" nor "main-menu").
const KEEP_WORDS: &[&str] = &["article", "body", "content", "main", "noidung", "noi-dung"];

/// Class and id words of the element that holds an article, in portals'
/// templates: each gives [`ARTICLE_WEIGHT`].
const ARTICLE_WORDS: &[&str] = &[
    "article",
    "content",
    "detail",
    "entry",
    "post",
    "story",
    "news-content",
    "body",
    "text",
    "noidung",
    "noi-dung",
    "chitiet",
    "chi-tiet",
    "baiviet",
    "bai-viet",
];

/// Class and id words of blocks beside the article: teasers, lists, dates.
const AGAINST_WORDS: &[&str] = &[
    "list", "hot", "most", "more", "thumb", "meta", "date", "author", "tool",
];

/// What a class or id word adds to an element's content score, up or down.
pub(super) const ARTICLE_WEIGHT: f32 = 25.0;

/// Whether an element of `tag` is chrome for its tag alone; `in_article`
/// says whether it is inside an `article`.
pub(super) fn chrome_tag(tag: &str, in_article: bool) -> bool {
    CHROME_TAGS.contains(&tag) || (!in_article && matches!(tag, "header" | "footer"))
}

/// What the attributes say of an element: chrome, or a weight for or
/// against holding the article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Verdict {
    pub chrome: bool,
    pub weight: f32,
}

/// Reads an element's class and id (lower case, joined), its `role`,
/// whether it is hidden, and whether it is `itemprop="articleBody"`.
pub(super) fn verdict(class_id: &str, role: &str, hidden: bool, article_body: bool) -> Verdict {
    if article_body {
        return Verdict {
            chrome: false,
            weight: 2.0 * ARTICLE_WEIGHT,
        };
    }
    let landmark = matches!(
        role,
        "navigation" | "banner" | "contentinfo" | "complementary" | "menu" | "menubar" | "search"
    );
    let has = |words: &[&str]| words.iter().any(|word| class_id.contains(word));
    let tokens = || class_id.split(|c: char| c.is_ascii_whitespace() || c == '_');
    let token = tokens()
        .flat_map(|token| token.split('-'))
        .any(|token| CHROME_TOKENS.contains(&token));
    // A keep word in a chrome word ("mainmenu") keeps nothing, nor in a
    // class whose last part, what it names, is chrome ("main-menu").
    let is_chrome = |part: &str| CHROME_WORDS.iter().any(|word| part.contains(word));
    let keep = tokens().any(|token| {
        !token.rsplit('-').next().is_some_and(is_chrome)
            && token
                .split('-')
                .any(|part| KEEP_WORDS.iter().any(|w| part.contains(w)) && !is_chrome(part))
    });
    let chrome = hidden || landmark || ((has(CHROME_WORDS) || token) && !keep);
    let mut weight = 0.0;
    if has(ARTICLE_WORDS) {
        weight += ARTICLE_WEIGHT;
    }
    if has(AGAINST_WORDS) {
        weight -= ARTICLE_WEIGHT;
    }
    Verdict { chrome, weight }
}

/// Whether a `style` attribute hides its element.
pub(super) fn hidden_by_style(style: &str) -> bool {
    let style: String = style
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    style.contains("display:none") || style.contains("visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_words_drop_unless_the_element_also_holds_content() {
        assert!(verdict("mainmenu", "", false, false).chrome);
        assert!(verdict("main-menu", "", false, false).chrome);
        assert!(verdict("box-tinlienquan", "", false, false).chrome);
        assert!(verdict("col-md-3 sidebar", "", false, false).chrome);
        assert!(verdict("nav pull-left", "", false, false).chrome);
        assert!(!verdict("content-sidebar-wrap", "", false, false).chrome);
        assert!(!verdict("heads", "", false, false).chrome);
        assert!(!verdict("detail-content", "", false, false).chrome);
        assert!(verdict("", "navigation", false, false).chrome);
        assert!(verdict("", "", true, false).chrome);
    }

    #[test]
    fn weights_favour_article_words_and_itemprop() {
        assert_eq!(verdict("news-content", "", false, false).weight, 25.0);
        assert_eq!(verdict("hot-list", "", false, false).weight, -25.0);
        assert_eq!(verdict("", "", false, true).weight, 50.0);
        assert_eq!(verdict("row", "", false, false).weight, 0.0);
    }

    #[test]
    fn header_and_footer_are_chrome_outside_an_article() {
        assert!(chrome_tag("header", false));
        assert!(!chrome_tag("header", true));
        assert!(chrome_tag("script", true));
        assert!(!chrome_tag("form", false));
        assert!(!chrome_tag("div", false));
    }

    #[test]
    fn styles_that_hide() {
        assert!(hidden_by_style("DISPLAY: none;"));
        assert!(hidden_by_style("color:red; visibility : hidden"));
        assert!(!hidden_by_style("width: 100%"));
    }
}
