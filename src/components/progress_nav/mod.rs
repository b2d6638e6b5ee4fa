//! The links between the parts of "My plan": the plan, the diary, progress, your data and
//! the summary for a clinician ("Show my physio").

use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use crate::components::markup::Html;

/// The bar's class and its accessible name (the build's first view of the plan page writes
/// the same element, `crate::prerender::first_visit_plan`).
pub const CLASS: &str = "progress-nav";
pub const LABEL: &str = "My plan";

/// A small navigation bar; the current part is marked with `aria-current="page"`.
#[component]
pub fn ProgressNav(
    /// The page this bar is on.
    current: Route,
) -> impl IntoView {
    view! { <nav class=CLASS aria-label=LABEL inner_html=html(&current)></nav> }
}

/// The bar's list of links as markup (see [`crate::components::markup`]).
pub fn html(current: &Route) -> String {
    let items = [
        (Route::Plan, "Plan"),
        (Route::Diary, "Pain diary"),
        (Route::Progress, "Progress"),
        (Route::YourData, "Your data"),
        (Route::Summary, CONTENT.summary.title),
    ];
    let mut h = Html::new();
    h.raw("<ul>");
    for (target, label) in items {
        h.raw("<li><a").attr("href", &target.to_hash());
        if &target == current {
            h.raw(" aria-current=\"page\"");
        }
        h.raw(">").text(label).raw("</a></li>");
    }
    h.raw("</ul>");
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_current_part_is_marked() {
        let nav = html(&Route::Diary);
        assert_eq!(nav.matches("<li>").count(), 5);
        assert_eq!(nav.matches("aria-current").count(), 1);
        assert!(nav.contains("<a href=\"#/diary\" aria-current=\"page\">Pain diary</a>"));
    }
}
