//! The session page as markup, and what the player's controls say: pure, tested natively
//! (see `components::markup`).

use backtrack_core::content::{capitalise, Exercise};
use backtrack_core::progress::cues::Outputs;
use backtrack_core::progress::hands_free::{HandsFree, COUNTDOWNS};
use backtrack_core::progress::player::{Outcome, Player, StepKind};
use backtrack_core::Route;

use super::action::{PlayerAction, SessionAction};
use super::ids;
use crate::components::actions;
use crate::components::exercise_figure;
use crate::components::markup::{pain_scale, Html};
use crate::components::pain_chart::count;

/// Where the runner is in the session.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Before,
    Playing,
    After,
    Saved,
}

/// The screen before the player: today's exercises, the pain score before, and "start".
pub fn before_html(names: &[&str], settings: &HandsFree) -> String {
    let mut h = stage_open("Before you start");
    h.el("p", "", "Today's exercises:").list("ol", "", names);
    pain_scale(
        &mut h,
        ids::PAIN_BEFORE,
        "How bad is your pain now? (optional)",
        true,
    );
    h.el("p", "stop-note", "Stop any exercise that makes your pain much worse, or brings on tingling or numbness in a leg.");
    actions::button(
        &mut h,
        "primary",
        &SessionAction::Start,
        &["Start the session"],
    );
    // The settings after the button, closed: on a phone "Start" stays on the first screen.
    settings_html(&mut h, settings);
    h.close("section");
    h.into_string()
}

/// The screen after the player: what was done and what was not, a box to tick for each
/// exercise whose clock did not run (the runner may have done it another way), the pain
/// score after, and "save".
pub fn after_html(p: &Player) -> String {
    let mut h = stage_open("Session finished");
    let done = names_with(p, Outcome::Done);
    h.open("p", "")
        .text("Done: ")
        .text(if done.is_empty() { "none" } else { &done })
        .close("p");
    let skipped = names_with(p, Outcome::Skipped);
    if !skipped.is_empty() {
        h.open("p", "").text("Skipped: ").text(&skipped).close("p");
    }
    if p.outcomes().contains(&Outcome::NotRun) {
        h.open("fieldset", "not-run")
            .el("legend", "", "Not counted: the timer did not run")
            .el(
                "p",
                "hint",
                "If you did one of these without the timer, tick it and it counts as done.",
            );
        let not_run = p.exercises.iter().zip(p.outcomes());
        for (e, _) in not_run.filter(|(_, o)| **o == Outcome::NotRun) {
            let id = ids::did_id(e.slug.id());
            h.open("p", "field checkbox")
                .open_with("input", &[("type", "checkbox"), ("id", &id)])
                .open_with("label", &[("for", &id)])
                .text("I did ")
                .text(e.name)
                .close("label")
                .close("p");
        }
        h.close("fieldset");
    }
    pain_scale(
        &mut h,
        ids::PAIN_AFTER,
        "How bad is your pain now? (optional)",
        true,
    );
    h.open("p", "player-buttons");
    actions::button(
        &mut h,
        "primary",
        &SessionAction::Save,
        &["Done: save this session"],
    );
    // A link, not a button: leaving goes back to the plan; the action only discards the
    // draft on the way.
    h.raw("<a").attr("href", &Route::Plan.to_hash());
    actions::attributes(&mut h, &SessionAction::Leave);
    h.raw(">")
        .text("Leave without saving")
        .close("a")
        .close("p")
        .close("section");
    h.into_string()
}

/// What the runner has to go on once the session is saved.
pub struct SavedFacts {
    /// Days in a row with a session, this one included.
    pub streak: u32,
    /// Whether the diary has an entry for today already.
    pub diary_today: bool,
}

