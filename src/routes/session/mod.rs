//! The session player: today's exercises one at a time, with the instructions and picture,
//! a countdown for holds and rests, a repetition counter, pause and skip, optional pain
//! scores before and after, and "done" to log the session.
//!
//! The timing and step logic is the core's [`Player`]; this page renders it and ticks it.
//! Keys, while focus is in the player: P starts or pauses the clock, N finishes the step,
//! R counts a repetition, D says "I did this one", S skips the exercise (never in a form
//! field). The hint that lists them is hidden on touch screens (`style/main.css`).
//!
//! An exercise counts as done only if the runner did it (see the core's `player` module):
//! its clock ran, its sets were marked done, or they said so, in the player ("I did this
//! one") or on the screen after it (a box for each exercise whose clock did not run).
//!
//! The screens and the player's controls are markup ([`view`], pure and tested natively);
//! their buttons ([`action::SessionAction`], [`action::PlayerAction`]) are handled by one
//! delegated click listener each, and the DOM ids the markup writes and this code reads are
//! constants in [`ids`].
//!
//! Hands-free: each change of the player (a tap, a key, a tick of the clock) goes through
//! [`act`], which plays what the core's cue plan says for it ([`hands_free`]: speech, tones,
//! and the screen kept on while the player is shown). The settings are on the screen before
//! the session and in the player (check boxes and radio buttons, read by each screen's
//! click listener), and kept on the device under their own key.

mod action;
mod hands_free;
mod ids;
pub mod view;

use backtrack_core::content::Exercise;
use backtrack_core::progress::cues::cues;
use backtrack_core::progress::draft::{SessionDraft, SessionStage};
use backtrack_core::progress::hands_free::HandsFree;
use backtrack_core::progress::plan::{suggestion, today as plan_today, Suggestion};
use backtrack_core::progress::player::{Outcome, Player};
use backtrack_core::progress::stats::totals;
use backtrack_core::progress::{Plan, Session};
use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use crate::components::actions;
use crate::components::markup::{is_checked, pain_value};
use crate::components::ProgressNav;
use crate::storage::{clock, use_saved, Saved};
use action::{PlayerAction, SessionAction};
use view::{
    after_html, before_html, countdown_chosen, how_to_html, is_timed, labels, player_html,
    saved_html, secondary_label, SavedFacts, Stage,
};

/// The session page: needs a plan that the latest check allows.
#[component]
pub fn SessionPage() -> impl IntoView {
    let saved = use_saved();
    let (plan, advice) = saved
        .data
        .with_untracked(|d| (d.plan, suggestion(&CONTENT, d.check.as_ref())));
    let body = match (plan, advice) {
        (_, Suggestion::SeeClinicianFirst { .. }) | (None, _) => view! {
            <p>"There is no plan to follow yet. " <a href=Route::Plan.to_hash()>"Go to My plan"</a></p>
        }
        .into_any(),
        (Some(plan), _) => {
            let exercises = plan_today(&CONTENT, plan.cause, plan.phase).exercises;
            if exercises.is_empty() {
                view! {
                    <p>"There are no set exercises in this phase. " <a href=Route::Plan.to_hash()>"See what to do instead"</a></p>
                }
                .into_any()
            } else {
                view! { <SessionFlow plan=plan exercises=exercises /> }.into_any()
            }
        }
    };
    view! {
        <ProgressNav current=Route::Plan />
        <h1 tabindex="-1">"Today's session"</h1>
        {body}
    }
}

