//! A 0–10 pain score as a row of radio buttons: one tap on a phone, arrow keys on a
//! keyboard, and a proper group label for screen readers.

use backtrack_core::progress::MAX_PAIN;
use leptos::prelude::*;

/// Pain from 0 to 10, optionally with "No score".
#[component]
pub fn PainScale(
    /// The question, e.g. "How bad is the pain now?".
    legend: &'static str,
    /// A unique name for the radio group within the page.
    name: &'static str,
    /// The chosen score; `None` means no score.
    value: RwSignal<Option<u8>>,
    /// Whether to offer "No score" (the score is optional).
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let option = move |score: Option<u8>| {
        let id = option_id(name, score);
        let label = match score {
            Some(n) => n.to_string(),
            None => "No score".to_string(),
        };
        view! {
            <span class="answer">
                <input
                    type="radio"
                    id=id.clone()
                    name=name
                    prop:checked=move || value.get() == score
                    on:change=move |_| value.set(score)
                />
                <label for=id>{label}</label>
            </span>
        }
    };
    let scores = (0..=MAX_PAIN).map(|n| option(Some(n))).collect_view();
    let none = optional.then(|| option(None));
    view! {
        <fieldset class="pain-scale">
            <legend>{legend}</legend>
            <p class="hint">"0 is no pain at all; 10 is the worst pain you can imagine."</p>
            <div class="answers">{scores}{none}</div>
        </fieldset>
    }
}

fn option_id(name: &str, score: Option<u8>) -> String {
    let mut id = String::from(name);
    id.push('-');
    match score {
        Some(n) => id.push_str(&n.to_string()),
        None => id.push_str("none"),
    }
    id
}