/// The screen once the session is saved: what was done, the streak, and the next step as
/// a button (today's pain in the diary, or back to the plan once that is done).
pub fn saved_html(p: &Player, facts: &SavedFacts) -> String {
    let mut h = stage_open("Session saved");
    let done = p.slugs(Outcome::Done).len();
    h.open("p", "saved-summary");
    if done > 0 {
        h.text("Well done. ");
    }
    h.el("strong", "", &done_summary(done, p.exercises.len()))
        .close("p");
    h.el("p", "", &streak_text(facts.streak));
    let (next, next_label, other, other_label) = if facts.diary_today {
        (
            Route::Plan,
            "Back to My plan",
            Route::Diary,
            "Add a diary entry",
        )
    } else {
        (
            Route::Diary,
            "Add today's pain to your diary",
            Route::Plan,
            "Back to My plan",
        )
    };
    h.open("p", "")
        .open_with(
            "a",
            &[("class", "button primary"), ("href", &next.to_hash())],
        )
        .text(next_label)
        .close("a")
        .close("p")
        .open("p", "")
        .link(&Route::Progress.to_hash(), "See your progress")
        .text(" · ")
        .link(&other.to_hash(), other_label)
        .close("p")
        .close("section");
    h.into_string()
}

/// "3 of 4 exercises done, 1 skipped.", "All 4 exercises done." or "1 exercise done."
pub fn done_summary(done: usize, total: usize) -> String {
    let mut out = String::new();
    if done == total && total > 0 {
        if total > 1 {
            out.push_str("All ");
        }
        out.push_str(&count(total, "exercise", "exercises"));
        out.push_str(" done.");
        return out;
    }
    out.push_str(&done.to_string());
    out.push_str(" of ");
    out.push_str(&total.to_string());
    out.push_str(if total == 1 {
        " exercise done"
    } else {
        " exercises done"
    });
    if done < total {
        out.push_str(", ");
        out.push_str(&(total - done).to_string());
        out.push_str(" skipped");
    }
    out.push('.');
    out
}

/// "Streak: 3 days in a row." A first day says what tomorrow's session would make it.
pub fn streak_text(streak: u32) -> String {
    match streak {
        0 => String::new(),
        1 => "Streak: 1 day. A session tomorrow makes it 2 days in a row.".to_string(),
        n => {
            let mut out = String::from("Streak: ");
            out.push_str(&n.to_string());
            out.push_str(" days in a row.");
            out
        }
    }
}

/// A screen's section, opened, with its heading (where focus goes when the screen shows).
fn stage_open(heading: &str) -> Html {
    let mut h = Html::new();
    h.open_with("section", &[("aria-labelledby", ids::STAGE_HEADING)]);
    h.open_with("h2", &[("id", ids::STAGE_HEADING), ("tabindex", "-1")])
        .text(heading)
        .close("h2");
    h
}

