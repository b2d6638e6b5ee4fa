//! The start page: what Backtrack does and the three ways in.
//!
//! Read-only, so it is markup (see [`crate::components::markup`]); the build also writes
//! it into `index.html` (`examples/prerender.rs`), so the first paint needs no wasm.

use backtrack_core::{Route, CONTENT};

use crate::components::markup::Html;

/// The home page's markup.
pub fn html() -> String {
    let mut h = Html::new();
    h.open("section", "hero")
        .h1("Back pain from running? Find out what may be behind it.")
        .el(
            "p",
            "lead",
            "Backtrack checks first for warning signs that need a doctor, then asks about your \
             pain and shows which of five common causes fits best, and why. It then gives you \
             advice and a home exercise plan, and keeps your progress on this device only.",
        )
        .close("section")
        .open("ul", "ways-in");
    let ways = [
        (
            Route::Check,
            "way-in primary",
            "Check my symptoms",
            CONTENT.overview.questions_claim,
        ),
        (
            Route::Causes,
            "way-in",
            "Browse the causes",
            "Muscle, facet joint, sacroiliac joint, disc and nerve: what each feels like and \
             what helps.",
        ),
        (
            Route::Plan,
            "way-in",
            "My plan",
            "Your exercises for today, your pain diary and your progress.",
        ),
    ];
    for (route, class, title, text) in ways {
        h.raw("<li>")
            .open_with("a", &[("class", class), ("href", &route.to_hash())])
            .el("span", "way-title", title)
            .el("span", "way-text", text)
            .raw("</a></li>");
    }
    h.close("ul").open("p", "more");
    let more = [
        (Route::Overview, "Why your lower back matters when you run"),
        (Route::Exercises, "All exercises"),
        (Route::Running, "Getting back to running"),
    ];
    for (i, (route, label)) in more.into_iter().enumerate() {
        if i > 0 {
            h.raw(" · ");
        }
        h.link(&route.to_hash(), label);
    }
    h.close("p");
    h.into_string()
}
