//! Your data: what is kept and where, export to a file, import (merge or replace), kept
//! copies of unreadable data, and deleting everything.
//!
//! The import form, the kept copies and "delete everything" are markup ([`view`], pure and
//! tested natively); their buttons ([`action::BackupAction`], [`action::DeleteAllAction`])
//! are handled by one delegated click listener each; the DOM ids the markup writes and this
//! code reads are constants in [`ids`].

mod action;
mod ids;
pub mod view;

use backtrack_core::progress::schema::{self, MAX_FILE_BYTES};
use backtrack_core::progress::store::BACKUP_PREFIX;
use backtrack_core::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::actions;
use crate::components::markup::{is_checked, set_field_value};
use crate::components::pain_chart::count;
use crate::components::ProgressNav;
use crate::dom::{focus_after_render, focus_id_after_render};
use crate::state::use_app_state;
use crate::storage::{clock, download::download_text, use_saved};
use action::{BackupAction, DeleteAllAction};
use view::{backups_html, delete_html, outcome_html};

/// The "Your data" page.
#[component]
pub fn DataPage() -> impl IntoView {
    let saved = use_saved();
    let what = move || {
        saved.data.with(|d| {
            let mut s = String::from("Kept now: ");
            s.push_str(&count(d.diary.len(), "diary entry", "diary entries"));
            s.push_str(", ");
            s.push_str(&count(d.sessions.len(), "session", "sessions"));
            s.push_str(if d.plan.is_some() {
                ", a plan"
            } else {
                ", no plan"
            });
            s.push_str(if d.check.is_some() {
                " and your latest symptom check."
            } else {
                " and no symptom check."
            });
            s
        })
    };
    let where_kept = move || {
        if saved.saving.get() {
            "Everything Backtrack keeps is saved in this browser, on this device only. Nothing is sent anywhere."
        } else {
            "Right now nothing is being saved: your changes are kept in this tab only, until you close it. Download your data to keep it."
        }
    };
    let export = move |_| {
        // Unsaved work (a diary entry being typed, a session under way) goes with it.
        let text = backtrack_core::progress::draft::export_text(
            &saved.data.with_untracked(schema::write),
            &saved.drafts(),
        );
        let mut name = String::from("backtrack-");
        name.push_str(&clock::today().iso());
        name.push_str(".json");
        download_text(&name, &text);
    };
    // The sections' headings (here and below) keep their ids as literals: each is named
    // only by its own section, a line above, and a literal lets Leptos write the heading as
    // fixed HTML where a constant would make it a typed element (more wasm).
    view! {
        <ProgressNav current=Route::YourData />
        <h1 tabindex="-1">"Your data"</h1>
        <p class="lead">{where_kept}</p>
        <p>{what}</p>

        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"Download your data"</h2>
            <p>"Save everything to a file, to keep a copy or move it to another device or browser."</p>
            <button type="button" class="primary" on:click=export>"Download my data"</button>
        </section>

        <ImportForm />
        <Backups />
        <DeleteEverything />
    }
}

/// Choose a file, merge or replace, and import; bad files change nothing.
#[component]
fn ImportForm() -> impl IntoView {
    let saved = use_saved();
    let state = use_app_state();
    // The outcome, as markup.
    let message = RwSignal::new(String::new());
    let busy = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let file = document()
            .get_element_by_id(ids::IMPORT_FILE)
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else {
            message.set(outcome_html(Err("Choose a file first.".into())));
            return;
        };
        // Refuse a huge file before reading it into memory.
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            let problem = schema::Problem::TooBig {
                bytes: size as usize,
            };
            message.set(outcome_html(Err(nothing_changed(&problem.describe()))));
            return;
        }
        busy.set(true);
        let replace = is_checked(ids::IMPORT_REPLACE);
        leptos::task::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let Ok(buffer) = read else {
                busy.set(false);
                message.set(outcome_html(Err(nothing_changed(
                    "The file could not be read.",
                ))));
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            saved.import(bytes, replace, state, move |result| {
                busy.set(false);
                message.set(outcome_html(match result {
                    Ok(done) => {
                        let mut s = String::from(if replace {
                            "Done. Your data was replaced by the file's: "
                        } else {
                            "Done. Added from the file: "
                        });
                        s.push_str(&count(done.items, "item", "items"));
                        s.push('.');
                        if !done.saved {
                            s.push_str(
                                " It is kept in this tab only, because saving is not working.",
                            );
                        }
                        Ok(s)
                    }
                    Err(problem) => Err(nothing_changed(&problem)),
                }));
                set_field_value(ids::IMPORT_FILE, "");
            });
        });
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"Bring data in from a file"</h2>
            <form class="import-form" on:submit=submit on:change=|_| label_import_button() inner_html=view::import_form_html()></form>
            <div class="import-message" role="status" inner_html=message></div>
        </section>
    }
}

