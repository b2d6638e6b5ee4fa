//! British English content. Every sentence is written for Backtrack; facts come from the
//! sources listed in [`sources`]. Another language would be a sibling module of this shape.

mod causes;
mod exercises;
mod hands_free;
mod outcomes;
mod overview;
mod phases;
mod questions;
mod red_flags;
mod results;
mod running;
mod sources;
mod summary;

use super::model::{Content, Guide};

/// All of Backtrack's content in British English.
pub static CONTENT: Content = Content {
    overview: overview::OVERVIEW,
    causes: causes::CAUSES,
    back_diagram: causes::BACK_DIAGRAM,
    exercises: exercises::EXERCISES,
    phases: phases::PHASES,
    red_flags: red_flags::RED_FLAGS,
    running: running::RETURN_TO_RUNNING,
    sources_title: sources::SOURCES_TITLE,
    questionnaire: questions::QUESTIONNAIRE,
    results: results::RESULTS,
    summary: summary::SUMMARY,
    outcomes: outcomes::OUTCOMES,
    hands_free: hands_free::HANDS_FREE,
};

/// The text only the read-only pages show, in British English (see [`Guide`]).
pub static GUIDE: Guide = Guide {
    overview: overview::OVERVIEW_PAGE,
    causes: causes::CAUSE_PAGES,
    exercises: exercises::EXERCISE_PAGES,
    sources: sources::SOURCES,
};
