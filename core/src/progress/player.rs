//! The session player as a plain state machine: today's exercises turned into steps (sets,
//! sides, holds, rests), a clock that the shell ticks once a second, and what the runner
//! does (start, pause, next, skip, count a repetition).
//!
//! The shell owns no timing logic: it calls [`Player::tick`] with the whole seconds that
//! passed and renders [`Player::step`].
//!
//! # What counts as done
//!
//! An exercise counts as done only when the runner did it, not when they moved past it:
//!
//! - a hold or a walk (a timed step of work) counts once its clock has run: to the end, or
//!   started and then cut short with "Next" (runners stop a hold early when it hurts, and a
//!   walk's clock counts only its shortest time);
//! - a set of repetitions counts when the runner says the set is done (there is no clock to
//!   run, so no runner is made to time what they count);
//! - rests and relaxes between them are not work: passing over them changes nothing;
//! - "I did this one" ([`Player::confirm_exercise`]) counts the whole exercise, for a runner
//!   who did it without the player's clock.
//!
//! An exercise with a timed step passed with "Next" before its clock ran is
//! [`Outcome::NotRun`]: not done, and saved with the skipped ones, unless the runner
//! confirms it, in the player or on the screen after it ([`Player::confirm`]).

use crate::content::{DoseKind, Exercise};

/// Seconds to relax between two holds of the same set. The content gives rests between
/// sets; between holds the player gives a short, fixed breather.
pub const RELAX_SECONDS: u16 = 5;

/// What one step asks of the runner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// A set of repetitions: the runner counts and says when the set is done.
    Reps { min: u8, max: u8 },
    /// Hold a position: hold `rep` of `reps` in this set.
    Hold { seconds: u16, rep: u8, reps: u8 },
    /// Relax between holds.
    Relax { seconds: u16 },
    /// Rest between sets.
    Rest { seconds: u16 },
    /// Keep going for `min` to `max` minutes (a walk); the clock counts the shorter time.
    Minutes { min: u8, max: u8 },
}

/// One step of the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Index into [`Player::exercises`].
    pub exercise: usize,
    pub kind: StepKind,
    /// Set number (1-based) and how many sets.
    pub set: u8,
    pub sets: u8,
    /// 1 or 2 for exercises done on each side.
    pub side: Option<u8>,
}

impl Step {
    /// The step's length in seconds when it is timed; `None` for a set of repetitions.
    pub fn seconds(&self) -> Option<u32> {
        match self.kind {
            StepKind::Reps { .. } => None,
            StepKind::Hold { seconds, .. }
            | StepKind::Relax { seconds }
            | StepKind::Rest { seconds } => Some(u32::from(seconds)),
            StepKind::Minutes { min, .. } => Some(u32::from(min) * 60),
        }
    }

    /// Whether the step is work the runner does (a set, a hold, a walk), as opposed to a
    /// rest or a relax between them.
    pub fn is_work(&self) -> bool {
        !matches!(self.kind, StepKind::Relax { .. } | StepKind::Rest { .. })
    }

    /// Whether the clock runs by itself when the step begins (rests, relaxing, and a hold
    /// that follows a relax). Other timed steps wait for the runner to get into position.
    fn starts_itself(&self, previous: Option<&Step>) -> bool {
        match self.kind {
            StepKind::Relax { .. } | StepKind::Rest { .. } => true,
            StepKind::Hold { .. } => {
                matches!(previous.map(|p| p.kind), Some(StepKind::Relax { .. }))
            }
            _ => false,
        }
    }
}

/// How an exercise went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not reached yet, or under way with every step of work so far done.
    Pending,
    /// A timed step of work was passed over before its clock ran: not done unless the
    /// runner confirms it (see the module's "What counts as done").
    NotRun,
    Done,
    Skipped,
}

/// A session in progress.
/// Where a session stands, as plain data: the step, the time left on it, the repetitions
/// counted, and each exercise's outcome so far (see [`Player::snapshot`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub index: usize,
    pub remaining: u32,
    pub reps: u16,
    pub outcomes: Vec<Outcome>,
}

