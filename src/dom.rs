//! Small DOM helpers the pages share: moving keyboard focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector`. Returns whether one was found and
/// focusable. Failure is harmless: focus simply stays where it was.
pub fn focus_selector(selector: &str) -> bool {
    let element = document().query_selector(selector).ok().flatten();
    match element.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// Focuses `selector` on the next animation frame, once a just-changed view has rendered.
pub fn focus_after_render(selector: impl Into<String>) {
    let selector = selector.into();
    request_animation_frame(move || {
        focus_selector(&selector);
    });
}

/// The id of `<main>`, which the skip link targets and focus falls back to.
pub const MAIN_ID: &str = "main";
/// The id of the start page the build writes into `index.html` (see `lib.rs`).
pub const PRERENDER_ID: &str = "prerender";

/// Moves keyboard focus to the current page's main heading (or `<main>` if it has none).
pub fn focus_main_heading() {
    let main = ["#", MAIN_ID].concat();
    if !focus_selector(&[main.as_str(), " h1"].concat()) {
        focus_selector(&main);
    }
}

/// Focuses the element with this id once a just-changed view has rendered.
pub fn focus_id_after_render(id: &str) {
    let mut selector = String::from("#");
    selector.push_str(id);
    focus_after_render(selector);
}
