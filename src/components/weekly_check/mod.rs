//! Scoring the runner's activities (and pain) again: the weekly check of the outcomes.
//!
//! On the plan page it appears only when the week is up (a card the runner can put off for a
//! week: a prompt, never a nag); on the progress page it is always there, closed, so the
//! runner can name activities or score them at any time.

use backtrack_core::progress::outcomes::{read_activities, FormField};
use backtrack_core::CONTENT;
use leptos::prelude::*;

use crate::components::markup::{pain_value, Html};
use crate::components::outcome_fields;
use crate::storage::{clock, use_saved};

/// The section's heading, which names it.
const HEADING: &str = "weekly-check-heading";

/// The fields, filled with the activities named now (their scores left to pick).
fn fields_html(activities: &[String]) -> String {
    let t = &CONTENT.outcomes;
    let mut h = Html::new();
    h.el("p", "hint", t.score_hint);
    outcome_fields::write_pain(&mut h);
    let rows: Vec<(String, Option<u8>)> = activities.iter().map(|a| (a.clone(), None)).collect();
    outcome_fields::write_activities(&mut h, &rows);
    h.into_string()
}

/// The weekly check: pain now and at its worst, and a score for each activity.
#[component]
pub fn WeeklyCheck(
    /// On the plan page: shown only when the weekly check is due, with "Not this week".
    /// Elsewhere: always there, behind a button.
    prompt: bool,
) -> impl IntoView {
    let saved = use_saved();
    let t = &CONTENT.outcomes;
    let today = clock::today();
    let due = Memo::new(move |_| saved.data.with(|d| d.outcomes.rating_due(today)));
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let shown = move || !prompt || due.get() || !status.get().is_empty();
    // The rows keep the names as they are when the form opens; a save never rewrites them.
    let fields = move || {
        if open.get() {
            saved
                .data
                .with_untracked(|d| fields_html(&d.outcomes.activities))
        } else {
            String::new()
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pain = (
            pain_value(outcome_fields::PAIN_NOW),
            pain_value(outcome_fields::PAIN_WORST),
        );
        let rows = outcome_fields::read_activities();
        let mut problems: Vec<FormField> = Vec::new();
        let pain = match pain {
            (Some(now), Some(worst)) => Some((now, worst)),
            (None, None) => None,
            (None, _) => {
                problems.push(FormField::PainNow);
                None
            }
            (_, None) => {
                problems.push(FormField::PainWorst);
                None
            }
        };
        let scores = read_activities(&rows).unwrap_or_else(|bad| {
            problems.extend(bad);
            Vec::new()
        });
        if problems.is_empty() && scores.is_empty() && pain.is_none() {
            problems.push(FormField::Activity(0));
        }
        if let Some(first) = outcome_fields::mark(&problems) {
            error.set(Some(t.missing_weekly));
            crate::dom::focus_id_after_render(&first);
            return;
        }
        error.set(None);
        saved.update(
            move |p| {
                let o = &mut p.outcomes;
                if !scores.is_empty() {
                    o.activities = scores.iter().map(|(a, _)| a.clone()).collect();
                }
                o.rate(today, pain, &scores);
            },
            move |ok| {
                open.try_set(false);
                status.try_set(if ok {
                    t.rated.to_owned()
                } else {
                    [
                        t.rated,
                        " It is not saved on this device: see the message at the top of the page.",
                    ]
                    .concat()
                });
            },
        );
    };
    let not_now = move |_| {
        saved.update(
            move |p| p.outcomes.snoozed = Some(today),
            move |_| {
                status.try_set(t.snoozed.to_owned());
            },
        );
    };
    view! {
        <section class="weekly-check" aria-labelledby=HEADING hidden=move || !shown()>
            <h2 id=HEADING>{if prompt { t.weekly_heading } else { t.activities_heading }}</h2>
            <p hidden=move || !prompt>{t.weekly_intro}</p>
            <p class="status" role="status">{move || status.get()}</p>
            <p class="step-buttons" hidden=move || open.get()>
                <button type="button" class="primary" on:click=move |_| { status.set(String::new()); open.set(true); }>
                    {t.rate_now}
                </button>
                {prompt.then(|| view! {
                    <button type="button" class="secondary" on:click=not_now hidden=move || !due.get()>{t.not_now}</button>
                })}
            </p>
            <form class="outcome-form" on:submit=save hidden=move || !open.get()>
                <div inner_html=fields></div>
                <div role="alert">
                    {move || error.get().map(|e| view! { <p class="form-error" id=outcome_fields::ERROR>{e}</p> })}
                </div>
                <p class="step-buttons">
                    <button type="submit" class="primary">"Save my scores"</button>
                    <button type="button" class="secondary" on:click=move |_| open.set(false)>"Cancel"</button>
                </p>
            </form>
        </section>
    }
}
