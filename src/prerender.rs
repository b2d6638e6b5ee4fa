//! What the build writes beside the app, made natively by `examples/prerender.rs` from the
//! same functions the app uses: the start page inside `index.html`, and a file for every
//! read-only page (`pages/…`), which `src/loader.js` shows before the app has started and
//! [`crate::routes::read_only`] once it has. Nothing here is reachable from the wasm, so
//! the text of these pages is not in it (docs/speed.md).

use backtrack_core::progress::store::DATA_KEY;
use backtrack_core::progress::{Day, Progress};
use backtrack_core::route::PAGES_DIR;
use backtrack_core::{Route, CONTENT, GUIDE};

use crate::components::{progress_nav, site_footer, site_header, update_prompt};
use crate::routes;

/// One read-only page as the build writes it.
#[derive(Clone, Debug)]
pub struct BuiltPage {
    /// The page's route; its hash is how the loader finds it.
    pub route: Route,
    /// Where the page's markup is written, relative to `index.html`.
    pub file: String,
    /// The document title while the page is shown.
    pub title: String,
    /// The main-navigation link to mark as current, as its `href`.
    pub section: Option<String>,
    /// The inside of the page's `<div class="page">`.
    pub markup: String,
    /// For a page the app draws: the storage key under which nothing may be saved for this
    /// file to be that page (see [`first_visit_plan`]). `None` for a read-only page.
    pub unless_saved: Option<&'static str>,
}

/// Every read-only page, in [`Route::read_only_pages`] order.
pub fn read_only_pages() -> Vec<BuiltPage> {
    Route::read_only_pages()
        .into_iter()
        .filter_map(|route| {
            Some(BuiltPage {
                file: route.page_file()?,
                title: crate::app::page_title(&route),
                section: site_header::section_of(&route).map(|s| s.to_hash()),
                markup: markup(&route)?,
                unless_saved: None,
                route,
            })
        })
        .collect()
}

/// "My plan" as the app draws it for a runner who has saved nothing: no check, no plan, no
/// runs, no scores (the weekly check and the running coach show nothing then). A runner who
/// opens "My plan" in the first moments of a first visit would otherwise wait for the app
/// (about 2 s on a slow connection, docs/speed.md): `src/loader.js` shows this file at once
/// when nothing is stored under [`DATA_KEY`], while the app loads, keeps what is chosen in
/// it, and presses again in the app any button pressed before the app was there. An e2e
/// test (split.spec) checks that the app then draws the same page in the same place.
pub fn first_visit_plan() -> BuiltPage {
    let route = Route::Plan;
    let mut markup = [
        "<nav class=\"",
        progress_nav::CLASS,
        "\" aria-label=\"",
        progress_nav::LABEL,
        "\">",
    ]
    .concat();
    markup.push_str(&progress_nav::html(&route));
    markup.push_str("</nav><h1 tabindex=\"-1\">");
    markup.push_str(routes::plan::HEADING);
    markup.push_str("</h1><div class=\"plan-page\">");
    // With nothing saved the page does not depend on the day (tested below).
    markup.push_str(&routes::plan::page_html(
        &Progress::default(),
        Day(0),
        &Default::default(),
    ));
    markup.push_str("</div>");
    BuiltPage {
        file: [PAGES_DIR, "/plan.html"].concat(),
        title: crate::app::page_title(&route),
        section: site_header::section_of(&route).map(|s| s.to_hash()),
        markup,
        unless_saved: Some(DATA_KEY),
        route,
    }
}

/// The markup of a read-only page; `None` for a page the app draws.
fn markup(route: &Route) -> Option<String> {
    Some(match route {
        Route::Home => routes::home::html(),
        Route::Overview => routes::overview::html(),
        Route::Causes => routes::causes::html(),
        Route::Cause(id) => routes::cause::html(*id),
        Route::Exercises => routes::exercises::html(),
        Route::Exercise(id) => routes::exercise::html(CONTENT.exercise(*id)?, GUIDE.exercise(*id)?),
        Route::RedFlags => routes::red_flags::html(),
        Route::Sources => routes::sources::html(),
        _ => return None,
    })
}

/// The start page as the app would draw it outside a club's frame: skip link, header, page,
/// footer and the (hidden) update prompt. The build writes it into `index.html` so that the
/// first paint needs no wasm; on any other page `src/loader.js` replaces the page inside
/// `<main>` with that page's file.
pub fn start_page() -> String {
    let main = crate::dom::MAIN_ID;
    let mut out = [
        "<a class=\"skip-link\" href=\"#",
        main,
        "\">Skip to content</a>",
    ]
    .concat();
    out.push_str("<header class=\"site-header\">");
    out.push_str(&site_header::html(None));
    out.push_str(
        &[
            "</header><main id=\"",
            main,
            "\" tabindex=\"-1\"><div class=\"page\">",
        ]
        .concat(),
    );
    out.push_str(&routes::home::html());
    out.push_str("</div></main><footer class=\"site-footer\">");
    out.push_str(&site_footer::html());
    out.push_str("</footer>");
    out.push_str(&update_prompt::html());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use backtrack_core::CauseId;

    #[test]
    fn every_read_only_page_is_built_with_its_title_and_section() {
        let pages = read_only_pages();
        assert_eq!(pages.len(), Route::read_only_pages().len());
        for page in &pages {
            assert!(
                page.markup.contains("<h1"),
                "{:?} has a heading",
                page.route
            );
            assert!(page.title.contains("Backtrack"), "{:?}", page.route);
        }
        let disc = pages
            .iter()
            .find(|p| p.route == Route::Cause(CauseId::Disc))
            .expect("the disc page is built");
        assert_eq!(disc.file, "pages/causes/disc.html");
        assert_eq!(disc.section.as_deref(), Some("#/causes"));
        assert!(disc
            .title
            .starts_with(CONTENT.cause(CauseId::Disc).map_or("?", |c| c.name)));
        let home = pages.iter().find(|p| p.route == Route::Home);
        assert_eq!(home.map(|p| p.section.clone()), Some(None));
        assert!(pages.iter().all(|p| p.unless_saved.is_none()));
    }

    #[test]
    fn the_first_visit_plan_offers_the_check_and_a_cause_and_needs_nothing_saved() {
        let plan = first_visit_plan();
        assert_eq!(plan.file, "pages/plan.html");
        assert_eq!(plan.unless_saved, Some(DATA_KEY));
        assert_eq!(plan.section.as_deref(), Some("#/plan"));
        assert!(plan.markup.contains("<h1 tabindex=\"-1\">My plan</h1>"));
        assert!(plan
            .markup
            .contains("<a href=\"#/check\">symptom check</a>"));
        assert!(plan.markup.contains("<a href=\"#/red-flags\">"));
        assert!(plan.markup.contains("data-act=\"start-chosen\""));
        assert_eq!(plan.markup.matches("<option").count(), 6);
        // Nothing saved: the page is the same whatever the day.
        let on = |day| routes::plan::page_html(&Progress::default(), day, &Default::default());
        assert_eq!(on(Day(0)), on(Day(20_000)));
        assert!(!plan.markup.contains("start-notice"));
    }
}
