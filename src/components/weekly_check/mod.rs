//! Scoring the runner's activities (and pain) again: the weekly check of the outcomes.
//!
//! On the plan page it appears only when the week is up (a card the runner can put off for a
//! week: a prompt, never a nag); on the progress page it is always there, closed, so the
//! runner can name activities or score them at any time.

mod action;

use backtrack_core::progress::outcomes::{read_activities, FormField};
use backtrack_core::CONTENT;
use leptos::prelude::*;

use crate::components::actions;
use crate::components::markup::{pain_value, Html};
use crate::components::outcome_fields;
use crate::storage::{clock, use_saved, Saved};
use action::WeeklyAction;

/// The section's heading, which names it.
const HEADING: &str = "weekly-check-heading";

/// The card as markup (pure, tested natively): its heading, and either its buttons or the
/// fields (filled with the activities named now, their scores left to pick). `prompt`: the
/// plan page's card; `offer_later`: "Not this week" is offered.
pub fn card_html(prompt: bool, offer_later: bool, open: bool, activities: &[String]) -> String {
    let t = &CONTENT.outcomes;
    let mut h = Html::new();
    h.open_with("h2", &[("id", HEADING)])
        .text(if prompt {
            t.weekly_heading
        } else {
            t.activities_heading
        })
        .close("h2");
    if prompt {
        h.el("p", "", t.weekly_intro);
    }
    if open {
        h.open("div", "outcome-form").el("p", "hint", t.score_hint);
        outcome_fields::write_pain(&mut h);
        let rows: Vec<(String, Option<u8>)> =
            activities.iter().map(|a| (a.clone(), None)).collect();
        outcome_fields::write_activities(&mut h, &rows);
        h.open("p", "step-buttons");
        actions::button(&mut h, "primary", &WeeklyAction::Save, &["Save my scores"]);
        h.text(" ");
        actions::button(&mut h, "secondary", &WeeklyAction::Cancel, &["Cancel"]);
        h.close("p").close("div");
    } else {
        h.open("p", "step-buttons");
        actions::button(&mut h, "primary", &WeeklyAction::Open, &[t.rate_now]);
        if offer_later {
            h.text(" ");
            actions::button(&mut h, "secondary", &WeeklyAction::NotNow, &[t.not_now]);
        }
        h.close("p");
    }
    h.into_string()
}

/// The weekly check: pain now and at its worst, and a score for each activity.
///
/// The card is markup with one delegated click listener (see `components::actions`); only
/// the message and the error are Leptos views, so showing either never redraws the fields
/// the runner is filling in.
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
    // The rows keep the names as they are when the card opens; a save never rewrites them.
    let card = move || {
        let (open, offer_later) = (open.get(), prompt && due.get());
        saved
            .data
            .with_untracked(|d| card_html(prompt, offer_later, open, &d.outcomes.activities))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        match actions::clicked::<WeeklyAction>(&ev) {
            Some(WeeklyAction::Open) => {
                status.set(String::new());
                open.set(true);
            }
            Some(WeeklyAction::Cancel) => {
                error.set(None);
                open.set(false);
            }
            Some(WeeklyAction::NotNow) => saved.update(
                move |p| p.outcomes.snoozed = Some(today),
                move |_| {
                    status.try_set(t.snoozed.to_owned());
                },
            ),
            Some(WeeklyAction::Save) => save(saved, today, open, status, error),
            // A click beside the buttons (an unknown verb has been warned about).
            None => {}
        }
    };
    view! {
        <section class="weekly-check" aria-labelledby=HEADING hidden=move || !shown()>
            <div on:click=on_click inner_html=card></div>
            <p class="status" role="status">{move || status.get()}</p>
            <div role="alert">
                {move || error.get().map(|e| view! { <p class="form-error" id=outcome_fields::ERROR>{e}</p> })}
            </div>
        </section>
    }
}

/// Reads the fields and saves the scores, or marks what is missing and changes nothing.
fn save(
    saved: Saved,
    today: backtrack_core::progress::Day,
    open: RwSignal<bool>,
    status: RwSignal<String>,
    error: RwSignal<Option<&'static str>>,
) {
    let t = &CONTENT.outcomes;
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::actions::Action;
    use crate::components::markup::check_balanced;

    #[test]
    fn the_card_offers_its_buttons_or_its_fields() {
        let names = vec!["Run 5 km".to_string()];
        let closed = card_html(true, true, false, &names);
        assert_eq!(check_balanced(&closed), Ok(()));
        assert!(closed.contains(CONTENT.outcomes.weekly_heading));
        for action in [WeeklyAction::Open, WeeklyAction::NotNow] {
            assert!(closed.contains(&["data-act=\"", action.verb(), "\""].concat()));
        }
        assert!(!closed.contains("outcome-activity-0"));
        // Put off: no second "Not this week"; on the progress page no prompt at all.
        assert!(!card_html(true, false, false, &names).contains(WeeklyAction::NotNow.verb()));
        let progress = card_html(false, false, false, &names);
        assert!(progress.contains(CONTENT.outcomes.activities_heading));
        assert!(!progress.contains(CONTENT.outcomes.weekly_intro));
        let open = card_html(true, true, true, &names);
        assert_eq!(check_balanced(&open), Ok(()));
        assert!(open.contains("value=\"Run 5 km\""));
        for action in [WeeklyAction::Save, WeeklyAction::Cancel] {
            assert!(open.contains(&["data-act=\"", action.verb(), "\""].concat()));
        }
    }
}
