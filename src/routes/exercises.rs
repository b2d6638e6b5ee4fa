//! The exercise library, grouped by plan phase.

use backtrack_core::content::Phase;
use backtrack_core::{Route, CONTENT, GUIDE};

use crate::components::markup::Html;

/// Every exercise, grouped by the phase of the plan it belongs to.
pub fn html() -> String {
    let mut h = Html::new();
    h.h1("Exercises").el(
        "p",
        "lead",
        "Each exercise has steps, how much to do, how it should feel and when to stop. \
         Start with the ones your plan suggests, and stop if pain spreads down your leg.",
    );
    for phase in Phase::ALL {
        let mut items = CONTENT
            .exercises
            .iter()
            .filter(|e| e.phase == phase)
            .peekable();
        if items.peek().is_none() {
            continue;
        }
        let title = CONTENT.phase(phase).map_or(phase.id(), |g| g.title);
        h.el("h2", "", title).open("ul", "exercise-list");
        for e in items {
            h.raw("<li>")
                .link(&Route::Exercise(e.slug).to_hash(), e.name);
            if let Some(page) = GUIDE.exercise(e.slug) {
                h.raw("<span> · ").text(page.purpose).raw("</span>");
            }
            h.raw("</li>");
        }
        h.close("ul");
    }
    h.into_string()
}
