//! The session player: today's exercises one at a time, with the instructions and picture,
//! a countdown for holds and rests, a repetition counter, pause and skip, optional pain
//! scores before and after, and "done" to log the session.
//!
//! The timing and step logic is the core's [`Player`]; this page renders it and ticks it.
//! Keys, while focus is in the player: P starts or pauses the clock, N finishes the step,
//! R counts a repetition, S skips the exercise (never in a form field).

use backtrack_core::content::Exercise;
use backtrack_core::progress::draft::{SessionDraft, SessionStage};
use backtrack_core::progress::plan::{suggestion, today as plan_today, Suggestion};
use backtrack_core::progress::player::{Outcome, Player, StepKind};
use backtrack_core::progress::{Plan, Session};
use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use crate::components::markup::{action_of, pain_scale, pain_value, Html};
use crate::components::{exercise_figure, ProgressNav};
use crate::storage::{clock, use_saved};

/// Where the runner is in the session.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Before,
    Playing,
    After,
    Saved,
}

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
    let (start_stage, start_before, start_player) = match resumed {
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
        crate::dom::focus_id_after_render("stage-heading");
    };
    // When the last step is done the session moves on to the pain score and "done".
    Effect::new(move |_| {
        if stage.get() == Stage::Playing && player.with(Player::finished) {
            go(Stage::After);
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match action_of(&ev).map(|a| a.0).as_deref() {
        Some("start") => {
            before.set(pain_value("pain-before").map(i64::from));
            go(Stage::Playing);
        }
        Some("save") => {
            let (day, minute) = clock::local_now();
            let (done, skipped) =
                player.with_untracked(|p| (p.slugs(Outcome::Done), p.slugs(Outcome::Skipped)));
            let session = Session {
                id: 0,
                day,
                minute,
                cause: plan.cause,
                phase: plan.phase,
                done,
                skipped,
                pain_before: before.get_untracked().map(|n| n as u8),
                pain_after: pain_value("pain-after"),
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
        Some("leave") => {
            saved.keep_drafts(|d| d.session = None);
        }
        _ => {}
    };
    let names: Vec<&'static str> = exercises.iter().map(|e| e.name).collect();
    let current = move || match stage.get() {
        Stage::Playing => view! {
            <PlayerView player=player on_end=move || player.update(Player::finish_now) />
        }
        .into_any(),
        other => {
            let html = player.with_untracked(|p| {
                stage_html(
                    other,
                    &names,
                    &p.slugs(Outcome::Done),
                    &p.slugs(Outcome::Skipped),
                )
            });
            view! { <div on:click=on_click inner_html=html></div> }.into_any()
        }
    };
    view! {
        <p class="hint">{CONTENT.cause(plan.cause).map_or("", |c| c.name)} " · " {CONTENT.phase(plan.phase).map_or("", |g| g.title)}</p>
        <p class="saved-status" role="status">{move || status.get()}</p>
        {current}
    }
}

/// The screens before, after and once saved, as markup.
pub fn stage_html(stage: Stage, names: &[&str], done: &[String], skipped: &[String]) -> String {
    let mut h = Html::new();
    h.open_with("section", &[("aria-labelledby", "stage-heading")]);
    let heading = match stage {
        Stage::Before | Stage::Playing => "Before you start",
        Stage::After => "Session finished",
        Stage::Saved => "Session saved",
    };
    h.open_with("h2", &[("id", "stage-heading"), ("tabindex", "-1")])
        .text(heading)
        .close("h2");
    let exercise_names = |slugs: &[String]| {
        slugs
            .iter()
            .filter_map(|s| CONTENT.exercise(s).map(|e| e.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match stage {
        Stage::Before | Stage::Playing => {
            h.el("p", "", "Today's exercises:").list("ol", "", names);
            pain_scale(
                &mut h,
                "pain-before",
                "How bad is your pain now? (optional)",
                true,
            );
            h.el("p", "stop-note", "Stop any exercise that makes your pain much worse, or brings on tingling or numbness in a leg.")
                .raw("<button type=\"button\" class=\"primary\" data-act=\"start\">Start the session</button>");
        }
        Stage::After => {
            let done_text = if done.is_empty() {
                "none".to_string()
            } else {
                exercise_names(done)
            };
            h.open("p", "").text("Done: ").text(&done_text).close("p");
            if !skipped.is_empty() {
                h.open("p", "")
                    .text("Skipped: ")
                    .text(&exercise_names(skipped))
                    .close("p");
            }
            pain_scale(
                &mut h,
                "pain-after",
                "How bad is your pain now? (optional)",
                true,
            );
            h.raw("<p class=\"player-buttons\"><button type=\"button\" class=\"primary\" data-act=\"save\">Done: save this session</button>")
                .open_with(
                    "a",
                    &[("href", &Route::Plan.to_hash()), ("data-act", "leave")],
                )
                .text("Leave without saving")
                .close("a")
                .raw("</p>");
        }
        Stage::Saved => {
            h.el("p", "", "Well done. Your session is in your progress.")
                .open("p", "")
                .link(&Route::Progress.to_hash(), "See your progress")
                .text(" · ")
                .link(&Route::Diary.to_hash(), "Add a diary entry")
                .text(" · ")
                .link(&Route::Plan.to_hash(), "Back to My plan")
                .close("p");
        }
    }
    h.close("section");
    h.into_string()
}

/// The exercise being done: what to do now, the clock or counter, and the controls.
#[component]
fn PlayerView(player: RwSignal<Player>, on_end: impl Fn() + Copy + 'static) -> impl IntoView {
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
                player.update(|p| {
                    p.tick(seconds);
                });
            }
        },
        std::time::Duration::from_millis(250),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = interval {
            h.clear();
        }
    });

    // Single-letter keys work only while focus is inside the player (WCAG 2.1.4), and never
    // in a form field.
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || in_form_field(&e) {
            return;
        }
        let handled = match e.key().as_str() {
            "p" | "P" => {
                player.update(Player::start_or_pause);
                true
            }
            "n" | "N" => {
                player.update(Player::next);
                true
            }
            "r" | "R" => {
                player.update(Player::count_rep);
                true
            }
            "s" | "S" => {
                player.update(Player::skip_exercise);
                true
            }
            _ => false,
        };
        if handled {
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
    let on_click = move |ev: leptos::ev::MouseEvent| match action_of(&ev).map(|a| a.0).as_deref() {
        Some("primary") => player.update(|p| {
            if is_timed(p) {
                p.start_or_pause()
            } else {
                p.next()
            }
        }),
        Some("secondary") => player.update(|p| if is_timed(p) { p.next() } else { p.count_rep() }),
        Some("skip") => player.update(Player::skip_exercise),
        Some("end") => on_end(),
        _ => {}
    };
    view! {
        <section class="player" aria-labelledby="stage-heading" on:click=on_click on:keydown=on_key>
            <div inner_html=PLAYER_HTML></div>
            {details}
        </section>
    }
}

/// The player's controls; [`paint`] fills in what changes.
const PLAYER_HTML: &str = "<p class=\"progress-text\" id=\"pl-progress\"></p><progress id=\"pl-bar\" aria-hidden=\"true\"></progress><h2 id=\"stage-heading\" tabindex=\"-1\"></h2><p class=\"step-title\" id=\"pl-step\" aria-live=\"polite\"></p><p class=\"countdown\" id=\"pl-clock\" role=\"timer\" aria-label=\"Time left\"></p><div class=\"countdown-bar\" id=\"pl-clock-bar\" aria-hidden=\"true\"><span id=\"pl-fill\"></span></div><p class=\"rep-count\" id=\"pl-reps\"></p><div class=\"player-buttons\"><button type=\"button\" class=\"primary\" data-act=\"primary\" id=\"pl-primary\"></button><button type=\"button\" class=\"secondary\" data-act=\"secondary\" id=\"pl-secondary\"></button></div><div class=\"player-buttons minor\"><button type=\"button\" class=\"link-button\" data-act=\"skip\">Skip this exercise</button><button type=\"button\" class=\"link-button\" data-act=\"end\">End the session</button></div><p class=\"hint keys\">Keys (while in the player): P start or pause, N next or set done, R count a repetition, S skip.</p>";

fn is_timed(p: &Player) -> bool {
    p.step().and_then(|s| s.seconds()).is_some()
}

/// What the controls show for the player's state: (element id, text) pairs, and which of
/// the clock and the counter is shown. Kept apart from the DOM so it can be tested.
pub fn labels(p: &Player) -> ([(&'static str, String); 6], bool) {
    let timed = is_timed(p);
    let count = p.exercises.len();
    let current = p.step().map_or(count, |s| s.exercise + 1).min(count);
    let mut progress = String::from("Exercise ");
    progress.push_str(&current.to_string());
    progress.push_str(" of ");
    progress.push_str(&count.to_string());
    let primary = match (timed, p.running(), p.waiting()) {
        (false, ..) => "Set done",
        (true, true, _) => "Pause",
        (true, false, true) => "Start",
        (true, false, false) => "Resume",
    };
    let mut reps = String::from("Repetitions counted: ");
    reps.push_str(&p.reps().to_string());
    (
        [
            ("pl-progress", progress),
            (
                "stage-heading",
                p.exercise().map_or("", |e| e.name).to_string(),
            ),
            ("pl-step", step_title(p)),
            ("pl-clock", mm_ss(p.remaining())),
            ("pl-reps", reps),
            ("pl-primary", primary.to_string()),
        ],
        timed,
    )
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
    if let Some(el) = doc.get_element_by_id("pl-secondary") {
        el.set_text_content(Some(if timed { "Next" } else { "+1 repetition" }));
    }
    for (id, show) in [
        ("pl-clock", timed),
        ("pl-clock-bar", timed),
        ("pl-reps", !timed),
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
    if let Some(el) = doc.get_element_by_id("pl-bar") {
        let _ = el.set_attribute("max", &total.max(1).to_string());
        let _ = el.set_attribute("value", &done.to_string());
    }
    // Through the CSS object model: the Content Security Policy forbids style attributes.
    use wasm_bindgen::JsCast;
    if let Some(el) = doc
        .get_element_by_id("pl-fill")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let length = p.step().and_then(|s| s.seconds()).unwrap_or(1).max(1);
        let mut width = (p.remaining() * 100 / length).to_string();
        width.push('%');
        let _ = el.style().set_property("width", &width);
    }
}

/// The exercise's picture, steps and when to stop, as markup (see `components::markup`).
fn how_to_html(e: &Exercise) -> String {
    let mut h = Html::new();
    exercise_figure::write(&mut h, &e.figure);
    h.raw("<details class=\"how-to\" open><summary>How to do it</summary>")
        .list("ol", "steps", e.steps)
        .el("p", "", e.feel)
        .raw("</details><details class=\"how-to\"><summary>Stop if</summary>")
        .list("ul", "", e.stop_if)
        .raw("</details>");
    h.into_string()
}

/// What the current step asks, e.g. "Set 2 of 3, second side: 10–12 repetitions".
fn step_title(p: &Player) -> String {
    let Some(step) = p.step() else {
        return String::new();
    };
    let mut out = String::new();
    if !matches!(step.kind, StepKind::Rest { .. }) {
        if step.sets > 1 {
            out.push_str("Set ");
            out.push_str(&step.set.to_string());
            out.push_str(" of ");
            out.push_str(&step.sets.to_string());
        }
        if let Some(side) = step.side {
            out.push_str(if out.is_empty() { "" } else { ", " });
            out.push_str(if side == 1 {
                "first side"
            } else {
                "second side"
            });
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
    }
    match step.kind {
        StepKind::Reps { min, max } => {
            out.push_str(&min.to_string());
            if max > min {
                out.push('–');
                out.push_str(&max.to_string());
            }
            out.push_str(" repetitions");
        }
        StepKind::Hold { seconds, rep, reps } => {
            out.push_str("hold ");
            out.push_str(&rep.to_string());
            out.push_str(" of ");
            out.push_str(&reps.to_string());
            out.push_str(", ");
            out.push_str(&seconds.to_string());
            out.push_str(" seconds");
        }
        StepKind::Relax { .. } => out.push_str("relax"),
        StepKind::Rest { seconds } => {
            out.push_str("Rest ");
            out.push_str(&seconds.to_string());
            out.push_str(" seconds before the next set");
        }
        StepKind::Minutes { min, max } => {
            out.push_str(&min.to_string());
            out.push_str(" to ");
            out.push_str(&max.to_string());
            out.push_str(" minutes");
        }
    }
    let mut chars = out.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => out,
    }
}

/// Seconds as `m:ss`.
fn mm_ss(seconds: u32) -> String {
    let mut out = (seconds / 60).to_string();
    out.push(':');
    let s = seconds % 60;
    if s < 10 {
        out.push('0');
    }
    out.push_str(&s.to_string());
    out
}

fn in_form_field(e: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_titles_read_naturally() {
        let mut p = Player::new(vec![
            CONTENT.exercise("dead-bug").unwrap(),
            CONTENT.exercise("knee-hugs").unwrap(),
        ]);
        assert_eq!(step_title(&p), "Set 1 of 3, first side: 6–10 repetitions");
        p.next();
        assert_eq!(step_title(&p), "Set 1 of 3, second side: 6–10 repetitions");
        p.next();
        assert_eq!(step_title(&p), "Rest 45 seconds before the next set");
        p.skip_exercise();
        assert_eq!(step_title(&p), "Hold 1 of 3, 20 seconds");
        p.next();
        assert_eq!(step_title(&p), "Relax");
        assert_eq!(mm_ss(75), "1:15");
        assert_eq!(mm_ss(5), "0:05");
    }

    #[test]
    fn the_controls_say_what_to_do() {
        let mut p = Player::new(vec![
            CONTENT.exercise("knee-hugs").unwrap(),
            CONTENT.exercise("glute-bridge").unwrap(),
        ]);
        let (texts, timed) = labels(&p);
        assert!(timed);
        assert_eq!(texts[0].1, "Exercise 1 of 2");
        assert_eq!(texts[3].1, "0:20");
        assert_eq!(texts[5].1, "Start");
        p.start_or_pause();
        assert_eq!(labels(&p).0[5].1, "Pause");
        p.skip_exercise();
        let (texts, timed) = labels(&p);
        assert!(!timed);
        assert_eq!(texts[1].1, "Glute bridge");
        assert_eq!(texts[5].1, "Set done");
    }

    #[test]
    fn each_screen_has_its_heading_and_buttons() {
        let before = stage_html(Stage::Before, &["Walking"], &[], &[]);
        assert!(before.contains("Before you start") && before.contains("data-act=\"start\""));
        assert!(before.contains("id=\"pain-before-none\""));
        let after = stage_html(Stage::After, &[], &["walking".into()], &["dead-bug".into()]);
        assert!(after.contains("Done: Walking") && after.contains("Skipped: Dead bug"));
        assert!(stage_html(Stage::Saved, &[], &[], &[]).contains("Session saved"));
    }

    #[test]
    fn the_player_signal_moves_through_a_session() {
        let owner = Owner::new();
        owner.set();
        let player = RwSignal::new(Player::new(vec![CONTENT.exercise("knee-hugs").unwrap()]));
        let title = Memo::new(move |_| player.with(step_title));
        assert_eq!(title.get(), "Hold 1 of 3, 20 seconds");
        player.update(Player::start_or_pause);
        player.update(|p| {
            p.tick(20);
        });
        assert_eq!(title.get(), "Relax");
        player.update(Player::finish_now);
        assert!(player.with(Player::finished));
        assert_eq!(
            player.with(|p| p.slugs(Outcome::Skipped)),
            vec!["knee-hugs"]
        );
    }
}
