//! The pain diary: any number of entries a day (pain 0–10, an optional note, whether the
//! runner ran and how far), with edit and delete.

use backtrack_core::progress::date::{format_time, parse_time};
use backtrack_core::progress::draft::DiaryDraft;
use backtrack_core::progress::schema::{without_hidden_controls, MAX_NOTE_CHARS};
use backtrack_core::progress::{format_km, parse_km, Day, DiaryEntry};
use backtrack_core::Route;
use leptos::prelude::*;

use crate::components::markup::{
    action_of, field_value, is_checked, pain_scale, pain_value, set_checked, set_field_value,
    set_invalid, Html,
};
use crate::components::ProgressNav;
use crate::dom::focus_after_render;
use crate::storage::{clock, use_saved};

/// The diary page: a form to add (or edit) an entry, and the entries, newest first.
///
/// The form's fields are plain markup (see `components::markup`), read when it is sent and
/// filled when an entry is edited; Leptos keeps only what changes (the heading, errors,
/// status and the list).
#[component]
pub fn DiaryPage() -> impl IntoView {
    let saved = use_saved();
    // The entry being edited (its id), if any.
    let editing = RwSignal::new(None::<i64>);
    let status = RwSignal::new(String::new());
    // The error summary, as markup.
    let errors = RwSignal::new(String::new());
    // Whether the form holds a draft brought back from an earlier visit.
    let restored = RwSignal::new(false);
    // Unsaved text from an earlier visit (a reload, or a phone that discarded the tab)
    // comes back; otherwise the form starts empty.
    request_animation_frame(move || match saved.drafts().diary {
        Some(draft) => {
            fill_from_draft(&draft);
            editing.set(draft.editing);
            restored.set(true);
            status.set(
                "Your unsaved entry is back, as you left it. Save it, or discard it.".to_string(),
            );
        }
        None => reset_form(),
    });
    // Every change to the form is kept as the diary's draft until it is saved or discarded.
    // `try_`: a textarea's "change" fires on blur, which can come as the page is being
    // left and its signals are gone; the draft was kept on "input" already.
    let keep_draft = move || {
        let Some(editing) = editing.try_get_untracked() else {
            return;
        };
        let draft = form_draft(editing);
        saved.keep_drafts(move |d| d.diary = Some(draft));
    };
    let clear_draft = move || {
        restored.try_set(false);
        saved.keep_drafts(|d| d.diary = None);
    };

    let show_errors = move |problems: Vec<(&'static str, &'static str)>| {
        for field in FIELDS {
            let mut error_id = String::from(field);
            error_id.push_str("-error");
            let bad = problems.iter().any(|(f, _)| *f == field);
            set_invalid(field, bad.then_some(error_id.as_str()));
        }
        errors.set(errors_html(&problems));
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = read_form(
            &field_value("diary-date"),
            &field_value("diary-time"),
            pain_value("diary-pain"),
            &field_value("diary-note"),
            is_checked("diary-ran"),
            &field_value("diary-km"),
        );
        match read {
            Err(problems) => {
                show_errors(problems);
                crate::dom::focus_id_after_render("diary-errors");
            }
            Ok(entry) => {
                show_errors(Vec::new());
                let id = editing.get_untracked();
                // Whether the entry being changed was still there (another tab may have
                // deleted it); set by the change, which may run more than once.
                let found = std::rc::Rc::new(std::cell::Cell::new(true));
                let seen = found.clone();
                // Said until the write has been read back, so "saved" is never early.
                status.set("Saving…".to_string());
                saved.update(
                    move |p| match id {
                        Some(id) => seen.set(p.update_entry(DiaryEntry {
                            id,
                            ..entry.clone()
                        })),
                        None => {
                            p.add_entry(entry.clone(), clock::now_ms());
                        }
                    },
                    // Runs once the write is done, perhaps after the runner has left the
                        // page: `try_` for signals that may be gone by then.
                    move |ok| {
                        let message = match (ok, id, found.get()) {
                            (_, Some(_), false) => {
                                // Nothing was lost: the text stays in the form, to save as
                                // a new entry.
                                editing.try_set(None);
                                keep_draft();
                                "That entry was deleted in another tab, so it could not be changed. Your text is still in the form: press Save entry to keep it as a new entry."
                            }
                            (false, _, _) => {
                                keep_draft();
                                "This entry was not saved: see the message at the top of the page. Your text is still in the form, and kept on this page until you close it."
                            }
                            (true, None, _) => "Entry saved.",
                            (true, Some(_), true) => "Changes saved.",
                        };
                        if ok && found.get() {
                            editing.try_set(None);
                            clear_draft();
                            reset_form();
                        }
                        status.try_set(message.to_string());
                    },
                );
            }
        }
    };
    let on_click =
        move |ev: leptos::ev::MouseEvent| match action_of(&ev).map(|(act, _)| act).as_deref() {
            Some("cancel") => {
                editing.try_set(None);
                show_errors(Vec::new());
                clear_draft();
                reset_form();
                status.set("Edit cancelled.".to_string());
            }
            Some("discard") => {
                editing.try_set(None);
                show_errors(Vec::new());
                clear_draft();
                reset_form();
                status.set("Draft discarded.".to_string());
            }
            _ => {}
        };
    let edit = move |entry: DiaryEntry| {
        fill_form(&entry);
        editing.set(Some(entry.id));
        keep_draft();
        show_errors(Vec::new());
        status.set(String::new());
        crate::dom::focus_id_after_render("diary-form-heading");
    };
    view! {
        <ProgressNav current=Route::Diary />
        <h1 tabindex="-1">"Pain diary"</h1>
        <p class="lead">"Note your pain as often as you like, and whether you ran. Everything stays on this device."</p>
        <form
            class="diary-form"
            novalidate
            on:submit=submit
            on:click=on_click
            on:change=move |_| {
                show_km_field();
                keep_draft();
            }
            on:input=move |_| keep_draft()
        >
            <h2 id="diary-form-heading" tabindex="-1">
                {move || if editing.get().is_some() { "Change this entry" } else { "New entry" }}
            </h2>
            <div id="diary-errors" tabindex="-1" role="alert" inner_html=errors></div>
            <div inner_html=form_html()></div>
            <p class="player-buttons">
                <button type="submit" class="primary">
                    {move || if editing.get().is_some() { "Save changes" } else { "Save entry" }}
                </button>
                <button type="button" class="secondary" data-act="cancel" hidden=move || editing.get().is_none()>
                    "Cancel"
                </button>
                <button type="button" class="secondary" data-act="discard" hidden=move || !restored.get() || editing.get().is_some()>
                    "Discard this draft"
                </button>
            </p>
            <p class="saved-status" role="status">{move || status.get()}</p>
        </form>
        <h2>"Your entries"</h2>
        <EntryList on_edit=edit />
    }
}

