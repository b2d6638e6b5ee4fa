//! The DOM ids of the check page, shared by the markup that writes them and the code that
//! reads them back. (Each question's ids belong to `components::question_field`.)

/// The heading of the step shown; focus moves to it when the step changes.
pub const STEP_HEADING: &str = "step-heading";
/// "Step 2 of 7", which also names the progress bar.
pub const CHECK_PROGRESS: &str = "check-progress";
/// The heading of what to do now, shown the moment an answer makes it an emergency.
pub const EMERGENCY_NOW_HEADING: &str = "emergency-now-heading";
