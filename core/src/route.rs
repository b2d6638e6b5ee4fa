//! The app's routes and their URL form.
//!
//! Backtrack routes with the URL fragment (`index.html#/causes/disc`). The fragment never
//! reaches the server, so every deep link is served by the same `index.html` on any static
//! host, under any sub-path, inside an iframe and from the service worker's cache offline,
//! with no rewrite rules. Parsing and formatting live here, in plain Rust, so they are tested
//! natively and the web shell only listens for `hashchange`.

use crate::content::ExerciseId;
use crate::ids::CauseId;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start page.
    Home,
    /// "Why it matters to runners": the overview.
    Overview,
    /// The symptom questionnaire.
    Check,
    /// The result of the latest questionnaire.
    Result,
    /// The list of the five causes.
    Causes,
    /// One cause's page.
    Cause(CauseId),
    /// The exercise library.
    Exercises,
    /// One exercise's page (`#/exercises/side-plank`); a slug the library does not have is
    /// [`Route::NotFound`].
    Exercise(ExerciseId),
    /// The runner's plan and progress.
    Plan,
    /// "Start my plan" for one cause (`#/plan/start/disc`), linked from the result and from
    /// each cause page: the plan page starts it (or says why not, or asks first) and the
    /// address becomes `#/plan`.
    StartPlan(CauseId),
    /// The session player for today's exercises (`#/plan/session`).
    Session,
    /// The pain diary.
    Diary,
    /// The progress chart, streak and totals.
    Progress,
    /// Your data: export, import, delete.
    YourData,
    /// "Show my physio": a printable summary, and the diary and sessions as CSV files.
    Summary,
    /// The return-to-running guide.
    Running,
    /// When to get help now: the red flags.
    RedFlags,
    /// Sources and disclaimer.
    Sources,
    /// Anything we do not recognise; keeps the text the runner followed, for the not-found page.
    NotFound(String),
}

/// Longest route path we look at; anything longer is not one of ours.
const MAX_PATH_LEN: usize = 200;

impl Route {
    /// The routes the main navigation offers, in order.
    pub const MAIN: [Route; 5] = [
        Route::Check,
        Route::Causes,
        Route::Exercises,
        Route::Plan,
        Route::RedFlags,
    ];

    /// Parses a URL fragment such as `#/causes/disc` (the leading `#` and `/` are optional,
    /// a trailing `/` and any `?query` are ignored). An empty fragment is the home page.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split('?').next().unwrap_or_default();
        let trimmed = path.trim_matches('/');
        if trimmed.len() > MAX_PATH_LEN {
            return Route::NotFound(truncate_chars(trimmed, MAX_PATH_LEN));
        }
        let mut parts = trimmed.split('/');
        let first = parts.next().unwrap_or_default();
        let second = parts.next();
        let third = parts.next();
        let extra = parts.next().is_some();
        let not_found = || Route::NotFound(trimmed.to_owned());
        if extra {
            return not_found();
        }
        if let Some(third) = third {
            return match (first, second) {
                ("plan", Some("start")) => {
                    CauseId::from_id(third).map_or_else(not_found, Route::StartPlan)
                }
                _ => not_found(),
            };
        }
        match (first, second) {
            ("", None) => Route::Home,
            ("about", None) => Route::Overview,
            ("check", None) => Route::Check,
            ("result", None) => Route::Result,
            ("causes", None) => Route::Causes,
            ("causes", Some(id)) => CauseId::from_id(id).map_or_else(not_found, Route::Cause),
            ("exercises", None) => Route::Exercises,
            ("exercises", Some(slug)) => {
                ExerciseId::from_id(slug).map_or_else(not_found, Route::Exercise)
            }
            ("plan", None) => Route::Plan,
            ("plan", Some("session")) => Route::Session,
            ("diary", None) => Route::Diary,
            ("progress", None) => Route::Progress,
            ("data", None) => Route::YourData,
            ("summary", None) => Route::Summary,
            ("running", None) => Route::Running,
            ("red-flags", None) => Route::RedFlags,
            ("sources", None) => Route::Sources,
            _ => not_found(),
        }
    }

    /// The fragment for this route, for `href` attributes: `#/causes/disc`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Overview => "#/about".to_owned(),
            Route::Check => "#/check".to_owned(),
            Route::Result => "#/result".to_owned(),
            Route::Causes => "#/causes".to_owned(),
            Route::Cause(id) => format!("#/causes/{}", id.id()),
            Route::Exercises => "#/exercises".to_owned(),
            Route::Exercise(id) => format!("#/exercises/{}", id.id()),
            Route::Plan => "#/plan".to_owned(),
            Route::StartPlan(id) => format!("#/plan/start/{}", id.id()),
            Route::Session => "#/plan/session".to_owned(),
            Route::Diary => "#/diary".to_owned(),
            Route::Progress => "#/progress".to_owned(),
            Route::YourData => "#/data".to_owned(),
            Route::Summary => "#/summary".to_owned(),
            Route::Running => "#/running".to_owned(),
            Route::RedFlags => "#/red-flags".to_owned(),
            Route::Sources => "#/sources".to_owned(),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// Whether a navigation link to `other` should be marked as the current section.
    pub fn is_within(&self, section: &Route) -> bool {
        match (self, section) {
            (Route::Cause(_), Route::Causes) => true,
            (Route::Exercise(_), Route::Exercises) => true,
            (Route::Result, Route::Check) => true,
            (
                Route::Session
                | Route::StartPlan(_)
                | Route::Diary
                | Route::Progress
                | Route::YourData
                | Route::Summary,
                Route::Plan,
            ) => true,
            (a, b) => a == b,
        }
    }
}

