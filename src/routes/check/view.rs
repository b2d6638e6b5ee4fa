//! The check page's markup: pure, tested natively (see `components::markup`).

use backtrack_core::questionnaire::{Answers, Step};
use backtrack_core::summary::urgency_text;
use backtrack_core::triage::evaluate;
use backtrack_core::{Urgency, CONTENT};

use super::ids;
use crate::components::markup::Html;
use crate::components::{call_links, question_field};

/// A step's heading, introduction and every question (those branching hides are written
/// hidden, so that an answer can show them without rewriting the step).
pub fn step_html(step: &Step, answers: &Answers) -> String {
    let questionnaire = &CONTENT.questionnaire;
    let visible = questionnaire.visible_questions(step, answers);
    let mut h = Html::new();
    h.open_with(
        "section",
        &[("class", "step"), ("aria-labelledby", ids::STEP_HEADING)],
    )
    .open_with("h2", &[("id", ids::STEP_HEADING), ("tabindex", "-1")])
    .text(step.title)
    .close("h2");
    if !step.intro.is_empty() {
        h.el("p", "step-intro", step.intro);
    }
    for q in step.questions {
        let shown = visible.iter().any(|v| v.id == q.id);
        question_field::write(&mut h, q, answers.get(q.id), shown);
    }
    h.close("section");
    h.into_string()
}

/// The optional step after the warning signs: the baseline for the outcomes (pain now and
/// at its worst, how long, which side, running) and the runner's own activities. It changes
/// nothing in the result.
pub fn baseline_step_html() -> String {
    use crate::components::outcome_fields;
    let t = &CONTENT.outcomes;
    let mut h = Html::new();
    h.open_with(
        "section",
        &[
            ("class", "step outcome-form"),
            ("aria-labelledby", ids::STEP_HEADING),
        ],
    )
    .open_with("h2", &[("id", ids::STEP_HEADING), ("tabindex", "-1")])
    .text(t.baseline_heading)
    .close("h2")
    .el("p", "step-intro", t.baseline_intro);
    outcome_fields::write_baseline(&mut h);
    outcome_fields::write_activities(&mut h, &[]);
    h.close("section");
    h.into_string()
}

/// What the runner sees the moment an answer makes it an emergency: what to do, why in one
/// line, the answers that decided it, and tap-to-call links (999, and 112 or 911 abroad).
pub fn emergency_now_html(answers: &Answers) -> String {
    let text = &CONTENT.results.emergency_now;
    let result = evaluate(&CONTENT.questionnaire.findings(answers));
    let reasons = urgency_text(&CONTENT, &result).reasons;
    let action = CONTENT
        .red_flags
        .groups
        .iter()
        .find(|g| g.urgency == Urgency::Emergency);
    let mut h = Html::new();
    h.open_with("h2", &[("id", ids::EMERGENCY_NOW_HEADING)])
        .text(text.heading)
        .close("h2");
    if let Some(group) = action {
        h.raw("<p class=\"action\"><strong>")
            .text(group.action)
            .raw("</strong></p>");
        call_links::write(&mut h, group.calls);
    }
    h.el("p", "", text.why);
    if !reasons.is_empty() {
        h.el("p", "", CONTENT.results.because)
            .list("ul", "", &reasons);
    }
    call_links::other_countries(&mut h, &CONTENT.red_flags);
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::markup::check_balanced;
    use backtrack_core::questionnaire::{Answer, QuestionId, StepId};

    #[test]
    fn an_emergency_answer_says_what_to_do_with_call_links() {
        let mut a = CONTENT.questionnaire.reassuring_safety_answers();
        a.insert(QuestionId::RfSaddleNumbness, Answer::Yes);
        let page = emergency_now_html(&a);
        assert!(page.starts_with("<h2 id=\"emergency-now-heading\">"));
        assert!(page.contains("href=\"tel:999\""));
        assert!(page.contains("href=\"tel:112\""));
        assert!(page.contains("href=\"tel:911\""));
        let reason = CONTENT.finding_label(backtrack_core::Finding::RfSaddleNumbness);
        assert!(page.contains(&format!("<li>{reason}</li>")), "{page}");
        assert!(page.contains(CONTENT.results.emergency_now.why));
        assert_eq!(check_balanced(&page), Ok(()));
    }

    #[test]
    fn a_step_is_its_heading_and_every_question_with_hidden_ones_written_hidden() {
        let questionnaire = &CONTENT.questionnaire;
        let step = questionnaire.step(StepId::PainPattern).expect("a step");
        let page = step_html(step, &Answers::new());
        assert!(page.starts_with(
            "<section class=\"step\" aria-labelledby=\"step-heading\">\
             <h2 id=\"step-heading\" tabindex=\"-1\">"
        ));
        assert!(page.ends_with("</fieldset></section>"));
        assert_eq!(
            page.matches("<fieldset").count(),
            step.questions.len(),
            "every question is written"
        );
        // Until morning stiffness is answered, its follow-up questions are hidden.
        assert!(page.contains("id=\"question-stiffness_months\" hidden>"));
        assert!(!page.contains("id=\"question-morning_stiffness\" hidden"));
        assert_eq!(check_balanced(&page), Ok(()));
        for step in questionnaire.steps {
            let page = step_html(step, &questionnaire.reassuring_safety_answers());
            assert_eq!(check_balanced(&page), Ok(()), "{}", step.id);
        }
    }
}
