//! The DOM ids of the running coach, shared by the markup that writes them and the code that
//! reads them back.

/// The coach's section heading.
pub const HEADING: &str = "coach-heading";
/// The log form (its fieldset), drawn afresh when its draft is discarded.
pub const FORM: &str = "run-form";
/// The log form's fields.
pub const STAGE: &str = "run-stage";
pub const DATE: &str = "run-date";
pub const TIME: &str = "run-time";
pub const MINUTES: &str = "run-minutes";
pub const KM: &str = "run-km";
/// The name of the pain-during scale (radio buttons `run-pain-0` … `run-pain-10`).
pub const PAIN: &str = "run-pain";
/// The GPX or TCX file to fill the form from.
pub const FILE: &str = "run-file";
/// The log form's error summary.
pub const ERRORS: &str = "run-errors";
/// What the form says when it holds a run kept from an earlier visit, and its button to
/// throw it away (both hidden otherwise).
pub const DRAFT_NOTE: &str = "run-draft-note";
pub const DISCARD: &str = "run-draft-discard";
/// The load-guard warning on the form, said as the minutes or distance are typed.
pub const GUARD: &str = "run-guard";

/// The next-morning question's heading.
pub const MORNING_HEADING: &str = "morning-heading";
/// The name of the morning pain scale.
pub const MORNING_PAIN: &str = "morning-pain";
/// The name of the "compared with before" radio group (`morning-vs-better` …).
pub const MORNING_VS: &str = "morning-vs";
/// The name of the leg-symptoms radio group (`morning-leg-yes`, `morning-leg-no`).
pub const MORNING_LEG: &str = "morning-leg";
/// The morning question's error summary.
pub const MORNING_ERRORS: &str = "morning-errors";

/// The id of one radio button of a group: the group's name, a dash and the value.
pub fn option_id(name: &str, value: &str) -> String {
    [name, "-", value].concat()
}