/// The folder of the built read-only pages, beside `index.html`.
pub const PAGES_DIR: &str = "pages";

impl Route {
    /// Every read-only page: what it shows depends on nothing the runner stored or typed,
    /// so the build renders each one into a file of its own ([`Route::page_file`]) and the
    /// wasm carries none of its text. Every other route is drawn by the app, which is loaded
    /// only when one of them is opened (docs/speed.md).
    ///
    /// The return-to-running guide is not one of them: a bone-stress sign in the stored
    /// answers replaces its run stages with "no running until checked".
    pub fn read_only_pages() -> Vec<Route> {
        let mut pages = vec![
            Route::Home,
            Route::Overview,
            Route::Causes,
            Route::Exercises,
            Route::RedFlags,
            Route::Sources,
        ];
        pages.extend(CauseId::ALL.map(Route::Cause));
        pages.extend(ExerciseId::ALL.iter().copied().map(Route::Exercise));
        pages
    }

    /// Whether this is one of the [`Route::read_only_pages`].
    pub fn is_read_only(&self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::Overview
                | Route::Causes
                | Route::Cause(_)
                | Route::Exercises
                | Route::Exercise(_)
                | Route::RedFlags
                | Route::Sources
        )
    }

    /// The built file of a read-only page, relative to `index.html`: `pages/causes/disc.html`
    /// for `#/causes/disc`, `pages/home.html` for the start page. `None` for a page the app
    /// draws.
    pub fn page_file(&self) -> Option<String> {
        if !self.is_read_only() {
            return None;
        }
        let hash = self.to_hash();
        let path = hash.trim_start_matches("#/");
        let name = if path.is_empty() { "home" } else { path };
        Some([PAGES_DIR, "/", name, ".html"].concat())
    }
}

