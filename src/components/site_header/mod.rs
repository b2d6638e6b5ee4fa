//! The header on every page: the name (with the club's, when embedded), the main
//! navigation and the red-flags link.

use backtrack_core::Route;
use leptos::prelude::*;

use crate::embed::use_embed;
use crate::router::use_route;

/// The site header with a skip link, the app name and the main navigation.
///
/// Inside a club's site ([`crate::embed::Embed`]) the name reads "Backtrack for {club}"
/// (the club name as text, isolated with `<bdi>` so a right-to-left name cannot reorder
/// the words around it), and compact mode hides the main navigation (`.compact` in the
/// stylesheet). The red-flags link is always visible, in every mode, so that help is one
/// step away from any page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let route = use_route();
    let embed = use_embed();
    let club = embed.club.map(|club| {
        view! { <span class="brand-club">" for "<bdi>{club}</bdi></span> }
    });
    let nav_items = [
        (Route::Check, "Check my symptoms"),
        (Route::Causes, "Causes"),
        (Route::Exercises, "Exercises"),
        (Route::Plan, "My plan"),
    ];
    let links = nav_items
        .into_iter()
        .map(|(target, label)| {
            let href = target.to_hash();
            let current = move || route.with(|r| r.is_within(&target)).then_some("page");
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        })
        .collect_view();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
        <header class="site-header" class:compact=embed.compact>
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true"></span>
                "Backtrack"
                {club}
            </a>
            <nav aria-label="Main">
                <ul>{links}</ul>
            </nav>
            <a class="help-now" href=Route::RedFlags.to_hash()>"Get help now"</a>
        </header>
    }
}

/// The skip link targets `<main>`, but `#main` is also how the hash router would read the
/// URL, so the default jump is replaced by moving focus directly.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::app::focus_main_heading();
}
