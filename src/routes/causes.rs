//! The list of the five causes.

use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

/// All five causes, each with its one-line summary.
#[component]
pub fn CausesPage() -> impl IntoView {
    let items = CONTENT
        .causes
        .iter()
        .map(|cause| {
            view! {
                <li>
                    <h2><a href=Route::Cause(cause.id).to_hash()>{cause.name}</a></h2>
                    <p>{cause.summary}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">"Five common causes"</h1>
        <p class="lead">
            "Lower back pain in runners has several common causes. Each one feels a little different and needs different care. "
            "Warning signs come first: if any apply to you, "
            <a href=Route::RedFlags.to_hash()>"get help now"</a>"."
        </p>
        <ul class="card-list">{items}</ul>
        <p><a href=Route::Check.to_hash()>"Not sure which fits? Check your symptoms."</a></p>
    }
}
