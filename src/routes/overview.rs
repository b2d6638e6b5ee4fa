//! Why the lower back matters to runners.

use backtrack_core::{Route, CONTENT, GUIDE};

use crate::components::markup::Html;

/// The overview page's markup.
pub fn html() -> String {
    let page = &GUIDE.overview;
    let mut h = Html::new();
    h.h1(CONTENT.overview.title).el("p", "lead", page.intro);
    for s in page.sections {
        h.section(s.heading, s.paragraphs);
    }
    h.raw("<p>")
        .link(&Route::Causes.to_hash(), "The five common causes")
        .raw(" · ")
        .link(&Route::Check.to_hash(), "Check my symptoms")
        .raw("</p>");
    h.into_string()
}
