//! The result of the questionnaire.

use backtrack_core::Route;
use leptos::prelude::*;

/// The result page. There is no result until the questionnaire lands.
#[component]
pub fn ResultPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Your result"</h1>
        <p class="notice">"There is no result yet. The symptom questions will come in a later version."</p>
        <p><a href=Route::Causes.to_hash()>"Browse the five common causes"</a></p>
    }
}