#[component]
fn SessionFlow(plan: Plan, exercises: Vec<&'static Exercise>) -> impl IntoView {
    let saved = use_saved();
    // A session left part-way (a reload, or a phone that discarded the tab) comes back where
    // it was, paused, if it was for this plan and phase.
    let resumed = saved.drafts().session.and_then(|d| {
        let fits = d.cause == plan.cause && d.phase == plan.phase;
        fits.then(|| Player::resume(exercises.clone(), &d.player).map(|p| (d, p)))
            .flatten()
    });
    let (start_stage, start_before, mut start_player) = match resumed {
        Some((d, p)) => (
            match d.stage {
                SessionStage::Playing => Stage::Playing,
                SessionStage::After => Stage::After,
            },
            d.pain_before.map(i64::from),
            p,
        ),
        None => (Stage::Before, None, Player::new(exercises.clone())),
    };
    let settings = saved.hands_free();
    start_player.set_countdown(u32::from(settings.countdown));
    hands_free::attach(settings);
    let was_resumed = start_stage != Stage::Before;
    let stage = RwSignal::new(start_stage);
    // The pain score before, kept as a whole number (the signal type the diary uses too,
    // so no extra copy of the signal code is compiled).
    let before = RwSignal::new(start_before);
    let player = RwSignal::new(start_player);
    // Said when a save fails, or when a session is brought back.
    let status = RwSignal::new(if was_resumed {
        "Your session is back where you left it. The clock is paused: start it again when you are ready."
            .to_string()
    } else {
        String::new()
    });
    // While the session is under way, where it stands is kept as its draft.
    Effect::new(move |_| {
        let draft_stage = match stage.get() {
            Stage::Playing => SessionStage::Playing,
            Stage::After => SessionStage::After,
            Stage::Before | Stage::Saved => return,
        };
        let snapshot = player.with(Player::snapshot);
        let pain_before = before.get().and_then(|n| u8::try_from(n).ok());
        saved.keep_drafts(move |d| {
            d.session = Some(SessionDraft {
                cause: plan.cause,
                phase: plan.phase,
                stage: draft_stage,
                pain_before,
                player: snapshot,
            })
        });
    });

    let go = move |to: Stage| {
        // `try_`: also called once a save is done, perhaps after the page was left.
        stage.try_set(to);
        crate::dom::focus_id_after_render(ids::STAGE_HEADING);
    };
    // When the last step is done the session moves on to the pain score and "done".
    Effect::new(move |_| {
        if stage.get() == Stage::Playing && player.with(Player::finished) {
            go(Stage::After);
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match actions::clicked::<SessionAction>(&ev) {
        // A hands-free setting changed (not an action of this screen).
        _ if setting_clicked(&ev, saved, player) => {}
        Some(SessionAction::Start) => {
            before.set(pain_value(ids::PAIN_BEFORE).map(i64::from));
            // Speech and sound begin in the runner's own tap (iOS allows them only then):
            // the first cue, the exercise's name, is said here.
            hands_free::unlock();
            let first = player.with_untracked(|p| cues(None, &p.moment(), &p.exercises));
            hands_free::play(&first);
            go(Stage::Playing);
        }
        Some(SessionAction::Save) => {
            player.update(confirm_ticked as Verb);
            let (day, minute) = clock::local_now();
            let (done, skipped) = player.with_untracked(|p| (p.slugs(Outcome::Done), p.not_done()));
            let session = Session {
                id: 0,
                day,
                minute,
                cause: plan.cause,
                phase: plan.phase,
                done,
                skipped,
                pain_before: before.get_untracked().map(|n| n as u8),
                pain_after: pain_value(ids::PAIN_AFTER),
            };
            status.set("Saving…".to_string());
            saved.update(
                move |p| {
                    p.add_session(session.clone(), clock::now_ms());
                },
                move |ok| {
                    if ok {
                        saved.keep_drafts(|d| d.session = None);
                        status.try_set(String::new());
                        go(Stage::Saved);
                    } else {
                        status.try_set(
                            "This session was not saved: see the message at the top of the page. It stays on this page until you close it."
                                .to_string(),
                        );
                    }
                },
            );
        }
        // Leaving without saving discards the session's draft (the link then goes on).
        Some(SessionAction::Leave) => {
            saved.keep_drafts(|d| d.session = None);
        }
        // A click beside the buttons (an unknown verb has been warned about).
        None => {}
    };
    let names: Vec<&'static str> = exercises.iter().map(|e| e.name).collect();
    let current = move || match stage.get() {
        Stage::Playing => view! {
            <PlayerView player=player saved=saved />
        }
        .into_any(),
        other => {
            let html = match other {
                Stage::After => player.with_untracked(after_html),
                Stage::Saved => {
                    let today = clock::today();
                    let facts = saved.data.with_untracked(|d| SavedFacts {
                        streak: totals(d, today).streak,
                        diary_today: d.diary.iter().any(|e| e.day == today),
                    });
                    player.with_untracked(|p| saved_html(p, &facts))
                }
                Stage::Before | Stage::Playing => before_html(&names, &hands_free::settings()),
            };
            view! { <div on:click=on_click inner_html=html></div> }.into_any()
        }
    };
    view! {
        <p class="hint">{CONTENT.cause(plan.cause).map_or("", |c| c.name)} " · " {CONTENT.phase(plan.phase).map_or("", |g| g.title)}</p>
        <p class="saved-status" role="status">{move || status.get()}</p>
        {current}
    }
}

/// The exercise being done: what to do now, the clock or counter, and the controls.
#[component]
fn PlayerView(player: RwSignal<Player>, saved: Saved) -> impl IntoView {
    // The clock: whole seconds of wall time are handed to the player, so a slow or
    // throttled timer never makes a hold longer or shorter.
    // (last tick, milliseconds carried over)
    let clock_state = std::rc::Rc::new(std::cell::Cell::new((clock::now_ms(), 0i64)));
    let interval = set_interval_with_handle(
        move || {
            let now = clock::now_ms();
            let (last, carry) = clock_state.get();
            if !player.with_untracked(Player::running) {
                clock_state.set((now, 0));
                return;
            }
            let total = carry + (now - last).max(0);
            let seconds = (total / 1000) as u32;
            clock_state.set((now, total % 1000));
            if seconds > 0 {
                act(player, &|p| {
                    p.tick(seconds);
                });
            }
        },
        std::time::Duration::from_millis(250),
    )
    .ok();
    // The screen stays on while the player is shown (where the browser can).
    hands_free::keep_awake(true);
    on_cleanup(move || {
        if let Some(h) = interval {
            h.clear();
        }
        hands_free::keep_awake(false);
    });

    // Single-letter keys work only while focus is inside the player (WCAG 2.1.4), and never
    // in a form field.
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || in_form_field(&e) {
            return;
        }
        let verb: Option<Verb> = match e.key().as_str() {
            "p" | "P" => Some(Player::start_or_pause),
            "n" | "N" => Some(Player::next),
            "r" | "R" => Some(Player::count_rep),
            "s" | "S" => Some(Player::skip_exercise),
            "d" | "D" => Some(Player::confirm_exercise),
            _ => None,
        };
        if let Some(verb) = verb {
            hands_free::unlock();
            act(player, &verb);
            e.prevent_default();
        }
    };

    // The controls are static markup, in the page for the whole session so keyboard focus
    // is never lost; one effect writes the words and numbers that change into them.
    Effect::new(move |_| player.with(paint));
    let exercise = Memo::new(move |_| player.with(|p| p.exercise().map(|e| e.slug)));
    let details = move || {
        exercise
            .get()
            .and_then(|slug| CONTENT.exercise(slug))
            .map(|e| {
                view! {
                    <div inner_html=how_to_html(e)></div>
                }
            })
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if setting_clicked(&ev, saved, player) {
            return;
        }
        let verb: Verb = match actions::clicked::<PlayerAction>(&ev) {
            Some(PlayerAction::Primary) => primary,
            Some(PlayerAction::Secondary) => secondary,
            Some(PlayerAction::Skip) => Player::skip_exercise,
            Some(PlayerAction::Confirm) => Player::confirm_exercise,
            Some(PlayerAction::End) => Player::finish_now,
            // A click beside the buttons (an unknown verb has been warned about).
            None => return,
        };
        hands_free::unlock();
        act(player, &verb);
    };
    view! {
        <section class="player" aria-labelledby=ids::STAGE_HEADING on:click=on_click on:keydown=on_key>
            <div inner_html=player_html(&hands_free::settings())></div>
            {details}
        </section>
    }
}

/// Changes the player and plays the cues the change brings (see the core's `cues`).
/// One function for every change (a `dyn`, so its code is compiled once: wasm size).
fn act(player: RwSignal<Player>, change: &dyn Fn(&mut Player)) {
    let before = player.with_untracked(Player::moment);
    player.update(|p| change(p));
    let heard = player.with_untracked(|p| cues(Some(&before), &p.moment(), &p.exercises));
    hands_free::play(&heard);
}

/// A click on one of the hands-free settings (a box or a radio button; a label's click
/// comes again on its input): keeps what the form now shows, and the player's countdown
/// follows at once. Returns whether the click was on a setting.
fn setting_clicked(ev: &leptos::ev::MouseEvent, saved: Saved, player: RwSignal<Player>) -> bool {
    use wasm_bindgen::JsCast;
    let on_setting = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.id().starts_with(ids::HF_PREFIX));
    if on_setting {
        let chosen = HandsFree {
            voice: is_checked(ids::HF_VOICE),
            sounds: is_checked(ids::HF_SOUNDS),
            countdown: countdown_chosen(is_checked, hands_free::settings().countdown),
        };
        saved.keep_hands_free(chosen);
        hands_free::set_settings(chosen);
        let countdown = u32::from(chosen.countdown);
        player.update_untracked(|p| p.set_countdown(countdown));
    }
    on_setting
}

/// What a key or a button does to the player. Every verb is a function of this one type, so
/// the signal's update code is compiled once rather than once for each verb (wasm size).
type Verb = fn(&mut Player);

/// The runner's word on the exercises whose clock did not run, read from the boxes of the
/// screen after the player: each one ticked counts as done.
fn confirm_ticked(p: &mut Player) {
    for i in 0..p.exercises.len() {
        if p.outcomes()[i] == Outcome::NotRun && is_checked(&ids::did_id(p.exercises[i].slug.id()))
        {
            p.confirm(i);
        }
    }
}

/// The main button: start or pause the clock of a timed step; "set done" for a counted one.
fn primary(p: &mut Player) {
    if is_timed(p) {
        p.start_or_pause()
    } else {
        p.next()
    }
}

/// The second button: "Next" on the clock; "+1 repetition" when counting.
fn secondary(p: &mut Player) {
    if is_timed(p) {
        p.next()
    } else {
        p.count_rep()
    }
}

/// Writes the player's state into the controls.
fn paint(p: &Player) {
    let doc = document();
    let (texts, timed) = labels(p);
    for (id, text) in &texts {
        if let Some(el) = doc.get_element_by_id(id) {
            if el.text_content().as_deref() != Some(text.as_str()) {
                el.set_text_content(Some(text));
            }
        }
    }
    if let Some(el) = doc.get_element_by_id(ids::SECONDARY) {
        el.set_text_content(Some(secondary_label(timed)));
    }
    for (id, show) in [
        (ids::CLOCK, timed),
        (ids::CLOCK_BAR, timed),
        (ids::REPS, !timed),
        (ids::NOT_RUN_NOTE, p.current_not_run()),
    ] {
        if let Some(el) = doc.get_element_by_id(id) {
            let _ = if show {
                el.remove_attribute("hidden")
            } else {
                el.set_attribute("hidden", "")
            };
        }
    }
    let (done, total) = p.position();
    if let Some(el) = doc.get_element_by_id(ids::PROGRESS_BAR) {
        let _ = el.set_attribute("max", &total.max(1).to_string());
        let _ = el.set_attribute("value", &done.to_string());
    }
    // Through the CSS object model: the Content Security Policy forbids style attributes.
    use wasm_bindgen::JsCast;
    if let Some(el) = doc
        .get_element_by_id(ids::CLOCK_FILL)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let length = p.step().and_then(|s| s.seconds()).unwrap_or(1).max(1);
        let mut width = (p.remaining() * 100 / length).to_string();
        width.push('%');
        let _ = el.style().set_property("width", &width);
    }
    // The note and the live region's setting, also in controls just put in the page.
    hands_free::show();
}

fn in_form_field(e: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
