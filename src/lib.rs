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
pub mod router;
pub mod routes;
pub mod state;
pub mod storage;

/// Mounts the app. Called by the wasm binary; lives here so that the library owns all code.
///
/// The built `index.html` holds the start page as static markup in `#prerender`, for a
/// first paint that does not wait for the wasm. It is removed and the app mounted in the
/// same task, so the browser never paints a page without one or the other.
pub fn start() {
    if let Some(prerendered) = leptos::prelude::document().get_element_by_id("prerender") {
        prerendered.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
