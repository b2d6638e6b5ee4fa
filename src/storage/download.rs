//! Offering text as a file download (an export, or a kept copy of unreadable data),
//! without any network: a `Blob`, an object URL and a temporary `<a download>`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts a download of `text` as `file_name`. Returns false if the browser refused.
pub fn download_text(file_name: &str, text: &str) -> bool {
    try_download(file_name, text).is_some()
}

fn try_download(file_name: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
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
