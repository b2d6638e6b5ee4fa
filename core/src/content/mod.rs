//! Backtrack's content: the model ([`model`]) and the text for each language.

#[cfg(test)]
mod checks;
pub mod en_gb;
#[cfg(test)]
mod figure_checks;
pub mod model;
pub mod readability;

pub use model::*;

use crate::ids::CauseId;

impl Content {
    /// The page for one cause.
    pub fn cause(&self, id: CauseId) -> Option<&'static Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    /// An exercise by its slug.
    pub fn exercise(&self, slug: &str) -> Option<&'static Exercise> {
        self.exercises.iter().find(|e| e.slug == slug)
    }

    /// The guide for one phase of the plan.
    pub fn phase(&self, phase: Phase) -> Option<&'static PhaseGuide> {
        self.phases.iter().find(|p| p.phase == phase)
    }
}
