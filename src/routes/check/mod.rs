//! The symptom questionnaire: the red-flag screens first, then symptom steps with branching.
//!
//! The component (signals, the `change` listener, the buttons) is here; the step and the
//! emergency panel are markup written by [`view`] (pure, tested natively); the DOM ids both
//! use are constants in [`ids`], and each question's are `components::question_field`'s.

mod ids;
mod view;

use backtrack_core::questionnaire::{Answers, StepId};
use backtrack_core::{Route, Urgency, CONTENT};
use leptos::prelude::*;

use crate::components::{outcome_fields, question_field};
use crate::dom::{focus_after_render, focus_id_after_render};
use crate::state::use_app_state;
use crate::storage::{clock, use_saved};
use view::{baseline_step_html, emergency_now_html, step_html};

/// A step of the check page: a step of the questionnaire, or the optional step about the
/// runner's pain (the outcomes' baseline) that follows the warning signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CheckStep {
    Questions(StepId),
    Baseline,
}

/// The steps the answers make visible, with the baseline after the last warning-sign step,
/// unless the answers already need a doctor today or sooner (then only what could raise the
/// urgency is asked, and nothing delays the result).
fn visible_steps(answers: &Answers) -> Vec<CheckStep> {
    let questionnaire = &CONTENT.questionnaire;
    let steps = questionnaire.steps_for(answers);
    let mut out: Vec<CheckStep> = steps.iter().map(|s| CheckStep::Questions(s.id)).collect();
    let calm = questionnaire.urgency(answers) < Urgency::Urgent;
    if let Some(last_safety) = steps.iter().rposition(|s| s.safety) {
        if calm && last_safety + 1 < steps.len() {
            out.insert(last_safety + 1, CheckStep::Baseline);
        }
    }
    out
}

