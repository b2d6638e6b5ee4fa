//! The result of the questionnaire: the urgency first, then (when self-care is safe) the
//! ranked causes with the reasons behind each.

use backtrack_core::questionnaire::Answer;
use backtrack_core::summary::{urgency_text, UrgencyText};
use backtrack_core::triage::{evaluate, Assessment, RankedCause};
use backtrack_core::{Finding, Route, Urgency, CONTENT};
use leptos::prelude::*;

use super::red_flags::urgency_class;
use crate::components::markup::Html;
use crate::state::use_app_state;

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
            let findings = CONTENT.questionnaire.findings(&CONTENT.red_flags, a);
            let not_sure = Finding::red_flags().any(|f| a.get(f.id()) == Some(&Answer::NotSure));
            html(Some((&evaluate(&findings), not_sure)))
        })
    };
    view! { <div class="page" inner_html=markup></div> }
}

/// The page for a finished check's assessment (with whether any warning sign was answered
/// "not sure"), or the "no result yet" page.
pub fn html(result: Option<(&Assessment, bool)>) -> String {
    let mut h = Html::new();
    h.h1("Your result");
    match result {
        Some((result, not_sure)) if result.fully_screened() => {
            urgency_banner(&mut h, result, not_sure);
            if result.offers_self_care_plan() {
                ranked_causes(&mut h, result);
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

/// What to do, by urgency, with the answers that decided it. Urgent and emergency results
/// are an alert, so screen readers announce them at once.
fn urgency_banner(h: &mut Html, result: &Assessment, not_sure: bool) {
    let UrgencyText {
        urgency,
        heading,
        action,
        reasons,
    } = urgency_text(&CONTENT, result);
    let serious = urgency >= Urgency::Urgent;
    let class = format!("urgency-banner flag-group {}", urgency_class(urgency));
    h.raw("<section").attr("class", &class);
    if serious {
        h.attr("role", "alert");
    }
    h.attr("aria-labelledby", "urgency-heading")
        .raw("><h2 id=\"urgency-heading\">")
        .text(heading)
        .raw("</h2><p class=\"action\"><strong>")
        .text(action)
        .raw("</strong></p>");
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
        h.el("p", "other-countries", CONTENT.red_flags.other_countries);
    }
    h.raw("</section>");
}

/// The five causes, best match first, each with the answers that pointed to it.
fn ranked_causes(h: &mut Html, result: &Assessment) {
    h.raw("<section aria-labelledby=\"causes-heading\"><h2 id=\"causes-heading\">What may be behind it</h2>");
    if result.confident {
        h.el("p", "", CONTENT.results.confident);
    } else {
        h.el("p", "notice not-confident", CONTENT.results.not_confident);
    }
    h.open("ol", "ranked-causes");
    for ranked in &result.causes {
        cause_match(h, ranked);
    }
    h.close("ol")
        .raw("<p>")
        .open_with(
            "a",
            &[
                ("class", "button primary"),
                ("href", &Route::Plan.to_hash()),
            ],
        )
        .text("Start my plan")
        .raw("</a></p></section>");
}

/// One ranked cause: how well it matches (a bar and words) and why.
fn cause_match(h: &mut Html, ranked: &RankedCause) {
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
        .text(match_words(ranked.score))
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

/// Scores in words: the number itself would suggest more precision than there is.
pub fn match_words(score: f64) -> &'static str {
    if score >= 0.5 {
        "Strong match"
    } else if score >= 0.25 {
        "Some match"
    } else if score > 0.0 {
        "Weak match"
    } else {
        "Unlikely from your answers"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn match_words_follow_the_score() {
        assert_eq!(match_words(0.8), "Strong match");
        assert_eq!(match_words(0.3), "Some match");
        assert_eq!(match_words(0.01), "Weak match");
        assert_eq!(match_words(0.0), "Unlikely from your answers");
    }
}
