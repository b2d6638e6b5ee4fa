//! The symptom questionnaire: the red-flag screens first, then symptom steps with branching.

use backtrack_core::questionnaire::{Answer, Step};
use backtrack_core::triage::evaluate;
use backtrack_core::{Route, Urgency, CONTENT};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::markup::Html;
use crate::components::question_field;
use crate::dom::focus_after_render;
use crate::state::use_app_state;

/// The questionnaire page. Answers live in the shared state, so leaving the page and coming
/// back (or going back a step) keeps them.
///
/// Each step's questions are written as markup when the step is shown, and the browser owns
/// the radio buttons from then on: one delegated `change` listener records answers, and one
/// effect keeps the fieldsets in line with them (branching, "please answer"). Measured on the
/// release build, this costs about 19 KB (brotli) less wasm than a component per question.
#[component]
pub fn CheckPage() -> impl IntoView {
    let state = use_app_state();
    let questionnaire = &CONTENT.questionnaire;
    let red_flags = &CONTENT.red_flags;

    // The steps the current answers make visible (branching can hide a whole step).
    let visible_ids = Memo::new(move |_| {
        state.answers.with(|a| {
            questionnaire
                .steps_for(red_flags, a)
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        })
    });
    let requested = RwSignal::new(questionnaire.steps.first().map_or("", |s| s.id));
    let current = Memo::new(move |_| visible_ids.with(|ids| resolve_step(requested.get(), ids)));
    let position = Memo::new(move |_| {
        let id = current.get();
        visible_ids.with(|ids| ids.iter().position(|x| *x == id).unwrap_or(0))
    });
    let total = Memo::new(move |_| visible_ids.with(Vec::len));
    let show_missing = RwSignal::new(false);

    // The step's markup depends on the step only: answering must not rewrite the buttons.
    let step_markup = move || {
        let id = current.get();
        state
            .answers
            .with_untracked(|a| step_by_id(id).map(|step| step_html(step, a)))
            .unwrap_or_default()
    };
    // After the markup is in place, and whenever the answers change: checked buttons,
    // branching and the "please answer" marks.
    Effect::new(move |_| {
        let Some(step) = step_by_id(current.get()) else {
            return;
        };
        let missing = show_missing.get();
        state.answers.with(|a| {
            for q in step.all_questions(red_flags) {
                let answer = a.get(q.id).copied();
                question_field::sync(&q, answer, q.is_shown(a), missing && answer.is_none());
            }
        });
    });

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(answer) = Answer::from_code(&input.value()) else {
            return;
        };
        let id = input.name();
        // Only questions of this questionnaire, with an answer they offer, are recorded.
        let known = step_by_id(current.get_untracked()).is_some_and(|step| {
            step.all_questions(red_flags)
                .iter()
                .any(|q| q.id == id && question_field::options(q).iter().any(|o| o.0 == answer))
        });
        if known {
            state.answers.update(|a| {
                a.insert(id, answer);
            });
        }
    };
    let go_to = move |id: &'static str| {
        show_missing.set(false);
        requested.set(id);
        focus_after_render("#step-heading");
    };
    let finish = move || {
        state.check_finished.set(true);
        // Setting the hash adds a history entry, so "back" returns to the questions.
        let _ = window().location().set_hash(&Route::Result.to_hash());
    };
    let next = move |_| {
        let Some(step) = step_by_id(current.get_untracked()) else {
            return;
        };
        let complete = state
            .answers
            .with_untracked(|a| step.complete(red_flags, a));
        if !complete {
            show_missing.set(true);
            focus_after_render("fieldset.missing input");
            return;
        }
        if step.is_red_flags() {
            // An urgent or emergency answer stops the questionnaire: the result says what
            // to do, and nothing else matters until then.
            let findings = state
                .answers
                .with_untracked(|a| questionnaire.findings(red_flags, a));
            if evaluate(&findings).urgency >= Urgency::Urgent {
                finish();
                return;
            }
        }
        let following =
            visible_ids.with_untracked(|ids| ids.get(position.get_untracked() + 1).copied());
        match following {
            Some(id) => go_to(id),
            None => finish(),
        }
    };
    let back = move |_| {
        let previous = position
            .get_untracked()
            .checked_sub(1)
            .and_then(|i| visible_ids.with_untracked(|ids| ids.get(i).copied()));
        if let Some(id) = previous {
            go_to(id);
        }
    };
    let start_again = move |_| {
        state.answers.set(Default::default());
        state.check_finished.set(false);
        if let Some(first) = questionnaire.steps.first() {
            go_to(first.id);
        }
    };

    view! {
        <h1 tabindex="-1">"Check my symptoms"</h1>
        <p class="progress-text" id="check-progress">
            {move || format!("Step {} of {}", position.get() + 1, total.get())}
        </p>
        <progress
            max=move || total.get()
            value=move || position.get() + 1
            aria-labelledby="check-progress"
        ></progress>
        <form class="questionnaire" on:submit=|ev| ev.prevent_default() on:change=on_change>
            <div inner_html=step_markup></div>
            <div role="alert">
                {move || show_missing.get().then_some(view! {
                    <p class="form-error">
                        "Please answer every safety question before you go on. If you are not sure, choose \"Not sure\"."
                    </p>
                })}
            </div>
            <div class="step-buttons">
                <button type="button" class="secondary" on:click=back hidden=move || position.get() == 0>
                    "Back"
                </button>
                <button type="submit" class="primary" on:click=next>
                    {move || if position.get() + 1 >= total.get() { "See my result" } else { "Next" }}
                </button>
            </div>
        </form>
        <p class="start-again">
            <button type="button" class="link-button" on:click=start_again>"Clear my answers and start again"</button>
        </p>
    }
}

/// A step's heading, introduction and every question (those branching hides are written
/// hidden, so that an answer can show them without rewriting the step).
fn step_html(step: &Step, answers: &backtrack_core::questionnaire::Answers) -> String {
    let mut h = Html::new();
    h.raw("<section class=\"step\" aria-labelledby=\"step-heading\"><h2 id=\"step-heading\" tabindex=\"-1\">")
        .text(step.title)
        .raw("</h2>");
    if !step.intro.is_empty() {
        h.el("p", "step-intro", step.intro);
    }
    for q in step.all_questions(&CONTENT.red_flags) {
        question_field::write(&mut h, &q, answers.get(q.id).copied(), q.is_shown(answers));
    }
    h.raw("</section>");
    h.into_string()
}

fn step_by_id(id: &str) -> Option<&'static Step> {
    CONTENT.questionnaire.steps.iter().find(|s| s.id == id)
}

/// The step to show: the requested one if visible; if branching hid it, the next visible
/// step after it in questionnaire order; failing that, the last visible step.
fn resolve_step(requested: &'static str, visible: &[&'static str]) -> &'static str {
    if visible.contains(&requested) {
        return requested;
    }
    let all = CONTENT.questionnaire.steps;
    let start = all.iter().position(|s| s.id == requested).unwrap_or(0);
    all[start..]
        .iter()
        .map(|s| s.id)
        .find(|id| visible.contains(id))
        .or_else(|| visible.last().copied())
        .unwrap_or(requested)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_step_resolves_to_the_next_visible_one() {
        let visible = [
            "emergency_signs",
            "other_warning_signs",
            "where",
            "movement",
        ];
        assert_eq!(resolve_step("where", &visible), "where");
        assert_eq!(resolve_step("leg_detail", &visible), "movement");
        assert_eq!(resolve_step("running", &visible), "movement");
    }
}
