//! "Show my physio": one page that sums up what Backtrack knows, for a physiotherapist or
//! GP. A print button (the print stylesheet in `style/main.css` makes it a clean A4
//! document, or a PDF through the browser's "Save as PDF"), and the diary, sessions and runs as
//! CSV files to share or download. Nothing leaves the device unless the runner sends it.
//!
//! The page is read-only markup ([`view`], pure and tested natively) built from the core's
//! [`backtrack_core::summary`], with its three buttons ([`action::SummaryAction`]) handled
//! by one delegated click listener; the section ids are constants in [`ids`].

mod action;
mod ids;
pub mod view;

use backtrack_core::progress::csv::{diary_csv, runs_csv, scores_csv, sessions_csv};
use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use crate::components::actions;
use crate::components::ProgressNav;
use crate::storage::download::{can_share_file, share_or_download, CSV};
use crate::storage::{clock, use_saved};
use action::SummaryAction;
pub use view::page_html;

/// The summary page.
#[component]
pub fn SummaryPage() -> impl IntoView {
    let saved = use_saved();
    let today = clock::today();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let (name, text) = match actions::clicked::<SummaryAction>(&ev) {
            Some(SummaryAction::Print) => {
                let _ = window().print();
                return;
            }
            Some(SummaryAction::DiaryFile) => (
                "diary",
                saved.data.with_untracked(|p| diary_csv(&CONTENT, p)),
            ),
            Some(SummaryAction::SessionsFile) => (
                "sessions",
                saved.data.with_untracked(|p| sessions_csv(&CONTENT, p)),
            ),
            Some(SummaryAction::RunsFile) => {
                ("runs", saved.data.with_untracked(|p| runs_csv(&CONTENT, p)))
            }
            Some(SummaryAction::ScoresFile) => (
                "scores",
                saved.data.with_untracked(|p| scores_csv(&CONTENT, p)),
            ),
            // A click beside the buttons (an unknown verb has been warned about).
            None => return,
        };
        let mut file = String::from("backtrack-");
        file.push_str(name);
        file.push('-');
        file.push_str(&today.iso());
        file.push_str(".csv");
        share_or_download(file, CSV, text);
    };
    // One element for the whole page (heading, buttons and summary), so Leptos's rendering
    // code is compiled once for it. The buttons are redrawn only when the data changes
    // (another tab), which is rare on this page.
    let share = can_share_file(CSV);
    let markup = move || saved.data.with(|p| page_html(p, today, share));
    view! {
        <ProgressNav current=Route::Summary />
        <div class="page summary-page" on:click=on_click inner_html=markup></div>
    }
}
