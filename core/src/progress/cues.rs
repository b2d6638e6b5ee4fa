//! The hands-free cue plan: what the session player says and which tone it plays, and when,
//! as a pure function of the player's moments before and after each change ([`cues`]).
//!
//! The shell takes a [`Moment`] before it changes the player (a tap, a key, a tick of the
//! clock) and one after, and plays what [`cues`] returns, filtered by what the runner chose
//! and what the browser can do ([`playable`]). No timing lives here or in the shell beyond
//! the player's own clock: a cue fires when the player reaches it.
//!
//! | when | words | tone |
//! |---|---|---|
//! | the player appears, or a new exercise begins | the exercise's name | [`Tone::End`] if a clock ran out |
//! | the runner starts a hold or a walk | "Get ready." then 3, 2, 1 (the last three seconds of the countdown) | |
//! | a hold's (or walk's) clock starts | "Hold." ("Go." for a walk) | [`Tone::Start`] |
//! | 10 seconds left of a hold or rest of 20 s or more; each whole minute left of a walk | "10 seconds left." | |
//! | a relax between holds | "Relax.", then 3, 2, 1 before the next hold starts itself | [`Tone::End`] |
//! | a rest between sets | "Rest." | [`Tone::End`] |
//! | the second side | "Switch sides." | [`Tone::End`] if a clock ran out |
//! | a new set after a rest | "Set 2 of 3." | [`Tone::End`] (the rest is over) |
//! | the last step is done | "Done. ..." | [`Tone::End`] if a clock ran out |
//!
//! A tick that jumps several seconds (a throttled background tab) says only the latest
//! point it passed, never a burst of stale ones.

use crate::content::{Exercise, HandsFreeText};

use super::json::push_int;
use super::player::{Player, Step, StepKind};

/// What the cue plan needs of the player at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    pub index: usize,
    pub step: Option<Step>,
    pub remaining: u32,
    pub running: bool,
    /// Seconds left of the get-ready countdown.
    pub getting_ready: u32,
}

impl Player {
    /// The player now, for [`cues`].
    pub fn moment(&self) -> Moment {
        Moment {
            index: self.position().0,
            step: self.step().copied(),
            remaining: self.remaining(),
            running: self.running(),
            getting_ready: self.getting_ready(),
        }
    }
}

/// Something said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    /// The exercise's name.
    Exercise(&'static str),
    GetReady,
    /// One number of a countdown (3, 2, 1).
    Count(u32),
    Hold,
    Go,
    SecondsLeft(u32),
    MinutesLeft(u32),
    Relax,
    Rest,
    SwitchSides,
    Set {
        set: u8,
        sets: u8,
    },
    Done,
}

/// A short tone (made by the shell; no sound files).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// A hold or a walk begins: higher.
    Start,
    /// A clock ran out, or a rest or relax begins: lower.
    End,
    /// A countdown number, when there is no voice to say it: short and quiet.
    Tick,
}

/// One cue, in the order it is played.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    Say(Words),
    Tone(Tone),
}

