//! The "Your data" page as markup: pure, tested natively (see `components::markup`).

use backtrack_core::progress::store::{Backup, BACKUP_PREFIX};
use backtrack_core::progress::Day;

use super::action::{BackupAction, DeleteAllAction};
use super::ids::id;
use crate::components::actions;
use crate::components::markup::Html;

/// The import form's fields and button (the form itself is Leptos's).
pub fn import_form_html() -> String {
    let mut h = Html::new();
    h.raw(IMPORT_FORM);
    h.into_string()
}

/// The import form's markup, which never changes: one literal (see `ids`). Adding is
/// chosen at first: it loses nothing. The button's first name is [`ADD_BUTTON_LABEL`].
const IMPORT_FORM: &str = concat!(
    "<p class=\"field\"><label for=\"",
    id!(import_file),
    "\">A Backtrack file (.json)</label><input id=\"",
    id!(import_file),
    "\" type=\"file\" accept=\".json,application/json\"></p>",
    "<fieldset><legend>What to do with it</legend>",
    "<p class=\"field checkbox\"><input type=\"radio\" id=\"",
    id!(import_merge),
    "\" name=\"",
    id!(import_mode),
    "\" checked><label for=\"",
    id!(import_merge),
    "\">Add it to what is here (nothing here is lost)</label></p>",
    "<p class=\"field checkbox\"><input type=\"radio\" id=\"",
    id!(import_replace),
    "\" name=\"",
    id!(import_mode),
    "\"><label for=\"",
    id!(import_replace),
    "\">Replace everything here with it</label></p></fieldset>",
    "<p><button type=\"submit\" class=\"primary\" id=\"",
    id!(import_submit),
    "\">Import and add</button></p>",
);

/// The import button's name when the file is to be added.
pub const ADD_BUTTON_LABEL: &str = "Import and add";
/// The import button's name when the file is to replace everything.
pub const REPLACE_BUTTON_LABEL: &str = "Import and replace my data";

/// What an import did (`Ok`) or why it changed nothing (`Err`).
pub fn outcome_html(outcome: Result<String, String>) -> String {
    let mut h = Html::new();
    match outcome {
        Ok(text) => h.el("p", "notice", &text),
        Err(text) => h.el("p", "form-error import-error", &text),
    };
    h.into_string()
}

/// The kept copies as markup, each to download or delete; empty when there are none.
pub fn backups_html(backups: &[Backup], unkept: bool) -> String {
    let mut h = Html::new();
    if backups.is_empty() && !unkept {
        return String::new();
    }
    h.raw(concat!(
        "<section aria-labelledby=\"",
        id!(backups_heading),
        "\"><h2 id=\"",
        id!(backups_heading),
        "\">Unreadable data we kept</h2>"
    ))
        .el("p", "", "Backtrack could not read this saved data, so it kept it exactly as it was. You can download it to look at it or to get help recovering it.")
        .open("ul", "plain-list backups");
    for b in backups {
        let stamp = b
            .key
            .strip_prefix(BACKUP_PREFIX)
            .and_then(|s| s.split('-').next())
            .and_then(|s| s.parse::<i64>().ok());
        h.open("li", "backup");
        match stamp {
            Some(ms) => h
                .text("Kept on ")
                .text(&Day((ms / 86_400_000) as i32).label()),
            None => h.text(&b.key),
        };
        h.text(" ");
        actions::button(
            &mut h,
            "secondary",
            &BackupAction::Download(b.key.clone()),
            &["Download"],
        );
        actions::button(
            &mut h,
            "link-button",
            &BackupAction::Delete(b.key.clone()),
            &["Delete this copy"],
        );
        h.close("li");
    }
    if unkept {
        h.open("li", "backup")
            .text("Unreadable data that could not be copied (it is still in storage, untouched). ");
        actions::button(
            &mut h,
            "secondary",
            &BackupAction::DownloadUnkept,
            &["Download it"],
        );
        h.close("li");
    }
    h.raw("</ul></section>");
    h.into_string()
}

/// The delete button, or the question that confirms it, and what happened (`done`: 0
/// nothing yet, 1 deleted, 2 not all removed).
pub fn delete_html(confirming: bool, done: u32) -> String {
    let mut h = Html::new();
    if confirming {
        h.raw(concat!(
            "<div class=\"confirm stop\" role=\"group\" aria-labelledby=\"",
            id!(delete_confirm),
            "\"><p id=\"",
            id!(delete_confirm),
            "\" tabindex=\"-1\"><strong>Delete all your Backtrack data from this device?</strong></p>"
        ));
        actions::button(
            &mut h,
            "primary danger",
            &DeleteAllAction::Confirm,
            &["Yes, delete everything"],
        );
        h.raw(" ");
        actions::button(&mut h, "secondary", &DeleteAllAction::Cancel, &["Cancel"]);
        h.raw("</div>");
    } else {
        actions::button(
            &mut h,
            "secondary danger",
            &DeleteAllAction::Ask,
            &["Delete all my data"],
        );
    }
    h.open_with("p", &[("role", "status")]);
    match done {
        1 => h.text("Everything is deleted."),
        2 => h.text(
            "Your data is cleared here, but the browser would not remove all of it from storage.",
        ),
        _ => &mut h,
    };
    h.close("p");
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::components::markup::check_balanced;

    #[test]
    fn the_import_form_labels_its_fields_and_adds_by_default() {
        let html = import_form_html();
        for field in [id!(import_file), id!(import_merge), id!(import_replace)] {
            let label = ["<label for=\"", field, "\">"].concat();
            assert!(html.contains(&label), "{field}");
            let input = ["id=\"", field, "\""].concat();
            assert!(html.contains(&input), "{field}");
        }
        assert!(html
            .contains("<input type=\"radio\" id=\"import-merge\" name=\"import-mode\" checked>"));
        assert!(html.contains("id=\"import-submit\">Import and add</button>"));
        assert_eq!(check_balanced(&html), Ok(()));
    }

    #[test]
    fn kept_copies_can_be_downloaded_or_deleted() {
        assert_eq!(backups_html(&[], false), "");
        let key = [BACKUP_PREFIX, "1795000000000-1"].concat();
        let html = backups_html(
            &[Backup {
                key: key.clone(),
                text: "{".into(),
            }],
            true,
        );
        assert!(html.contains("Kept on "));
        let download = ["data-act=\"download\" data-id=\"", &key, "\""].concat();
        let delete = ["data-act=\"delete-backup\" data-id=\"", &key, "\""].concat();
        assert!(html.contains(&download) && html.contains(&delete));
        assert!(html.contains("data-act=\"download-unkept\">Download it</button>"));
        assert_eq!(check_balanced(&html), Ok(()));
    }

    #[test]
    fn deleting_everything_is_asked_first() {
        let ask = delete_html(false, 0);
        assert!(ask.contains("data-act=\"ask\">Delete all my data</button>"));
        assert_eq!(check_balanced(&ask), Ok(()));
        let confirm = delete_html(true, 0);
        assert!(confirm.contains("<p id=\"delete-confirm\" tabindex=\"-1\">"));
        assert!(confirm.contains("data-act=\"yes\"") && confirm.contains("data-act=\"no\""));
        assert_eq!(check_balanced(&confirm), Ok(()));
        assert!(delete_html(false, 1).contains("Everything is deleted."));
        assert_eq!(check_balanced(&outcome_html(Err("<bad>".into()))), Ok(()));
    }
}
