//! When to get help now: every red flag, grouped by how fast to act.

use backtrack_core::{Urgency, CONTENT};
use leptos::prelude::*;

/// The red flags page.
#[component]
pub fn RedFlagsPage() -> impl IntoView {
    let page = &CONTENT.red_flags;
    let groups = page
        .groups
        .iter()
        .map(|group| {
            let signs = group
                .signs
                .iter()
                .map(|s| view! { <li>{s.text}</li> })
                .collect_view();
            view! {
                <section class=format!("flag-group {}", urgency_class(group.urgency))>
                    <h2>{group.heading}</h2>
                    <p class="action"><strong>{group.action}</strong></p>
                    <ul>{signs}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">{page.title}</h1>
        <p class="lead">{page.intro}</p>
        {groups}
        <p class="other-countries">{page.other_countries}</p>
    }
}

/// The CSS class for an urgency level's colour.
pub fn urgency_class(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Emergency => "urgency-emergency",
        Urgency::Urgent => "urgency-urgent",
        Urgency::Routine => "urgency-routine",
        Urgency::SelfCare => "urgency-self-care",
    }
}
