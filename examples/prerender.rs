//! Writes the start page into a built `index.html`, so the first paint needs no wasm.
//!
//!     cargo run --quiet --example prerender -- dist/index.html
//!
//! Run by `scripts/post-build.mjs` (Trunk's post-build hook) before the Content Security
//! Policy and the precache list are made. The page must hold one empty
//! `<div id="prerender"></div>` (an element, not a comment: release builds are minified),
//! which is filled in; a page already filled in is refused rather than filled twice.

use std::process::ExitCode;

const EMPTY: &str = "<div id=\"prerender\"></div>";
/// The same after Trunk's release minifier, which drops quotes it does not need.
const EMPTY_MINIFIED: &str = "<div id=prerender></div>";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("prerender: give the path of the built index.html");
        return ExitCode::from(2);
    };
    match run(&path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("prerender: {path}: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run(path: &str) -> Result<(), String> {
    let page = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let written = with_start_page(&page, &backtrack::app::prerendered_start_page())?;
    std::fs::write(path, written).map_err(|e| e.to_string())
}

/// The page with `markup` inside its one empty prerender element.
fn with_start_page(page: &str, markup: &str) -> Result<String, String> {
    let filled = format!("<div id=\"prerender\">{markup}</div>");
    match (
        page.matches(EMPTY).count(),
        page.matches(EMPTY_MINIFIED).count(),
    ) {
        (1, 0) => Ok(page.replacen(EMPTY, &filled, 1)),
        (0, 1) => Ok(page.replacen(EMPTY_MINIFIED, &filled, 1)),
        (0, 0) => Err(format!(
            "no empty {EMPTY} in the page (already prerendered?)"
        )),
        _ => Err(format!("more than one {EMPTY} in the page")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page_fills_the_empty_element_once() {
        let page = format!("<body>{EMPTY}<p>after</p></body>");
        let once = with_start_page(&page, "<h1>Hi</h1>").unwrap();
        assert_eq!(
            once,
            "<body><div id=\"prerender\"><h1>Hi</h1></div><p>after</p></body>"
        );
        assert!(with_start_page(&once, "<h1>Hi</h1>").is_err());
        assert!(with_start_page("<body></body>", "x").is_err());
        assert!(with_start_page(&format!("{EMPTY}{EMPTY_MINIFIED}"), "x").is_err());
        let minified = with_start_page(&format!("<body>{EMPTY_MINIFIED}</body>"), "x").unwrap();
        assert_eq!(minified, "<body><div id=\"prerender\">x</div></body>");
    }

    #[test]
    fn the_markup_is_the_start_page_with_header_and_footer() {
        let markup = backtrack::app::prerendered_start_page();
        assert!(markup.starts_with("<a class=\"skip-link\""));
        assert!(markup.contains("<h1 tabindex=\"-1\">Back pain from running?"));
        assert!(markup.ends_with("</footer>"));
    }
}
