//! What the running coach's buttons do, each verb written once.

crate::page_actions! {
    /// A button of the running coach.
    pub enum CoachAction {
        /// Save the run in the form.
        LogRun = "log-run",
        /// Throw away the unsaved run brought back into the form.
        DiscardDraft = "discard-run-draft",
    }
}