fn truncate_chars(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_fragments_are_home() {
        for h in ["", "#", "#/", "/", "#//", "#/?club=Riverside"] {
            assert_eq!(Route::from_hash(h), Route::Home, "{h:?}");
        }
    }

    #[test]
    fn every_route_round_trips_through_its_hash() {
        let mut routes = vec![
            Route::Home,
            Route::Overview,
            Route::Check,
            Route::Result,
            Route::Causes,
            Route::Exercises,
            Route::Exercise(ExerciseId::SidePlank),
            Route::Plan,
            Route::Session,
            Route::Diary,
            Route::Progress,
            Route::YourData,
            Route::Summary,
            Route::Running,
            Route::RedFlags,
            Route::Sources,
        ];
        routes.extend(CauseId::ALL.map(Route::Cause));
        routes.extend(CauseId::ALL.map(Route::StartPlan));
        routes.extend(ExerciseId::ALL.iter().copied().map(Route::Exercise));
        for r in routes {
            assert_eq!(Route::from_hash(&r.to_hash()), r);
        }
    }

    #[test]
    fn deep_links_parse_with_or_without_slashes() {
        assert_eq!(
            Route::from_hash("#/causes/disc/"),
            Route::Cause(CauseId::Disc)
        );
        assert_eq!(
            Route::from_hash("causes/facet_joint"),
            Route::Cause(CauseId::FacetJoint)
        );
        assert_eq!(
            Route::from_hash("#/exercises/dead-bug?embed=1"),
            Route::Exercise(ExerciseId::DeadBug)
        );
        assert_eq!(
            Route::from_hash("#/exercises/side-plank"),
            Route::Exercise(ExerciseId::SidePlank)
        );
    }

    #[test]
    fn unknown_or_hostile_paths_are_not_found() {
        assert_eq!(
            Route::from_hash("#/causes/slipped_disc"),
            Route::NotFound("causes/slipped_disc".into())
        );
        assert_eq!(
            Route::from_hash("#/exercises/<img src=x>"),
            Route::NotFound("exercises/<img src=x>".into())
        );
        // A well-formed slug the library does not have is no page of ours either.
        assert_eq!(
            Route::from_hash("#/exercises/no-such-exercise"),
            Route::NotFound("exercises/no-such-exercise".into())
        );
        assert_eq!(
            Route::from_hash("#/causes/disc/extra"),
            Route::NotFound("causes/disc/extra".into())
        );
        assert_eq!(
            Route::from_hash("#/plan/start/slipped_disc"),
            Route::NotFound("plan/start/slipped_disc".into())
        );
        assert_eq!(
            Route::from_hash("#/plan/start/disc/again"),
            Route::NotFound("plan/start/disc/again".into())
        );
        assert_eq!(
            Route::from_hash("#/plan/start/disc"),
            Route::StartPlan(CauseId::Disc)
        );
        let long = format!("#/{}", "a".repeat(5000));
        match Route::from_hash(&long) {
            Route::NotFound(p) => assert_eq!(p.chars().count(), MAX_PATH_LEN),
            other => panic!("expected not found, got {other:?}"),
        }
    }

    #[test]
    fn sections_contain_their_detail_pages() {
        assert!(Route::Cause(CauseId::Nerve).is_within(&Route::Causes));
        assert!(Route::Exercise(ExerciseId::Walking).is_within(&Route::Exercises));
        assert!(!Route::Causes.is_within(&Route::Exercises));
        for r in [
            Route::Session,
            Route::Diary,
            Route::Progress,
            Route::YourData,
            Route::Summary,
        ] {
            assert!(r.is_within(&Route::Plan), "{r:?}");
        }
        assert_eq!(Route::from_hash("#/summary/"), Route::Summary);
        assert_eq!(
            Route::from_hash("#/plan/other"),
            Route::NotFound("plan/other".into())
        );
    }

    #[test]
    fn read_only_pages_each_have_their_own_file() {
        let pages = Route::read_only_pages();
        let mut files: Vec<String> = pages.iter().filter_map(Route::page_file).collect();
        assert_eq!(files.len(), pages.len(), "every read-only page has a file");
        files.sort();
        files.dedup();
        assert_eq!(files.len(), pages.len(), "no two pages share a file");
        assert_eq!(Route::Home.page_file().as_deref(), Some("pages/home.html"));
        assert_eq!(
            Route::Cause(CauseId::FacetJoint).page_file().as_deref(),
            Some("pages/causes/facet_joint.html")
        );
        assert_eq!(
            Route::Exercise(ExerciseId::SidePlank)
                .page_file()
                .as_deref(),
            Some("pages/exercises/side-plank.html")
        );
        for page in &pages {
            assert!(page.is_read_only(), "{page:?}");
            assert_eq!(&Route::from_hash(&page.to_hash()), page);
        }
    }

    #[test]
    fn pages_that_follow_the_runners_data_are_drawn_by_the_app() {
        // Each of these shows something stored (answers, diary, sessions) or takes input;
        // the running guide hides its stages after a bone-stress sign.
        for r in [
            Route::Check,
            Route::Result,
            Route::Plan,
            Route::StartPlan(CauseId::Disc),
            Route::Session,
            Route::Diary,
            Route::Progress,
            Route::YourData,
            Route::Summary,
            Route::Running,
            Route::NotFound("x".into()),
        ] {
            assert!(!r.is_read_only(), "{r:?}");
            assert_eq!(r.page_file(), None, "{r:?}");
            assert!(!Route::read_only_pages().contains(&r), "{r:?}");
        }
    }
}
