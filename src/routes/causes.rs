//! The list of the five causes.

use backtrack_core::{Route, CONTENT};

use crate::components::markup::Html;

/// All five causes, each with its one-line summary.
pub fn html() -> String {
    let mut h = Html::new();
    h.h1("Five common causes")
        .raw("<p class=\"lead\">")
        .text(
            "Lower back pain in runners has several common causes. Each one feels a little \
             different and needs different care. Warning signs come first: if any apply to \
             you, ",
        )
        .link(&Route::RedFlags.to_hash(), "get help now")
        .raw(".</p>")
        .open("ul", "card-list");
    for cause in CONTENT.causes {
        h.raw("<li><h2>")
            .link(&Route::Cause(cause.id).to_hash(), cause.name)
            .raw("</h2>")
            .el("p", "", cause.summary)
            .raw("</li>");
    }
    h.close("ul")
        .raw("<p>")
        .link(
            &Route::Check.to_hash(),
            "Not sure which fits? Check your symptoms.",
        )
        .raw("</p>");
    h.into_string()
}
