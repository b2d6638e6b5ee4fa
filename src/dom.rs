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
