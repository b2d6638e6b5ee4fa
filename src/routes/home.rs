//! The start page: what Backtrack does and the three ways in.

use backtrack_core::Route;
use leptos::prelude::*;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <section class="hero">
            <h1 tabindex="-1">"Back pain from running? Find out what may be behind it."</h1>
            <p class="lead">
                "Backtrack checks first for warning signs that need a doctor, then asks about your pain and shows which of five common causes fits best, and why. "
                "It then gives you advice and a home exercise plan, and keeps your progress on this device only."
            </p>
        </section>
        <ul class="ways-in">
            <li>
                <a class="way-in primary" href=Route::Check.to_hash()>
                    <span class="way-title">"Check my symptoms"</span>
                    <span class="way-text">"About 20 short questions, starting with the warning signs."</span>
                </a>
            </li>
            <li>
                <a class="way-in" href=Route::Causes.to_hash()>
                    <span class="way-title">"Browse the causes"</span>
                    <span class="way-text">"Muscle, facet joint, sacroiliac joint, disc and nerve: what each feels like and what helps."</span>
                </a>
            </li>
            <li>
                <a class="way-in" href=Route::Plan.to_hash()>
                    <span class="way-title">"My plan"</span>
                    <span class="way-text">"Your exercises for today, your pain diary and your progress."</span>
                </a>
            </li>
        </ul>
        <p class="more">
            <a href=Route::Overview.to_hash()>"Why your lower back matters when you run"</a>
            " · "
            <a href=Route::Exercises.to_hash()>"All exercises"</a>
            " · "
            <a href=Route::Running.to_hash()>"Getting back to running"</a>
        </p>
    }
}
