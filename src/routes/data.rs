//! Your data: what is kept and where, export to a file, import (merge or replace), kept
//! copies of unreadable data, and deleting everything.

use backtrack_core::progress::schema::{self, MAX_FILE_BYTES};
use backtrack_core::progress::store::{Backup, BACKUP_PREFIX};
use backtrack_core::progress::Day;
use backtrack_core::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::markup::{action_of, Html};
use crate::components::pain_chart::count;
use crate::components::ProgressNav;
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
        let text = saved.data.with_untracked(schema::write);
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
    let replace = RwSignal::new(false);
    let message = RwSignal::new(None::<Result<String, String>>);
    let busy = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let file = input
            .get_untracked()
            .and_then(|i| i.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else {
            message.set(Some(Err("Choose a file first.".into())));
            return;
        };
        // Refuse a huge file before reading it into memory.
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            let problem = schema::Problem::TooBig {
                bytes: size as usize,
            };
            message.set(Some(Err(nothing_changed(&problem.describe()))));
            return;
        }
        busy.set(true);
        let replace = replace.get_untracked();
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    busy.set(false);
                    message.set(Some(Err(nothing_changed("The file could not be read."))));
                    return;
                }
            };
            let result = saved.import(&bytes, replace, state);
            busy.set(false);
            message.set(Some(match result {
                Ok(done) => {
                    let mut s = String::from(if replace {
                        "Done. Your data was replaced by the file's: "
                    } else {
                        "Done. Added from the file: "
                    });
                    s.push_str(&count(done.items, "item", "items"));
                    s.push('.');
                    if !done.saved {
                        s.push_str(" It is kept in this tab only, because saving is not working.");
                    }
                    Ok(s)
                }
                Err(problem) => Err(nothing_changed(&problem)),
            }));
            if let Some(i) = input.get_untracked() {
                i.set_value("");
            }
        });
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"Bring data in from a file"</h2>
            <form class="import-form" on:submit=submit>
                <p class="field">
                    <label for="import-file">"A Backtrack file (.json)"</label>
                    <input id="import-file" type="file" accept=".json,application/json" node_ref=input
                        on:change=move |_| message.set(None) />
                </p>
                <fieldset>
                    <legend>"What to do with it"</legend>
                    <p class="field checkbox">
                        <input type="radio" id="import-merge" name="import-mode"
                            prop:checked=move || !replace.get() on:change=move |_| replace.set(false) />
                        <label for="import-merge">"Add it to what is here (nothing here is lost)"</label>
                    </p>
                    <p class="field checkbox">
                        <input type="radio" id="import-replace" name="import-mode"
                            prop:checked=move || replace.get() on:change=move |_| replace.set(true) />
                        <label for="import-replace">"Replace everything here with it"</label>
                    </p>
                </fieldset>
                <p>
                    <button type="submit" class="primary" disabled=move || busy.get()>
                        {move || if replace.get() { "Import and replace my data" } else { "Import and add" }}
                    </button>
                </p>
            </form>
            <div class="import-message" role="status">
                {move || message.get().map(|m| match m {
                    Ok(text) => view! { <p class="notice">{text}</p> }.into_any(),
                    Err(text) => view! { <p class="form-error import-error">{text}</p> }.into_any(),
                })}
            </div>
        </section>
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
    let done = RwSignal::new(None::<bool>);
    let focus_confirm = || {
        request_animation_frame(|| {
            if let Some(el) = document()
                .get_element_by_id("delete-confirm")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        })
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete everything"</h2>
            <p>
                "This removes your plan, sessions, diary, latest symptom check and any kept copies from this device. It cannot be undone, so download your data first if you may want it again."
            </p>
            {move || if confirming.get() {
                view! {
                    <div class="confirm stop" role="group" aria-labelledby="delete-confirm">
                        <p id="delete-confirm" tabindex="-1"><strong>"Delete all your Backtrack data from this device?"</strong></p>
                        <button type="button" class="primary danger" on:click=move |_| {
                            done.set(Some(saved.delete_everything(state)));
                            confirming.set(false);
                        }>"Yes, delete everything"</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="secondary danger" on:click=move |_| {
                        done.set(None);
                        confirming.set(true);
                        focus_confirm();
                    }>"Delete all my data"</button>
                }.into_any()
            }}
            <p role="status">
                {move || done.get().map(|ok| if ok {
                    "Everything is deleted."
                } else {
                    "Your data is cleared here, but the browser would not remove all of it from storage."
                })}
            </p>
        </section>
    }
}
