//! The session player as a plain state machine: today's exercises turned into steps (sets,
//! sides, holds, rests), a clock that the shell ticks once a second, and what the runner
//! does (start, pause, next, skip, count a repetition).
//!
//! The shell owns no timing logic: it calls [`Player::tick`] with the whole seconds that
//! passed and renders [`Player::step`].

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
    Pending,
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
        };
        player.enter(0);
        player
    }

    fn enter(&mut self, index: usize) {
        self.index = index;
        self.reps = 0;
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

    /// Starts or resumes the clock of a timed step; pauses it if running.
    pub fn start_or_pause(&mut self) {
        if self.step().and_then(Step::seconds).is_some() {
            self.running = !self.running;
        }
    }

    /// Pauses the clock (no change if it is not running).
    pub fn pause(&mut self) {
        self.running = false;
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
        self.remaining = self.remaining.saturating_sub(seconds);
        if self.remaining == 0 {
            self.next();
            return true;
        }
        false
    }

    /// Completes the current step (the set is done, or the runner moves on early) and goes
    /// to the next one.
    pub fn next(&mut self) {
        let Some(step) = self.step().copied() else {
            return;
        };
        let last_of_exercise = self
            .steps
            .get(self.index + 1)
            .is_none_or(|n| n.exercise != step.exercise);
        if last_of_exercise && self.outcomes[step.exercise] == Outcome::Pending {
            self.outcomes[step.exercise] = Outcome::Done;
        }
        self.enter(self.index + 1);
    }

    /// Skips the rest of the current exercise.
    pub fn skip_exercise(&mut self) {
        let Some(current) = self.step().map(|s| s.exercise) else {
            return;
        };
        self.outcomes[current] = Outcome::Skipped;
        let next = self.steps[self.index..]
            .iter()
            .position(|s| s.exercise != current)
            .map_or(self.steps.len(), |i| self.index + i);
        self.enter(next);
    }

    /// Ends the session now: whatever was not done counts as skipped.
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
        p.next();
        p.next();
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
        p.next();
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
    fn an_empty_session_is_finished_at_once() {
        let p = Player::new(vec![]);
        assert!(p.finished());
        assert_eq!(p.step(), None);
    }
}
