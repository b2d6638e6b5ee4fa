//! The symptom questionnaire: the red-flag screens first, then symptom steps with branching.

use backtrack_core::questionnaire::Step;
use backtrack_core::triage::evaluate;
use backtrack_core::{Route, Urgency, CONTENT};
use leptos::prelude::*;

use crate::components::QuestionField;
use crate::dom::focus_after_render;
use crate::state::use_app_state;

/// The questionnaire page. Answers live in the shared state, so leaving the page and coming
/// back (or going back a step) keeps them.
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

    let step_view = move || {
        let step = step_by_id(current.get())?;
        let questions = move || state.answers.with(|a| step.visible_questions(red_flags, a));
        Some(view! {
            <section class="step" aria-labelledby="step-heading">
                <h2 id="step-heading" tabindex="-1">{step.title}</h2>
                {(!step.intro.is_empty()).then(|| view! { <p class="step-intro">{step.intro}</p> })}
                <For
                    each=questions
                    key=|q| q.id
                    children=move |q| {
                        let id = q.id;
                        let missing = Signal::derive(move || {
                            show_missing.get() && state.answers.with(|a| !a.contains_key(id))
                        });
                        view! { <QuestionField question=q missing=missing /> }
                    }
                />
            </section>
        })
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
        <form class="questionnaire" on:submit=|ev| ev.prevent_default()>
            {step_view}
            <Show when=move || show_missing.get()>
                <p class="form-error" role="alert">
                    "Please answer every safety question before you go on. If you are not sure, choose \"Not sure\"."
                </p>
            </Show>
            <div class="step-buttons">
                <Show when=move || { position.get() > 0 }>
                    <button type="button" class="secondary" on:click=back>"Back"</button>
                </Show>
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