/// Names the import button after the choice, so "replace" is never a surprise.
fn label_import_button() {
    if let Some(button) = document().get_element_by_id(ids::IMPORT_SUBMIT) {
        button.set_text_content(Some(if is_checked(ids::IMPORT_REPLACE) {
            view::REPLACE_BUTTON_LABEL
        } else {
            view::ADD_BUTTON_LABEL
        }));
    }
}

fn nothing_changed(problem: &str) -> String {
    let mut s = String::from("Nothing was changed. ");
    s.push_str(problem);
    s
}

/// Kept copies of unreadable data, each to download or delete (markup with one delegated
/// click listener; see `components::markup`).
#[component]
fn Backups() -> impl IntoView {
    let saved = use_saved();
    let markup = move || backups_html(&saved.backups(), saved.unkept().is_some());
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = actions::clicked::<BackupAction>(&ev) else {
            return;
        };
        match action {
            BackupAction::Download(key) => {
                if let Some(b) = saved.backups().into_iter().find(|b| b.key == key) {
                    let mut file = String::from("backtrack-unreadable-");
                    file.push_str(key.strip_prefix(BACKUP_PREFIX).unwrap_or("copy"));
                    file.push_str(".json");
                    download_text(&file, &b.text);
                }
            }
            BackupAction::DownloadUnkept => {
                if let Some(text) = saved.unkept() {
                    download_text("backtrack-unreadable.json", &text);
                }
            }
            BackupAction::Delete(key) => {
                saved.delete_backup(&key);
            }
        }
    };
    view! { <div on:click=on_click inner_html=markup></div> }
}

/// Delete everything, after a confirmation.
#[component]
fn DeleteEverything() -> impl IntoView {
    let saved = use_saved();
    let state = use_app_state();
    let confirming = RwSignal::new(false);
    // What happened, once the runner answered: 0 nothing yet, 1 deleted, 2 not all removed.
    let done = RwSignal::new(0u32);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = actions::clicked::<DeleteAllAction>(&ev) else {
            return;
        };
        match action {
            DeleteAllAction::Ask => {
                done.set(0);
                confirming.set(true);
                focus_id_after_render(ids::DELETE_CONFIRM);
            }
            DeleteAllAction::Confirm => {
                done.set(if saved.delete_everything(state) { 1 } else { 2 });
                confirming.set(false);
            }
            DeleteAllAction::Cancel => {
                confirming.set(false);
                focus_after_render(actions::selector(&DeleteAllAction::Ask));
            }
        }
    };
    let markup = move || delete_html(confirming.get(), done.get());
    view! {
        <section aria-labelledby="delete-heading" on:click=on_click>
            <h2 id="delete-heading">"Delete everything"</h2>
            <p>
                "This removes your plan, sessions, diary, latest symptom check and any kept copies from this device. It cannot be undone, so download your data first if you may want it again."
            </p>
            <div inner_html=markup></div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::actions::Action;

    #[test]
    fn every_button_reads_back_as_written() {
        let key = [BACKUP_PREFIX, "1795000000000-1"].concat();
        for a in [
            BackupAction::Download(key.clone()),
            BackupAction::DownloadUnkept,
            BackupAction::Delete(key),
        ] {
            assert_eq!(BackupAction::decode(a.verb(), &a.arg()), Some(a));
        }
        for a in [
            DeleteAllAction::Ask,
            DeleteAllAction::Confirm,
            DeleteAllAction::Cancel,
        ] {
            assert_eq!(DeleteAllAction::decode(a.verb(), &a.arg()), Some(a));
        }
        assert_eq!(DeleteAllAction::decode("download", ""), None);
    }
}
