//! The header on every page: the name (with the club's, when embedded), the main
//! navigation and the red-flags link.
//!
//! The header is markup ([`html`]), the same string the build writes into `index.html` for
//! the first paint; one effect keeps `aria-current` on the link of the section being shown.

use backtrack_core::Route;
use leptos::prelude::*;

use crate::components::markup::Html;
use crate::embed::use_embed;
use crate::router::use_route;

/// The main sections, with their link text, in navigation order.
const SECTIONS: [(Route, &str); 4] = [
    (Route::Check, "Check my symptoms"),
    (Route::Causes, "Causes"),
    (Route::Exercises, "Exercises"),
    (Route::Plan, "My plan"),
];

/// The site header with a skip link, the app name and the main navigation. It takes no
/// props: the club name and compact mode come from [`crate::embed::Embed`].
///
/// Inside a club's site the name reads "Backtrack for {club}" (the club name as text,
/// isolated with `<bdi>` so a right-to-left name cannot reorder the words around it), and
/// compact mode hides the main navigation (`.compact` in the stylesheet). The red-flags link
/// is always visible, in every mode, so that help is one step away from any page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let route = use_route();
    let embed = use_embed();
    Effect::new(move |_| route.with(mark_current_section));
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
        <header
            class="site-header"
            class:compact=embed.compact
            inner_html=html(embed.club.as_deref())
        ></header>
    }
}

/// The app's mark beside its name: `public/icon.svg` (a runner's spine as a dotted path, and
/// a head) drawn inline, so it costs no request on the first paint. Its colours are the
/// stylesheet's (`.brand-mark`): the accent and the text on it, so it follows the dark
/// scheme and a club's colour. Hidden from assistive technology: the link says "Backtrack".
const BRAND_MARK: &str = "<svg class=\"brand-mark\" viewBox=\"0 0 64 64\" aria-hidden=\"true\">\
    <rect width=\"64\" height=\"64\" rx=\"14\"/>\
    <path d=\"M25 10C22 22 36 27 32.5 39 30.5 46 23 49 20.5 55\" pathLength=\"51.24\" \
    stroke-width=\"6\" stroke-linecap=\"round\" stroke-dasharray=\"3.69 8.2\"/>\
    <circle cx=\"40\" cy=\"15\" r=\"6.5\"/></svg>";

/// The inside of `<header class="site-header">`; `club` is shown as text.
pub fn html(club: Option<&str>) -> String {
    let mut h = Html::new();
    h.raw("<a class=\"brand\" href=\"#/\">")
        .raw(BRAND_MARK)
        .raw("Backtrack");
    if let Some(club) = club {
        h.raw("<span class=\"brand-club\"> for <bdi>")
            .text(club)
            .raw("</bdi></span>");
    }
    h.raw("</a><nav aria-label=\"Main\"><ul>");
    for (section, label) in SECTIONS {
        h.raw("<li>").link(&section.to_hash(), label).raw("</li>");
    }
    h.raw("</ul></nav>")
        .open_with(
            "a",
            &[("class", "help-now"), ("href", &Route::RedFlags.to_hash())],
        )
        .text("Get help now")
        .close("a");
    h.into_string()
}

/// The main-navigation section `route` is in, if any: its link is marked as the current
/// page. The build writes it beside each read-only page for `src/loader.js`.
pub fn section_of(route: &Route) -> Option<Route> {
    SECTIONS
        .into_iter()
        .map(|(section, _)| section)
        .find(|section| route.is_within(section))
}

/// Sets `aria-current="page"` on the navigation link of the section `route` is in, and
/// clears it from the others.
fn mark_current_section(route: &Route) {
    for (section, _) in SECTIONS {
        let selector = format!(".site-header nav a[href=\"{}\"]", section.to_hash());
        if let Ok(Some(link)) = document().query_selector(&selector) {
            let _ = if route.is_within(&section) {
                link.set_attribute("aria-current", "page")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    }
}

/// The skip link targets `<main>`, but `#main` is also how the hash router would read the
/// URL, so the default jump is replaced by moving focus directly.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::dom::focus_main_heading();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_club_name_is_text_inside_bdi() {
        let plain = html(None);
        assert!(!plain.contains("brand-club"));
        assert_eq!(plain.matches("<li><a href=\"#/").count(), SECTIONS.len());
        assert!(plain.starts_with("<a class=\"brand\" href=\"#/\"><svg class=\"brand-mark\""));
        assert_eq!(crate::components::markup::check_balanced(&plain), Ok(()));
        let club = html(Some("<b>Riverside</b> & co"));
        assert!(club.contains("<bdi>&lt;b&gt;Riverside&lt;/b&gt; &amp; co</bdi>"));
    }
}
