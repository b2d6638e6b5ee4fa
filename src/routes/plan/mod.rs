//! My plan: the cause and phase the runner is following, today's exercises, and moving on
//! or stepping back with the content's guidance.
//!
//! The page is read-only markup ([`view`], pure and tested natively) with its buttons
//! ([`action::PlanAction`]) handled by one delegated click listener; the DOM ids the markup
//! writes and this code reads are constants in [`ids`].
//!
//! Moving on is not one tap: "Ready to move on?" is a checklist of the phase's signs, and
//! "Move on" moves only when every box is ticked; otherwise the page says how many are
//! missing and puts focus on the first. Stepping back stays one tap (it is the safe way).

mod action;
mod ids;
pub mod view;

use backtrack_core::progress::plan::{confirmed_start, linked_start, LinkedStart};
use backtrack_core::progress::{Plan, PlanSource, SavedCheck};
use backtrack_core::{CauseId, Route, CONTENT};
use leptos::prelude::*;

use crate::components::actions;
use crate::components::markup::{field_value, is_checked};
use crate::components::{run_coach, ProgressNav, RunCoach, WeeklyCheck};
use crate::state::use_app_state;
use crate::storage::{clock, use_saved, Saved};
use action::PlanAction;
pub use view::{page_html, tick_bits, PageState};

/// The page's heading.
pub const HEADING: &str = "My plan";

/// The plan page.
#[component]
pub fn PlanPage(
    /// The cause a "start my plan" link asked for (`#/plan/start/<cause>`): started at once
    /// when the runner's data allows it, otherwise the page says why not or asks first.
    #[prop(optional)]
    start: Option<CauseId>,
) -> impl IntoView {
    let saved = use_saved();
    // Said after a change, in a polite live region.
    let status = RwSignal::new(String::new());
    // What the runner did that the markup shows back: "start this plan" pressed without a
    // cause, and the boxes ticked when "Move on" was pressed too early (see `PageState`).
    let state = Shown {
        choose_error: RwSignal::new(false),
        move_on_ticks: RwSignal::new(None),
    };
    // What the page says about a start link, until the runner acts on it.
    let notice = RwSignal::new(None::<(CauseId, LinkedStart)>);
    if let Some(cause) = start {
        follow_start_link(saved, cause, status, notice);
    }
    let markup = move || {
        let today = clock::today();
        let shown = PageState {
            choose_error: state.choose_error.get(),
            move_on_ticks: state.move_on_ticks.get(),
        };
        saved.data.with(|d| page_html(d, today, &shown))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(action) = actions::clicked::<PlanAction>(&ev) {
            if matches!(action, PlanAction::StartLinked(_)) {
                notice.set(None);
            }
            act_on(saved, action, status, state);
        }
    };
    let notice_markup =
        move || notice.with(|n| n.map(|(cause, outcome)| view::start_notice_html(cause, outcome)));
    view! {
        <ProgressNav current=Route::Plan />
        <h1 tabindex="-1">{HEADING}</h1>
        <p class="visually-hidden" role="status">{move || status.get()}</p>
        <div class="start-notice-host" on:click=on_click inner_html=move || notice_markup().unwrap_or_default()></div>
        // The weekly scores of the outcomes, when the week is up (never a nag).
        <WeeklyCheck prompt=true />
        <div class="plan-page" on:click=on_click inner_html=markup></div>
        // The running coach: in the running phase, or once runs are logged.
        <RunCoach plan_only=true />
    }
}

/// Acts on a "start my plan" link: starts the plan when the runner's data allows it, or
/// leaves a notice saying why not or asking first. The address becomes `#/plan`, so that a
/// reload or the back button never starts it again.
fn follow_start_link(
    saved: Saved,
    cause: CauseId,
    status: RwSignal<String>,
    notice: RwSignal<Option<(CauseId, LinkedStart)>>,
) {
    // The check this tab has just finished counts even if its save (which takes turns with
    // other tabs) has not landed yet: the runner came from its result. Without this, a
    // quick tap on "Start my plan" on a busy phone was asked to check their symptoms first.
    let state = use_app_state();
    let outcome = saved.data.with_untracked(|d| {
        if !state.check_finished.get_untracked() {
            return linked_start(&CONTENT, d, cause);
        }
        let mut d = d.clone();
        d.check = Some(SavedCheck {
            answers: state.answers.get_untracked(),
            finished: true,
        });
        linked_start(&CONTENT, &d, cause)
    });
    match outcome {
        LinkedStart::Start(source) => {
            let today = clock::today();
            saved.update(
                move |p| p.plan = Some(Plan::start(cause, source, today)),
                move |ok| {
                    status.try_set(saved_or_not(ok, &started(cause)));
                },
            );
        }
        other => notice.set(Some((cause, other))),
    }
    if let Ok(history) = window().history() {
        let plan = Route::Plan.to_hash();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&plan));
    }
}

/// The signals behind [`PageState`], each of a type the app has anyway.
#[derive(Clone, Copy)]
struct Shown {
    choose_error: RwSignal<bool>,
    move_on_ticks: RwSignal<Option<i64>>,
}

