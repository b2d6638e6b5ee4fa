//! A read-only page (a cause, an exercise, the red flags…) once the app is running.
//!
//! The build renders every read-only page into a file of its own under `pages/`
//! ([`backtrack_core::Route::page_file`], `examples/prerender.rs`), which the service worker
//! precaches. Before the app starts, `src/loader.js` shows those files; once it runs (the
//! runner opened a page that needs it), the app shows them too, fetched from our own origin,
//! so the wasm carries none of their text (docs/speed.md).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a page's file could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchProblem {
    /// The browser refused or the network failed (offline before the app was saved).
    Network,
    /// The server answered, but not with the page (a partial deploy, say).
    Status(u16),
}

/// What the page shows: nothing yet, the page, or why not.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Shown {
    Loading,
    Page(String),
    Failed(FetchProblem),
}

/// Shows the built file `file` (a path from `Route::page_file`) as the page. While it loads
/// the page is marked busy; if it cannot be loaded the runner is told so, with a way on.
#[component]
pub fn ReadOnlyPage(
    /// The page's file, relative to `index.html`.
    file: String,
) -> impl IntoView {
    let (shown, set_shown) = signal(Shown::Loading);
    spawn_local(async move {
        let next = match fetch_text(&file).await {
            Ok(markup) => Shown::Page(markup),
            Err(problem) => Shown::Failed(problem),
        };
        // The runner may have moved on while the file loaded; then there is no page to fill.
        if set_shown.try_set(next).is_none() {
            // A route change focuses `<main>` while the page is still loading: move focus on
            // to its heading now that there is one, as for every other page.
            request_animation_frame(|| {
                let main = document().get_element_by_id(crate::dom::MAIN_ID);
                if main.is_some() && document().active_element() == main {
                    crate::dom::focus_main_heading();
                }
            });
        }
    });
    move || match shown.get() {
        Shown::Loading => view! { <div class="page" aria-busy="true"></div> }.into_any(),
        Shown::Page(markup) => super::static_page(markup),
        Shown::Failed(_) => super::static_page(failed_html()),
    }
}

/// What the runner sees when a page could not be loaded. The build also writes it into
/// `index.html` (`<template id="page-failed">`) for `src/loader.js`.
pub fn failed_html() -> String {
    use crate::components::markup::Html;
    use backtrack_core::Route;
    let mut h = Html::new();
    h.h1("This page did not load")
        .el(
            "p",
            "",
            "Check your connection, then reload the page. Once Backtrack has loaded fully \
             with a connection, it also works offline.",
        )
        .raw("<p>")
        .link(&Route::RedFlags.to_hash(), "When to get help now")
        .raw("</p>");
    h.into_string()
}

/// The text of a same-origin file.
async fn fetch_text(file: &str) -> Result<String, FetchProblem> {
    let response = JsFuture::from(window().fetch_with_str(file))
        .await
        .map_err(|_| FetchProblem::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchProblem::Network)?;
    if !response.ok() {
        return Err(FetchProblem::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchProblem::Network)?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| FetchProblem::Network)?;
    text.as_string().ok_or(FetchProblem::Network)
}
