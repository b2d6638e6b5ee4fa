//! Backtrack's content: the model ([`model`]) and the text for each language.

#[cfg(test)]
mod checks;
pub mod en_gb;
#[cfg(test)]
mod figure_checks;
pub mod ids;
pub mod model;
pub mod readability;

pub use ids::{ExerciseId, ExerciseRef};
pub use model::*;

use crate::ids::CauseId;

impl Content {
    /// The page for one cause.
    pub fn cause(&self, id: CauseId) -> Option<&'static Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    /// An exercise by its id, or by a slug as saved in a session (`None` for a slug this
    /// version does not have).
    pub fn exercise(&self, exercise: impl ExerciseRef) -> Option<&'static Exercise> {
        let id = exercise.exercise_id()?;
        self.exercises.iter().find(|e| e.slug == id)
    }

    /// A symptom finding in plain words ("leaning backwards makes it worse"); red flags use
    /// the wording of the red flags page.
    pub fn finding_label(&self, finding: crate::ids::Finding) -> &'static str {
        let label = self
            .results
            .finding_labels
            .iter()
            .find(|l| l.finding == finding);
        let sign = || {
            self.red_flags
                .groups
                .iter()
                .flat_map(|g| g.signs.iter())
                .find(|s| s.finding == finding)
                .map(|s| s.text)
        };
        label.map(|l| l.text).or_else(sign).unwrap_or(finding.id())
    }

    /// The guide for one phase of the plan.
    pub fn phase(&self, phase: Phase) -> Option<&'static PhaseGuide> {
        self.phases.iter().find(|p| p.phase == phase)
    }
}

impl Guide {
    /// What only one cause's page says.
    pub fn cause(&self, id: CauseId) -> Option<&'static CausePage> {
        self.causes.iter().find(|c| c.id == id)
    }

    /// What only one exercise's page says.
    pub fn exercise(&self, id: ExerciseId) -> Option<&'static ExerciseGuide> {
        self.exercises.iter().find(|e| e.slug == id)
    }
}

/// An exercise's name from its saved slug; the slug itself if the library does not have it
/// (a session saved by another version keeps showing what it was).
pub fn exercise_name<'a>(content: &Content, slug: &'a str) -> &'a str {
    content.exercise(slug).map_or(slug, |e| e.name)
}
