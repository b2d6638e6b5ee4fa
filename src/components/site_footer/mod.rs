//! The footer on every page: the disclaimer and the way to sources and help.

use backtrack_core::Route;
use leptos::prelude::*;

use crate::components::markup::Html;

/// The footer: "not a diagnosis", where the facts come from, and where to get help.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! { <footer class="site-footer" inner_html=html()></footer> }
}

/// The footer's content as markup; also written into `index.html` by the prerender.
pub fn html() -> String {
    let mut h = Html::new();
    h.raw("<p><strong>Backtrack is not a diagnosis.</strong>")
        .text(
            " It helps you think about your pain and look after it. It does not replace a \
             doctor or physiotherapist.",
        )
        .raw("</p><p>")
        .link(&Route::RedFlags.to_hash(), "When to get help now")
        .raw(" · ")
        .link(&Route::Sources.to_hash(), "Sources and disclaimer")
        .raw(" · ")
        .link(&Route::Overview.to_hash(), "Why your back matters")
        .raw("</p>")
        .el(
            "p",
            "privacy",
            "Everything you enter stays on this device. Nothing is sent anywhere.",
        );
    h.into_string()
}
