//! The result of the questionnaire: the urgency first, then (when self-care is safe) the
//! ranked causes with the reasons behind each.

use backtrack_core::summary::{match_words, urgency_text, UrgencyText};
use backtrack_core::triage::{evaluate, Assessment, RankedCause};
use backtrack_core::{Route, Urgency, CONTENT};
use leptos::prelude::*;

use crate::components::markup::Html;
use crate::components::urgency;
use crate::components::{back_diagram, call_links, general_care};
use crate::state::use_app_state;

/// The id of the urgency banner's heading, which names the banner.
const URGENCY_HEADING: &str = "urgency-heading";

/// The result page. It only shows what the answers say, so it is markup (see
/// [`crate::components::markup`]), redrawn when the answers change.
#[component]
pub fn ResultPage() -> impl IntoView {
    let state = use_app_state();
    let markup = move || {
        if !state.check_finished.get() {
            return html(None);
        }
        state.answers.with(|a| {
            let findings = CONTENT.questionnaire.findings(a);
            let not_sure = CONTENT.questionnaire.red_flag_not_sure(a);
            html(Some((&evaluate(&findings), not_sure)))
        })
    };
    view! { <div class="page" inner_html=markup></div> }
}

/// The page for a finished check's assessment (with whether any warning sign was answered
/// "not sure"), or the "no result yet" page. An emergency is shown even when the runner went
/// straight to it without answering the other safety questions.
pub fn html(result: Option<(&Assessment, bool)>) -> String {
    let mut h = Html::new();
    h.h1("Your result");
    match result {
        Some((result, not_sure))
            if result.fully_screened() || result.urgency == Urgency::Emergency =>
        {
            urgency_banner(&mut h, result, not_sure);
            if result.no_running_until_checked() {
                h.raw("<p class=\"notice no-running\"><strong>")
                    .text(CONTENT.results.no_running)
                    .raw("</strong></p>");
            }
            if result.offers_self_care_plan() {
                if result.fits {
                    ranked_causes(&mut h, result);
                } else {
                    no_cause_fits(&mut h);
                }
            }
            h.el("p", "not-a-diagnosis", CONTENT.results.not_a_diagnosis)
                .raw("<p class=\"result-actions\">")
                .link(&Route::Check.to_hash(), "Change my answers")
                .text(" · ")
                .link(&Route::Summary.to_hash(), CONTENT.summary.title)
                .raw("</p>");
        }
        _ => {
            h.el(
                "p",
                "notice",
                "There is no result yet. Answer the questions first, starting with the safety \
                 questions.",
            )
            .raw("<p>")
            .open_with(
                "a",
                &[
                    ("class", "button primary"),
                    ("href", &Route::Check.to_hash()),
                ],
            )
            .text("Check my symptoms")
            .raw("</a></p>");
        }
    }
    h.into_string()
}

/// What to do, by urgency, with the answers that decided it and tap-to-call links. Urgent and
/// emergency results are an alert, so screen readers announce them at once.
fn urgency_banner(h: &mut Html, result: &Assessment, not_sure: bool) {
    let UrgencyText {
        urgency,
        heading,
        action,
        reasons,
    } = urgency_text(&CONTENT, result);
    let serious = urgency >= Urgency::Urgent;
    let class = format!("urgency-banner flag-group {}", urgency::class(urgency));
    h.raw("<section").attr("class", &class);
    if serious {
        h.attr("role", "alert");
    }
    h.attr("aria-labelledby", URGENCY_HEADING)
        .raw(">")
        .open_with("h2", &[("id", URGENCY_HEADING)])
        .text(heading)
        .raw("</h2><p class=\"action\"><strong>")
        .text(action)
        .raw("</strong></p>");
    if let Some(group) = CONTENT
        .red_flags
        .groups
        .iter()
        .find(|g| g.urgency == urgency)
    {
        call_links::write(h, group.calls);
    }
    if !reasons.is_empty() {
        h.el("p", "", CONTENT.results.because)
            .list("ul", "", &reasons);
    }
    if urgency == Urgency::Routine {
        h.el("p", "", CONTENT.results.routine_meanwhile);
    }
    if not_sure {
        h.el("p", "not-sure-note", CONTENT.results.not_sure_counts);
    }
    if serious {
        call_links::other_countries(h, &CONTENT.red_flags);
    }
    h.raw("</section>");
}