/// The names of the exercises with this outcome, joined with commas.
fn names_with(p: &Player, outcome: Outcome) -> String {
    p.exercises
        .iter()
        .zip(p.outcomes())
        .filter(|(_, o)| **o == outcome)
        .map(|(e, _)| e.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The player's controls, empty: they stay in the page for the whole session so keyboard
/// focus is never lost, and `paint` writes into them (by the ids in [`ids`]) what
/// [`labels`] says.
pub fn player_html(settings: &HandsFree) -> String {
    let mut h = Html::new();
    // Literal markup around the ids rather than `open_with`: the same string in fewer bytes
    // of wasm (measured: 90 bytes brotli).
    h.raw("<p class=\"progress-text\"")
        .attr("id", ids::PROGRESS_TEXT)
        .raw("></p><progress")
        .attr("id", ids::PROGRESS_BAR)
        .raw(" aria-hidden=\"true\"></progress><h2")
        .attr("id", ids::STAGE_HEADING)
        .raw(" tabindex=\"-1\"></h2><p class=\"step-title\"")
        .attr("id", ids::STEP)
        .raw(" aria-live=\"polite\"></p><p class=\"countdown\"")
        .attr("id", ids::CLOCK)
        .raw(" role=\"timer\" aria-label=\"Time left\"></p><div class=\"countdown-bar\"")
        .attr("id", ids::CLOCK_BAR)
        .raw(" aria-hidden=\"true\"><span")
        .attr("id", ids::CLOCK_FILL)
        .raw("></span></div><p class=\"rep-count\"")
        .attr("id", ids::REPS)
        .raw("></p><p class=\"player-note\"")
        .attr("id", ids::NOT_RUN_NOTE)
        .raw(" hidden>")
        .text(NOT_RUN_NOTE)
        .raw("</p><div class=\"player-buttons\">");
    labelled_button(&mut h, "primary", &PlayerAction::Primary, ids::PRIMARY);
    labelled_button(
        &mut h,
        "secondary",
        &PlayerAction::Secondary,
        ids::SECONDARY,
    );
    h.close("div").open("div", "player-buttons minor");
    actions::button(
        &mut h,
        "link-button",
        &PlayerAction::Confirm,
        &["I did this one"],
    );
    actions::button(
        &mut h,
        "link-button",
        &PlayerAction::Skip,
        &["Skip this exercise"],
    );
    actions::button(
        &mut h,
        "link-button",
        &PlayerAction::End,
        &["End the session"],
    );
    h.close("div").el(
        "p",
        "hint keys",
        "Keys (while in the player): P start or pause, N next or set done, R count a repetition, D I did this one, S skip.",
    );
    settings_html(&mut h, settings);
    h.into_string()
}

/// What the player says while the current exercise will not count (see
/// [`Player::current_not_run`]).
pub const NOT_RUN_NOTE: &str = "You went past a timer before it ran, so this exercise will not count as done. If you did it, tap \u{201c}I did this one\u{201d}.";

/// An empty button with an id, whose words `paint` writes as the step changes.
fn labelled_button(h: &mut Html, class: &'static str, action: &PlayerAction, id: &'static str) {
    h.raw("<button type=\"button\"").attr("class", class);
    actions::attributes(h, action);
    h.attr("id", id).raw(">").close("button");
}

/// The exercise's picture, steps and when to stop, as markup (see `components::markup`).
pub fn how_to_html(e: &Exercise) -> String {
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

/// Whether the current step runs on the clock (a hold, a rest, minutes) rather than being
/// counted.
pub fn is_timed(p: &Player) -> bool {
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
            (ids::PROGRESS_TEXT, progress),
            (
                ids::STAGE_HEADING,
                p.exercise().map_or("", |e| e.name).to_string(),
            ),
            (ids::STEP, step_title(p)),
            (ids::CLOCK, clock_text(p)),
            (ids::REPS, reps),
            (ids::PRIMARY, primary.to_string()),
        ],
        timed,
    )
}

/// What the clock shows: the time left, or the get-ready countdown while it runs.
pub fn clock_text(p: &Player) -> String {
    match p.getting_ready() {
        0 => mm_ss(p.remaining()),
        n => {
            let mut out = String::from("Get ready: ");
            out.push_str(&n.to_string());
            out
        }
    }
}

/// What the secondary button says: "Next" on the clock, "+1 repetition" when counting.
pub fn secondary_label(timed: bool) -> &'static str {
    if timed {
        "Next"
    } else {
        "+1 repetition"
    }
}

/// What the current step asks, e.g. "Set 2 of 3, second side: 10–12 repetitions".
pub fn step_title(p: &Player) -> String {
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
    capitalise(&out)
}

