//! When to get help now: every red flag, grouped by how fast to act.

use backtrack_core::CONTENT;

use crate::components::markup::Html;
use crate::components::{call_links, urgency};

/// The red flags page.
pub fn html() -> String {
    let page = &CONTENT.red_flags;
    let mut h = Html::new();
    h.h1(page.title).el("p", "lead", page.intro);
    for group in page.groups {
        h.open_with(
            "section",
            &[(
                "class",
                &format!("flag-group {}", urgency::class(group.urgency)),
            )],
        )
        .el("h2", "", group.heading)
        .raw("<p class=\"action\"><strong>")
        .text(group.action)
        .raw("</strong></p>");
        call_links::write(&mut h, group.calls);
        h.raw("<ul>");
        for s in group.signs {
            h.el("li", "", s.text);
        }
        h.raw("</ul></section>");
    }
    call_links::other_countries(&mut h, page);
    h.into_string()
}