/// The five causes, best match first, each with the answers that pointed to it, and the way
/// into the plan.
fn ranked_causes(h: &mut Html, result: &Assessment) {
    h.labelled_section("", "causes-heading", "What may be behind it");
    if result.confident {
        h.el("p", "", CONTENT.results.confident);
    } else {
        h.el("p", "notice not-confident", CONTENT.results.not_confident);
    }
    // The drawing marks the top cause's part only when the answers single it out: when
    // they do not, marking one part would say more than the sentence above.
    let marked = result
        .causes
        .first()
        .filter(|_| result.confident)
        .map(|top| top.cause);
    back_diagram::write(h, marked);
    h.open("ol", "ranked-causes");
    for (rank, ranked) in result.causes.iter().enumerate() {
        cause_match(h, result, rank, ranked);
    }
    // One tap from the result to the plan for the cause that fits best.
    let start = result
        .fitting_cause()
        .map_or(Route::Plan, |top| Route::StartPlan(top.cause));
    h.close("ol")
        .raw("<p>")
        .open_with(
            "a",
            &[("class", "button primary"), ("href", &start.to_hash())],
        )
        .text("Start my plan")
        .raw("</a></p></section>");
}

/// When the answers match none of the causes well: say so, suggest a physiotherapist, and
/// offer general back care with its gentle exercises, never a cause's plan as a guess.
fn no_cause_fits(h: &mut Html) {
    let text = &CONTENT.results;
    h.el("p", "notice no-fit", text.no_fit).labelled_section(
        "general-care",
        "general-care-heading",
        text.general_care_heading,
    );
    general_care::advice(h);
    h.raw("</section>");
}

