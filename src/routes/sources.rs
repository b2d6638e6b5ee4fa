//! Sources and disclaimer.

use backtrack_core::CONTENT;
use leptos::prelude::*;

use crate::components::Paragraphs;

/// Where the facts come from, credited without suggesting endorsement, and the disclaimer.
#[component]
pub fn SourcesPage() -> impl IntoView {
    let page = &CONTENT.sources;
    let sources = page
        .sources
        .iter()
        .map(|s| {
            view! {
                <li>
                    <cite>{s.title}</cite>
                    ". "{s.author}". "{s.publisher}". "
                    <span class="url">{s.url}</span>
                    <p>{s.used_for}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">{page.title}</h1>
        <section aria-labelledby="disclaimer-heading">
            <h2 id="disclaimer-heading">"Not a diagnosis"</h2>
            <Paragraphs texts=page.disclaimer />
        </section>
        <h2>"Where our facts come from"</h2>
        <ul class="sources">{sources}</ul>
        <h2>"Software"</h2>
        <p>
            "Backtrack is built with open-source software. "
            <a href="third-party-licenses.txt">"Third-party licences"</a>
            " lists each part with its licence."
        </p>
    }
}
