//! One exercise: picture, steps, dose, feel, when to stop, easier and harder versions.

use backtrack_core::content::{Dose, DoseKind, Exercise};
use backtrack_core::{Route, CONTENT};

use crate::components::exercise_figure;
use crate::components::markup::Html;

/// The page for one exercise, or the not-found page for an unknown slug.
pub fn html(slug: &str) -> String {
    match CONTENT.exercise(slug) {
        Some(exercise) => detail(exercise),
        None => super::not_found::html(&format!("exercises/{slug}")),
    }
}

fn detail(exercise: &Exercise) -> String {
    let mut h = Html::new();
    h.raw("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">")
        .link(&Route::Exercises.to_hash(), "Exercises")
        .raw("</nav>")
        .h1(exercise.name)
        .el("p", "lead", exercise.purpose);
    exercise_figure::write(&mut h, &exercise.figure);
    h.el("h2", "", "How to do it")
        .list("ol", "steps", exercise.steps)
        .el("h2", "", "How much")
        .el("p", "dose", &dose_text(&exercise.dose))
        .el("h2", "", "How it should feel")
        .el("p", "", exercise.feel)
        .raw("<aside class=\"stop\" aria-label=\"When to stop\">")
        .el("h2", "", "Stop if")
        .list("ul", "", exercise.stop_if)
        .close("aside")
        .el("h2", "", "Make it easier")
        .el("p", "", exercise.easier)
        .el("h2", "", "Make it harder")
        .el("p", "", exercise.harder);
    h.into_string()
}

/// The dose in words, e.g. "3 sets of 10–12, each side. Rest 30 seconds between sets. Once a day."
pub fn dose_text(dose: &Dose) -> String {
    let per_set = match dose.kind {
        DoseKind::Reps { min, max } if max > min => format!("{min}–{max} repetitions"),
        DoseKind::Reps { min, .. } => format!("{min} repetitions"),
        DoseKind::Hold { seconds, reps: 1 } => format!("one {seconds}-second hold"),
        DoseKind::Hold { seconds, reps } => format!("{reps} holds of {seconds} seconds"),
        DoseKind::Minutes { min, max, times: 1 } => format!("{min}–{max} minutes"),
        DoseKind::Minutes { min, max, times } => {
            format!("{min}–{max} minutes at a time, up to {times} times")
        }
    };
    let sets = match dose.sets {
        1 => per_set,
        n => format!("{n} sets of {per_set}"),
    };
    let side = if dose.each_side { ", each side" } else { "" };
    let rest = if dose.sets > 1 && dose.rest_seconds > 0 {
        format!(" Rest {} seconds between sets.", dose.rest_seconds)
    } else {
        String::new()
    };
    format!("{}{side}.{rest} {}", capitalise(&sets), dose.how_often)
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dose_reads_naturally() {
        let dose = Dose {
            kind: DoseKind::Reps { min: 10, max: 12 },
            sets: 3,
            each_side: true,
            rest_seconds: 30,
            how_often: "Once a day.",
        };
        assert_eq!(
            dose_text(&dose),
            "3 sets of 10–12 repetitions, each side. Rest 30 seconds between sets. Once a day."
        );
        let hold = Dose {
            kind: DoseKind::Hold {
                seconds: 20,
                reps: 3,
            },
            sets: 1,
            each_side: false,
            rest_seconds: 0,
            how_often: "Twice a day.",
        };
        assert_eq!(dose_text(&hold), "3 holds of 20 seconds. Twice a day.");
    }
}
