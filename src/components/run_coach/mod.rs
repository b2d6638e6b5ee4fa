//! The return-to-run coach: the advice for the next run (progress, hold or step back, with
//! its reasons, from [`backtrack_core::progress::coach`]), a form to log a run in seconds
//! (or fill it from a GPX or TCX file), the latest runs with the load guard's flags, and the
//! next-morning question (drawn first by the plan page, which saves it with [`save_morning`]).
//!
//! The markup is pure ([`view`], tested natively); the buttons ([`action::CoachAction`]) are
//! handled by one delegated click listener per part; the DOM ids are constants in [`ids`].
//! The form's fields are plain markup, read when it is sent (as in the diary). What is typed
//! is kept as the run form's draft ([`backtrack_core::progress::draft::RunDraft`]) until the
//! run is saved or the draft discarded, and put back whenever the form is drawn: after a
//! reload, and when a change of data (a saved run, another tab) draws the form afresh.

pub mod action;
mod ids;
mod import;
pub mod view;

use backtrack_core::progress::coach::{coach, guard, longest_before, LAST_STAGE};
use backtrack_core::progress::date::parse_time;
use backtrack_core::progress::draft::{kept, RunDraft};
use backtrack_core::progress::{
    parse_km, parse_whole, Compared, Day, Morning, Run, MAX_RUN_MINUTES,
};
use backtrack_core::CONTENT;
use leptos::prelude::*;

use crate::components::actions;
use crate::components::markup::{
    field_value, is_checked, pain_value, set_field_value, set_pain_value,
};
use crate::dom::focus_id_after_render;
use crate::storage::{clock, use_saved, Saved};
use action::CoachAction;

/// The coach: its advice, the form to log a run (not offered when running is not safe) and
/// the latest runs, as one piece of markup with delegated listeners (cheaper in wasm than a
/// reactive node per part). The form is redrawn only when the data changes (a saved run,
/// or another tab); its error summary is written straight into the page, so that a mistake
/// never clears what was typed.
#[component]
pub fn RunCoach(
    /// Only in the plan's running phase (or once runs are logged): the plan page. Without
    /// it (the diary), always.
    #[prop(optional)]
    plan_only: bool,
) -> impl IntoView {
    let saved = use_saved();
    let status = RwSignal::new(String::new());
    let markup = move || {
        saved.data.with(|d| {
            if plan_only && !view::shows_coach(d) {
                return String::new();
            }
            let (today, minute) = clock::local_now();
            // Once the new form is in the page, what the runner had typed goes back into it.
            request_animation_frame(move || restore_draft(saved));
            view::coach_html(d, today, minute)
        })
    };
    let on_click = move |ev: leptos::ev::MouseEvent| match actions::clicked::<CoachAction>(&ev) {
        Some(CoachAction::LogRun) => log_run(saved, status),
        Some(CoachAction::DiscardDraft) => {
            saved.keep_drafts(|d| d.run = None);
            redraw_form(saved);
            status.set("Draft discarded.".to_string());
            focus_id_after_render(ids::STAGE);
        }
        None => {}
    };
    let on_input = move |_| {
        show_guard(saved);
        keep_draft(saved);
    };
    let on_change = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::Element>(&ev).id() == ids::FILE {
            import::fill_from_file(status, move || {
                show_guard(saved);
                keep_draft(saved);
            });
        }
    };
    view! {
        <div class="run-coach-host" on:click=on_click on:input=on_input on:change=on_change inner_html=markup></div>
        <p class="coach-status" role="status">{move || status.get()}</p>
    }
}

/// Whether the form is drawn (it is not when running is not safe).
fn form_shown() -> bool {
    document().get_element_by_id(ids::FORM).is_some()
}

/// Keeps the form as it stands as the run form's draft (when the form is there).
fn keep_draft(saved: Saved) {
    if !form_shown() {
        return;
    }
    let draft = RunDraft {
        stage: kept(&field_value(ids::STAGE)),
        date: kept(&field_value(ids::DATE)),
        time: kept(&field_value(ids::TIME)),
        minutes: kept(&field_value(ids::MINUTES)),
        km: kept(&field_value(ids::KM)),
        pain: pain_value(ids::PAIN),
    };
    saved.keep_drafts(move |d| d.run = Some(draft));
}