/// The cues for the change from `before` to `after` (`before` is `None` when the player has
/// just appeared). `exercises` are the player's, for their names.
pub fn cues(before: Option<&Moment>, after: &Moment, exercises: &[&'static Exercise]) -> Vec<Cue> {
    let mut out = Vec::new();
    let name = |s: &Step| exercises.get(s.exercise).map(|e| e.name).unwrap_or("");
    let Some(before) = before else {
        if let Some(step) = &after.step {
            out.push(Cue::Say(Words::Exercise(name(step))));
        }
        return out;
    };
    if after.index != before.index {
        step_changed(&mut out, before, after, name);
        return out;
    }
    let Some(step) = after.step else {
        return out;
    };
    // The get-ready countdown: begun, or a second less.
    if after.getting_ready > 0 {
        let begun = before.getting_ready == 0;
        if begun {
            out.push(Cue::Say(Words::GetReady));
        }
        if after.getting_ready <= 3 && (begun || after.getting_ready < before.getting_ready) {
            out.push(Cue::Say(Words::Count(after.getting_ready)));
        }
        return out;
    }
    if !after.running {
        return out;
    }
    let full = step.seconds().unwrap_or(0);
    // A hold or walk that was waiting (or getting ready) starts now.
    let was_waiting = !before.running && before.remaining == full;
    if step.is_work() && (before.getting_ready > 0 || was_waiting) {
        start_work(&mut out, &step);
    }
    if after.remaining < before.remaining {
        if let Some(words) = latest_point(&step, after.remaining, before.remaining) {
            out.push(Cue::Say(words));
        }
    }
    out
}

/// The cues when the player moves to another step (or past the last).
fn step_changed(
    out: &mut Vec<Cue>,
    before: &Moment,
    after: &Moment,
    name: impl Fn(&Step) -> &'static str,
) {
    let clock_ended = before.running
        && before.getting_ready == 0
        && before.step.and_then(|s| s.seconds()).is_some();
    let Some(step) = after.step else {
        if clock_ended {
            out.push(Cue::Tone(Tone::End));
        }
        out.push(Cue::Say(Words::Done));
        return;
    };
    let starts_now = after.running && step.is_work();
    let breather = !step.is_work();
    if !starts_now && (clock_ended || breather) {
        out.push(Cue::Tone(Tone::End));
    }
    let previous = before.step;
    let same_exercise = previous.is_some_and(|p| p.exercise == step.exercise);
    if !same_exercise {
        out.push(Cue::Say(Words::Exercise(name(&step))));
        return;
    }
    match step.kind {
        StepKind::Relax { .. } => out.push(Cue::Say(Words::Relax)),
        StepKind::Rest { .. } => out.push(Cue::Say(Words::Rest)),
        _ if starts_now => start_work(out, &step),
        _ if previous.is_some_and(|p| p.side == Some(1)) && step.side == Some(2) => {
            out.push(Cue::Say(Words::SwitchSides))
        }
        _ if previous.is_some_and(|p| p.set != step.set) => out.push(Cue::Say(Words::Set {
            set: step.set,
            sets: step.sets,
        })),
        _ => {}
    }
}

/// A hold's or a walk's clock starts.
fn start_work(out: &mut Vec<Cue>, step: &Step) {
    out.push(Cue::Tone(Tone::Start));
    out.push(Cue::Say(match step.kind {
        StepKind::Minutes { .. } => Words::Go,
        _ => Words::Hold,
    }));
}

/// The latest point worth saying that the clock passed going from `from` down to `to`
/// seconds left (`to < from`): the lowest one in `to..from`.
fn latest_point(step: &Step, to: u32, from: u32) -> Option<Words> {
    let full = step.seconds()?;
    (to..from).find_map(|left| point(step.kind, full, left))
}

/// What is said at `left` seconds left of a step of `full` seconds, if anything.
fn point(kind: StepKind, full: u32, left: u32) -> Option<Words> {
    match kind {
        // The relax is the next hold's get-ready: it counts down its last three seconds.
        StepKind::Relax { .. } => (1..=3).contains(&left).then_some(Words::Count(left)),
        StepKind::Hold { .. } | StepKind::Rest { .. } | StepKind::Minutes { .. } => {
            if left == 10 && full >= 20 {
                Some(Words::SecondsLeft(10))
            } else if left > 0 && left.is_multiple_of(60) && left < full {
                Some(Words::MinutesLeft(left / 60))
            } else {
                None
            }
        }
        StepKind::Reps { .. } => None,
    }
}

/// What can be played now: the runner's choices, and what the browser offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outputs {
    /// Say the words (voice chosen and a voice available).
    pub speak: bool,
    /// Play the tones (sounds chosen, or standing in for a voice that is missing).
    pub sound: bool,
}

impl Outputs {
    /// What plays for these choices when the browser has (or lacks) a voice and audio: with
    /// no voice, sounds stand in for it (even if sounds were off).
    pub fn new(voice: bool, sounds: bool, has_voice: bool, has_audio: bool) -> Outputs {
        Outputs {
            speak: voice && has_voice,
            sound: has_audio && (sounds || (voice && !has_voice)),
        }
    }
}

/// The cues that play with these outputs: words only when speaking, tones only with sound,
/// and, when not speaking (no voice chosen, or none available), a tick for each countdown
/// number.
pub fn playable(cues: &[Cue], outputs: Outputs) -> Vec<Cue> {
    cues.iter()
        .filter_map(|c| match *c {
            Cue::Say(_) if outputs.speak => Some(*c),
            Cue::Say(Words::Count(_)) if outputs.sound => Some(Cue::Tone(Tone::Tick)),
            Cue::Tone(_) if outputs.sound => Some(*c),
            _ => None,
        })
        .collect()
}

