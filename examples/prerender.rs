//! Writes the start page into a built `index.html`, so the first paint needs no wasm.
//!
//!     cargo run --quiet --example prerender -- dist/index.html
//!
//! Run by `scripts/post-build.mjs` (Trunk's post-build hook) before the Content Security
//! Policy and the precache list are made. The page must hold one `<div id="prerender">`
//! `</div>`; its contents are replaced, so running it twice gives the same file.

use std::process::ExitCode;

const OPEN: &str = "<div id=\"prerender\">";
const CLOSE: &str = "</div><!-- /prerender -->";

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

/// The page with `markup` between the prerender markers.
fn with_start_page(page: &str, markup: &str) -> Result<String, String> {
    let start = page
        .find(OPEN)
        .ok_or_else(|| format!("no {OPEN} in the page"))?
        + OPEN.len();
    let end = page[start..]
        .find(CLOSE)
        .ok_or_else(|| format!("no {CLOSE} after {OPEN}"))?
        + start;
    Ok(format!("{}{markup}{}", &page[..start], &page[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page_goes_between_the_markers_and_a_second_run_changes_nothing() {
        let page = format!("<body>{OPEN}{CLOSE}<p>after</p></body>");
        let once = with_start_page(&page, "<h1>Hi</h1>").unwrap();
        assert_eq!(
            once,
            format!("<body>{OPEN}<h1>Hi</h1>{CLOSE}<p>after</p></body>")
        );
        assert_eq!(with_start_page(&once, "<h1>Hi</h1>").unwrap(), once);
        assert!(with_start_page("<body></body>", "x").is_err());
    }

    #[test]
    fn the_markup_is_the_start_page_with_header_and_footer() {
        let markup = backtrack::app::prerendered_start_page();
        assert!(markup.starts_with("<a class=\"skip-link\""));
        assert!(markup.contains("<h1 tabindex=\"-1\">Back pain from running?"));
        assert!(markup.ends_with("</footer>"));
    }
}
