//! Runs of content text as paragraphs or list items.
//!
//! Content is mostly lists of sentences. Rendering them through these two components (rather
//! than a `map(|t| view! { <li>{t}</li> })` at each site) keeps one compiled copy of the code,
//! which matters for the size of the wasm.

use leptos::prelude::*;

/// Each text as a `<p>`.
#[component]
pub fn Paragraphs(
    /// The paragraphs, in order.
    texts: &'static [&'static str],
) -> impl IntoView {
    texts.iter().map(|t| view! { <p>{*t}</p> }).collect_view()
}

/// Each text as an `<li>`; the caller supplies the `<ul>` or `<ol>`.
#[component]
pub fn ListItems(
    /// The items, in order.
    texts: &'static [&'static str],
) -> impl IntoView {
    texts.iter().map(|t| view! { <li>{*t}</li> }).collect_view()
}
