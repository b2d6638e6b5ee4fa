//! The DOM ids of the "Your data" page, shared by the markup that writes them and the code
//! that reads them back.
//!
//! Each id is written once, in [`id!`]: the constants below are made from it, and the
//! fixed markup in `view.rs` puts it into a string literal with `concat!`. Markup that
//! never changes is thus one literal put together at compile time; building it with
//! `Html` calls at run time would cost wasm for nothing.

/// The page's ids by name, as string literals.
macro_rules! id {
    (backups_heading) => {
        "backups-heading"
    };
    (import_file) => {
        "import-file"
    };
    (import_mode) => {
        "import-mode"
    };
    (import_merge) => {
        "import-merge"
    };
    (import_replace) => {
        "import-replace"
    };
    (import_submit) => {
        "import-submit"
    };
    (delete_confirm) => {
        "delete-confirm"
    };
}
pub(super) use id;

/// The import form: the file, the choice between adding and replacing (a radio group
/// named [`id!`]`(import_mode)`), and the button that is named after that choice.
pub const IMPORT_FILE: &str = id!(import_file);
pub const IMPORT_REPLACE: &str = id!(import_replace);
pub const IMPORT_SUBMIT: &str = id!(import_submit);
/// The question that confirms deleting everything (focused when it appears).
pub const DELETE_CONFIRM: &str = id!(delete_confirm);