/// The problems as a list, each with an id the field points to.
fn errors_html(problems: &[(&'static str, &'static str)]) -> String {
    let mut h = Html::new();
    if !problems.is_empty() {
        h.open("div", "form-error")
            .el("p", "", "Please fix this:")
            .open("ul", "");
        for (field, message) in problems {
            let mut id = String::from(*field);
            id.push_str("-error");
            h.open_with("li", &[("id", &id)]).text(message).close("li");
        }
        h.close("ul").close("div");
    }
    h.into_string()
}

/// The fields that can be marked invalid.
const FIELDS: [&str; 4] = ["diary-date", "diary-time", "diary-note", "diary-km"];

/// The form's fields as markup.
pub fn form_html() -> String {
    let mut h = Html::new();
    h.open("div", "field-row");
    for (id, label, kind) in [
        ("diary-date", "Date", "date"),
        ("diary-time", "Time", "time"),
    ] {
        h.open("p", "field")
            .open_with("label", &[("for", id)])
            .text(label)
            .close("label")
            .open_with("input", &[("id", id), ("type", kind), ("required", "")])
            .close("p");
    }
    h.close("div");
    pain_scale(&mut h, "diary-pain", "Pain", false);
    h.raw("<p class=\"field\"><label for=\"diary-note\">Note (optional)</label><textarea id=\"diary-note\" rows=\"3\" maxlength=\"1000\"></textarea></p>")
        .raw("<p class=\"field checkbox\"><input id=\"diary-ran\" type=\"checkbox\"><label for=\"diary-ran\">I went for a run</label></p>")
        .raw("<p class=\"field\" id=\"diary-km-field\" hidden><label for=\"diary-km\">How far, in km (optional)</label><input id=\"diary-km\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" size=\"6\"></p>");
    h.into_string()
}

