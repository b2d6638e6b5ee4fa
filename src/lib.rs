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
/// first paint that does not wait for the wasm. The app removes it and mounts in the same
/// task, so the browser never paints a page with neither or both.
///
/// On the start page (not a deep link, not in a club's frame: the inline script in
/// `index.html` marks those) the app waits until the browser has painted the prerendered
/// page once. Measured with Lighthouse: when a fast connection delivered the wasm before the
/// first paint, the app's copy of the page became the largest contentful paint, timed after
/// the wasm had run (about 2.0 s instead of 0.9 s in the simulated mobile load). A
/// replacement of the same size painted later does not count again, but only once the first
/// paint has been recorded. A hidden tab paints no frames, so a timer mounts the app anyway.
/// Links in the prerendered page work meanwhile: the app reads the address when it mounts.
pub fn start() {
    use leptos::prelude::{document, request_animation_frame, set_timeout};
    use std::cell::Cell;
    use std::rc::Rc;
    use std::time::Duration;

    let root = document().document_element();
    let marked = |class: &str| {
        root.as_ref()
            .is_some_and(|r| r.class_list().contains(class))
    };
    let painted_first = document().get_element_by_id(dom::PRERENDER_ID).is_some()
        && !marked("deep-link")
        && !marked("embedded");
    if !painted_first {
        return mount();
    }
    let mounted = Rc::new(Cell::new(false));
    let once = move || {
        if !mounted.replace(true) {
            mount();
        }
    };
    let after_paint = once.clone();
    // A frame callback runs before its frame is painted, and the paint is only recorded once
    // the frame is on screen: wait for the next frame, then a moment more.
    request_animation_frame(move || {
        request_animation_frame(move || set_timeout(after_paint, Duration::from_millis(50)))
    });
    set_timeout(once, Duration::from_millis(300));
}

fn mount() {
    let document = leptos::prelude::document();
    // A runner who tabbed into (or followed a link of) the prerendered page before the app
    // started would lose focus with it: give it to the page's heading, as a route change does.
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
