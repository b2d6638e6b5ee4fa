//! One exercise: picture, steps, dose, feel, when to stop, easier and harder versions.

use backtrack_core::content::{Exercise, ExerciseGuide};
use backtrack_core::Route;

use crate::components::exercise_figure;
use crate::components::markup::Html;

/// The page for one exercise. (The route only names exercises the library has: an unknown
/// slug in the URL is the not-found page.)
pub fn html(exercise: &Exercise, page: &ExerciseGuide) -> String {
    let mut h = Html::new();
    h.raw("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">")
        .link(&Route::Exercises.to_hash(), "Exercises")
        .raw("</nav>")
        .h1(exercise.name)
        .el("p", "lead", page.purpose);
    exercise_figure::write(&mut h, &exercise.figure);
    h.el("h2", "", "How to do it")
        .list("ol", "steps", exercise.steps)
        .el("h2", "", "How much")
        .el("p", "dose", &exercise.dose.describe())
        .el("h2", "", "How it should feel")
        .el("p", "", exercise.feel)
        .raw("<aside class=\"stop\" aria-label=\"When to stop\">")
        .el("h2", "", "Stop if")
        .list("ul", "", exercise.stop_if)
        .close("aside")
        .el("h2", "", "Make it easier")
        .el("p", "", page.easier)
        .el("h2", "", "Make it harder")
        .el("p", "", page.harder);
    h.into_string()
}