/// Draws the form afresh, as it first shows: the coach's stage, now, nothing else filled in.
fn redraw_form(saved: Saved) {
    let (today, minute) = clock::local_now();
    let stage = saved
        .data
        .with_untracked(|d| coach(&CONTENT, d, today).0.decision.stage());
    if let Some(form) = document().get_element_by_id(ids::FORM) {
        form.set_outer_html(&view::form_html(stage, today, minute));
    }
}

/// Puts the run form's draft, if there is one, back into the form, and says so.
fn restore_draft(saved: Saved) {
    let Some(d) = saved.drafts().run.filter(|_| form_shown()) else {
        return;
    };
    set_field_value(ids::STAGE, &d.stage);
    set_field_value(ids::DATE, &d.date);
    set_field_value(ids::TIME, &d.time);
    set_field_value(ids::MINUTES, &d.minutes);
    set_field_value(ids::KM, &d.km);
    set_pain_value(ids::PAIN, d.pain);
    for id in [ids::DRAFT_NOTE, ids::DISCARD] {
        if let Some(el) = document().get_element_by_id(id) {
            let _ = el.remove_attribute("hidden");
        }
    }
    show_guard(saved);
}

/// Writes the error summary (empty when there are none) into the element with `id`.
fn show_errors(id: &str, problems: &[&str]) {
    if let Some(el) = document().get_element_by_id(id) {
        el.set_inner_html(&view::errors_html(problems));
    }
    if !problems.is_empty() {
        focus_id_after_render(id);
    }
}

/// Reads, checks and saves the run in the form.
fn log_run(saved: Saved, status: RwSignal<String>) {
    let read = read_run(
        &field_value(ids::STAGE),
        &field_value(ids::DATE),
        &field_value(ids::TIME),
        &field_value(ids::MINUTES),
        &field_value(ids::KM),
        pain_value(ids::PAIN),
    );
    match read {
        Err(problems) => show_errors(ids::ERRORS, &problems),
        Ok(run) => {
            show_errors(ids::ERRORS, &[]);
            status.set("Saving…".to_string());
            // The run is in the data now (saved, or kept in this tab with a notice): the form
            // is drawn afresh, with nothing to put back.
            saved.keep_drafts(|d| d.run = None);
            saved.update(
                move |p| {
                    p.add_run(run.clone(), clock::now_ms());
                },
                move |ok| {
                    // Saved, the data changes and the form is drawn afresh.
                    let message = if ok {
                        "Run saved. Tomorrow, tell us how your back is in the morning."
                    } else {
                        "This run was not saved: see the message at the top of the page."
                    };
                    status.try_set(message.to_string());
                },
            );
        }
    }
}

/// Shows the load-guard warning on the form while the minutes or distance typed are more
/// than a tenth over the longest run of the 30 days before the run's date.
fn show_guard(saved: Saved) {
    let day = Day::parse(&field_value(ids::DATE)).unwrap_or_else(clock::today);
    let minutes = parse_minutes(&field_value(ids::MINUTES)).ok().flatten();
    let metres = parse_km(&field_value(ids::KM));
    let over = saved
        .data
        .with_untracked(|d| guard(longest_before(&d.runs, day, None), minutes, metres).any());
    if let Some(el) = document().get_element_by_id(ids::GUARD) {
        let _ = if over {
            el.remove_attribute("hidden")
        } else {
            el.set_attribute("hidden", "")
        };
    }
}

