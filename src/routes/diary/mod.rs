//! The pain diary: any number of entries a day (pain 0–10, an optional note, whether the
//! runner ran and how far), with edit and delete.
//!
//! The form's fields and the list of entries are markup ([`view`], pure and tested
//! natively); their buttons ([`action::FormAction`], [`action::EntryAction`]) are handled by
//! one delegated click listener each; the DOM ids the markup writes and this code reads are
//! constants in [`ids`].

mod action;
mod ids;
pub mod view;

use backtrack_core::progress::date::{format_time, parse_time};
use backtrack_core::progress::draft::{kept, DiaryDraft};
use backtrack_core::progress::schema::{without_hidden_controls, MAX_NOTE_CHARS};
use backtrack_core::progress::{format_km, parse_km, Day, DiaryEntry};
use backtrack_core::Route;
use leptos::prelude::*;

use crate::components::actions::{self, Action};
use crate::components::markup::{
    field_value, is_checked, pain_value, set_checked, set_field_value, set_invalid, set_pain_value,
};
use crate::components::{ProgressNav, RunCoach};
use crate::dom::{focus_after_render, focus_id_after_render};
use crate::storage::{clock, use_saved};
use action::{EntryAction, FormAction};

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
        for field in ids::MARKED_FIELDS {
            let error_id = ids::error_id(field);
            let bad = problems.iter().any(|(f, _)| *f == field);
            set_invalid(field, bad.then_some(error_id.as_str()));
        }
        errors.set(view::errors_html(&problems));
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = read_form(
            &field_value(ids::DATE),
            &field_value(ids::TIME),
            pain_value(ids::PAIN),
            &field_value(ids::NOTE),
            is_checked(ids::RAN),
            &field_value(ids::KM),
        );
        match read {
            Err(problems) => {
                show_errors(problems);
                focus_id_after_render(ids::ERRORS);
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
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = actions::clicked::<FormAction>(&ev) else {
            return;
        };
        editing.try_set(None);
        show_errors(Vec::new());
        clear_draft();
        reset_form();
        status.set(
            match action {
                FormAction::CancelEdit => "Edit cancelled.",
                FormAction::DiscardDraft => "Draft discarded.",
            }
            .to_string(),
        );
    };
    let edit = move |entry: DiaryEntry| {
        fill_form(&entry);
        editing.set(Some(entry.id));
        keep_draft();
        show_errors(Vec::new());
        status.set(String::new());
        focus_id_after_render(ids::FORM_HEADING);
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
            <h2 id=ids::FORM_HEADING tabindex="-1">
                {move || if editing.get().is_some() { "Change this entry" } else { "New entry" }}
            </h2>
            <div id=ids::ERRORS tabindex="-1" role="alert" inner_html=errors></div>
            <div inner_html=view::form_html()></div>
            <p class="player-buttons">
                <button type="submit" class="primary">
                    {move || if editing.get().is_some() { "Save changes" } else { "Save entry" }}
                </button>
                <button type="button" class="secondary" data-act=FormAction::CancelEdit.verb() hidden=move || editing.get().is_none()>
                    "Cancel"
                </button>
                <button type="button" class="secondary" data-act=FormAction::DiscardDraft.verb() hidden=move || !restored.get() || editing.get().is_some()>
                    "Discard this draft"
                </button>
            </p>
            <p class="saved-status" role="status">{move || status.get()}</p>
        </form>
        <RunCoach />
        <h2>"Your entries"</h2>
        <EntryList on_edit=edit />
    }
}

/// Shows the distance field only when "I went for a run" is ticked.
fn show_km_field() {
    if let Some(el) = document().get_element_by_id(ids::KM_FIELD) {
        let _ = if is_checked(ids::RAN) {
            el.remove_attribute("hidden")
        } else {
            el.set_attribute("hidden", "")
        };
    }
}

/// Empties the form, with today's date and the time now.
fn reset_form() {
    let (day, minute) = clock::local_now();
    set_field_value(ids::DATE, &day.iso());
    set_field_value(ids::TIME, &format_time(minute));
    set_pain_value(ids::PAIN, None);
    set_field_value(ids::NOTE, "");
    set_checked(ids::RAN, false);
    set_field_value(ids::KM, "");
    show_km_field();
}

