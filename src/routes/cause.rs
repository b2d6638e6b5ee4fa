//! One cause: what it is, how runners hurt it, symptoms, treatment and exercises.

use backtrack_core::content::{Cause, CausePage, Phase};
use backtrack_core::{CauseId, ExerciseId, Route, CONTENT, GUIDE};

use crate::components::back_diagram;
use crate::components::markup::Html;

/// The page for one cause, or the not-found page if the content has no such cause.
pub fn html(id: CauseId) -> String {
    match (CONTENT.cause(id), GUIDE.cause(id)) {
        (Some(cause), Some(page)) => detail(cause, page),
        _ => super::not_found::html(&format!("causes/{}", id.id())),
    }
}

fn detail(cause: &Cause, page: &CausePage) -> String {
    let mut h = Html::new();
    h.raw("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">")
        .link(&Route::Causes.to_hash(), "Causes")
        .raw("</nav>")
        .h1(cause.name)
        .el("p", "lead", cause.summary)
        .section(page.structure.heading, page.structure.paragraphs);
    back_diagram::write(&mut h, Some(cause.id));
    h.section(
        page.how_runners_hurt_it.heading,
        page.how_runners_hurt_it.paragraphs,
    )
    .el("h2", "", "Signs that fit")
    .open("ul", "checklist");
    for s in page.symptoms {
        h.el("li", "", s.text);
    }
    h.close("ul")
        .raw("<aside class=\"key-points\" aria-label=\"Important\">")
        .el("h2", "", "Worth knowing")
        .list("ul", "", page.key_points)
        .close("aside")
        .el("h2", "", "What to do");
    for phase in Phase::ALL {
        let mut steps = cause
            .treatment
            .iter()
            .filter(|s| s.phase == phase)
            .peekable();
        if steps.peek().is_none() {
            continue;
        }
        let title = CONTENT.phase(phase).map_or(phase.id(), |g| g.title);
        h.el("h3", "", title).open("ol", "steps");
        for step in steps {
            h.raw("<li>").el("h4", "", step.title).paragraphs(step.text);
            exercise_links(&mut h, step.exercises);
            h.raw("</li>");
        }
        h.close("ol");
    }
    // The same one tap into the plan as the result gives; the plan page asks first if there
    // is no symptom check yet or another plan is being followed, and starts nothing past a
    // warning sign.
    h.raw("<p class=\"start-plan\">")
        .open_with(
            "a",
            &[
                ("class", "button primary"),
                ("href", &Route::StartPlan(cause.id).to_hash()),
            ],
        )
        .text("Start my plan for ")
        .text(cause.name)
        .close("a")
        .raw("</p>");
    h.el("h2", "", "When to see a physiotherapist")
        .list("ul", "", page.see_a_physio)
        .raw("<p class=\"care\">")
        .text("Any warning signs? ")
        .link(&Route::RedFlags.to_hash(), "See when to get help now")
        .raw(".</p>");
    h.into_string()
}

/// Links to the exercises a treatment step uses.
fn exercise_links(h: &mut Html, ids: &[ExerciseId]) {
    if ids.is_empty() {
        return;
    }
    h.raw("<ul class=\"exercise-links\" aria-label=\"Exercises for this step\">");
    for e in ids.iter().filter_map(|&id| CONTENT.exercise(id)) {
        h.raw("<li>")
            .link(&Route::Exercise(e.slug).to_hash(), e.name)
            .raw("</li>");
    }
    h.raw("</ul>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cause_page_has_its_name_symptoms_and_linked_exercises() {
        for cause in CONTENT.causes {
            let page = html(cause.id);
            assert!(page.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", cause.name)));
            assert!(page.contains("Signs that fit"));
            let linked = cause.treatment.iter().flat_map(|s| s.exercises).count();
            assert_eq!(page.matches("href=\"#/exercises/").count(), linked);
            let start = format!(
                "href=\"#/plan/start/{}\">Start my plan for {}</a>",
                cause.id.id(),
                cause.name
            );
            assert!(page.contains(&start), "{start}");
            // The drawing of the lower back marks this cause's part, after what it is.
            let drawing = page.find("class=\"back-diagram marked\"").expect("drawn");
            let structure = GUIDE.cause(cause.id).expect("its page").structure.heading;
            assert!(page.find(structure) < Some(drawing));
            assert!(page.contains(&format!(
                "<figcaption>{} {}.</figcaption>",
                CONTENT.back_diagram.marked, cause.structure_label
            )));
            assert_eq!(
                crate::components::markup::check_balanced(&page),
                Ok(()),
                "{}",
                cause.id
            );
        }
    }
}
