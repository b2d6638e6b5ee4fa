//! The diary page as markup: pure, tested natively (see `components::markup`).

use backtrack_core::progress::date::format_time;
use backtrack_core::progress::{format_km, Day, DiaryEntry};

use super::action::EntryAction;
use super::ids::{self, id};
use crate::components::actions;
use crate::components::markup::{pain_scale, Html};

/// The problems (each a field's id and what to do) as a list, each with the id its field
/// points to; empty when there are none.
pub fn errors_html(problems: &[(&'static str, &'static str)]) -> String {
    let mut h = Html::new();
    if !problems.is_empty() {
        h.open("div", "form-error")
            .el("p", "", "Please fix this:")
            .open("ul", "");
        for (field, message) in problems {
            h.open_with("li", &[("id", &ids::error_id(field))])
                .text(message)
                .close("li");
        }
        h.close("ul").close("div");
    }
    h.into_string()
}

/// The form's fields as markup (the form itself, its heading and buttons are Leptos's).
pub fn form_html() -> String {
    let mut h = Html::new();
    h.raw(FORM_BEFORE_PAIN);
    pain_scale(&mut h, ids::PAIN, "Pain", false);
    h.raw(FORM_AFTER_PAIN);
    h.into_string()
}

/// The fields before the pain scale, which never change: one literal (see `ids`).
const FORM_BEFORE_PAIN: &str = concat!(
    "<div class=\"field-row\"><p class=\"field\"><label for=\"",
    id!(date),
    "\">Date</label><input id=\"",
    id!(date),
    "\" type=\"date\" required=\"\"></p><p class=\"field\"><label for=\"",
    id!(time),
    "\">Time</label><input id=\"",
    id!(time),
    "\" type=\"time\" required=\"\"></p></div>",
);

/// The fields after the pain scale. The distance is hidden until "I went for a run" is
/// ticked (see `show_km_field`).
const FORM_AFTER_PAIN: &str = concat!(
    "<p class=\"field\"><label for=\"",
    id!(note),
    "\">Note (optional)</label><textarea id=\"",
    id!(note),
    "\" rows=\"2\" maxlength=\"1000\"></textarea></p>",
    "<p class=\"field checkbox\"><input id=\"",
    id!(ran),
    "\" type=\"checkbox\"><label for=\"",
    id!(ran),
    "\">I went for a run</label></p>",
    "<p class=\"field\" id=\"",
    id!(km_field),
    "\" hidden><label for=\"",
    id!(km),
    "\">How far, in km (optional)</label><input id=\"",
    id!(km),
    "\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" size=\"6\"></p>",
);

/// The diary as markup: days newest first, entries newest first within a day, each with
/// edit and delete (or, for the entry in `confirming`, the question that confirms it).
pub fn entries_html(diary: &[DiaryEntry], confirming: Option<i64>) -> String {
    let mut h = Html::new();
    if diary.is_empty() {
        h.el("p", "", "No entries yet.");
        return h.into_string();
    }
    let mut day: Option<Day> = None;
    for e in diary.iter().rev() {
        if day != Some(e.day) {
            if day.is_some() {
                h.close("ul").close("section");
            }
            day = Some(e.day);
            h.open("section", "diary-day")
                .el("h3", "", &e.day.label())
                .open("ul", "plain-list");
        }
        h.open("li", "diary-entry").open("p", "diary-line");
        h.text(&format_time(e.minute))
            .text(" · pain ")
            .num(i64::from(e.pain))
            .text(" out of 10");
        if e.ran {
            h.text(" · ran");
            if let Some(m) = e.metres {
                h.text(" ").text(&format_km(m));
            }
        }
        h.close("p");
        if !e.note.is_empty() {
            h.el("p", "diary-note", &e.note);
        }
        h.open("p", "entry-actions");
        if confirming == Some(e.id) {
            h.open_with(
                "span",
                &[("role", "group"), ("aria-label", "Delete this entry?")],
            )
            .text("Delete this entry? ");
            actions::button(
                &mut h,
                "secondary danger",
                &EntryAction::ConfirmDelete(e.id),
                &["Yes, delete"],
            );
            actions::button(
                &mut h,
                "secondary",
                &EntryAction::KeepEntry(e.id),
                &["Keep it"],
            );
            h.close("span");
        } else {
            actions::button(&mut h, "link-button", &EntryAction::Edit(e.id), &["Edit"]);
            actions::button(
                &mut h,
                "link-button",
                &EntryAction::Delete(e.id),
                &["Delete"],
            );
        }
        h.close("p").close("li");
    }
    h.close("ul").close("section");
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::components::markup::check_balanced;

    fn entry(
        id: i64,
        day: &str,
        minute: u16,
        pain: u8,
        note: &str,
        metres: Option<u32>,
    ) -> DiaryEntry {
        DiaryEntry {
            id,
            day: Day::parse(day).unwrap(),
            minute,
            pain,
            note: note.to_owned(),
            ran: metres.is_some(),
            metres,
        }
    }

    #[test]
    fn entries_are_listed_newest_first_with_notes_as_text() {
        let a = entry(1, "2026-11-24", 7 * 60 + 5, 6, "<b>x</b>", Some(10_500));
        let b = entry(2, "2026-11-25", 8 * 60, 2, "", None);
        let html = entries_html(&[a, b], Some(1));
        assert!(html.find("Wed 25 Nov 2026").unwrap() < html.find("Tue 24 Nov 2026").unwrap());
        assert!(html.contains("07:05 · pain 6 out of 10 · ran 10.5 km"));
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(html.contains("data-act=\"delete-yes\" data-id=\"1\""));
        assert!(html.contains("data-act=\"delete-no\" data-id=\"1\""));
        assert!(html.contains("data-act=\"edit\" data-id=\"2\""));
        assert!(html.contains("data-act=\"delete\" data-id=\"2\""));
        assert_eq!(check_balanced(&html), Ok(()));
        assert_eq!(entries_html(&[], None), "<p>No entries yet.</p>");
    }

    #[test]
    fn the_form_has_every_field_labelled() {
        let html = form_html();
        let first_score = [ids::PAIN, "-0"].concat();
        for id in [
            ids::DATE,
            ids::TIME,
            ids::NOTE,
            ids::RAN,
            ids::KM,
            &first_score,
        ] {
            let label = ["<label for=\"", id, "\">"].concat();
            assert!(html.contains(&label), "{id}");
        }
        assert!(html.contains("<p class=\"field\" id=\"diary-km-field\" hidden>"));
        assert_eq!(check_balanced(&html), Ok(()));
    }

    #[test]
    fn each_problem_has_the_id_its_field_points_to() {
        assert_eq!(errors_html(&[]), "");
        let html = errors_html(&[(ids::DATE, "Enter the date."), (ids::KM, "A <number>.")]);
        assert!(html.contains("<li id=\"diary-date-error\">Enter the date.</li>"));
        assert!(html.contains("<li id=\"diary-km-error\">A &lt;number&gt;.</li>"));
        assert_eq!(check_balanced(&html), Ok(()));
    }
}
