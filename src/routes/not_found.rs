//! The page for a link we do not recognise.

use backtrack_core::Route;

use crate::components::markup::Html;
use crate::components::page_links;

/// Shown for unknown routes, unknown causes and unknown exercises, with ways on. The path
/// that was followed is shown as text, so the runner can see what went wrong.
pub fn html(path: &str) -> String {
    let mut h = Html::new();
    h.h1("We could not find that page")
        .el("p", "", "The link may be old or mistyped. You followed:")
        .raw("<p><code class=\"path\">")
        .text(path)
        .raw("</code></p>");
    page_links::write(
        &mut h,
        "Try one of these",
        &[
            (Route::Home, "The start page"),
            (Route::Causes, "The five common causes"),
            (Route::Exercises, "All exercises"),
            (Route::RedFlags, "When to get help now"),
        ],
    );
    h.into_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_path_is_shown_as_text() {
        let page = super::html("causes/<img src=x onerror=alert(1)>");
        assert!(
            page.contains("<code class=\"path\">causes/&lt;img src=x onerror=alert(1)&gt;</code>")
        );
        assert!(!page.contains("<img"));
    }
}
