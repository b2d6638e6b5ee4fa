//! The exercise library, grouped by plan phase.

use backtrack_core::content::Phase;
use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

/// Every exercise, grouped by the phase of the plan it belongs to.
#[component]
pub fn ExercisesPage() -> impl IntoView {
    let groups = Phase::ALL
        .into_iter()
        .filter_map(|phase| {
            let items: Vec<_> = CONTENT
                .exercises
                .iter()
                .filter(|e| e.phase == phase)
                .collect();
            if items.is_empty() {
                return None;
            }
            let title = CONTENT.phase(phase).map_or(phase.id(), |g| g.title);
            let items = items
                .into_iter()
                .map(|e| {
                    view! {
                        <li>
                            <a href=Route::Exercise(e.slug.to_owned()).to_hash()>{e.name}</a>
                            <span>" · "{e.purpose}</span>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <h2>{title}</h2>
                <ul class="exercise-list">{items}</ul>
            })
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">"Exercises"</h1>
        <p class="lead">
            "Each exercise has steps, how much to do, how it should feel and when to stop. "
            "Start with the ones your plan suggests, and stop if pain spreads down your leg."
        </p>
        {groups}
    }
}
