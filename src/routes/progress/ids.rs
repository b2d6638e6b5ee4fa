//! The DOM ids of the progress page, shared by the markup that writes them and the markup
//! that points at them.

/// The chart's heading, which also names the group of period buttons.
pub const CHART_HEADING: &str = "chart-heading";
