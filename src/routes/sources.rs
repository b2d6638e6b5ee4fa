//! Sources and disclaimer.

use backtrack_core::{CONTENT, GUIDE};

use crate::components::markup::Html;

/// Where the facts come from, credited without suggesting endorsement, and the disclaimer.
pub fn html() -> String {
    let page = &GUIDE.sources;
    let mut h = Html::new();
    h.h1(CONTENT.sources_title)
        .labelled_section("", "disclaimer-heading", "Not a diagnosis")
        .paragraphs(page.disclaimer)
        .raw("</section>")
        .el("h2", "", "Where our facts come from")
        .open("ul", "sources");
    for s in page.sources {
        h.raw("<li>")
            .el("cite", "", s.title)
            .text(". ")
            .text(s.author)
            .text(". ")
            .text(s.publisher)
            .text(". ")
            .el("span", "url", s.url)
            .el("p", "", s.used_for)
            .raw("</li>");
    }
    h.close("ul").el("h2", "", "Software").raw(
        "<p>Backtrack is built with open-source software. \
             <a href=\"third-party-licenses.txt\">Third-party licences</a> \
             lists each part with its licence.</p>",
    );
    h.into_string()
}
