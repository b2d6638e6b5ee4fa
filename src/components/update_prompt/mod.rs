//! "A new version of Backtrack is ready": the prompt that offers a newly deployed version.
//!
//! The service worker (`public/sw.js`) is registered by `register.js` in this folder, a small
//! same-origin script that `index.html` loads with `defer`. Doing it from Rust with web-sys
//! (`ServiceWorkerContainer`, `ServiceWorkerRegistration`, `ServiceWorker` and their events)
//! was measured at about 2 KB brotli more wasm and glue on the first load, against under
//! 1 KB for the script (numbers in README.md, "Installing, offline use and updates"); the
//! script also registers the worker even if a release's wasm fails to start.
//!
//! The two halves talk through window events, so this component needs nothing from the
//! service-worker API: `register.js` sets `<html data-update-ready>` and dispatches
//! `backtrack:update-ready` when a new version is waiting; the button dispatches
//! `backtrack:update-accept`, and `register.js` hands over to the new version and reloads.
//!
//! To switch the prompt off (an embedding that wants no chrome), do not render the
//! component. The service worker still keeps the app offline, and a new version then starts
//! the next time the app is opened with no older copy of it still running.

use leptos::prelude::*;

/// Set on `<html>` by `register.js` once a new version is waiting.
const READY_ATTR: &str = "data-update-ready";
/// Dispatched on `window` by `register.js` when a new version is waiting.
const READY_EVENT: &str = "backtrack:update-ready";
/// Dispatched on `window` by the button: the runner wants the new version now.
const ACCEPT_EVENT: &str = "backtrack:update-accept";

/// A polite status bar at the foot of the page, empty until a new version is ready; then it
/// says so, with a button that reloads into it. Nothing the runner stored is touched: the
/// reload keeps localStorage as it is.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let ready = RwSignal::new(already_ready());
    let listener = window_event_listener_untyped(READY_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());

    // The live region is always in the page, so that screen readers announce the message
    // when it appears inside it.
    view! {
        <div class="update-prompt" role="status">
            {move || {
                ready
                    .get()
                    .then(|| {
                        view! {
                            <div class="update-prompt-bar">
                                <p>"A new version of Backtrack is ready."</p>
                                <button type="button" class="primary" on:click=move |_| accept()>
                                    "Reload to update"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// Whether `register.js` found a waiting version before this component mounted.
fn already_ready() -> bool {
    document()
        .document_element()
        .is_some_and(|root| root.has_attribute(READY_ATTR))
}

/// Asks `register.js` to switch to the waiting version.
fn accept() {
    if let Ok(event) = web_sys::Event::new(ACCEPT_EVENT) {
        // Dispatching on window cannot fail for a plain event; nothing to do if it did.
        let _ = window().dispatch_event(&event);
    }
}
