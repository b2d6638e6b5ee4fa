//! Offering text as a file, without any network: the share sheet where the browser can
//! share files (the Web Share API), otherwise a download (a `Blob`, an object URL and a
//! temporary `<a download>`). Nothing is uploaded: sharing hands the file to an app the
//! runner picks on their own device.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The type of the JSON export.
pub const JSON: &str = "application/json";
/// The type of the CSV files.
pub const CSV: &str = "text/csv";

/// Starts a download of `text` as `file_name` (a JSON file). Returns false if the browser
/// refused.
pub fn download_text(file_name: &str, text: &str) -> bool {
    download_file(file_name, JSON, text)
}

/// Starts a download of `text` as `file_name` of type `mime`. Returns false if the browser
/// refused.
pub fn download_file(file_name: &str, mime: &str, text: &str) -> bool {
    try_download(file_name, mime, text).is_some()
}

fn blob_options(mime: &str) -> web_sys::BlobPropertyBag {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    options
}

fn try_download(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &blob_options(mime)).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let doc = document();
    let link = doc
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    let body = doc.body()?;
    body.append_child(&link).ok()?;
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; wait a moment.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Some(())
}

/// The share data for one file, if the browser has `navigator.share` and `canShare` and
/// says it can share this file.
fn share_data(file_name: &str, mime: &str, text: &str) -> Option<web_sys::ShareData> {
    let navigator = window().navigator();
    // Both methods are missing in many browsers; calling a missing one would throw.
    for method in ["share", "canShare"] {
        if !js_sys::Reflect::has(&navigator, &JsValue::from_str(method)).ok()? {
            return None;
        }
    }
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let file =
        web_sys::File::new_with_str_sequence_and_options(&parts, file_name, &options).ok()?;
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    navigator.can_share_with_data(&data).then_some(data)
}

/// Whether this browser can share a file of this type (for the buttons' labels).
pub fn can_share_file(mime: &str) -> bool {
    share_data("backtrack.csv", mime, "").is_some()
}

/// Offers the file in the share sheet where the browser can share files, otherwise
/// downloads it. If the runner closes the share sheet, nothing more happens; if sharing
/// fails for another reason, the file is downloaded instead. Call from a click handler:
/// browsers only share in response to one.
pub fn share_or_download(file_name: String, mime: &'static str, text: String) {
    let Some(data) = share_data(&file_name, mime, &text) else {
        download_file(&file_name, mime, &text);
        return;
    };
    let promise = window().navigator().share_with_data(&data);
    leptos::task::spawn_local(async move {
        if let Err(error) = wasm_bindgen_futures::JsFuture::from(promise).await {
            let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() != Some("AbortError") {
                download_file(&file_name, mime, &text);
            }
        }
    });
}
