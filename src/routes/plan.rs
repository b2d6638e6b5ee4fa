//! The runner's plan and progress.

use backtrack_core::Route;
use leptos::prelude::*;

/// My plan. Until the plan and diary land (issue "My plan and progress"), this page says so
/// plainly.
#[component]
pub fn PlanPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"My plan"</h1>
        <p class="notice">
            "Your plan, session player and pain diary are not ready yet. They will come in a later version, and will keep everything on this device."
        </p>
        <p>
            "Meanwhile, each "<a href=Route::Causes.to_hash()>"cause page"</a>
            " lists what to do, and the "<a href=Route::Exercises.to_hash()>"exercise library"</a>" shows how."
        </p>
    }
}