/// Shows the distance field only when "I went for a run" is ticked.
fn show_km_field() {
    if let Some(el) = document().get_element_by_id("diary-km-field") {
        let _ = if is_checked("diary-ran") {
            el.remove_attribute("hidden")
        } else {
            el.set_attribute("hidden", "")
        };
    }
}

/// Empties the form, with today's date and the time now.
fn reset_form() {
    let (day, minute) = clock::local_now();
    set_field_value("diary-date", &day.iso());
    set_field_value("diary-time", &format_time(minute));
    set_pain(None);
    set_field_value("diary-note", "");
    set_checked("diary-ran", false);
    set_field_value("diary-km", "");
    show_km_field();
}

/// The form as it stands, unchecked, as the diary's draft.
fn form_draft(editing: Option<i64>) -> DiaryDraft {
    DiaryDraft {
        editing,
        date: field_value("diary-date"),
        time: field_value("diary-time"),
        pain: pain_value("diary-pain"),
        note: without_hidden_controls(&field_value("diary-note"))
            .chars()
            .take(MAX_NOTE_CHARS)
            .collect(),
        ran: is_checked("diary-ran"),
        km: field_value("diary-km")
            .chars()
            .take(MAX_NOTE_CHARS)
            .collect(),
    }
}

/// Puts a draft back into the form.
fn fill_from_draft(d: &DiaryDraft) {
    set_field_value("diary-date", &d.date);
    set_field_value("diary-time", &d.time);
    set_pain(d.pain);
    set_field_value("diary-note", &d.note);
    set_checked("diary-ran", d.ran);
    set_field_value("diary-km", &d.km);
    show_km_field();
}

fn fill_form(e: &DiaryEntry) {
    set_field_value("diary-date", &e.day.iso());
    set_field_value("diary-time", &format_time(e.minute));
    set_pain(Some(e.pain));
    set_field_value("diary-note", &e.note);
    set_checked("diary-ran", e.ran);
    let km = e.metres.map(format_km).unwrap_or_default();
    set_field_value("diary-km", km.trim_end_matches(" km"));
    show_km_field();
}

fn set_pain(score: Option<u8>) {
    for n in 0..=backtrack_core::progress::MAX_PAIN {
        let mut id = String::from("diary-pain-");
        id.push_str(&n.to_string());
        set_checked(&id, Some(n) == score);
    }
}

/// Checks the form's text; the entry's id is left at 0.
fn read_form(
    date: &str,
    time: &str,
    pain: Option<u8>,
    note: &str,
    ran: bool,
    km: &str,
) -> Result<DiaryEntry, Vec<(&'static str, &'static str)>> {
    let mut problems = Vec::new();
    let day = Day::parse(date);
    if day.is_none() {
        problems.push(("diary-date", "Enter the date, for example 2026-11-25."));
    }
    let minute = parse_time(time);
    if minute.is_none() {
        problems.push(("diary-time", "Enter the time, for example 18:30."));
    }
    if pain.is_none() {
        problems.push(("diary-pain", "Choose how bad the pain is, from 0 to 10."));
    }
    // Invisible characters (direction overrides and the like) are dropped rather than
    // refused: the runner cannot see them to fix them, and the importer refuses them.
    let note = without_hidden_controls(note.trim());
    let note = note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        problems.push((
            "diary-note",
            "The note is too long. Keep it to 1000 characters or fewer.",
        ));
    }
    let metres = match (ran, km.trim()) {
        (false, _) | (true, "") => None,
        (true, text) => {
            let m = parse_km(text);
            if m.is_none() {
                problems.push((
                    "diary-km",
                    "Enter the distance in km as a number, for example 5 or 5.2.",
                ));
            }
            m
        }
    };
    match (day, minute, pain) {
        (Some(day), Some(minute), Some(pain)) if problems.is_empty() => Ok(DiaryEntry {
            id: 0,
            day,
            minute,
            pain,
            note: note.to_string(),
            ran,
            metres,
        }),
        _ => Err(problems),
    }
}

