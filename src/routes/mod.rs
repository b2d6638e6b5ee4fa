//! One file per page. Each page renders content from the core and dispatches actions; none
//! holds clinical text of its own beyond headings and labels.
//!
//! Read-only pages (the start page, causes, exercises, red flags, running, sources, not
//! found) are a `pub fn html(..) -> String` of escaped markup (see
//! [`crate::components::markup`] for why), shown by [`static_page`]; the same function
//! renders the start page into `index.html` at build time. Pages that change as the runner
//! uses them are Leptos components.

use leptos::prelude::*;

pub mod cause;
pub mod causes;
pub mod check;
pub mod data;
pub mod diary;
pub mod exercise;
pub mod exercises;
pub mod home;
pub mod not_found;
pub mod overview;
pub mod plan;
pub mod progress;
pub mod read_only;
pub mod red_flags;
pub mod result;
pub mod running;
pub mod session;
pub mod sources;
pub mod summary;

/// Shows a read-only page's markup. One element type for all of them, so Leptos's
/// rendering code is compiled once.
pub fn static_page(markup: String) -> AnyView {
    view! { <div class="page" inner_html=markup></div> }.into_any()
}
