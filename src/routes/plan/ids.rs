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
/// The ids of the calendar reminder form, as string literals: its fixed markup is one
/// literal put together at compile time with `concat!` (see `view::REMINDERS_FORM`).
macro_rules! reminder_id {
    (heading) => {
        "plan-reminders"
    };
    (time) => {
        "plan-reminder-time"
    };
    (days_error) => {
        "plan-reminder-days-error"
    };
    // The start of each day's box id; the day (Monday = 0) follows.
    (day) => {
        "plan-reminder-day-"
    };
}
pub(super) use reminder_id;

/// The reminder form's time, and the message when no day is picked (hidden until then).
pub const REMINDER_TIME: &str = reminder_id!(time);
pub const REMINDER_DAYS_ERROR: &str = reminder_id!(days_error);

/// The id of the box for `weekday` (Monday = 0).
pub fn reminder_day_id(weekday: u32) -> String {
    let mut id = String::from(reminder_id!(day));
    backtrack_core::progress::json::push_int(&mut id, i64::from(weekday));
    id
}

/// The message when "Move on" is pressed before every point of the checklist is ticked.
pub const MOVE_ON_ERROR: &str = "plan-move-on-error";

/// The start of the id of each checkbox of "Ready to move on?": this prefix and the point's
/// place in the phase's list (see [`ready_id`]).
const READY_PREFIX: &str = "plan-ready-";

/// The id of the checkbox for point `index` of the current phase's `ready_to_move_on`.
pub fn ready_id(index: usize) -> String {
    let mut id = String::from(READY_PREFIX);
    backtrack_core::progress::json::push_int(&mut id, index as i64);
    id
}