/// The words, as said (see [`HandsFreeText`]).
pub fn say(words: Words, text: &HandsFreeText) -> String {
    let mut out = String::new();
    match words {
        Words::Exercise(name) => out.push_str(name),
        Words::GetReady => out.push_str(text.get_ready),
        Words::Count(n) => push_int(&mut out, i64::from(n)),
        Words::Hold => out.push_str(text.hold),
        Words::Go => out.push_str(text.go),
        Words::SecondsLeft(n) => {
            push_int(&mut out, i64::from(n));
            out.push_str(text.seconds_left);
        }
        Words::MinutesLeft(1) => out.push_str(text.one_minute_left),
        Words::MinutesLeft(n) => {
            push_int(&mut out, i64::from(n));
            out.push_str(text.minutes_left);
        }
        Words::Relax => out.push_str(text.relax),
        Words::Rest => out.push_str(text.rest),
        Words::SwitchSides => out.push_str(text.switch_sides),
        Words::Set { set, sets } => {
            out.push_str(text.set);
            push_int(&mut out, i64::from(set));
            out.push_str(text.of);
            push_int(&mut out, i64::from(sets));
            out.push('.');
        }
        Words::Done => out.push_str(text.done),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CONTENT;

    fn ex(slug: &str) -> &'static Exercise {
        CONTENT.exercise(slug).expect("in the library")
    }

    /// Plays a session the way the shell does: each change of the player is one call of
    /// [`cues`], and every cue is written down as words (or a tone's name).
    struct Run {
        player: Player,
        heard: Vec<String>,
    }

    impl Run {
        fn new(exercises: Vec<&'static Exercise>, countdown: u32) -> Run {
            let mut player = Player::new(exercises);
            player.set_countdown(countdown);
            let mut run = Run {
                player,
                heard: Vec::new(),
            };
            let now = run.player.moment();
            run.hear(cues(None, &now, &run.player.exercises));
            run
        }

        fn hear(&mut self, cues: Vec<Cue>) {
            for c in cues {
                self.heard.push(match c {
                    Cue::Say(w) => say(w, &CONTENT.hands_free),
                    Cue::Tone(t) => format!("<{t:?}>"),
                });
            }
        }

        fn act(&mut self, change: impl FnOnce(&mut Player)) {
            let before = self.player.moment();
            change(&mut self.player);
            let after = self.player.moment();
            let heard = cues(Some(&before), &after, &self.player.exercises);
            self.hear(heard);
        }

        /// One second at a time, `n` times, as a running clock ticks.
        fn seconds(&mut self, n: u32) {
            for _ in 0..n {
                self.act(|p| {
                    p.tick(1);
                });
            }
        }

        fn take(&mut self) -> Vec<String> {
            std::mem::take(&mut self.heard)
        }
    }

    #[test]
    fn holds_on_each_side_with_relaxes_and_a_countdown() {
        // Side plank: 3 holds of 20 s on each side, 5 s relaxes between them.
        let mut run = Run::new(vec![ex("side-plank")], 5);
        assert_eq!(run.take(), ["Side plank"]);
        run.act(Player::start_or_pause);
        assert_eq!(run.take(), ["Get ready."]);
        run.seconds(5);
        assert_eq!(run.take(), ["3", "2", "1", "<Start>", "Hold."]);
        run.seconds(20);
        assert_eq!(run.take(), ["10 seconds left.", "<End>", "Relax."]);
        run.seconds(5);
        assert_eq!(run.take(), ["3", "2", "1", "<Start>", "Hold."]);
        run.seconds(20 + 5 + 20);
        assert_eq!(
            run.take(),
            [
                "10 seconds left.",
                "<End>",
                "Relax.",
                "3",
                "2",
                "1",
                "<Start>",
                "Hold.",
                "10 seconds left.",
                "<End>",
                "Switch sides."
            ]
        );
        // The second side waits for the runner, with its countdown again.
        run.seconds(3);
        assert!(run.take().is_empty(), "a waiting clock says nothing");
        run.act(Player::start_or_pause);
        run.seconds(5 + 20 + 5 + 20 + 5 + 20);
        let heard = run.take();
        assert_eq!(heard.first().map(String::as_str), Some("Get ready."));
        assert_eq!(
            heard[heard.len() - 3..],
            ["10 seconds left.", "<End>", "Done. Well done."]
        );
        assert!(run.player.finished());
    }

    #[test]
    fn sets_sides_and_rests_then_the_next_exercise() {
        // Lower back rotation: 2 sets of 10 each side, rest 30 s; then cat and camel.
        let mut run = Run::new(vec![ex("lumbar-rotation"), ex("cat-camel")], 3);
        assert_eq!(run.take(), ["Lower back rotation"]);
        run.act(Player::next);
        assert_eq!(run.take(), ["Switch sides."]);
        run.act(Player::next);
        assert_eq!(run.take(), ["<End>", "Rest."]);
        run.seconds(30);
        assert_eq!(run.take(), ["10 seconds left.", "<End>", "Set 2 of 2."]);
        run.act(Player::next);
        assert_eq!(run.take(), ["Switch sides."]);
        run.act(Player::next);
        assert_eq!(run.take(), ["Cat and camel"]);
        // Skipping goes to the end.
        run.act(Player::skip_exercise);
        assert_eq!(run.take(), ["Done. Well done."]);
    }

    #[test]
    fn pausing_resuming_and_cutting_short_say_nothing_stale() {
        let mut run = Run::new(vec![ex("knee-hugs"), ex("walking")], 0);
        run.take();
        // No countdown: the clock starts at once.
        run.act(Player::start_or_pause);
        assert_eq!(run.take(), ["<Start>", "Hold."]);
        run.seconds(4);
        run.act(Player::start_or_pause);
        run.act(Player::start_or_pause);
        assert!(run.take().is_empty(), "pause and resume are silent");
        // A throttled tab: one tick of 16 s passes 10 seconds left and the end; only the
        // end is said.
        run.act(|p| {
            p.tick(16);
        });
        assert_eq!(run.take(), ["<End>", "Relax."]);
        // The runner cuts the relax short: the hold starts itself.
        run.act(Player::next);
        assert_eq!(run.take(), ["<Start>", "Hold."]);
        run.act(Player::confirm_exercise);
        assert_eq!(run.take(), ["<End>", "Walking"]);
        // A walk: "Go", then each whole minute left.
        run.act(Player::start_or_pause);
        assert_eq!(run.take(), ["<Start>", "Go."]);
        run.seconds(60);
        assert_eq!(run.take(), ["4 minutes left."]);
        run.seconds(3 * 60);
        assert_eq!(
            run.take(),
            ["3 minutes left.", "2 minutes left.", "1 minute left."]
        );
        run.seconds(60);
        assert_eq!(
            run.take(),
            ["10 seconds left.", "<End>", "Done. Well done."]
        );
    }

    #[test]
    fn a_long_countdown_says_get_ready_then_the_last_three_seconds() {
        let mut run = Run::new(vec![ex("knee-hugs")], 10);
        run.take();
        run.act(Player::start_or_pause);
        run.seconds(6);
        assert_eq!(run.take(), ["Get ready."]);
        run.seconds(4);
        assert_eq!(run.take(), ["3", "2", "1", "<Start>", "Hold."]);
        // Pausing in a countdown and starting again begins it again.
        let mut run = Run::new(vec![ex("knee-hugs")], 3);
        run.take();
        run.act(Player::start_or_pause);
        assert_eq!(run.take(), ["Get ready.", "3"]);
        run.seconds(1);
        run.act(Player::start_or_pause);
        run.act(Player::start_or_pause);
        assert_eq!(run.take(), ["2", "Get ready.", "3"]);
    }

    #[test]
    fn what_plays_follows_the_choices_and_the_browser() {
        let cues = [
            Cue::Say(Words::GetReady),
            Cue::Say(Words::Count(1)),
            Cue::Tone(Tone::Start),
            Cue::Say(Words::Hold),
        ];
        let all = Outputs::new(true, true, true, true);
        assert_eq!(playable(&cues, all), cues);
        let voice_only = Outputs::new(true, false, true, true);
        assert_eq!(playable(&cues, voice_only), [cues[0], cues[1], cues[3]]);
        // Sounds without the voice tick the countdown.
        let sounds_only = Outputs::new(false, true, true, true);
        assert_eq!(
            playable(&cues, sounds_only),
            [Cue::Tone(Tone::Tick), Cue::Tone(Tone::Start)]
        );
        // No voice on this device: sounds stand in, ticking the countdown.
        let no_voice = Outputs::new(true, false, false, true);
        assert_eq!(
            no_voice,
            Outputs {
                speak: false,
                sound: true
            }
        );
        assert_eq!(
            playable(&cues, no_voice),
            [Cue::Tone(Tone::Tick), Cue::Tone(Tone::Start)]
        );
        // Nothing chosen, or nothing the browser can do: silence.
        assert!(playable(&cues, Outputs::new(false, false, true, true)).is_empty());
        assert!(playable(&cues, Outputs::new(true, true, false, false)).is_empty());
    }

    #[test]
    fn every_cue_has_words() {
        for w in [
            Words::GetReady,
            Words::Hold,
            Words::Go,
            Words::SecondsLeft(10),
            Words::MinutesLeft(1),
            Words::MinutesLeft(2),
            Words::Relax,
            Words::Rest,
            Words::SwitchSides,
            Words::Set { set: 2, sets: 3 },
            Words::Done,
        ] {
            let text = say(w, &CONTENT.hands_free);
            assert!(
                text.trim().len() > 1 && text.ends_with('.'),
                "{w:?}: {text:?}"
            );
        }
        assert_eq!(
            say(Words::Set { set: 2, sets: 3 }, &CONTENT.hands_free),
            "Set 2 of 3."
        );
        assert_eq!(
            say(Words::MinutesLeft(2), &CONTENT.hands_free),
            "2 minutes left."
        );
    }
}
