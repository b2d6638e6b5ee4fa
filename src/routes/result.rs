//! The result of the questionnaire: the urgency first, then (when self-care is safe) the
//! ranked causes with the reasons behind each.

use backtrack_core::questionnaire::Answer;
use backtrack_core::triage::{evaluate, Assessment, RankedCause, UrgencyRule};
use backtrack_core::{Finding, Route, Urgency, CONTENT};
use leptos::prelude::*;

use super::red_flags::urgency_class;
use crate::state::use_app_state;

/// The result page.
#[component]
pub fn ResultPage() -> impl IntoView {
    let state = use_app_state();
    let assessment = Memo::new(move |_| {
        let findings = state
            .answers
            .with(|a| CONTENT.questionnaire.findings(&CONTENT.red_flags, a));
        evaluate(&findings)
    });
    let red_flag_not_sure = Memo::new(move |_| {
        state
            .answers
            .with(|a| Finding::red_flags().any(|f| a.get(f.id()) == Some(&Answer::NotSure)))
    });

    let body = move || {
        if !state.check_finished.get() {
            return view! { <NoResultYet /> }.into_any();
        }
        let result = assessment.get();
        if !result.fully_screened() {
            return view! { <NoResultYet /> }.into_any();
        }
        let causes = result
            .offers_self_care_plan()
            .then(|| view! { <RankedCauses result=result.clone() /> });
        view! {
            <UrgencyBanner result=result.clone() not_sure=red_flag_not_sure.get() />
            {causes}
            <p class="not-a-diagnosis">{CONTENT.results.not_a_diagnosis}</p>
            <p class="result-actions">
                <a href=Route::Check.to_hash()>"Change my answers"</a>
            </p>
        }
        .into_any()
    };

    view! {
        <h1 tabindex="-1">"Your result"</h1>
        {body}
    }
}

/// Shown when there is no finished check to report on.
#[component]
fn NoResultYet() -> impl IntoView {
    view! {
        <p class="notice">
            "There is no result yet. Answer the questions first, starting with the safety questions."
        </p>
        <p><a class="button primary" href=Route::Check.to_hash()>"Check my symptoms"</a></p>
    }
}

/// What to do, by urgency, with the answers that decided it.
#[component]
fn UrgencyBanner(
    /// The assessment to explain.
    result: Assessment,
    /// Whether any warning sign was answered "not sure" (and so counted as yes).
    not_sure: bool,
) -> impl IntoView {
    let urgency = result.urgency;
    let group = CONTENT
        .red_flags
        .groups
        .iter()
        .find(|g| g.urgency == urgency);
    let (heading, action) = match (urgency, group) {
        (Urgency::SelfCare, _) | (_, None) => {
            ("You can start with self-care", CONTENT.results.self_care)
        }
        (_, Some(g)) => (g.heading, g.action),
    };
    let mut reasons: Vec<&'static str> = result
        .red_flags
        .iter()
        .map(|f| CONTENT.finding_label(*f))
        .collect();
    reasons.extend(result.rules.iter().map(|rule| match rule {
        UrgencyRule::CancerWithNerveSign => CONTENT.results.cancer_nerve_rule,
        UrgencyRule::StableLegWeakness => CONTENT.results.leg_weakness_rule,
    }));
    let reasons = (!reasons.is_empty()).then(|| {
        let items = reasons
            .into_iter()
            .map(|r| view! { <li>{r}</li> })
            .collect_view();
        view! {
            <p>"Because you told us:"</p>
            <ul>{items}</ul>
        }
    });
    let serious = urgency >= Urgency::Urgent;
    let meanwhile = (urgency == Urgency::Routine).then_some(CONTENT.results.routine_meanwhile);
    view! {
        <section
            class=format!("urgency-banner flag-group {}", urgency_class(urgency))
            role=serious.then_some("alert")
            aria-labelledby="urgency-heading"
        >
            <h2 id="urgency-heading">{heading}</h2>
            <p class="action"><strong>{action}</strong></p>
            {reasons}
            {meanwhile.map(|m| view! { <p>{m}</p> })}
            {not_sure.then(|| view! { <p class="not-sure-note">{CONTENT.results.not_sure_counts}</p> })}
            {serious.then(|| view! { <p class="other-countries">{CONTENT.red_flags.other_countries}</p> })}
        </section>
    }
}

/// The five causes, best match first, each with the answers that pointed to it.
#[component]
fn RankedCauses(
    /// The assessment whose ranking to show.
    result: Assessment,
) -> impl IntoView {
    let intro = if result.confident {
        view! { <p>{CONTENT.results.confident}</p> }.into_any()
    } else {
        view! { <p class="notice not-confident">{CONTENT.results.not_confident}</p> }.into_any()
    };
    let items = result
        .causes
        .iter()
        .map(|ranked| view! { <CauseMatch ranked=ranked.clone() /> })
        .collect_view();
    view! {
        <section aria-labelledby="causes-heading">
            <h2 id="causes-heading">"What may be behind it"</h2>
            {intro}
            <ol class="ranked-causes">{items}</ol>
            <p><a class="button primary" href=Route::Plan.to_hash()>"Start my plan"</a></p>
        </section>
    }
}

/// One ranked cause: how well it matches and why.
#[component]
fn CauseMatch(
    /// The cause with its score and reasons.
    ranked: RankedCause,
) -> impl IntoView {
    let name = CONTENT
        .cause(ranked.cause)
        .map_or(ranked.cause.id(), |c| c.name);
    let reasons = if ranked.because.is_empty() {
        view! { <p class="why">"None of your answers pointed here."</p> }.into_any()
    } else {
        let items = ranked
            .because
            .iter()
            .map(|f| view! { <li>{CONTENT.finding_label(*f)}</li> })
            .collect_view();
        view! {
            <p class="why">"Pointing here, you said:"</p>
            <ul>{items}</ul>
        }
        .into_any()
    };
    // Whole percent: formatting an f64 would link in several kilobytes of float printing.
    let percent = (ranked.score.clamp(0.0, 1.0) * 100.0).round() as u32;
    view! {
        <li class="cause-match">
            <h3><a href=Route::Cause(ranked.cause).to_hash()>{name}</a></h3>
            <p class="match-strength">
                <span class="meter" aria-hidden="true"><span style:width=format!("{percent}%")></span></span>
                {match_words(ranked.score)}
            </p>
            {reasons}
        </li>
    }
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
    fn match_words_follow_the_score() {
        assert_eq!(match_words(0.8), "Strong match");
        assert_eq!(match_words(0.3), "Some match");
        assert_eq!(match_words(0.01), "Weak match");
        assert_eq!(match_words(0.0), "Unlikely from your answers");
    }
}
