//! The hash router.
//!
//! Routes are URL fragments (`#/causes/disc`), parsed by [`backtrack_core::Route`]. A
//! fragment never reaches the server, so every deep link is answered by the one
//! `index.html`: on any static host, under any sub-path, inside a club's iframe and from the
//! service worker's cache offline, without rewrite rules. `leptos_router` has no hash mode
//! (leptos-rs/leptos#2184) and would add about 46 KB brotli, so this small module listens for
//! `hashchange` instead. Links are plain `<a href="#/...">`, which keeps keyboard use, "open
//! in new tab" and the back button working as the browser intends.

use backtrack_core::Route;
use leptos::prelude::*;

/// The current route, shared through context.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

/// Reads the route from `location.hash`. A browser that refuses to give the hash (it never
/// should) shows the home page rather than failing.
pub fn route_from_location() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    Route::from_hash(&decode_fragment(&hash))
}

/// Browsers percent-encode some characters in `location.hash`; our ids never need them, but
/// decoding lets the not-found page show what the runner actually followed.
fn decode_fragment(hash: &str) -> String {
    js_sys_decode(hash).unwrap_or_else(|| hash.to_owned())
}

fn js_sys_decode(hash: &str) -> Option<String> {
    let decoded = js_sys::decode_uri_component(hash).ok()?;
    decoded.as_string()
}

/// Provides [`CurrentRoute`] and keeps it in step with the address bar.
pub fn provide_router() -> ReadSignal<Route> {
    let (route, set_route) = signal(route_from_location());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(route_from_location());
    });
    on_cleanup(move || listener.remove());
    provide_context(CurrentRoute(route));
    route
}

/// The current route from context. Components below [`crate::app::App`] always have it.
pub fn use_route() -> ReadSignal<Route> {
    match use_context::<CurrentRoute>() {
        Some(CurrentRoute(route)) => route,
        // Outside the app (a component rendered alone in a test) there is no router:
        // behave as the home page.
        None => signal(Route::Home).0,
    }
}
