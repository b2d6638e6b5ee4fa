//! The links between the parts of "My plan": the plan, the diary, progress, your data and
//! the summary for a clinician ("Show my physio").

use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

/// A small navigation bar; the current part is marked with `aria-current="page"`.
#[component]
pub fn ProgressNav(
    /// The page this bar is on.
    current: Route,
) -> impl IntoView {
    let items = [
        (Route::Plan, "Plan"),
        (Route::Diary, "Pain diary"),
        (Route::Progress, "Progress"),
        (Route::YourData, "Your data"),
        (Route::Summary, CONTENT.summary.title),
    ];
    let links = items
        .into_iter()
        .map(|(target, label)| {
            let here = (target == current).then_some("page");
            view! { <li><a href=target.to_hash() aria-current=here>{label}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="progress-nav" aria-label="My plan">
            <ul>{links}</ul>
        </nav>
    }
}
