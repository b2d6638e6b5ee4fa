//! A short list of links onward, used at the end of pages and on the not-found page.

use backtrack_core::Route;

use crate::components::markup::Html;

/// Writes a titled list of links to other pages: `heading` names the navigation landmark,
/// and each link is a route with its link text.
pub fn write(h: &mut Html, heading: &str, links: &[(Route, &str)]) {
    h.open_with("nav", &[("class", "page-links"), ("aria-label", heading)])
        .el("h2", "", heading)
        .raw("<ul>");
    for (route, label) in links {
        h.raw("<li>").link(&route.to_hash(), label).raw("</li>");
    }
    h.raw("</ul></nav>");
}