/// The hands-free settings (spoken cues, sounds, the get-ready countdown), folded away,
/// then the note that says when a cue cannot play (empty and hidden until then). Check
/// boxes and radio buttons: a change is a click, read by the screen's one click listener.
pub fn settings_html(h: &mut Html, s: &HandsFree) {
    h.raw(
        "<details class=\"hands-free\"><summary>Hands-free: voice, sounds and countdown</summary>",
    );
    for (id, on, label) in [
        (
            ids::HF_VOICE,
            s.voice,
            "Say the cues aloud (the exercise, get ready, hold, rest)",
        ),
        (
            ids::HF_SOUNDS,
            s.sounds,
            "Play a sound at the start and end of holds and rests",
        ),
    ] {
        choice(h, "checkbox", id, on, label);
    }
    h.raw("<fieldset><legend>Get-ready countdown before a hold or a walk</legend>");
    for c in COUNTDOWNS {
        let mut label = String::new();
        if c == 0 {
            label.push_str("None");
        } else {
            backtrack_core::progress::json::push_int(&mut label, i64::from(c));
            label.push_str(" seconds");
        }
        choice(h, "radio", &ids::countdown_id(c), c == s.countdown, &label);
    }
    h.raw("</fieldset></details><p class=\"cue-note\"")
        .attr("id", ids::CUE_NOTE)
        .raw(" hidden></p>");
}

/// A check box or radio button (of the group "hf") with its label.
fn choice(h: &mut Html, kind: &'static str, id: &str, on: bool, label: &str) {
    h.raw("<p class=\"field checkbox\"><input type=\"")
        .raw(kind)
        .raw("\" name=\"hf\"")
        .attr("id", id);
    if on {
        h.raw(" checked");
    }
    h.raw("><label")
        .attr("for", id)
        .raw(">")
        .text(label)
        .raw("</label></p>");
}

/// The countdown chosen: the radio button that is on (none on: the one before).
pub fn countdown_chosen(is_on: impl Fn(&str) -> bool, before: u8) -> u8 {
    COUNTDOWNS
        .into_iter()
        .find(|c| is_on(&ids::countdown_id(*c)))
        .unwrap_or(before)
}

/// What the player says when a cue the runner chose cannot play ("" when all can): no
/// voice on this device (sounds stand in), or audio blocked here (in a club's frame, for
/// example). The session works the same either way.
pub fn cue_note(s: &HandsFree, has_voice: bool, has_audio: bool) -> &'static str {
    let sound = Outputs::new(s.voice, s.sounds, has_voice, has_audio).sound;
    match (s.voice && !has_voice, s.sounds && !has_audio) {
        (true, _) if sound => "No voice for spoken cues here, so sounds play instead.",
        (true, _) => "Spoken cues and sounds cannot play here. The timer works as usual.",
        (false, true) => "Sounds cannot play here. The timer works as usual.",
        (false, false) => "",
    }
}

