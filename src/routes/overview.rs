//! Why the lower back matters to runners.

use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use super::cause::SectionView;

/// The overview page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let page = &CONTENT.overview;
    let sections = page
        .sections
        .iter()
        .map(|s| view! { <SectionView section=s /> })
        .collect_view();
    view! {
        <h1 tabindex="-1">{page.title}</h1>
        <p class="lead">{page.intro}</p>
        {sections}
        <p>
            <a href=Route::Causes.to_hash()>"The five common causes"</a>
            " · "
            <a href=Route::Check.to_hash()>"Check my symptoms"</a>
        </p>
    }
}
