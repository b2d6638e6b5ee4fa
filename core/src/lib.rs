//! Backtrack's pure core: the content, the triage engine, routes, the progress model and
//! the summary for a clinician.
//!
//! Nothing here knows about the browser or about Leptos signals; the web crate at the repo
//! root renders this data and dispatches user actions to it. Keeping the core free of those
//! types makes it testable natively and auditable by someone who does not read web code.
#![forbid(unsafe_code)]

pub mod calendar;
pub mod content;
pub mod embed;
pub mod ids;
pub mod progress;
pub mod questionnaire;
pub mod route;
pub mod sort;
pub mod summary;
pub mod triage;

#[cfg(test)]
mod contract_doc;

pub use content::en_gb::{CONTENT, GUIDE};
pub use content::ExerciseId;
pub use ids::{CauseId, Finding, FindingGroup, Urgency};
pub use route::Route;
