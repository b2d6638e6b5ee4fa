//! What the summary page's buttons do, each verb written once.

crate::page_actions! {
    /// A button on the summary page.
    pub enum SummaryAction {
        /// Open the browser's print dialog (the print stylesheet makes an A4 document).
        Print = "print",
        /// Share or download the diary as a CSV file.
        DiaryFile = "diary",
        /// Share or download the sessions as a CSV file.
        SessionsFile = "sessions",
        /// Share or download the runs as a CSV file.
        RunsFile = "runs",
        /// Share or download the pain and function scores as a CSV file.
        ScoresFile = "scores",
    }
}