/// One ranked cause: how well it matches (a bar and words that agree with the sentence
/// above the list) and why.
fn cause_match(h: &mut Html, result: &Assessment, rank: usize, ranked: &RankedCause) {
    let name = CONTENT
        .cause(ranked.cause)
        .map_or(ranked.cause.id(), |c| c.name);
    // Whole percent: formatting an f64 would link in several kilobytes of float printing.
    // The bar is an SVG whose width is an attribute: the CSP allows no inline styles.
    let percent = (ranked.score.clamp(0.0, 1.0) * 100.0).round() as i64;
    h.raw("<li class=\"cause-match\"><h3>")
        .link(&Route::Cause(ranked.cause).to_hash(), name)
        .raw("</h3><p class=\"match-strength\">")
        .raw("<svg class=\"meter\" viewBox=\"0 0 100 1\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect height=\"1\" width=\"")
        .num(percent)
        .raw("\"></rect></svg>")
        .text(match_words(&CONTENT.results.match_words, result, rank))
        .raw("</p>");
    if ranked.because.is_empty() {
        h.el("p", "why", "None of your answers pointed here.");
    } else {
        let labels: Vec<&str> = ranked
            .because
            .iter()
            .map(|f| CONTENT.finding_label(*f))
            .collect();
        h.el("p", "why", "Pointing here, you said:")
            .list("ul", "", &labels);
    }
    h.raw("</li>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use backtrack_core::questionnaire::{Answer, QuestionId};
    use backtrack_core::Finding;

    #[test]
    fn no_finished_check_offers_the_questions() {
        let page = html(None);
        assert!(page.contains("There is no result yet."));
        assert!(page.contains("href=\"#/check\""));
    }

    #[test]
    fn an_emergency_is_an_alert_with_its_reason_and_no_plan() {
        let findings: backtrack_core::triage::Findings = Finding::red_flags()
            .map(|f| (f, f == Finding::RfSaddleNumbness))
            .collect();
        let result = evaluate(&findings);
        let page = html(Some((&result, false)));
        assert!(
            page.contains("class=\"urgency-banner flag-group urgency-emergency\" role=\"alert\"")
        );
        assert!(page.contains(CONTENT.finding_label(Finding::RfSaddleNumbness)));
        assert!(!page.contains("Start my plan"));
    }

    fn screened() -> backtrack_core::questionnaire::Answers {
        CONTENT.questionnaire.reassuring_safety_answers()
    }

    fn page_for(answers: &backtrack_core::questionnaire::Answers) -> String {
        let result = evaluate(&CONTENT.questionnaire.findings(answers));
        html(Some((
            &result,
            CONTENT.questionnaire.red_flag_not_sure(answers),
        )))
    }

    #[test]
    fn an_early_emergency_is_shown_with_call_links() {
        // Only the first question answered: it is an emergency, so the result says so.
        let mut a = backtrack_core::questionnaire::Answers::new();
        a.insert(QuestionId::RfBladderChange, Answer::Yes);
        let page = page_for(&a);
        assert!(page.contains("urgency-emergency\" role=\"alert\""));
        assert!(page.contains("href=\"tel:999\""));
        assert!(page.contains("href=\"tel:112\""));
        assert!(!page.contains("There is no result yet"));
    }

    #[test]
    fn nothing_answered_beyond_the_safety_questions_offers_no_cause_plan() {
        let page = page_for(&screened());
        assert!(page.contains(CONTENT.results.no_fit));
        assert!(!page.contains("Start my plan"));
        assert!(!page.contains("Most likely") && !page.contains("Possible"));
        assert!(page.contains("href=\"#/exercises/walking\""));
    }

    #[test]
    fn the_words_follow_the_sentence_above_them() {
        // Disc and nerve both fit: "we cannot tell them apart", so no "most likely".
        let mut a = screened();
        for (id, answer) in [
            (QuestionId::Leg, Answer::Yes),
            (QuestionId::PainBelowKnee, Answer::Yes),
            (QuestionId::PinsNeedles, Answer::Yes),
            (QuestionId::WorseFlexion, Answer::Yes),
            (QuestionId::WorseSitting, Answer::Yes),
            (QuestionId::WorseCoughSneeze, Answer::Yes),
            (QuestionId::NumbnessLeg, Answer::Yes),
        ] {
            a.insert(id, answer);
        }
        let result = evaluate(&CONTENT.questionnaire.findings(&a));
        assert!(result.fits && !result.confident, "{result:?}");
        let page = page_for(&a);
        assert!(page.contains("not-confident"));
        assert!(!page.contains("Most likely"));
        assert!(page.contains("Possible"));
        assert!(!page.contains("Strong match"));
    }

    #[test]
    fn the_drawing_marks_the_top_cause_only_when_the_answers_single_it_out() {
        let mut a = screened();
        for (id, answer) in [
            (QuestionId::PainButtock, Answer::Yes),
            (QuestionId::Leg, Answer::No),
            (QuestionId::WorseExtension, Answer::Yes),
            (QuestionId::WorseFlexion, Answer::No),
            (QuestionId::EasedFlexion, Answer::Yes),
            (QuestionId::WorseStanding, Answer::Yes),
            (QuestionId::WorseCoughSneeze, Answer::No),
            (QuestionId::WorseDownhill, Answer::Yes),
        ] {
            a.insert(id, answer);
        }
        let result = evaluate(&CONTENT.questionnaire.findings(&a));
        assert!(result.confident, "{result:?}");
        assert_eq!(result.causes[0].cause, backtrack_core::CauseId::FacetJoint);
        let page = page_for(&a);
        assert!(page.contains("<g class=\"facets hl\">"));
        let facets = CONTENT
            .cause(backtrack_core::CauseId::FacetJoint)
            .map_or("?", |c| c.structure_label);
        assert!(page.contains(&format!(
            "{} {facets}.</figcaption>",
            CONTENT.back_diagram.marked
        )));
        assert_eq!(crate::components::markup::check_balanced(&page), Ok(()));

        // Two causes that cannot be told apart: the drawing, with nothing marked.
        let mut a = screened();
        for id in [
            QuestionId::Leg,
            QuestionId::PainBelowKnee,
            QuestionId::PinsNeedles,
            QuestionId::WorseFlexion,
            QuestionId::WorseSitting,
            QuestionId::WorseCoughSneeze,
            QuestionId::NumbnessLeg,
        ] {
            a.insert(id, Answer::Yes);
        }
        let page = page_for(&a);
        assert!(page.contains("<svg class=\"back-diagram\""));
        assert!(!page.contains(" hl\"") && !page.contains("<figcaption>"));

        // No cause fits, or an emergency: no drawing.
        assert!(!page_for(&screened()).contains("back-diagram"));
        let mut a = backtrack_core::questionnaire::Answers::new();
        a.insert(QuestionId::RfBladderChange, Answer::Yes);
        assert!(!page_for(&a).contains("back-diagram"));
    }

    #[test]
    fn hop_pain_says_no_running_whatever_the_urgency() {
        let mut a = screened();
        a.insert(QuestionId::RfHopPain, Answer::Yes);
        let page = page_for(&a);
        assert!(page.contains(CONTENT.results.no_running));
    }

    #[test]
    fn a_reason_restates_the_answer_given() {
        // "Suddenly, while doing something else" and no to "sharp at first": nothing may
        // claim a sharp pain.
        let mut a = screened();
        a.insert(QuestionId::Onset, Answer::Choice(1));
        a.insert(QuestionId::SharpThenAche, Answer::No);
        a.insert(QuestionId::Spasm, Answer::Yes);
        a.insert(QuestionId::TenderSpot, Answer::Yes);
        let page = page_for(&a);
        assert!(page.contains(CONTENT.finding_label(backtrack_core::Finding::OnsetMoment)));
        assert!(!page.to_lowercase().contains("sharp"), "{page}");
    }
}
