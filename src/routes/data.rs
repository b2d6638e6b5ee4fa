//! Your data: what is kept and where, export to a file, import (merge or replace), kept
//! copies of unreadable data, and deleting everything.

use backtrack_core::progress::schema::{self, MAX_FILE_BYTES};
use backtrack_core::progress::store::{Backup, BACKUP_PREFIX};
use backtrack_core::progress::Day;
use backtrack_core::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::markup::{action_of, is_checked, set_field_value, Html};
use crate::components::pain_chart::count;
use crate::components::ProgressNav;
use crate::dom::focus_after_render;
use crate::state::use_app_state;
use crate::storage::{clock, download::download_text, use_saved};

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
            .get_element_by_id("import-file")
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
        let replace = is_checked("import-replace");
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
                set_field_value("import-file", "");
            });
        });
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"Bring data in from a file"</h2>
            <form class="import-form" on:submit=submit on:change=|_| label_import_button() inner_html=IMPORT_FORM></form>
            <div class="import-message" role="status" inner_html=message></div>
        </section>
    }
}

const IMPORT_FORM: &str = "<p class=\"field\"><label for=\"import-file\">A Backtrack file (.json)</label><input id=\"import-file\" type=\"file\" accept=\".json,application/json\"></p><fieldset><legend>What to do with it</legend><p class=\"field checkbox\"><input type=\"radio\" id=\"import-merge\" name=\"import-mode\" checked><label for=\"import-merge\">Add it to what is here (nothing here is lost)</label></p><p class=\"field checkbox\"><input type=\"radio\" id=\"import-replace\" name=\"import-mode\"><label for=\"import-replace\">Replace everything here with it</label></p></fieldset><p><button type=\"submit\" class=\"primary\" id=\"import-submit\">Import and add</button></p>";

/// Names the import button after the choice, so "replace" is never a surprise.
fn label_import_button() {
    if let Some(button) = document().get_element_by_id("import-submit") {
        button.set_text_content(Some(if is_checked("import-replace") {
            "Import and replace my data"
        } else {
            "Import and add"
        }));
    }
}

fn outcome_html(outcome: Result<String, String>) -> String {
    let mut h = Html::new();
    match outcome {
        Ok(text) => h.el("p", "notice", &text),
        Err(text) => h.el("p", "form-error import-error", &text),
    };
    h.into_string()
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
        let Some((act, key)) = action_of(&ev) else {
            return;
        };
        match act.as_str() {
            "download" => {
                if let Some(b) = saved.backups().into_iter().find(|b| b.key == key) {
                    let mut file = String::from("backtrack-unreadable-");
                    file.push_str(key.strip_prefix(BACKUP_PREFIX).unwrap_or("copy"));
                    file.push_str(".json");
                    download_text(&file, &b.text);
                }
            }
            "download-unkept" => {
                if let Some(text) = saved.unkept() {
                    download_text("backtrack-unreadable.json", &text);
                }
            }
            "delete-backup" => {
                saved.delete_backup(&key);
            }
            _ => {}
        }
    };
    view! { <div on:click=on_click inner_html=markup></div> }
}

/// The kept copies as markup; empty when there are none.
pub fn backups_html(backups: &[Backup], unkept: bool) -> String {
    let mut h = Html::new();
    if backups.is_empty() && !unkept {
        return String::new();
    }
    h.raw("<section aria-labelledby=\"backups-heading\"><h2 id=\"backups-heading\">Unreadable data we kept</h2>")
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
        h.open_with(
            "button",
            &[
                ("type", "button"),
                ("class", "secondary"),
                ("data-act", "download"),
                ("data-id", &b.key),
            ],
        )
        .text("Download")
        .close("button");
        h.open_with(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button"),
                ("data-act", "delete-backup"),
                ("data-id", &b.key),
            ],
        )
        .text("Delete this copy")
        .close("button");
        h.close("li");
    }
    if unkept {
        h.open("li", "backup")
            .text("Unreadable data that could not be copied (it is still in storage, untouched). ")
            .open_with(
                "button",
                &[
                    ("type", "button"),
                    ("class", "secondary"),
                    ("data-act", "download-unkept"),
                ],
            )
            .text("Download it")
            .close("button")
            .close("li");
    }
    h.raw("</ul></section>");
    h.into_string()
}

/// Delete everything, after a confirmation.
#[component]
fn DeleteEverything() -> impl IntoView {
    let saved = use_saved();
    let state = use_app_state();
    let confirming = RwSignal::new(false);
    // What happened, once the runner answered: 0 nothing yet, 1 deleted, 2 not all removed.
    let done = RwSignal::new(0u32);
    let on_click = move |ev: leptos::ev::MouseEvent| match action_of(&ev).map(|a| a.0).as_deref() {
        Some("ask") => {
            done.set(0);
            confirming.set(true);
            focus_after_render("#delete-confirm");
        }
        Some("yes") => {
            done.set(if saved.delete_everything(state) { 1 } else { 2 });
            confirming.set(false);
        }
        Some("no") => {
            confirming.set(false);
            focus_after_render("[data-act=ask]");
        }
        _ => {}
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

/// The delete button, or the question that confirms it, and what happened.
pub fn delete_html(confirming: bool, done: u32) -> String {
    let mut h = Html::new();
    if confirming {
        h.raw("<div class=\"confirm stop\" role=\"group\" aria-labelledby=\"delete-confirm\"><p id=\"delete-confirm\" tabindex=\"-1\"><strong>Delete all your Backtrack data from this device?</strong></p><button type=\"button\" class=\"primary danger\" data-act=\"yes\">Yes, delete everything</button> <button type=\"button\" class=\"secondary\" data-act=\"no\">Cancel</button></div>");
    } else {
        h.raw("<button type=\"button\" class=\"secondary danger\" data-act=\"ask\">Delete all my data</button>");
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
