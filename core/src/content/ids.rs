//! The exercises' ids. The text form of each is its slug: the exercise page's URL
//! (`#/exercises/side-plank`) and what a saved session lists under `done` and `skipped`, so
//! a released slug never changes. The library holds exactly these, in this order (a test
//! checks it), and every other piece of content names an exercise by one of them.

use crate::ids::string_ids;

string_ids! {
    /// One exercise of the library.
    pub enum ExerciseId {
        // Settle
        PelvicTilt = "pelvic-tilt",
        Walking = "walking",
        PiriformisRelease = "piriformis-release",
        // Mobilise
        KneeHugs = "knee-hugs",
        ChildsPose = "childs-pose",
        CatCamel = "cat-camel",
        CobraForearms = "cobra-forearms",
        LumbarRotation = "lumbar-rotation",
        SlumpSlider = "slump-slider",
        // Strengthen
        GluteBridge = "glute-bridge",
        DeadBug = "dead-bug",
        BirdDog = "bird-dog",
        Clamshell = "clamshell",
        SidePlank = "side-plank",
        HipThrust = "hip-thrust",
    }
}

/// Something that names an exercise: its id, or a slug as saved in a session. A saved slug
/// may name an exercise this version does not have (one removed, or added by a newer
/// version); it names none here, and the caller keeps showing it by its slug.
pub trait ExerciseRef {
    /// The exercise named, if this version has it.
    fn exercise_id(self) -> Option<ExerciseId>;
}

impl ExerciseRef for ExerciseId {
    fn exercise_id(self) -> Option<ExerciseId> {
        Some(self)
    }
}

impl ExerciseRef for &str {
    fn exercise_id(self) -> Option<ExerciseId> {
        ExerciseId::from_id(self)
    }
}

impl ExerciseRef for &String {
    fn exercise_id(self) -> Option<ExerciseId> {
        ExerciseId::from_id(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_unknown_ones_name_nothing() {
        for &e in ExerciseId::ALL {
            assert_eq!(ExerciseId::from_id(e.id()), Some(e));
            assert_eq!(e.id().exercise_id(), Some(e));
        }
        assert_eq!("no-such-exercise".exercise_id(), None);
        assert_eq!(
            (&String::from("dead-bug")).exercise_id(),
            Some(ExerciseId::DeadBug)
        );
    }
}
