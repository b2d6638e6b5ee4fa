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

/// Moves keyboard focus to the current page's main heading (or `<main>` if it has none).
pub fn focus_main_heading() {
    if !focus_selector("#main h1") {
        focus_selector("#main");
    }
}

/// Focuses the element with this id once a just-changed view has rendered.
pub fn focus_id_after_render(id: &str) {
    let mut selector = String::from("#");
    selector.push_str(id);
    focus_after_render(selector);
}
