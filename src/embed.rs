//! Backtrack inside a running club's website: the embed options and the messages to the
//! club's page.
//!
//! The options come from the frame's query string (`…/?embed=1&club=Riverside%20Runners`),
//! read once at start-up and checked by [`backtrack_core::embed`]; unusable values are
//! reported with `console.warn` and the defaults kept. They hold for the whole visit: pages
//! change only the URL fragment, so the query string, and a reload, keep them.
//!
//! Messages: when the app is in a frame *and* the URL has `embed=1`, it posts two kinds of
//! message to its parent, and nothing else:
//!
//! - `{ type: "backtrack:height", height: N }`: the height of the page in CSS pixels,
//!   whenever it changes (a `ResizeObserver` on the root element), so that `embed.js` can
//!   size the frame with no inner scrollbar;
//! - `{ type: "backtrack:route", route: "#/causes" }` on every page change: only the
//!   *section* ([`backtrack_core::embed::route_section`]): not which cause or exercise, not
//!   whether a check was finished, never text the runner typed.
//!
//! The club's page is not known in advance, so messages go to any parent (`"*"`); that is
//! why they carry nothing more. The app adds no `message` listener: nothing a parent page
//! sends is read.

use backtrack_core::embed::{route_section, EmbedOptions};
use backtrack_core::Route;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the app needs to know about being embedded, shared through context.
#[derive(Clone, Debug, Default)]
pub struct Embed {
    /// The club's name, cleaned, for "Backtrack for {club}". Render it as text only.
    pub club: Option<String>,
    /// Compact mode, in a frame: no main navigation and no install or update prompt.
    /// "Get help now" always stays.
    pub compact: bool,
    /// In a frame with `embed=1`: the app reports its height and section to the parent.
    pub messages: bool,
}

/// Reads the options, applies the accent colour and the start page, starts the height
/// messages and provides [`Embed`]. Call it before the router reads the address.
pub fn provide_embed() -> Embed {
    let search = window().location().search().unwrap_or_default();
    let (options, warnings) = EmbedOptions::from_query(&search);
    for warning in warnings {
        web_sys::console::warn_1(&warning.to_string().into());
    }
    apply_accent(&options);
    if let Some(start) = &options.start {
        apply_start(start);
    }
    let framed = is_framed();
    let embed = Embed {
        club: options.club,
        compact: options.compact && framed,
        messages: options.embed && framed,
    };
    if embed.messages {
        report_height();
    }
    provide_context(embed.clone());
    embed
}

/// The embed settings from context; the standalone defaults outside the app.
pub fn use_embed() -> Embed {
    use_context::<Embed>().unwrap_or_default()
}

/// Tells the parent page the section of the page now open. Call it on every route change;
/// it does nothing unless messages are on ([`Embed::messages`]).
pub fn report_route(route: &Route, embed: &Embed) {
    if embed.messages {
        post("backtrack:route", "route", &route_section(route).into());
    }
}

fn is_framed() -> bool {
    let window = window();
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        // A parent we may not even look at is still a parent.
        Ok(None) | Err(_) => true,
    }
}

/// Sets the club's colours as custom properties on `<html>` (through the CSSOM, never a
/// `style` attribute or `<style>` element, so a strict Content Security Policy allows it).
fn apply_accent(options: &EmbedOptions) {
    let properties = options.accent_properties();
    let root = document()
        .document_element()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(root) = root.filter(|_| !properties.is_empty()) else {
        return;
    };
    let style = root.style();
    for (name, value) in properties {
        let _ = style.set_property(name, &value);
    }
    let _ = root.set_attribute("data-accent", "");
}

/// Opens the start page when the address has no route of its own. The fragment is replaced
/// in place, so the back button does not return to an empty page first.
fn apply_start(start: &Route) {
    let window = window();
    if window.location().hash().unwrap_or_default().len() > 1 {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&start.to_hash()));
    }
}

/// Posts the page's height to the parent whenever it changes. The root element's own box
/// is measured, not `scrollHeight`, which never drops below the frame's height and so could
/// only ever grow.
fn report_height() {
    let Some(root) = document().document_element() else {
        return;
    };
    let mut last = -1.0;
    let measured = root.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != last {
            last = height;
            post("backtrack:height", "height", &height.into());
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer and its callback live as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();
}

/// Posts `{ type: kind, [field]: value }` to the parent window.
fn post(kind: &str, field: &str, value: &JsValue) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &field.into(), value);
    let _ = parent.post_message(&message, "*");
}
