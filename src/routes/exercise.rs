//! One exercise: picture, steps, dose, feel, when to stop, easier and harder versions.

use backtrack_core::content::{Dose, DoseKind, Exercise};
use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use super::not_found::NotFoundPage;
use crate::components::{ExerciseFigure, ListItems};

/// The page for one exercise, or the not-found page for an unknown slug.
#[component]
pub fn ExercisePage(
    /// The exercise's slug from the URL.
    #[prop(into)]
    slug: String,
) -> impl IntoView {
    match CONTENT.exercise(&slug) {
        Some(exercise) => view! { <ExerciseDetail exercise=exercise /> }.into_any(),
        None => view! { <NotFoundPage path=format!("exercises/{slug}") /> }.into_any(),
    }
}

#[component]
fn ExerciseDetail(exercise: &'static Exercise) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <a href=Route::Exercises.to_hash()>"Exercises"</a>
        </nav>
        <h1 tabindex="-1">{exercise.name}</h1>
        <p class="lead">{exercise.purpose}</p>
        <ExerciseFigure figure=&exercise.figure />
        <h2>"How to do it"</h2>
        <ol class="steps"><ListItems texts=exercise.steps /></ol>
        <h2>"How much"</h2>
        <p class="dose">{dose_text(&exercise.dose)}</p>
        <h2>"How it should feel"</h2>
        <p>{exercise.feel}</p>
        <aside class="stop" aria-label="When to stop">
            <h2>"Stop if"</h2>
            <ul><ListItems texts=exercise.stop_if /></ul>
        </aside>
        <h2>"Make it easier"</h2>
        <p>{exercise.easier}</p>
        <h2>"Make it harder"</h2>
        <p>{exercise.harder}</p>
    }
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
