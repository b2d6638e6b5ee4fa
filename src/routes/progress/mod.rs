//! Progress: a chart of pain over time with sessions and runs marked (readable as a
//! sentence and a table too), then the streak and totals.
//!
//! The totals and the sessions are read-only markup ([`view`], pure and tested natively).
//! The period buttons stay Leptos buttons with their own click handlers: they change a
//! signal, keep keyboard focus where it is and show which period is chosen
//! (`aria-pressed`), so there is no verb to read back and no `action.rs`. The one id shared
//! by two elements is a constant in [`ids`].

mod ids;
pub mod view;

use backtrack_core::Route;
use leptos::prelude::*;

use crate::components::{outcome_trend, PainChart, ProgressNav, WeeklyCheck};
use crate::storage::{clock, use_saved};
pub use view::{sessions_html, totals_html};

/// The choices of period for the chart, in days.
const PERIODS: [(u32, &str); 4] = [
    (14, "2 weeks"),
    (30, "30 days"),
    (90, "90 days"),
    (365, "1 year"),
];

/// The progress page.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let saved = use_saved();
    let today = clock::today();
    let days = RwSignal::new(30u32);
    let period_buttons = PERIODS
        .iter()
        .map(|&(n, label)| {
            view! {
                <button
                    type="button"
                    class="secondary"
                    aria-pressed=move || if days.get() == n { "true" } else { "false" }
                    on:click=move |_| days.set(n)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <ProgressNav current=Route::Progress />
        <h1 tabindex="-1">"Progress"</h1>
        // The chart first: it is what the runner comes to see, so it is on the first screen
        // of a phone.
        <h2 id=ids::CHART_HEADING>"Pain over time"</h2>
        <div class="period-buttons" role="group" aria-labelledby=ids::CHART_HEADING>{period_buttons}</div>
        <PainChart data=saved.data today=today days=days />
        <p><a href=Route::Diary.to_hash()>"Add a pain score in your diary"</a></p>
        // Pain and function from the weekly scores, beside the sessions and the diary.
        <h2>"Pain and function"</h2>
        <div inner_html=move || saved.data.with(|d| outcome_trend::progress_html(&d.outcomes))></div>
        <WeeklyCheck prompt=false />
        <h2>"Streak and totals"</h2>
        <div inner_html=move || saved.data.with(|d| totals_html(d, today))></div>
        <h2>"Recent sessions"</h2>
        <div inner_html=move || saved.data.with(sessions_html)></div>
    }
}