#[derive(Clone, Debug)]
pub struct Player {
    pub exercises: Vec<&'static Exercise>,
    steps: Vec<Step>,
    index: usize,
    /// Seconds left in the current timed step.
    remaining: u32,
    running: bool,
    /// Repetitions counted in the current set.
    reps: u16,
    outcomes: Vec<Outcome>,
    /// The get-ready countdown the runner chose, in seconds (0: none), and what is left of
    /// it now (see [`Player::set_countdown`]).
    countdown: u32,
    getting_ready: u32,
}

/// The steps for one exercise's dose.
pub fn steps_for(exercise_index: usize, exercise: &Exercise) -> Vec<Step> {
    let dose = exercise.dose;
    let sets = dose.sets.max(1);
    let sides: &[Option<u8>] = if dose.each_side {
        &[Some(1), Some(2)]
    } else {
        &[None]
    };
    let mut steps = Vec::new();
    for set in 1..=sets {
        for &side in sides {
            let step = |kind| Step {
                exercise: exercise_index,
                kind,
                set,
                sets,
                side,
            };
            match dose.kind {
                DoseKind::Reps { min, max } => steps.push(step(StepKind::Reps { min, max })),
                DoseKind::Hold { seconds, reps } => {
                    let reps = reps.max(1);
                    for rep in 1..=reps {
                        steps.push(step(StepKind::Hold { seconds, rep, reps }));
                        if rep < reps {
                            steps.push(step(StepKind::Relax {
                                seconds: RELAX_SECONDS,
                            }));
                        }
                    }
                }
                DoseKind::Minutes { min, max, .. } => {
                    steps.push(step(StepKind::Minutes { min, max }))
                }
            }
        }
        if set < sets && dose.rest_seconds > 0 {
            steps.push(Step {
                exercise: exercise_index,
                kind: StepKind::Rest {
                    seconds: dose.rest_seconds,
                },
                set,
                sets,
                side: None,
            });
        }
    }
    steps
}

impl Player {
    /// A player for these exercises, at the first step, waiting for the runner.
    pub fn new(exercises: Vec<&'static Exercise>) -> Player {
        let steps = exercises
            .iter()
            .enumerate()
            .flat_map(|(i, e)| steps_for(i, e))
            .collect();
        let mut player = Player {
            outcomes: vec![Outcome::Pending; exercises.len()],
            exercises,
            steps,
            index: 0,
            remaining: 0,
            running: false,
            reps: 0,
            countdown: 0,
            getting_ready: 0,
        };
        player.enter(0);
        player
    }

    fn enter(&mut self, index: usize) {
        self.index = index;
        self.reps = 0;
        self.getting_ready = 0;
        match self.steps.get(index) {
            Some(step) => {
                self.remaining = step.seconds().unwrap_or(0);
                let previous = index.checked_sub(1).and_then(|i| self.steps.get(i));
                // A step of a new exercise always waits.
                let same_exercise = previous.is_some_and(|p| p.exercise == step.exercise);
                self.running = same_exercise && step.starts_itself(previous);
            }
            None => {
                self.remaining = 0;
                self.running = false;
            }
        }
    }

