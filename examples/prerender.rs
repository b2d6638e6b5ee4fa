//! Writes what the build needs besides Trunk's output, into a built folder:
//!
//!     cargo run --quiet --example prerender -- dist
//!
//! - the start page into `index.html`, so the first paint needs no wasm;
//! - every read-only page into a file of its own (`pages/causes/disc.html`…), shown by
//!   `src/loader.js` before the app starts and by the app afterwards;
//! - what to show when a page cannot be loaded, as `<template id="page-failed">`;
//! - the list of those pages (file, title, navigation section by route) into the empty
//!   `<script type="application/json" id="pages">` in the head of `index.html`, which an
//!   inline script there (to fetch a deep link's page early) and the loader read.
//!
//! Run by `scripts/post-build.mjs` (Trunk's post-build hook) before the Content Security
//! Policy and the precache list are made. The page must hold one empty
//! `<div id="prerender"></div>` (an element, not a comment: release builds are minified),
//! which is filled in; a page already filled in is refused rather than filled twice.

use std::path::Path;
use std::process::ExitCode;

use backtrack::prerender::{first_visit_plan, read_only_pages, start_page, BuiltPage};

const EMPTY: &str = "<div id=\"prerender\"></div>";
/// The same after Trunk's release minifier, which drops quotes it does not need.
const EMPTY_MINIFIED: &str = "<div id=prerender></div>";
/// The empty page list in the head of `index.html`, as written and as minified.
const EMPTY_LIST: &str = "<script type=\"application/json\" id=\"pages\"></script>";
const EMPTY_LIST_MINIFIED: &str = "<script id=pages type=application/json></script>";
/// The id of the `<template>` the loader shows when a page cannot be loaded.
const FAILED_ID: &str = "page-failed";

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("prerender: give the built folder (the one holding index.html)");
        return ExitCode::from(2);
    };
    match run(Path::new(&dir)) {
        Ok(count) => {
            println!("prerender: start page and {count} page files written");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("prerender: {dir}: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<usize, String> {
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("index.html: {e}"))?;
    let mut pages = read_only_pages();
    pages.push(first_visit_plan());
    let written = with_start_page(&page, &start_page(), &page_list(&pages))?;
    for built in &pages {
        let path = dir.join(&built.file);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&path, &built.markup).map_err(|e| format!("{}: {e}", built.file))?;
    }
    std::fs::write(&index, written).map_err(|e| format!("index.html: {e}"))?;
    Ok(pages.len())
}

/// The page list as JSON: `{"#/causes/disc": ["pages/causes/disc.html", title, section]}`;
/// a page the app draws has a fourth item, the storage key under which nothing may be saved
/// for the file to be that page (`"#/plan": ["pages/plan.html", …, "backtrack.data"]`).
/// `<` is escaped so that no text can close the `<script>` element it lives in.
fn page_list(pages: &[BuiltPage]) -> String {
    let list: serde_json::Map<String, serde_json::Value> = pages
        .iter()
        .map(|p| {
            let entry = match p.unless_saved {
                None => serde_json::json!([p.file, p.title, p.section]),
                Some(key) => serde_json::json!([p.file, p.title, p.section, key]),
            };
            (p.route.to_hash(), entry)
        })
        .collect();
    serde_json::Value::Object(list)
        .to_string()
        .replace('<', "\\u003c")
}

/// The page with `markup` inside its one empty prerender element (the page-failed template
/// after it) and `list` inside its one empty page list.
fn with_start_page(page: &str, markup: &str, list: &str) -> Result<String, String> {
    let failed = backtrack::routes::read_only::failed_html();
    let filled = format!(
        "<div id=\"prerender\">{markup}</div><template id=\"{FAILED_ID}\">{failed}</template>"
    );
    let page = fill_once(page, [EMPTY, EMPTY_MINIFIED], &filled)?;
    let listed = format!("<script type=\"application/json\" id=\"pages\">{list}</script>");
    fill_once(&page, [EMPTY_LIST, EMPTY_LIST_MINIFIED], &listed)
}

