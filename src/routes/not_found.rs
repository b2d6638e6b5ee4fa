//! The page for a link we do not recognise.

use backtrack_core::Route;
use leptos::prelude::*;

use crate::components::PageLinks;

/// Shown for unknown routes, unknown causes and unknown exercises, with ways on.
#[component]
pub fn NotFoundPage(
    /// The path that was followed, shown as text so the runner can see what went wrong.
    #[prop(into)]
    path: String,
) -> impl IntoView {
    view! {
        <h1 tabindex="-1">"We could not find that page"</h1>
        <p>"The link may be old or mistyped. You followed:"</p>
        <p><code class="path">{path}</code></p>
        <PageLinks
            heading="Try one of these"
            links=vec![
                (Route::Home, "The start page".to_owned()),
                (Route::Causes, "The five common causes".to_owned()),
                (Route::Exercises, "All exercises".to_owned()),
                (Route::RedFlags, "When to get help now".to_owned()),
            ]
        />
    }
}
