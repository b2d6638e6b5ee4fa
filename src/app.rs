//! The root component: header, the current page, footer; plus what happens on every
//! route change (the document title, focus, scroll position).

use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use crate::components::{SiteFooter, SiteHeader, StorageNotice};
use crate::router::provide_router;
use crate::routes;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // Embed options first: the start page must be in the address before the router reads it.
    let embed = crate::embed::provide_embed();
    let compact = embed.compact;
    let route = provide_router();
    crate::state::provide_app_state();
    let saved = crate::storage::start();

    // After the first page, a route change moves focus to the new page's heading so that
    // keyboard and screen-reader users start reading the new page, not the old link.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        set_document_title(&page_title(&current));
        crate::embed::report_route(&current, &embed);
        if previous.is_some_and(|p| p != current) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            crate::dom::focus_main_heading();
        }
        current
    });

    view! {
        <SiteHeader />
        // What to tell the runner about their saved data, above every page.
        <div class="storage-notice-host">
            <StorageNotice saved=saved />
        </div>
        <main id=crate::dom::MAIN_ID tabindex="-1">
            {move || page(route.get())}
        </main>
        <SiteFooter />
        // Compact mode (in a club's frame) shows no update prompt.
        {(!compact).then(|| view! { <crate::components::UpdatePrompt /> })}
    }
}

/// The page for a route. Read-only pages are the files the build wrote
/// ([`routes::read_only`]); the app draws the others.
fn page(route: Route) -> AnyView {
    if let Some(file) = route.page_file() {
        return view! { <routes::read_only::ReadOnlyPage file=file /> }.into_any();
    }
    match route {
        Route::Check => view! { <routes::check::CheckPage /> }.into_any(),
        Route::Result => view! { <routes::result::ResultPage /> }.into_any(),
        Route::Plan => view! { <routes::plan::PlanPage /> }.into_any(),
        Route::StartPlan(cause) => view! { <routes::plan::PlanPage start=cause /> }.into_any(),
        Route::Session => view! { <routes::session::SessionPage /> }.into_any(),
        Route::Diary => view! { <routes::diary::DiaryPage /> }.into_any(),
        Route::Progress => view! { <routes::progress::ProgressPage /> }.into_any(),
        Route::YourData => view! { <routes::data::DataPage /> }.into_any(),
        Route::Summary => view! { <routes::summary::SummaryPage /> }.into_any(),
        Route::Running => view! { <routes::running::RunningPage /> }.into_any(),
        Route::NotFound(path) => routes::static_page(routes::not_found::html(&path)),
        // Every read-only route has a file (a core test checks it), so these are not reached;
        // the not-found page is what a runner would see for a page we do not have.
        Route::Home
        | Route::Overview
        | Route::Causes
        | Route::Cause(_)
        | Route::Exercises
        | Route::Exercise(_)
        | Route::RedFlags
        | Route::Sources => routes::static_page(routes::not_found::html(&route.to_hash())),
    }
}

/// The document title for a route: the page's name, then the app's.
pub fn page_title(route: &Route) -> String {
    let name: &str = match route {
        Route::Home => return "Backtrack: lower back pain help for runners".to_owned(),
        Route::Overview => CONTENT.overview.title,
        Route::Check => "Check my symptoms",
        Route::Result => "Your result",
        Route::Causes => "Five common causes",
        Route::Cause(id) => CONTENT.cause(*id).map_or("Cause", |c| c.name),
        Route::Exercises => "Exercises",
        Route::Exercise(id) => CONTENT.exercise(*id).map_or("Page not found", |e| e.name),
        Route::Plan | Route::StartPlan(_) => "My plan",
        Route::Session => "Today's session",
        Route::Diary => "Pain diary",
        Route::Progress => "Progress",
        Route::YourData => "Your data",
        Route::Summary => CONTENT.summary.title,
        Route::Running => CONTENT.running.title,
        Route::RedFlags => CONTENT.red_flags.title,
        Route::Sources => CONTENT.sources_title,
        Route::NotFound(_) => "Page not found",
    };
    format!("{name} · Backtrack")
}

fn set_document_title(title: &str) {
    document().set_title(title);
}

#[cfg(test)]
mod tests {
    use super::*;
    use backtrack_core::{CauseId, ExerciseId};

    #[test]
    fn every_page_has_a_title_naming_the_app() {
        let routes = [
            Route::Home,
            Route::Check,
            Route::Causes,
            Route::Cause(CauseId::Disc),
            Route::Exercise(ExerciseId::SidePlank),
            Route::NotFound("x".into()),
        ];
        for r in routes {
            assert!(page_title(&r).contains("Backtrack"), "{r:?}");
        }
        assert_eq!(
            page_title(&Route::from_hash("#/exercises/no-such")),
            "Page not found · Backtrack"
        );
        assert_eq!(
            page_title(&Route::Exercise(ExerciseId::SidePlank)),
            "Side plank · Backtrack"
        );
    }
}