/// Seconds as `m:ss`.
pub fn mm_ss(seconds: u32) -> String {
    let mut out = (seconds / 60).to_string();
    out.push(':');
    let s = seconds % 60;
    if s < 10 {
        out.push('0');
    }
    out.push_str(&s.to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::components::actions::Action;
    use crate::components::markup::check_balanced;
    use backtrack_core::CONTENT;
    use leptos::prelude::*;

    #[test]
    fn the_settings_form_shows_the_choices_and_reads_back() {
        let s = HandsFree {
            voice: false,
            sounds: true,
            countdown: 10,
        };
        let mut h = Html::new();
        settings_html(&mut h, &s);
        let html = h.into_string();
        assert_eq!(check_balanced(&html), Ok(()));
        let input = |kind: &str, id: &str, on: bool| {
            [
                "<input type=\"",
                kind,
                "\" name=\"hf\" id=\"",
                id,
                if on { "\" checked>" } else { "\">" },
            ]
            .concat()
        };
        assert!(html.contains(&input("checkbox", ids::HF_VOICE, false)));
        assert!(html.contains(&input("checkbox", ids::HF_SOUNDS, true)));
        assert!(html.contains(&input("radio", &ids::countdown_id(10), true)));
        assert!(html.contains(&input("radio", &ids::countdown_id(0), false)));
        assert!(html.contains(">None</label>") && html.contains(">10 seconds</label>"));
        for c in COUNTDOWNS {
            assert!(ids::countdown_id(c).starts_with(ids::HF_PREFIX));
        }
        assert!(
            ids::HF_VOICE.starts_with(ids::HF_PREFIX) && ids::HF_SOUNDS.starts_with(ids::HF_PREFIX)
        );
        // What the radio buttons say back.
        let three = ids::countdown_id(3);
        assert_eq!(countdown_chosen(|id| id == three, 5), 3);
        assert_eq!(countdown_chosen(|_| false, 5), 5);
        // On both screens where the session can be set up.
        assert!(before_html(&["Walking"], &s).contains(ids::CUE_NOTE));
        assert!(player_html(&s).contains(ids::CUE_NOTE));
    }

    #[test]
    fn the_note_says_which_cue_cannot_play() {
        let all = HandsFree::default();
        assert_eq!(cue_note(&all, true, true), "");
        assert!(cue_note(&all, false, true).contains("sounds play instead"));
        assert!(cue_note(&all, false, false).contains("Spoken cues and sounds cannot play"));
        assert!(cue_note(&all, true, false).starts_with("Sounds cannot play"));
        let quiet = HandsFree {
            voice: false,
            sounds: false,
            countdown: 0,
        };
        assert_eq!(
            cue_note(&quiet, false, false),
            "",
            "nothing chosen, nothing missing"
        );
    }

    #[test]
    fn the_clock_shows_the_get_ready_countdown() {
        let mut p = Player::new(vec![CONTENT.exercise("knee-hugs").unwrap()]);
        p.set_countdown(3);
        assert_eq!(clock_text(&p), "0:20");
        p.start_or_pause();
        assert_eq!(clock_text(&p), "Get ready: 3");
        p.tick(3);
        assert_eq!(clock_text(&p), "0:20");
    }

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
        assert_eq!(texts[0], (ids::PROGRESS_TEXT, "Exercise 1 of 2".into()));
        assert_eq!(texts[3], (ids::CLOCK, "0:20".into()));
        assert_eq!(texts[5], (ids::PRIMARY, "Start".into()));
        assert_eq!(secondary_label(timed), "Next");
        p.start_or_pause();
        assert_eq!(labels(&p).0[5].1, "Pause");
        p.skip_exercise();
        let (texts, timed) = labels(&p);
        assert!(!timed);
        assert_eq!(texts[1], (ids::STAGE_HEADING, "Glute bridge".into()));
        assert_eq!(texts[5].1, "Set done");
        assert_eq!(secondary_label(timed), "+1 repetition");
    }

    #[test]
    fn every_control_the_labels_fill_is_in_the_player() {
        let html = player_html(&HandsFree::default());
        assert_eq!(check_balanced(&html), Ok(()));
        let (texts, _) = labels(&Player::new(vec![CONTENT.exercise("knee-hugs").unwrap()]));
        let painted = texts.iter().map(|(id, _)| *id);
        let shown_or_hidden = [
            ids::NOT_RUN_NOTE,
            ids::CLOCK_BAR,
            ids::CLOCK_FILL,
            ids::PROGRESS_BAR,
            ids::SECONDARY,
        ];
        for id in painted.chain(shown_or_hidden) {
            let attribute = ["id=\"", id, "\""].concat();
            assert_eq!(
                html.matches(&attribute).count(),
                1,
                "{id} once in the player"
            );
        }
        for action in [
            PlayerAction::Primary,
            PlayerAction::Secondary,
            PlayerAction::Skip,
            PlayerAction::Confirm,
            PlayerAction::End,
        ] {
            let attribute = ["data-act=\"", action.verb(), "\""].concat();
            assert!(html.contains(&attribute), "{action:?} has its button");
        }
        assert!(html.contains("<button type=\"button\" class=\"primary\" data-act=\"primary\" id=\"pl-primary\"></button>"));
        assert!(html.contains(
            "<p class=\"countdown\" id=\"pl-clock\" role=\"timer\" aria-label=\"Time left\"></p>"
        ));
    }

    fn player(slugs: &[&str]) -> Player {
        Player::new(
            slugs
                .iter()
                .map(|s| CONTENT.exercise(*s).expect("in the library"))
                .collect(),
        )
    }

    #[test]
    fn each_screen_has_its_heading_and_buttons() {
        let before = before_html(&["Walking"], &HandsFree::default());
        assert!(before.contains("Before you start") && before.contains("data-act=\"start\""));
        assert!(before.contains("id=\"pain-before-none\""));
        // Dead bug skipped; the walk's clock run to the end.
        let mut p = player(&["dead-bug", "walking"]);
        p.skip_exercise();
        p.start_or_pause();
        p.tick(300);
        let after = after_html(&p);
        assert!(after.contains("Done: Walking") && after.contains("Skipped: Dead bug"));
        assert!(!after.contains("Not counted"), "every clock ran");
        assert!(after.contains("data-act=\"save\"") && after.contains("id=\"pain-after-none\""));
        assert!(after.contains("<a href=\"#/plan\" data-act=\"leave\">Leave without saving</a>"));
        let saved = saved_html(
            &p,
            &SavedFacts {
                streak: 1,
                diary_today: false,
            },
        );
        assert!(saved.contains("Session saved"));
        for html in [&before, &after, &saved] {
            assert_eq!(check_balanced(html), Ok(()));
        }
        let how_to = how_to_html(CONTENT.exercise("dead-bug").unwrap());
        assert_eq!(check_balanced(&how_to), Ok(()));
    }

    #[test]
    fn an_exercise_whose_timer_did_not_run_can_be_ticked_after() {
        let mut p = player(&["walking", "glute-bridge"]);
        // "Next" on the walk without starting its clock; the bridge's three sets marked done.
        p.next();
        for _ in 0..5 {
            p.next();
        }
        assert!(p.finished());
        let after = after_html(&p);
        assert!(after.contains("Done: Glute bridge"));
        assert!(!after.contains("Skipped:"), "passed over, not skipped");
        assert!(after.contains("<legend>Not counted: the timer did not run</legend>"));
        let id = ids::did_id("walking");
        assert!(after.contains(
            &[
                "<input type=\"checkbox\" id=\"",
                id.as_str(),
                "\"><label for=\"",
                id.as_str(),
                "\">I did Walking</label>"
            ]
            .concat()
        ));
        assert_eq!(check_balanced(&after), Ok(()));
        // Nothing done at all, and no box ticked for the runner: that is theirs to say.
        let mut none = player(&["walking"]);
        none.next();
        let after = after_html(&none);
        assert!(after.contains("Done: none"));
        assert!(!after.contains("checked"));
    }

    #[test]
    fn the_saved_screen_says_what_was_done_the_streak_and_the_next_step() {
        let mut p = player(&["walking", "glute-bridge", "knee-hugs", "dead-bug"]);
        p.next();
        p.skip_exercise();
        p.confirm_exercise();
        p.confirm_exercise();
        let first = saved_html(
            &p,
            &SavedFacts {
                streak: 1,
                diary_today: false,
            },
        );
        assert!(first.contains("Well done. <strong>2 of 4 exercises done, 2 skipped.</strong>"));
        assert!(first.contains("Streak: 1 day. A session tomorrow makes it 2 days in a row."));
        assert!(first.contains(
            "<a class=\"button primary\" href=\"#/diary\">Add today&#39;s pain to your diary</a>"
        ));
        let later = saved_html(
            &p,
            &SavedFacts {
                streak: 3,
                diary_today: true,
            },
        );
        assert!(later.contains("Streak: 3 days in a row."));
        assert!(later.contains("<a class=\"button primary\" href=\"#/plan\">Back to My plan</a>"));
        assert_eq!(check_balanced(&later), Ok(()));

        assert_eq!(done_summary(4, 4), "All 4 exercises done.");
        assert_eq!(done_summary(1, 1), "1 exercise done.");
        assert_eq!(done_summary(0, 1), "0 of 1 exercise done, 1 skipped.");
        assert_eq!(done_summary(0, 3), "0 of 3 exercises done, 3 skipped.");
        assert_eq!(streak_text(0), "");
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