    /// Where the runner is, as plain data that can be kept as a draft and resumed.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            index: self.index,
            remaining: self.remaining,
            reps: self.reps,
            outcomes: self.outcomes.clone(),
        }
    }

    /// A player for these exercises, back where `snapshot` left it, paused (the runner
    /// restarts the clock). `None` when the snapshot does not fit these exercises.
    pub fn resume(exercises: Vec<&'static Exercise>, snapshot: &Snapshot) -> Option<Player> {
        let mut player = Player::new(exercises);
        if snapshot.outcomes.len() != player.outcomes.len() || snapshot.index > player.steps.len() {
            return None;
        }
        player.enter(snapshot.index);
        let longest = player.step().and_then(Step::seconds).unwrap_or(0);
        if snapshot.remaining > longest {
            return None;
        }
        player.remaining = snapshot.remaining;
        player.reps = snapshot.reps;
        player.outcomes = snapshot.outcomes.clone();
        player.running = false;
        Some(player)
    }

    /// The current step, or `None` when every exercise is done or skipped.
    pub fn step(&self) -> Option<&Step> {
        self.steps.get(self.index)
    }

    /// The current exercise.
    pub fn exercise(&self) -> Option<&'static Exercise> {
        self.step()
            .and_then(|s| self.exercises.get(s.exercise).copied())
    }

    /// Seconds left in a timed step.
    pub fn remaining(&self) -> u32 {
        self.remaining
    }

    /// Whether the clock is running.
    pub fn running(&self) -> bool {
        self.running
    }

    /// Whether the current timed step has not begun yet (its clock is full and stopped).
    pub fn waiting(&self) -> bool {
        !self.running && self.step().and_then(Step::seconds) == Some(self.remaining)
    }

    /// Repetitions counted in the current set.
    pub fn reps(&self) -> u16 {
        self.reps
    }

    /// Steps completed and the total, for a progress bar.
    pub fn position(&self) -> (usize, usize) {
        (self.index.min(self.steps.len()), self.steps.len())
    }

    /// Whether the session has no step left.
    pub fn finished(&self) -> bool {
        self.index >= self.steps.len()
    }

    /// How each exercise went.
    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }

    /// Slugs of the exercises with this outcome.
    pub fn slugs(&self, outcome: Outcome) -> Vec<String> {
        self.exercises
            .iter()
            .zip(&self.outcomes)
            .filter(|(_, o)| **o == outcome)
            .map(|(e, _)| e.slug.id().to_owned())
            .collect()
    }

    /// Sets the get-ready countdown: the seconds between the runner's "Start" on a hold or
    /// a walk and its clock starting, time to get into position (0: none). A hold that
    /// follows a relax has none (the relax is its breather), nor has a resumed clock.
    pub fn set_countdown(&mut self, seconds: u32) {
        self.countdown = seconds;
    }

    /// Seconds left of the get-ready countdown; 0 when there is none running. While it runs
    /// the player counts as running (the main button pauses it) but the step's clock is
    /// still full, so "Next" now passes the step over.
    pub fn getting_ready(&self) -> u32 {
        self.getting_ready
    }

    /// Starts or resumes the clock of a timed step (after the get-ready countdown, for work
    /// not begun yet); pauses it if running, which also stops a countdown.
    pub fn start_or_pause(&mut self) {
        let Some(step) = self.step().copied() else {
            return;
        };
        if step.seconds().is_none() {
            return;
        }
        if self.running {
            self.pause();
        } else {
            self.getting_ready = if self.waiting() && step.is_work() {
                self.countdown
            } else {
                0
            };
            self.running = true;
        }
    }

    /// Pauses the clock (no change if it is not running), and stops a get-ready countdown.
    pub fn pause(&mut self) {
        self.running = false;
        self.getting_ready = 0;
    }

    /// Counts one repetition of a set of repetitions.
    pub fn count_rep(&mut self) {
        if matches!(self.step().map(|s| s.kind), Some(StepKind::Reps { .. })) {
            self.reps = self.reps.saturating_add(1).min(999);
        }
    }

    /// `seconds` of time passed. A running clock counts down; at zero the step is complete.
    /// Returns whether the step changed.
    pub fn tick(&mut self, seconds: u32) -> bool {
        if !self.running || self.finished() {
            return false;
        }
        // The get-ready countdown goes first; the seconds after it count on the clock.
        let ready = seconds.min(self.getting_ready);
        self.getting_ready -= ready;
        let seconds = seconds - ready;
        if seconds == 0 {
            return false;
        }
        self.remaining = self.remaining.saturating_sub(seconds);
        if self.remaining == 0 {
            self.next();
            return true;
        }
        false
    }

    /// Completes the current step (the set is done, the clock ran out, or the runner moves
    /// on early) and goes to the next one. A timed step of work whose clock has not run is
    /// passed over, not done: its exercise is then [`Outcome::NotRun`].
    pub fn next(&mut self) {
        let Some(step) = self.step().copied() else {
            return;
        };
        let outcome = &mut self.outcomes[step.exercise];
        let clock_ran = step.seconds().is_none_or(|full| self.remaining < full);
        if step.is_work() && !clock_ran && *outcome == Outcome::Pending {
            *outcome = Outcome::NotRun;
        }
        let last_of_exercise = self
            .steps
            .get(self.index + 1)
            .is_none_or(|n| n.exercise != step.exercise);
        if last_of_exercise && *outcome == Outcome::Pending {
            *outcome = Outcome::Done;
        }
        self.enter(self.index + 1);
    }

    /// Whether the current exercise will not count as done as things stand: one of its
    /// timed steps was passed over before its clock ran.
    pub fn current_not_run(&self) -> bool {
        self.step()
            .is_some_and(|s| self.outcomes[s.exercise] == Outcome::NotRun)
    }

    /// Skips the rest of the current exercise.
    pub fn skip_exercise(&mut self) {
        self.end_exercise(Outcome::Skipped);
    }

    /// "I did this one": the runner confirms they did the current exercise (perhaps without
    /// the clock), so it counts as done, and the player goes on to the next exercise.
    pub fn confirm_exercise(&mut self) {
        self.end_exercise(Outcome::Done);
    }

    /// Ends the current exercise with this outcome and goes to the next one.
    fn end_exercise(&mut self, outcome: Outcome) {
        let Some(current) = self.step().map(|s| s.exercise) else {
            return;
        };
        self.outcomes[current] = outcome;
        let next = self.steps[self.index..]
            .iter()
            .position(|s| s.exercise != current)
            .map_or(self.steps.len(), |i| self.index + i);
        self.enter(next);
    }

    /// The runner confirms, once the player has gone past it, that they did exercise
    /// `index` although its clock did not run: it counts as done. Only an exercise that is
    /// [`Outcome::NotRun`] changes (one the runner skipped stays skipped).
    pub fn confirm(&mut self, index: usize) {
        if let Some(o) = self.outcomes.get_mut(index) {
            if *o == Outcome::NotRun {
                *o = Outcome::Done;
            }
        }
    }

    /// Slugs of the exercises that do not count as done (skipped, or passed over before
    /// their clock ran), in order: what a saved session lists as skipped.
    pub fn not_done(&self) -> Vec<String> {
        self.exercises
            .iter()
            .zip(&self.outcomes)
            .filter(|(_, o)| **o != Outcome::Done)
            .map(|(e, _)| e.slug.id().to_owned())
            .collect()
    }

    /// Ends the session now: whatever was not reached counts as skipped.
    pub fn finish_now(&mut self) {
        for o in &mut self.outcomes {
            if *o == Outcome::Pending {
                *o = Outcome::Skipped;
            }
        }
        self.enter(self.steps.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ExerciseId, CONTENT};

    fn ex(slug: &str) -> &'static Exercise {
        CONTENT.exercise(slug).unwrap()
    }

    #[test]
    fn doses_become_steps() {
        // Glute bridge: 3 sets of reps, 45 s rest between.
        let steps = steps_for(0, ex("glute-bridge"));
        let kinds: Vec<_> = steps.iter().map(|s| s.kind).collect();
        let reps = StepKind::Reps { min: 10, max: 12 };
        let rest = StepKind::Rest { seconds: 45 };
        assert_eq!(kinds, [reps, rest, reps, rest, reps]);
        // Dead bug: each side, so two sets of reps per set.
        let steps = steps_for(0, ex("dead-bug"));
        assert_eq!(steps.len(), 3 * 2 + 2);
        assert_eq!(steps[0].side, Some(1));
        assert_eq!(steps[1].side, Some(2));
        // Knee hugs: 3 holds of 20 s with relaxes between, one set.
        let steps = steps_for(0, ex("knee-hugs"));
        assert_eq!(steps.len(), 5);
        assert_eq!(
            steps[2].kind,
            StepKind::Hold {
                seconds: 20,
                rep: 2,
                reps: 3
            }
        );
        // Every exercise in the library makes at least one step, and every timed step
        // has a length.
        for e in CONTENT.exercises {
            let steps = steps_for(0, e);
            assert!(!steps.is_empty(), "{}", e.slug);
            assert!(steps.iter().all(|s| s.seconds() != Some(0)), "{}", e.slug);
        }
    }

    #[test]
    fn a_hold_waits_for_the_runner_then_the_clock_runs_through_relaxes() {
        let mut p = Player::new(vec![ex("knee-hugs"), ex("glute-bridge")]);
        assert!(p.waiting());
        assert_eq!(p.remaining(), 20);
        assert!(!p.tick(5), "a waiting clock does not run");
        p.start_or_pause();
        assert!(p.running());
        assert!(!p.tick(19));
        assert_eq!(p.remaining(), 1);
        p.start_or_pause();
        assert!(!p.tick(10), "a paused clock does not run");
        p.start_or_pause();
        assert!(p.tick(1));
        assert_eq!(
            p.step().map(|s| s.kind),
            Some(StepKind::Relax { seconds: 5 })
        );
        assert!(p.running(), "a relax runs by itself");
        assert!(p.tick(5));
        assert!(p.running(), "and so does the hold after it");
        // The runner cuts the second and third holds short: their clocks ran, so they count.
        assert!(!p.tick(12));
        p.next();
        p.next();
        assert!(!p.tick(3));
        p.next();
        // Knee hugs are done; the glute bridge waits for its first set.
        assert_eq!(p.outcomes(), &[Outcome::Done, Outcome::Pending]);
        assert_eq!(p.exercise().map(|e| e.slug), Some(ExerciseId::GluteBridge));
        assert!(!p.running());
        p.count_rep();
        p.count_rep();
        assert_eq!(p.reps(), 2);
        p.next();
        assert_eq!(p.reps(), 0);
        assert!(p.running(), "the rest between sets runs by itself");
    }

    #[test]
    fn skipping_and_finishing_early_are_recorded() {
        let mut p = Player::new(vec![ex("glute-bridge"), ex("dead-bug"), ex("walking")]);
        p.next();
        p.skip_exercise();
        assert_eq!(p.exercise().map(|e| e.slug), Some(ExerciseId::DeadBug));
        p.skip_exercise();
        assert_eq!(p.exercise().map(|e| e.slug), Some(ExerciseId::Walking));
        assert_eq!(p.remaining(), 5 * 60);
        p.start_or_pause();
        assert!(p.tick(5 * 60));
        assert!(p.finished());
        assert_eq!(p.slugs(Outcome::Done), ["walking"]);
        assert_eq!(p.slugs(Outcome::Skipped), ["glute-bridge", "dead-bug"]);
        assert_eq!(p.position(), (p.position().1, p.position().1));
        // Nothing happens after the end.
        p.next();
        p.skip_exercise();
        assert!(!p.tick(100));

        let mut q = Player::new(vec![ex("glute-bridge"), ex("dead-bug")]);
        q.next();
        q.finish_now();
        assert!(q.finished());
        assert_eq!(q.slugs(Outcome::Skipped).len(), 2);
    }

    #[test]
    fn next_on_a_clock_that_never_ran_does_not_count_the_exercise() {
        // The walk's five minutes were never started: passing it is not doing it.
        let mut p = Player::new(vec![ex("walking")]);
        p.next();
        assert!(p.finished());
        assert_eq!(p.slugs(Outcome::Done), Vec::<String>::new());
        assert_eq!(p.slugs(Outcome::NotRun), ["walking"]);
        assert_eq!(p.not_done(), ["walking"]);
        // The runner says on the screen after that they walked: now it counts.
        p.confirm(0);
        assert_eq!(p.slugs(Outcome::Done), ["walking"]);
        assert!(p.not_done().is_empty());

        // Started, then cut short: the clock ran, so it counts.
        let mut p = Player::new(vec![ex("walking")]);
        p.start_or_pause();
        assert!(!p.tick(90));
        p.next();
        assert_eq!(p.slugs(Outcome::Done), ["walking"]);

        // Started and paused at once, before a second passed: the clock never ran.
        let mut p = Player::new(vec![ex("walking")]);
        p.start_or_pause();
        p.start_or_pause();
        p.next();
        assert_eq!(p.slugs(Outcome::NotRun), ["walking"]);
    }

    #[test]
    fn one_hold_passed_over_is_enough_to_not_count_the_exercise() {
        let mut p = Player::new(vec![ex("knee-hugs"), ex("glute-bridge")]);
        p.start_or_pause();
        assert!(p.tick(20));
        // The relax is not work: passing over it changes nothing.
        p.next();
        assert!(!p.current_not_run());
        // The second hold starts by itself after the relax, but "Next" straight away passes
        // it over before its clock has counted a second.
        assert!(p.running());
        p.next();
        assert!(p.current_not_run(), "the player can say it will not count");
        assert_eq!(p.outcomes()[0], Outcome::NotRun);
        // The third hold runs to the end, but one hold passed over is one not done.
        p.next();
        assert!(p.tick(20));
        assert_eq!(p.exercise().map(|e| e.slug), Some(ExerciseId::GluteBridge));
        assert_eq!(p.outcomes(), &[Outcome::NotRun, Outcome::Pending]);
        assert!(!p.current_not_run());
    }

    #[test]
    fn sets_of_repetitions_count_when_the_runner_says_they_are_done() {
        // No clock to run: "Set done" (next) is the runner's word for each set, and the rests
        // between sets may be passed over.
        let mut p = Player::new(vec![ex("glute-bridge")]);
        for _ in 0..5 {
            p.next();
        }
        assert!(p.finished());
        assert_eq!(p.slugs(Outcome::Done), ["glute-bridge"]);
    }

    #[test]
    fn i_did_this_one_counts_an_exercise_done_without_the_clock() {
        let mut p = Player::new(vec![ex("knee-hugs"), ex("walking")]);
        // Passed over the first hold, then the runner says they did the exercise after all.
        p.next();
        assert_eq!(p.outcomes()[0], Outcome::NotRun);
        p.confirm_exercise();
        assert_eq!(p.exercise().map(|e| e.slug), Some(ExerciseId::Walking));
        assert!(p.waiting(), "the next exercise waits for the runner");
        // And a walk done away from the phone, confirmed without its clock.
        p.confirm_exercise();
        assert!(p.finished());
        assert_eq!(p.slugs(Outcome::Done), ["knee-hugs", "walking"]);
        // Nothing happens after the end.
        p.confirm_exercise();
        assert_eq!(p.slugs(Outcome::Done).len(), 2);
    }

    #[test]
    fn ending_early_skips_what_is_left_and_only_a_passed_over_exercise_can_be_confirmed() {
        let mut p = Player::new(vec![ex("knee-hugs"), ex("glute-bridge")]);
        p.next();
        assert!(p.current_not_run());
        p.finish_now();
        assert_eq!(p.outcomes(), &[Outcome::NotRun, Outcome::Skipped]);
        assert_eq!(p.not_done(), ["knee-hugs", "glute-bridge"]);
        // Confirming after the end counts only the one passed over, never one skipped.
        p.confirm(0);
        p.confirm(1);
        p.confirm(7);
        assert_eq!(p.outcomes(), &[Outcome::Done, Outcome::Skipped]);
    }

    #[test]
    fn a_passed_over_exercise_is_kept_in_a_snapshot() {
        let mut p = Player::new(vec![ex("knee-hugs")]);
        p.next();
        let resumed = Player::resume(vec![ex("knee-hugs")], &p.snapshot()).expect("fits");
        assert!(resumed.current_not_run());
        assert_eq!(resumed.snapshot(), p.snapshot());
    }

    #[test]
    fn the_get_ready_countdown_comes_before_the_clock_of_work_not_begun() {
        let mut p = Player::new(vec![ex("knee-hugs")]);
        p.set_countdown(5);
        p.start_or_pause();
        assert!(p.running() && !p.waiting());
        assert_eq!((p.getting_ready(), p.remaining()), (5, 20));
        assert!(!p.tick(3));
        assert_eq!(
            (p.getting_ready(), p.remaining()),
            (2, 20),
            "the clock waits"
        );
        // Seconds beyond the countdown count on the clock.
        assert!(!p.tick(4));
        assert_eq!((p.getting_ready(), p.remaining()), (0, 18));
        // A resumed clock has no countdown.
        p.start_or_pause();
        p.start_or_pause();
        assert_eq!((p.getting_ready(), p.remaining()), (0, 18));
        // Nor has the hold that follows the relax.
        assert!(p.tick(18));
        assert!(p.tick(u32::from(RELAX_SECONDS)));
        assert!(p.running());
        assert_eq!(p.getting_ready(), 0);

        // Pausing during the countdown goes back to waiting; "Next" passes the hold over.
        let mut p = Player::new(vec![ex("knee-hugs")]);
        p.set_countdown(3);
        p.start_or_pause();
        p.start_or_pause();
        assert!(p.waiting());
        assert_eq!(p.getting_ready(), 0);
        p.start_or_pause();
        assert!(!p.tick(1));
        p.next();
        assert!(p.current_not_run());
        assert_eq!(p.getting_ready(), 0);
    }

    #[test]
    fn an_empty_session_is_finished_at_once() {
        let p = Player::new(vec![]);
        assert!(p.finished());
        assert_eq!(p.step(), None);
    }
}
