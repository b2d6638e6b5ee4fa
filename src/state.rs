//! App-wide state shared through context: the runner's questionnaire answers.
//!
//! Domain values (answers, findings, assessments) are plain core types; the signals that
//! hold them live only here, in the shell.

use backtrack_core::questionnaire::Answers;
use leptos::prelude::*;

/// State shared by every page.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The questionnaire answers so far (or of the latest finished check).
    pub answers: RwSignal<Answers>,
    /// Whether the runner reached the result with these answers (the check is finished).
    pub check_finished: RwSignal<bool>,
}

impl AppState {
    /// Fresh, empty state.
    pub fn new() -> Self {
        AppState {
            answers: RwSignal::new(Answers::new()),
            check_finished: RwSignal::new(false),
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// Creates the state and provides it to the app.
pub fn provide_app_state() -> AppState {
    let state = AppState::new();
    provide_context(state);
    state
}

/// The shared state. Outside the app (a component rendered alone) a fresh one is made.
pub fn use_app_state() -> AppState {
    use_context::<AppState>().unwrap_or_default()
}
