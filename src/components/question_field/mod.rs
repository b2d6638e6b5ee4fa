//! One questionnaire question as a fieldset of radio buttons.

use backtrack_core::questionnaire::{Answer, Question, QuestionKind};
use leptos::prelude::*;

use crate::state::use_app_state;

/// A question with its answers as radio buttons (yes / no / not sure, or the options of a
/// choice question plus "not sure"). The answer is written straight into the shared answers.
#[component]
pub fn QuestionField(
    /// The question to show.
    question: Question,
    /// Marks the question as unanswered after a failed "Next" on a must-answer step.
    #[prop(into)]
    missing: Signal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let id = question.id;
    let options: Vec<(Answer, &'static str)> = match question.kind {
        QuestionKind::Choice { options } => options
            .iter()
            .enumerate()
            .filter_map(|(i, o)| u8::try_from(i).ok().map(|i| (Answer::Choice(i), o.label)))
            .chain([(Answer::NotSure, "Not sure")])
            .collect(),
        _ => vec![
            (Answer::Yes, "Yes"),
            (Answer::No, "No"),
            (Answer::NotSure, "Not sure"),
        ],
    };
    let choice_class = if matches!(question.kind, QuestionKind::Choice { .. }) {
        "answers stacked"
    } else {
        "answers"
    };
    let hint_id = format!("hint-{id}");
    let error_id = format!("error-{id}");
    let describedby = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if !question.hint.is_empty() {
                ids.push(hint_id.clone());
            }
            if missing.get() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let radios = options
        .into_iter()
        .map(|(answer, label)| {
            let input_id = format!("q-{id}-{}", answer.to_code().replace(':', "-"));
            let checked = move || state.answers.with(|a| a.get(id) == Some(&answer));
            let choose = move |_| {
                state.answers.update(|a| {
                    a.insert(id.to_owned(), answer);
                });
            };
            view! {
                <div class="answer">
                    <input type="radio" id=input_id.clone() name=id prop:checked=checked on:change=choose />
                    <label for=input_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="question"
            class:missing=move || missing.get()
            id=format!("question-{id}")
            aria-describedby=describedby
        >
            <legend>{question.text}</legend>
            {(!question.hint.is_empty()).then(|| view! { <p class="hint" id=hint_id>{question.hint}</p> })}
            <Show when=move || missing.get()>
                <p class="field-error" id=error_id.clone()>"Please answer this question."</p>
            </Show>
            <div class=choice_class>{radios}</div>
        </fieldset>
    }
}
