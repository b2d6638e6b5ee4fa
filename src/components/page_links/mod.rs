//! A short list of links onward, used at the end of pages and on the not-found page.

use backtrack_core::Route;
use leptos::prelude::*;

/// A titled list of links to other pages.
#[component]
pub fn PageLinks(
    /// The heading above the links.
    #[prop(into)]
    heading: String,
    /// The pages to link to, with their link text.
    links: Vec<(Route, String)>,
) -> impl IntoView {
    let items = links
        .into_iter()
        .map(|(route, label)| view! { <li><a href=route.to_hash()>{label}</a></li> })
        .collect_view();
    let label = heading.clone();
    view! {
        <nav class="page-links" aria-label=label>
            <h2>{heading}</h2>
            <ul>{items}</ul>
        </nav>
    }
}
