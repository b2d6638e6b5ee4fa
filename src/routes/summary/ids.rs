//! The DOM ids of the summary page: each names a section by its heading
//! (`aria-labelledby`), so the heading and the section read the same constant.

/// The introduction and the print, share and download buttons (not printed).
pub const ACTIONS_HEADING: &str = "summary-actions";
pub const RESULT_HEADING: &str = "summary-result";
pub const ANSWERS_HEADING: &str = "summary-answers";
pub const PLAN_HEADING: &str = "summary-plan";
pub const CHART_HEADING: &str = "summary-chart";
pub const DIARY_HEADING: &str = "summary-diary";
pub const RUNS_HEADING: &str = "summary-runs";
pub const OUTCOMES_HEADING: &str = "summary-outcomes";
