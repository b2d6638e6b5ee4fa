//! "A new version of Backtrack is ready": the prompt that offers a newly deployed version.
//!
//! This component is markup only; `register.js` in this folder (a same-origin script that
//! `index.html` loads with `defer`) registers the service worker and does the rest:
//! - when a new version is installed and waiting while an older one runs the page, it sets
//!   `<html data-update-ready>`, and the stylesheet shows the bar (hidden until then);
//! - a click on the button (`data-update-accept`; Enter and Space on a button are clicks too)
//!   tells the waiting version to take over, and the page reloads once it has.
//!
//! Why not from Rust: measured on the release build (brotli, first load), registering and
//! running the handshake with web-sys (`ServiceWorkerContainer`, `ServiceWorkerRegistration`,
//! closures for their events) adds 3.3 KB to the wasm and its glue; a reactive Leptos prompt
//! fed by window events from the script adds 1.4 KB; this static markup adds 0.4 KB, and the
//! script 1.1 KB beside it, off the wasm's critical path. The script also keeps registering
//! (so updates keep arriving) even if a release's wasm failed to start.
//!
//! To switch the prompt off (an embedding that wants no chrome), do not render the component.
//! The service worker still keeps the app offline, and a new version then starts the next
//! time the app is opened with no older copy of it still running.

use leptos::prelude::*;

/// A polite status bar at the foot of the page, hidden until a new version is ready; then it
/// says so, with a button that reloads into it. It takes no props. Nothing the runner stored
/// is touched: the reload keeps localStorage as it is.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    // The live region is in the page from the start, and register.js shows the bar only once
    // it is, so that screen readers announce the message when it appears.
    view! { <div class="update-prompt" role="status" inner_html=BAR></div> }
}

/// The inside of the prompt's live region.
const BAR: &str = "<div class=\"update-prompt-bar\"><p>A new version of Backtrack is ready.</p>\
<button type=\"button\" class=\"primary\" data-update-accept=\"\">Reload to update</button></div>";

/// The whole prompt as markup, for the start page the build writes into `index.html`: the
/// prompt works on the read-only pages before the app has started, too.
pub fn html() -> String {
    [
        "<div class=\"update-prompt\" role=\"status\">",
        BAR,
        "</div>",
    ]
    .concat()
}
