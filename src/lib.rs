//! Backtrack's web shell: Leptos components that render the pure core
//! (`backtrack-core`) and dispatch what the runner does back to it.
//!
//! - [`app`]: the root component and page switch.
//! - [`router`]: the hash router (routes themselves are parsed in the core).
//! - [`routes`]: one file per page.
//! - [`components`]: one folder per reusable component.
//! - [`storage`]: the one adapter that owns localStorage.
//! - [`embed`]: options and messages when a club's site embeds the app.
#![forbid(unsafe_code)]

pub mod app;
pub mod components;
pub mod dom;
pub mod embed;
pub mod prerender;
pub mod router;
pub mod routes;
pub mod state;
pub mod storage;

/// Mounts the app. Called by the wasm binary; lives here so that the library owns all code.
///
/// `src/loader.js` starts the wasm only when the runner opens a page that needs it (the
/// check, the result, the plan and its pages, the running guide) or the app is in a club's
/// frame; read-only pages are shown without it. The built `index.html` holds the start page
/// (or the read-only page the loader has put in its place) in `#prerender`: the app removes
/// it and mounts in the same task, so the browser never paints a page with neither or both.
pub fn start() {
    let document = leptos::prelude::document();
    // A runner who tabbed into (or followed a link of) the page before the app started would
    // lose focus with it: give it to the page's heading, as a route change does.
    let mut had_focus = false;
    if let Some(prerendered) = document.get_element_by_id(dom::PRERENDER_ID) {
        had_focus = document
            .active_element()
            .is_some_and(|el| prerendered.contains(Some(&el)));
        prerendered.remove();
    }
    leptos::mount::mount_to_body(app::App);
    if had_focus {
        dom::focus_main_heading();
    }
}