/// The questionnaire page. Answers live in the shared state, so leaving the page and coming
/// back (or going back a step) keeps them.
///
/// Each step's questions are written as markup when the step is shown, and the browser owns
/// the radio buttons from then on: one delegated `change` listener records answers, and one
/// effect keeps the fieldsets in line with them (branching, "please answer"). Measured on the
/// release build, this costs about 19 KB (brotli) less wasm than a component per question.
///
/// Safety comes first in three ways, all decided by the core:
/// * an answer that makes it an emergency shows what to do at once, in place, with
///   tap-to-call links and a way straight to the result, before the rest is answered;
/// * the questionnaire ends early only when no open question could raise the urgency
///   ([`backtrack_core::questionnaire::Questionnaire::urgency_is_final`]);
/// * once the urgency is "doctor today", the symptom steps ask only what could raise it.
#[component]
pub fn CheckPage() -> impl IntoView {
    let state = use_app_state();
    let questionnaire = &CONTENT.questionnaire;

    let saved = use_saved();
    // The steps the current answers make visible (branching can hide a whole step).
    let visible_ids = Memo::new(move |_| state.answers.with(visible_steps));
    let first_step = CheckStep::Questions(
        questionnaire
            .steps
            .first()
            .map_or(StepId::EmergencySigns, |s| s.id),
    );
    let requested = RwSignal::new(first_step);
    // The baseline form's message when answers are missing or do not fit.
    let baseline_error = RwSignal::new(false);
    let current =
        Memo::new(move |_| visible_ids.with(|steps| resolve_step(requested.get(), steps)));
    let position = Memo::new(move |_| {
        let id = current.get();
        visible_ids.with(|steps| steps.iter().position(|x| *x == id).unwrap_or(0))
    });
    let total = Memo::new(move |_| visible_ids.with(Vec::len));
    let show_missing = RwSignal::new(false);
    let urgency = Memo::new(move |_| state.answers.with(|a| questionnaire.urgency(a)));
    let emergency = Memo::new(move |_| urgency.get() == Urgency::Emergency);
    // Symptom steps that only ask what could raise an urgent result say so above them.
    let question_step = move || match current.get() {
        CheckStep::Questions(id) => questionnaire.step(id),
        CheckStep::Baseline => None,
    };
    let on_baseline = move || current.get() == CheckStep::Baseline;
    let escalation = Memo::new(move |_| {
        let symptom_step = question_step().is_some_and(|s| !s.safety);
        symptom_step && state.answers.with(|a| questionnaire.escalation_only(a))
    });

    // The step's markup depends on the step only: answering must not rewrite the buttons.
    let step_markup = move || match question_step() {
        Some(step) => state.answers.with_untracked(|a| step_html(step, a)),
        None => baseline_step_html(),
    };
    // After the markup is in place, and whenever the answers change: checked buttons,
    // branching and the "please answer" marks.
    Effect::new(move |_| {
        let Some(step) = question_step() else {
            return;
        };
        let missing = show_missing.get();
        state.answers.with(|a| {
            let visible = questionnaire.visible_questions(step, a);
            for q in step.questions {
                let answer = a.get(q.id);
                let shown = visible.iter().any(|v| v.id == q.id);
                question_field::sync(q, answer, shown, missing && answer.is_none());
            }
        });
    });

    let on_change = move |ev: leptos::ev::Event| {
        let Some((id, answer)) = question_field::changed_answer(&ev) else {
            return;
        };
        // Only questions of this step, with an answer they offer, are recorded.
        let step = match current.get_untracked() {
            CheckStep::Questions(id) => questionnaire.step(id),
            CheckStep::Baseline => None,
        };
        let known = step.is_some_and(|step| {
            step.questions
                .iter()
                .any(|q| q.id == id && q.accepts(answer))
        });
        if known {
            state.answers.update(|a| {
                a.insert(id, answer);
            });
        }
    };
    let go_to = move |id: CheckStep| {
        show_missing.set(false);
        baseline_error.set(false);
        requested.set(id);
        focus_id_after_render(ids::STEP_HEADING);
    };
    let finish = move || {
        state.check_finished.set(true);
        // Setting the hash adds a history entry, so "back" returns to the questions.
        let _ = window().location().set_hash(&Route::Result.to_hash());
    };
    // On to the next visible step, or the result after the last.
    let advance = move || match visible_ids
        .with_untracked(|steps| steps.get(position.get_untracked() + 1).copied())
    {
        Some(id) => go_to(id),
        None => finish(),
    };
    // The baseline is kept when it is answered, skipped when it is left empty, and marked
    // where it is answered in part.
    let baseline_next = move || {
        let form = outcome_fields::read_baseline();
        if !form.is_empty() {
            match form.read(clock::today()) {
                Ok((baseline, scores)) => saved.update(
                    move |p| p.outcomes.record_baseline(baseline.clone(), scores.clone()),
                    |_| {},
                ),
                Err(problems) => {
                    baseline_error.set(true);
                    if let Some(first) = outcome_fields::mark(&problems) {
                        focus_id_after_render(&first);
                    }
                    return;
                }
            }
        }
        advance();
    };
    let skip_baseline = move |_| advance();
    let next = move |_| {
        let step = match current.get_untracked() {
            CheckStep::Questions(id) => questionnaire.step(id),
            CheckStep::Baseline => return baseline_next(),
        };
        let Some(step) = step else {
            return;
        };
        // An emergency needs nothing more: the rest of the step can wait.
        if emergency.get_untracked() {
            finish();
            return;
        }
        let complete = state
            .answers
            .with_untracked(|a| questionnaire.complete(step, a));
        if !complete {
            show_missing.set(true);
            focus_after_render(question_field::FIRST_MISSING_INPUT);
            return;
        }
        // A doctor today or sooner, and nothing still unasked could make it more urgent:
        // the result says what to do, and the symptom questions would only delay it.
        let done_early = state.answers.with_untracked(|a| {
            questionnaire.urgency(a) >= Urgency::Urgent
                && questionnaire.red_flags_screened(a)
                && questionnaire.urgency_is_final(a)
        });
        if done_early {
            finish();
            return;
        }
        advance();
    };
    let back = move |_| {
        let previous = position
            .get_untracked()
            .checked_sub(1)
            .and_then(|i| visible_ids.with_untracked(|steps| steps.get(i).copied()));
        if let Some(id) = previous {
            go_to(id);
        }
    };
    let start_again = move |_| {
        state.answers.set(Default::default());
        state.check_finished.set(false);
        go_to(first_step);
    };
    let emergency_markup = move || {
        if emergency.get() {
            state.answers.with(emergency_now_html)
        } else {
            String::new()
        }
    };

    view! {
        <h1 tabindex="-1">"Check my symptoms"</h1>
        <p class="progress-text" id=ids::CHECK_PROGRESS>
            {move || format!("Step {} of {}", position.get() + 1, total.get())}
        </p>
        <progress
            max=move || total.get()
            value=move || position.get() + 1
            aria-labelledby=ids::CHECK_PROGRESS
        ></progress>
        <form class="questionnaire" on:submit=|ev| ev.prevent_default() on:change=on_change>
            <p class="notice escalation-note" hidden=move || !escalation.get()>
                {CONTENT.results.escalation_note}
            </p>
            <div inner_html=step_markup></div>
            <section
                class="emergency-now urgency-emergency"
                aria-labelledby=ids::EMERGENCY_NOW_HEADING
                hidden=move || !emergency.get()
            >
                <div role="alert" inner_html=emergency_markup></div>
                <p>
                    <button type="button" class="primary" on:click=move |_| finish()>
                        {CONTENT.results.emergency_now.see_result}
                    </button>
                </p>
            </section>
            <div role="alert">
                {move || baseline_error.get().then_some(view! {
                    <p class="form-error" id=outcome_fields::ERROR>{CONTENT.outcomes.missing}</p>
                })}
                {move || (show_missing.get() && !emergency.get()).then_some(view! {
                    <p class="form-error">
                        "Please answer every safety question before you go on. If you are not sure, choose \"Not sure\"."
                    </p>
                })}
            </div>
            <div class="step-buttons">
                <button type="button" class="secondary" on:click=back hidden=move || position.get() == 0>
                    "Back"
                </button>
                <button type="button" class="secondary" on:click=skip_baseline hidden=move || !on_baseline()>
                    {CONTENT.outcomes.skip}
                </button>
                <button type="submit" class="primary" on:click=next>
                    {move || if emergency.get() || position.get() + 1 >= total.get() { "See my result" } else { "Next" }}
                </button>
            </div>
        </form>
        <p class="start-again">
            <button type="button" class="link-button" on:click=start_again>"Clear my answers and start again"</button>
        </p>
    }
}