/// Saves the next-morning check of run `id`, once every question is answered (the plan
/// page's button; the question is part of its markup, see [`view::morning_html`]).
pub fn save_morning(saved: Saved, status: RwSignal<String>, id: i64) {
    let pain = pain_value(ids::MORNING_PAIN);
    let compared = Compared::ALL
        .into_iter()
        .find(|c| is_checked(&ids::option_id(ids::MORNING_VS, c.code())));
    let leg = if is_checked(&ids::option_id(ids::MORNING_LEG, "yes")) {
        Some(true)
    } else if is_checked(&ids::option_id(ids::MORNING_LEG, "no")) {
        Some(false)
    } else {
        None
    };
    let (Some(pain), Some(compared), Some(leg_symptoms)) = (pain, compared, leg) else {
        let mut problems = Vec::new();
        if pain.is_none() {
            problems.push("Choose how bad your back pain is this morning, from 0 to 10.");
        }
        if compared.is_none() {
            problems.push("Say how your back is compared with before the run.");
        }
        if leg.is_none() {
            problems.push("Say whether leg symptoms came back.");
        }
        show_errors(ids::MORNING_ERRORS, &problems);
        return;
    };
    let morning = Morning {
        pain,
        compared,
        leg_symptoms,
    };
    saved.update(
        move |p| {
            p.set_morning(id, morning);
        },
        move |ok| {
            status.try_set(
                if ok {
                    "Saved. The advice for your next run is below."
                } else {
                    "Not saved: see the message at the top of the page."
                }
                .to_string(),
            );
            crate::dom::focus_main_heading();
        },
    );
}

/// Minutes typed by the runner: empty is `None`; otherwise a whole number from 1 to a day.
fn parse_minutes(text: &str) -> Result<Option<u16>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match parse_whole(text, u32::from(MAX_RUN_MINUTES)) {
        Some(m) => Ok(Some(m as u16)),
        None => Err(()),
    }
}

/// Checks the form's text; the run's id is left at 0.
fn read_run(
    stage: &str,
    date: &str,
    time: &str,
    minutes: &str,
    km: &str,
    pain: Option<u8>,
) -> Result<Run, Vec<&'static str>> {
    let mut problems = Vec::new();
    let stage = match stage {
        "" => None,
        s => parse_whole(s, u32::from(LAST_STAGE)).map(|s| s as u8),
    };
    let day = Day::parse(date);
    if day.is_none() {
        problems.push("Enter the date of the run, for example 2026-11-25.");
    }
    let minute = parse_time(time);
    if minute.is_none() {
        problems.push("Enter the time of the run, for example 07:30.");
    }
    let minutes = parse_minutes(minutes).unwrap_or_else(|()| {
        problems.push("Enter the minutes as a whole number, for example 30.");
        None
    });
    let metres = match km.trim() {
        "" => None,
        text => {
            let m = parse_km(text);
            if m.is_none() {
                problems.push("Enter the distance in km as a number, for example 5 or 5.2.");
            }
            m
        }
    };
    if pain.is_none() {
        problems.push("Choose the worst back pain during the run, from 0 to 10.");
    }
    match (day, minute) {
        (Some(day), Some(minute)) if problems.is_empty() => Ok(Run {
            id: 0,
            day,
            minute,
            stage,
            minutes,
            metres,
            pain,
            morning: None,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_is_checked_field_by_field() {
        let ok = read_run("3", "2026-11-25", "07:30", " 30 ", "5,2", Some(2)).unwrap();
        assert_eq!(
            (ok.stage, ok.minutes, ok.metres, ok.pain),
            (Some(3), Some(30), Some(5200), Some(2))
        );
        let free = read_run("", "2026-11-25", "07:30", "", "", Some(0)).unwrap();
        assert_eq!((free.stage, free.minutes, free.metres), (None, None, None));
        let bad = read_run("3", "25/11", "7am", "half an hour", "far", None).unwrap_err();
        assert_eq!(bad.len(), 5);
        assert!(read_run("3", "2026-11-25", "07:30", "0", "", Some(1)).is_err());
        assert!(read_run("3", "2026-11-25", "07:30", "1441", "", Some(1)).is_err());
        assert!(read_run("3", "2026-11-25", "07:30", "+5", "", Some(1)).is_err());
    }

    #[test]
    fn every_button_reads_back_as_written() {
        use crate::components::actions::Action;
        let a = CoachAction::LogRun;
        assert_eq!(CoachAction::decode(a.verb(), &a.arg()), Some(a));
        // The plan page's morning button is the plan's, not the coach's.
        assert_eq!(CoachAction::decode("save-morning", "7"), None);
    }
}