/// Does what a button of the page asks.
fn act_on(saved: Saved, action: PlanAction, status: RwSignal<String>, state: Shown) {
    let today = clock::today();
    match action {
        PlanAction::StartFromCheck(cause) => {
            saved.update(
                move |p| p.plan = Some(Plan::start(cause, PlanSource::Check, today)),
                move |ok| announce(status, ok, "Plan started."),
            );
        }
        PlanAction::StartChosen => {
            let chosen = document()
                .get_element_by_id(ids::CAUSE_SELECT)
                .and_then(|el| el.get_attribute("data-value").or_else(|| select_value(&el)));
            match chosen.as_deref().and_then(CauseId::from_id) {
                Some(cause) => {
                    state.choose_error.set(false);
                    saved.update(
                        move |p| p.plan = Some(Plan::start(cause, PlanSource::Chosen, today)),
                        move |ok| announce(status, ok, "Plan started."),
                    );
                }
                None => {
                    state.choose_error.set(true);
                    crate::dom::focus_id_after_render(ids::CAUSE_SELECT);
                }
            }
        }
        PlanAction::StartLinked(cause) => {
            saved.update(
                move |p| {
                    if let Some(source) = confirmed_start(&CONTENT, p, cause) {
                        p.plan = Some(Plan::start(cause, source, today));
                    }
                },
                move |ok| announce(status, ok, &started(cause)),
            );
        }
        PlanAction::Switch(cause) => {
            saved.update(
                move |p| {
                    if let Some(plan) = &mut p.plan {
                        plan.cause = cause;
                        plan.source = PlanSource::Check;
                    }
                },
                move |ok| {
                    status.try_set(saved_or_not(ok, "Plan switched."));
                },
            );
        }
        PlanAction::MoveOn | PlanAction::StepBack => {
            let forward = action == PlanAction::MoveOn;
            if forward {
                // Every sign of being ready must be ticked; if one is not, say so and stay.
                let ticks = ready_ticks(saved);
                if let Some(first) = ticks.iter().position(|t| !t) {
                    state.move_on_ticks.set(Some(tick_bits(&ticks)));
                    crate::dom::focus_id_after_render(&ids::ready_id(first));
                    return;
                }
            }
            // A new phase, a new checklist.
            state.move_on_ticks.set(None);
            let moved_to = std::rc::Rc::new(std::cell::Cell::new(None));
            let record = moved_to.clone();
            saved.update(
                move |p| {
                    record.set(None);
                    if let Some(plan) = &mut p.plan {
                        let moved = if forward {
                            plan.move_on(today)
                        } else {
                            plan.step_back(today)
                        };
                        if moved {
                            record.set(CONTENT.phase(plan.phase).map(|g| g.title));
                        }
                    }
                },
                move |ok| {
                    if let Some(title) = moved_to.get() {
                        announce(status, ok, &["Moved to ", title, "."].concat());
                    }
                },
            );
        }
        PlanAction::SaveMorning(id) => run_coach::save_morning(saved, status, id),
        PlanAction::Reminders => reminders(saved, status),
        PlanAction::Stop => {
            saved.update(
                |p| p.plan = None,
                move |ok| announce(status, ok, "Plan stopped."),
            );
        }
    }
}

/// Writes the calendar reminders for the days and time picked (the core's `calendar`), and
/// offers the file in the share sheet or as a download. With no day picked, says so at the
/// boxes.
fn reminders(saved: Saved, status: RwSignal<String>) {
    use backtrack_core::calendar::{plan_reminders, Weekdays, FILE_NAME, MIME};
    use backtrack_core::progress::date::parse_time;
    let days = (0..7)
        .filter(|d| is_checked(&ids::reminder_day_id(*d)))
        .fold(Weekdays::default(), Weekdays::with);
    // The message (which describes the days' group) shows only while no day is picked.
    if let Some(error) = document().get_element_by_id(ids::REMINDER_DAYS_ERROR) {
        error
            .toggle_attribute_with_force("hidden", !days.is_empty())
            .ok();
    }
    if days.is_empty() {
        crate::dom::focus_id_after_render(&ids::reminder_day_id(0));
        return;
    }
    // An empty or odd time (a browser without a time picker) falls back to the default.
    let time = parse_time(&field_value(ids::REMINDER_TIME))
        .or_else(|| parse_time(view::REMINDER_TIME))
        .unwrap_or(18 * 60);
    let phase = saved.data.with_untracked(|d| d.plan.map(|p| p.phase));
    let file = phase.and_then(|phase| {
        plan_reminders(&CONTENT, phase, days, time, clock::today(), clock::now_ms())
    });
    if let Some(text) = file {
        crate::storage::download::share_or_download(FILE_NAME.to_owned(), MIME, text);
        status.set(
            "Calendar file made. Open it with your calendar app to add the reminders.".to_owned(),
        );
    }
}

/// What to say once a start link's plan is started.
fn started(cause: CauseId) -> String {
    ["Plan started: ", view::cause_name(cause), "."].concat()
}

/// What to say after a change: `done` only when it was saved; otherwise that it is kept in
/// this tab only, and where to read why.
fn saved_or_not(ok: bool, done: &str) -> String {
    if ok {
        done.to_owned()
    } else {
        [
            done,
            " It is not saved on this device: see the message at the top of the page.",
        ]
        .concat()
    }
}

/// Says what happened and moves focus to the page's heading (the page has changed).
fn announce(status: RwSignal<String>, ok: bool, done: &str) {
    // `try_`: the save may finish after the runner has left the page.
    status.try_set(saved_or_not(ok, done));
    crate::dom::focus_main_heading();
}

/// Which boxes of "Ready to move on?" are ticked, one for each of the current phase's
/// signs (none when there is no plan).
fn ready_ticks(saved: Saved) -> Vec<bool> {
    let phase = saved.data.with_untracked(|d| d.plan.map(|p| p.phase));
    let signs = phase
        .and_then(|p| CONTENT.phase(p))
        .map_or(0, |g| g.ready_to_move_on.len());
    (0..signs).map(|i| is_checked(&ids::ready_id(i))).collect()
}

fn select_value(el: &web_sys::Element) -> Option<String> {
    use wasm_bindgen::JsCast;
    el.dyn_ref::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
}
