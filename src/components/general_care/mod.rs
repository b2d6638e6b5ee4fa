//! General back care: what the result and the plan offer when the answers match none of the
//! five causes well (the engine's `fits` is false), instead of a cause's plan as a guess.

use backtrack_core::{Route, CONTENT};

use crate::components::markup::Html;

/// Writes the advice and the links to its gentle exercises.
pub fn advice(h: &mut Html) {
    let text = &CONTENT.results;
    h.list("ul", "", text.general_care)
        .open("ul", "exercise-links");
    for &id in text.general_care_exercises {
        if let Some(e) = CONTENT.exercise(id) {
            h.open("li", "")
                .link(&Route::Exercise(id).to_hash(), e.name)
                .close("li");
        }
    }
    h.close("ul");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_gentle_exercise_is_linked() {
        let mut h = Html::new();
        advice(&mut h);
        let markup = h.into_string();
        for &id in CONTENT.results.general_care_exercises {
            assert!(markup.contains(&Route::Exercise(id).to_hash()), "{id:?}");
        }
        assert_eq!(crate::components::markup::check_balanced(&markup), Ok(()));
    }
}
