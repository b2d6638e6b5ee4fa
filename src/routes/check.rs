//! The symptom questionnaire.

use backtrack_core::Route;
use leptos::prelude::*;

/// The questionnaire. Until it lands (issue "Triage"), this page says so plainly and points
/// to what already works.
#[component]
pub fn CheckPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Check my symptoms"</h1>
        <p class="notice">
            "The symptom questions are not ready yet. They are being built and will come in a later version of Backtrack."
        </p>
        <p>
            "For now, read "<a href=Route::RedFlags.to_hash()>"when to get help now"</a>
            ", then compare your pain with "<a href=Route::Causes.to_hash()>"the five common causes"</a>"."
        </p>
    }
}
