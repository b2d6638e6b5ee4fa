//! The weekly check's buttons, each verb written once.

crate::page_actions! {
    /// A button of the weekly check.
    pub enum WeeklyAction {
        /// Open the fields to score the activities.
        Open = "open-scores",
        /// Put the weekly check off for a week.
        NotNow = "not-now",
        /// Save the scores.
        Save = "save-scores",
        /// Close the fields without saving.
        Cancel = "cancel-scores",
    }
}