/// The step to show: the requested one if visible; if branching hid it, the next visible
/// step after it in questionnaire order (for the baseline: the first symptom step); failing
/// that, the last visible step.
fn resolve_step(requested: CheckStep, visible: &[CheckStep]) -> CheckStep {
    if visible.contains(&requested) {
        return requested;
    }
    let all = CONTENT.questionnaire.steps;
    let start = match requested {
        CheckStep::Questions(id) => all.iter().position(|s| s.id == id).unwrap_or(0),
        CheckStep::Baseline => all.iter().position(|s| !s.safety).unwrap_or(0),
    };
    all[start..]
        .iter()
        .map(|s| CheckStep::Questions(s.id))
        .find(|id| visible.contains(id))
        .or_else(|| visible.last().copied())
        .unwrap_or(requested)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_step_resolves_to_the_next_visible_one() {
        use CheckStep::Questions as Q;
        use StepId::*;
        let visible = [Q(EmergencySigns), Q(Health), Q(Where), Q(Movement)];
        assert_eq!(resolve_step(Q(Where), &visible), Q(Where));
        assert_eq!(resolve_step(Q(LegDetail), &visible), Q(Movement));
        assert_eq!(resolve_step(Q(Running), &visible), Q(Movement));
        // The baseline, once hidden by an urgent answer, gives way to the symptom steps.
        assert_eq!(resolve_step(CheckStep::Baseline, &visible), Q(Where));
    }

    #[test]
    fn the_baseline_follows_the_warning_signs_only_while_nothing_is_urgent() {
        use backtrack_core::questionnaire::{Answer, QuestionId};
        let mut calm = Answers::new();
        let steps = visible_steps(&calm);
        let safety = CONTENT
            .questionnaire
            .steps
            .iter()
            .filter(|s| s.safety)
            .count();
        assert_eq!(steps[safety], CheckStep::Baseline);
        assert!(steps[..safety]
            .iter()
            .all(|s| matches!(s, CheckStep::Questions(_))));
        assert_eq!(
            steps.iter().filter(|s| **s == CheckStep::Baseline).count(),
            1
        );
        calm.insert(QuestionId::RfFever, Answer::Yes);
        assert!(!visible_steps(&calm).contains(&CheckStep::Baseline));
    }
}