/// `page` with the one element written as either of `empty` (as written, as minified)
/// replaced by `filled`; an error if there is none or more than one.
fn fill_once(page: &str, empty: [&str; 2], filled: &str) -> Result<String, String> {
    match (
        page.matches(empty[0]).count(),
        page.matches(empty[1]).count(),
    ) {
        (1, 0) => Ok(page.replacen(empty[0], filled, 1)),
        (0, 1) => Ok(page.replacen(empty[1], filled, 1)),
        (0, 0) => Err(format!(
            "no empty {} in the page (already prerendered?)",
            empty[0]
        )),
        _ => Err(format!("more than one {} in the page", empty[0])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page_and_the_list_fill_their_empty_elements_once() {
        let page = format!("<head>{EMPTY_LIST}</head><body>{EMPTY}<p>after</p></body>");
        let once = with_start_page(&page, "<h1>Hi</h1>", "{\"#/\":1}").unwrap();
        assert!(once.starts_with(
            "<head><script type=\"application/json\" id=\"pages\">{\"#/\":1}</script></head>\
             <body><div id=\"prerender\"><h1>Hi</h1></div><template id=\"page-failed\"><h1"
        ));
        assert!(once.ends_with("</template><p>after</p></body>"));
        assert!(with_start_page(&once, "<h1>Hi</h1>", "{}").is_err());
        assert!(with_start_page(EMPTY_LIST, "x", "{}").is_err());
        assert!(with_start_page(EMPTY, "x", "{}").is_err());
        let twice = format!("{EMPTY_LIST}{EMPTY}{EMPTY_MINIFIED}");
        assert!(with_start_page(&twice, "x", "{}").is_err());
        let minified = format!("{EMPTY_LIST_MINIFIED}<body>{EMPTY_MINIFIED}</body>");
        let filled = with_start_page(&minified, "x", "{}").unwrap();
        assert!(filled.contains("<body><div id=\"prerender\">x</div>"));
        assert!(filled.starts_with("<script type=\"application/json\" id=\"pages\">{}</script>"));
    }

    #[test]
    fn the_markup_is_the_start_page_with_header_and_footer() {
        let markup = start_page();
        assert!(markup.starts_with("<a class=\"skip-link\""));
        assert!(markup.contains("<h1 tabindex=\"-1\">Back pain from running?"));
        assert!(markup.contains("</footer><div class=\"update-prompt\" role=\"status\">"));
    }

    #[test]
    fn the_page_list_names_every_page_and_cannot_close_its_script() {
        let mut pages = read_only_pages();
        pages.push(first_visit_plan());
        let list = page_list(&pages);
        let parsed: serde_json::Value = serde_json::from_str(&list).unwrap();
        let disc = &parsed["#/causes/disc"];
        assert_eq!(disc[0], "pages/causes/disc.html");
        assert_eq!(disc[2], "#/causes");
        assert_eq!(parsed["#/"][2], serde_json::Value::Null);
        assert_eq!(parsed["#/"].as_array().map(Vec::len), Some(3));
        // The plan's first view is that page only while nothing is saved.
        assert_eq!(parsed["#/plan"][0], "pages/plan.html");
        assert_eq!(parsed["#/plan"][3], "backtrack.data");
        assert_eq!(parsed.as_object().map(|o| o.len()), Some(pages.len()));
        let hostile = BuiltPage {
            title: "</script><script>alert(1)</script>".into(),
            ..pages[0].clone()
        };
        assert!(!page_list(&[hostile]).contains('<'));
    }

    #[test]
    fn every_page_file_is_written_where_the_list_says() {
        let dir = std::env::temp_dir().join(format!("prerender-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let page = format!("<head>{EMPTY_LIST}</head><body>{EMPTY}</body>");
        std::fs::write(dir.join("index.html"), page).unwrap();
        let count = run(&dir).unwrap();
        assert_eq!(count, read_only_pages().len() + 1);
        for page in read_only_pages().into_iter().chain([first_visit_plan()]) {
            let written = std::fs::read_to_string(dir.join(&page.file)).unwrap();
            assert_eq!(written, page.markup);
        }
        assert!(run(&dir).is_err(), "a page already filled in is refused");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