/// The entries, grouped by day, newest first, each with edit and delete (markup with one
/// delegated click listener; see `components::markup`).
#[component]
fn EntryList(on_edit: impl Fn(DiaryEntry) + Copy + Send + Sync + 'static) -> impl IntoView {
    let saved = use_saved();
    // The entry waiting for "yes, delete" (its id).
    let confirming = RwSignal::new(None::<i64>);
    let markup = move || {
        saved
            .data
            .with(|d| entries_html(&d.diary, confirming.get()))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some((act, id)) = action_of(&ev) else {
            return;
        };
        let Ok(id) = id.parse::<i64>() else {
            return;
        };
        match act.as_str() {
            "edit" => {
                let entry = saved
                    .data
                    .with_untracked(|d| d.diary.iter().find(|e| e.id == id).cloned());
                if let Some(entry) = entry {
                    on_edit(entry);
                }
            }
            "delete" => {
                confirming.set(Some(id));
                focus_after_render("[data-act=delete-yes]");
            }
            "delete-yes" => {
                saved.update(move |p| p.delete_entry(id), |_| {});
                confirming.set(None);
                crate::dom::focus_id_after_render("diary-form-heading");
            }
            "delete-no" => {
                confirming.set(None);
                let mut selector = String::from("[data-act=delete][data-id=\"");
                selector.push_str(&id.to_string());
                selector.push_str("\"]");
                focus_after_render(selector);
            }
            _ => {}
        }
    };
    view! { <div class="diary-entries" on:click=on_click inner_html=markup></div> }
}

fn act_button(h: &mut Html, class: &'static str, act: &'static str, id: &str, label: &str) {
    h.open_with(
        "button",
        &[
            ("type", "button"),
            ("class", class),
            ("data-act", act),
            ("data-id", id),
        ],
    )
    .text(label)
    .close("button");
}

/// The diary as markup: days newest first, entries newest first within a day.
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
        let id = e.id.to_string();
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
            act_button(&mut h, "secondary danger", "delete-yes", &id, "Yes, delete");
            act_button(&mut h, "secondary", "delete-no", &id, "Keep it");
            h.close("span");
        } else {
            act_button(&mut h, "link-button", "edit", &id, "Edit");
            act_button(&mut h, "link-button", "delete", &id, "Delete");
        }
        h.close("p").close("li");
    }
    h.close("ul").close("section");
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_is_checked_field_by_field() {
        let ok = read_form(
            "2026-11-25",
            "18:30",
            Some(4),
            "  felt stiff  ",
            true,
            "5,2",
        )
        .unwrap();
        assert_eq!(ok.pain, 4);
        assert_eq!(ok.note, "felt stiff");
        assert_eq!(ok.metres, Some(5200));
        let no_km = read_form("2026-11-25", "18:30", Some(0), "", true, "").unwrap();
        assert_eq!((no_km.ran, no_km.metres), (true, None));
        // A distance typed before unticking "ran" is not kept.
        let not_ran = read_form("2026-11-25", "18:30", Some(0), "", false, "abc").unwrap();
        assert_eq!(not_ran.metres, None);
        // Invisible direction overrides are taken out, so the note saves and exports cleanly.
        let rtl = read_form(
            "2026-11-25",
            "18:30",
            Some(2),
            " a\u{202e}b\u{2066} ",
            false,
            "",
        )
        .unwrap();
        assert_eq!(rtl.note, "ab");
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        let bad = read_form("25/11/2026", "6pm", None, &long, true, "far").unwrap_err();
        let fields: Vec<_> = bad.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                "diary-date",
                "diary-time",
                "diary-pain",
                "diary-note",
                "diary-km"
            ]
        );
    }

    #[test]
    fn entries_are_listed_newest_first_with_notes_as_text() {
        let mut a = read_form("2026-11-24", "07:05", Some(6), "<b>x</b>", true, "10.5").unwrap();
        a.id = 1;
        let mut b = read_form("2026-11-25", "08:00", Some(2), "", false, "").unwrap();
        b.id = 2;
        let html = entries_html(&[a, b], Some(1));
        assert!(html.find("Wed 25 Nov 2026").unwrap() < html.find("Tue 24 Nov 2026").unwrap());
        assert!(html.contains("07:05 · pain 6 out of 10 · ran 10.5 km"));
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(html.contains("data-act=\"delete-yes\" data-id=\"1\""));
        assert!(html.contains("data-act=\"edit\" data-id=\"2\""));
        assert_eq!(entries_html(&[], None), "<p>No entries yet.</p>");
    }

    #[test]
    fn the_form_has_every_field_labelled() {
        let html = form_html();
        for id in [
            "diary-date",
            "diary-time",
            "diary-note",
            "diary-ran",
            "diary-km",
            "diary-pain-0",
        ] {
            let label = ["<label for=\"", id, "\">"].concat();
            assert!(html.contains(&label), "{id}");
        }
    }
}