/// The form as it stands, unchecked, as the diary's draft.
fn form_draft(editing: Option<i64>) -> DiaryDraft {
    DiaryDraft {
        editing,
        date: kept(&field_value(ids::DATE)),
        time: kept(&field_value(ids::TIME)),
        pain: pain_value(ids::PAIN),
        note: kept(&field_value(ids::NOTE)),
        ran: is_checked(ids::RAN),
        km: kept(&field_value(ids::KM)),
    }
}

/// Puts a draft back into the form.
fn fill_from_draft(d: &DiaryDraft) {
    set_field_value(ids::DATE, &d.date);
    set_field_value(ids::TIME, &d.time);
    set_pain_value(ids::PAIN, d.pain);
    set_field_value(ids::NOTE, &d.note);
    set_checked(ids::RAN, d.ran);
    set_field_value(ids::KM, &d.km);
    show_km_field();
}

/// Puts a saved entry into the form, to change it.
fn fill_form(e: &DiaryEntry) {
    set_field_value(ids::DATE, &e.day.iso());
    set_field_value(ids::TIME, &format_time(e.minute));
    set_pain_value(ids::PAIN, Some(e.pain));
    set_field_value(ids::NOTE, &e.note);
    set_checked(ids::RAN, e.ran);
    let km = e.metres.map(format_km).unwrap_or_default();
    set_field_value(ids::KM, km.trim_end_matches(" km"));
    show_km_field();
}

/// Checks the form's text; the entry's id is left at 0. A problem names its field by id.
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
        problems.push((ids::DATE, "Enter the date, for example 2026-11-25."));
    }
    let minute = parse_time(time);
    if minute.is_none() {
        problems.push((ids::TIME, "Enter the time, for example 18:30."));
    }
    if pain.is_none() {
        problems.push((ids::PAIN, "Choose how bad the pain is, from 0 to 10."));
    }
    // Invisible characters (direction overrides and the like) are dropped rather than
    // refused: the runner cannot see them to fix them, and the importer refuses them.
    let note = without_hidden_controls(note.trim());
    let note = note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        problems.push((
            ids::NOTE,
            "The note is too long. Keep it to 1000 characters or fewer.",
        ));
    }
    let metres = match (ran, km.trim()) {
        (false, _) | (true, "") => None,
        (true, text) => {
            let m = parse_km(text);
            if m.is_none() {
                problems.push((
                    ids::KM,
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
            .with(|d| view::entries_html(&d.diary, confirming.get()))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = actions::clicked::<EntryAction>(&ev) else {
            return;
        };
        match action {
            EntryAction::Edit(id) => {
                let entry = saved
                    .data
                    .with_untracked(|d| d.diary.iter().find(|e| e.id == id).cloned());
                if let Some(entry) = entry {
                    on_edit(entry);
                }
            }
            EntryAction::Delete(id) => {
                confirming.set(Some(id));
                focus_after_render(actions::selector(&EntryAction::ConfirmDelete(id)));
            }
            EntryAction::ConfirmDelete(id) => {
                saved.update(move |p| p.delete_entry(id), |_| {});
                confirming.set(None);
                focus_id_after_render(ids::FORM_HEADING);
            }
            EntryAction::KeepEntry(id) => {
                confirming.set(None);
                focus_after_render(actions::selector(&EntryAction::Delete(id)));
            }
        }
    };
    view! { <div class="diary-entries" on:click=on_click inner_html=markup></div> }
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
    fn every_button_reads_back_as_written() {
        for a in [FormAction::CancelEdit, FormAction::DiscardDraft] {
            assert_eq!(FormAction::decode(a.verb(), &a.arg()), Some(a));
        }
        for a in [
            EntryAction::Edit(3),
            EntryAction::Delete(3),
            EntryAction::ConfirmDelete(3),
            EntryAction::KeepEntry(3),
        ] {
            assert_eq!(EntryAction::decode(a.verb(), &a.arg()), Some(a));
        }
        // The form's buttons are not the list's.
        assert_eq!(EntryAction::decode("cancel", ""), None);
        assert_eq!(FormAction::decode("edit", "3"), None);
    }
}
