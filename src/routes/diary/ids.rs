//! The DOM ids of the diary page, shared by the markup that writes them and the code that
//! reads them back.
//!
//! Each id is written once, in [`id!`]: the constants below are made from it, and the
//! fixed markup in `view.rs` puts it into a string literal with `concat!`. Markup that
//! never changes is thus one literal put together at compile time; building it with
//! `Html` calls at run time would cost wasm for nothing.

/// The diary page's ids by name, as string literals.
macro_rules! id {
    (form_heading) => {
        "diary-form-heading"
    };
    (errors) => {
        "diary-errors"
    };
    (date) => {
        "diary-date"
    };
    (time) => {
        "diary-time"
    };
    (note) => {
        "diary-note"
    };
    (ran) => {
        "diary-ran"
    };
    (km) => {
        "diary-km"
    };
    (km_field) => {
        "diary-km-field"
    };
    (pain) => {
        "diary-pain"
    };
}
pub(super) use id;

/// The form's heading, focused when an entry is opened for editing or deleted.
pub const FORM_HEADING: &str = id!(form_heading);
/// The error summary, focused when the form is sent with problems.
pub const ERRORS: &str = id!(errors);
/// The form's fields.
pub const DATE: &str = id!(date);
pub const TIME: &str = id!(time);
pub const NOTE: &str = id!(note);
pub const RAN: &str = id!(ran);
pub const KM: &str = id!(km);
/// The paragraph around the distance field, hidden unless "I went for a run" is ticked.
pub const KM_FIELD: &str = id!(km_field);
/// The name of the pain scale (its radio buttons are `diary-pain-0` … `diary-pain-10`; see
/// `components::markup::pain_scale`).
pub const PAIN: &str = id!(pain);

/// The fields that can be marked invalid (the pain scale is a group of radio buttons, so
/// only its message is shown).
pub const MARKED_FIELDS: [&str; 4] = [DATE, TIME, NOTE, KM];

/// The id of the message about a field, which the field points to with
/// `aria-describedby`.
pub fn error_id(field: &str) -> String {
    [field, "-error"].concat()
}
