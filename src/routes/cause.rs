//! One cause: what it is, how runners hurt it, symptoms, treatment and exercises.

use backtrack_core::content::{Cause, Phase, Section};
use backtrack_core::{CauseId, Route, CONTENT};
use leptos::prelude::*;

use crate::components::{ListItems, Paragraphs};

use super::not_found::NotFoundPage;

/// The page for one cause.
#[component]
pub fn CausePage(
    /// Which cause to show.
    id: CauseId,
) -> impl IntoView {
    match CONTENT.cause(id) {
        Some(cause) => view! { <CauseDetail cause=cause /> }.into_any(),
        None => view! { <NotFoundPage path=format!("causes/{}", id.id()) /> }.into_any(),
    }
}

#[component]
fn CauseDetail(cause: &'static Cause) -> impl IntoView {
    let symptoms = cause
        .symptoms
        .iter()
        .map(|s| view! { <li>{s.text}</li> })
        .collect_view();
    let treatment = Phase::ALL
        .into_iter()
        .filter_map(|phase| {
            let steps: Vec<_> = cause
                .treatment
                .iter()
                .filter(|s| s.phase == phase)
                .collect();
            if steps.is_empty() {
                return None;
            }
            let title = CONTENT.phase(phase).map_or(phase.id(), |g| g.title);
            let steps = steps
                .into_iter()
                .map(|step| {
                    let exercises = exercise_links(step.exercises);
                    view! {
                        <li>
                            <h4>{step.title}</h4>
                            <Paragraphs texts=step.text />
                            {exercises}
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <h3>{title}</h3>
                <ol class="steps">{steps}</ol>
            })
        })
        .collect_view();
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <a href=Route::Causes.to_hash()>"Causes"</a>
        </nav>
        <h1 tabindex="-1">{cause.name}</h1>
        <p class="lead">{cause.summary}</p>
        <SectionView section=&cause.structure />
        <SectionView section=&cause.how_runners_hurt_it />
        <h2>"Signs that fit"</h2>
        <ul class="checklist">{symptoms}</ul>
        <aside class="key-points" aria-label="Important">
            <h2>"Worth knowing"</h2>
            <ul><ListItems texts=cause.key_points /></ul>
        </aside>
        <h2>"What to do"</h2>
        {treatment}
        <h2>"When to see a physiotherapist"</h2>
        <ul><ListItems texts=cause.see_a_physio /></ul>
        <p class="care">
            "Any warning signs? "
            <a href=Route::RedFlags.to_hash()>"See when to get help now"</a>"."
        </p>
    }
}

/// A heading and its paragraphs.
#[component]
pub fn SectionView(
    /// The section to show.
    section: &'static Section,
) -> impl IntoView {
    view! {
        <h2>{section.heading}</h2>
        <Paragraphs texts=section.paragraphs />
    }
}

/// Links to the exercises a treatment step uses; slugs are checked by the content tests.
fn exercise_links(slugs: &'static [&'static str]) -> Option<impl IntoView> {
    if slugs.is_empty() {
        return None;
    }
    let links = slugs
        .iter()
        .filter_map(|slug| CONTENT.exercise(slug))
        .map(|e| view! { <li><a href=Route::Exercise(e.slug.to_owned()).to_hash()>{e.name}</a></li> })
        .collect_view();
    Some(view! { <ul class="exercise-links" aria-label="Exercises for this step">{links}</ul> })
}
