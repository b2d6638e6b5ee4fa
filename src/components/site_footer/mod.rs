//! The footer on every page: the disclaimer and the way to sources and help.

use backtrack_core::Route;
use leptos::prelude::*;

/// The footer: "not a diagnosis", where the facts come from, and where to get help.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                <strong>"Backtrack is not a diagnosis."</strong>
                " It helps you think about your pain and look after it. It does not replace a doctor or physiotherapist."
            </p>
            <p>
                <a href=Route::RedFlags.to_hash()>"When to get help now"</a>
                " · "
                <a href=Route::Sources.to_hash()>"Sources and disclaimer"</a>
                " · "
                <a href=Route::Overview.to_hash()>"Why your back matters"</a>
            </p>
            <p class="privacy">"Everything you enter stays on this device. Nothing is sent anywhere."</p>
        </footer>
    }
}
