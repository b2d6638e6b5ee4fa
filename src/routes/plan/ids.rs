//! The DOM ids of the plan page, shared by the markup that writes them and the code that
//! reads them back.

/// The list of causes to choose from.
pub const CAUSE_SELECT: &str = "plan-cause";
/// The message when no cause was chosen.
pub const CAUSE_ERROR: &str = "plan-cause-error";
/// Section headings (each named by `aria-labelledby`).
pub const STOP_HEADING: &str = "plan-stop";
pub const GENERAL_CARE_HEADING: &str = "plan-general-care";
pub const FROM_CHECK_HEADING: &str = "plan-from-check";
pub const CHOOSE_HEADING: &str = "plan-choose";
pub const CAUSE_HEADING: &str = "plan-cause-heading";
pub const TODAY_HEADING: &str = "plan-today";
pub const MOVE_ON_HEADING: &str = "plan-move-on";
pub const STEP_BACK_HEADING: &str = "plan-step-back";
