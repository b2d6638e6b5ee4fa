//! The return-to-run coach: the pain rule of the walk–run guide
//! ([`crate::content::PainRule`]) made into a decision for the next run, with its reasons,
//! and the load guard.
//!
//! # The rule, made operational
//!
//! The decision follows the latest run (by date and time). Each part of the rule gives a
//! level, and the most careful level wins:
//!
//! | | Progress | Hold | Step back (after a rest day) |
//! |---|---|---|---|
//! | Pain during | 0–3 | 4–5, or not given | above 5 |
//! | Next morning | same or better than before the run, and 0–3 | stiffer or sorer (pain 0–3), or 4–5, or not answered | worse (stiffer or sorer, and 4 or more), above 5, or leg symptoms back |
//! | This stage | done at least twice | done once | |
//!
//! Missing information is a hold, never a progress. Leg symptoms coming back also point to
//! taking the symptom check again. A bone-stress sign (`rf_hop_pain`) or a warning sign that
//! needs a doctor means no running at all, whatever the runs say.
//!
//! "Back to baseline" is read strictly: the morning is no stiffer or sorer than before the
//! run, and the pain is mild (the guide's own "3 out of 10 or less").
//!
//! # The load guard
//!
//! A run more than 10% longer, in time or distance, than the longest run of the previous
//! 30 days is flagged (and warned about before a planned run). Frandsen et al. (BJSM 2025,
//! 5,205 runners) found single-session spikes of more than 10% raised the injury rate,
//! while the acute:chronic workload ratio did not predict injury, so no ratio is used.

use super::{Compared, Day, Progress, Run};
use crate::content::Content;
use crate::progress::plan::{suggestion, Suggestion};
use crate::progress::SavedCheck;

/// The last stage of the walk–run guide.
pub const LAST_STAGE: u8 = 8;
/// Highest pain (during the run, or the next morning) that still allows moving on.
pub const MILD_PAIN: u8 = 3;
/// Highest pain that is a hold rather than a step back.
pub const HOLD_PAIN: u8 = 5;
/// Days before a run whose runs the load guard compares it with.
pub const GUARD_DAYS: i32 = 30;

/// Whether running is allowed at all, from the latest symptom check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Safety {
    Clear,
    /// A bone-stress sign: no running until a doctor or physio has checked it.
    BoneStress,
    /// A warning sign that needs a doctor first: no self-care plan, no running.
    RedFlag,
}

/// The safety state of the saved check.
pub fn safety(content: &Content, check: Option<&SavedCheck>) -> Safety {
    if matches!(
        suggestion(content, check),
        Suggestion::SeeClinicianFirst { .. }
    ) {
        return Safety::RedFlag;
    }
    match check {
        Some(c) if content.questionnaire.no_running_until_checked(&c.answers) => Safety::BoneStress,
        _ => Safety::Clear,
    }
}

/// What to do next time, most careful first (the order is how aggressive a decision is).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Decision {
    /// No running: see [`Safety`].
    NoRunning,
    /// Rest on `rest_day`, then do `stage` (one stage lower; `None` after a free run: run
    /// less than last time).
    StepBack { stage: Option<u8>, rest_day: Day },
    /// Do `stage` again (`None` after a free run: the same again).
    Hold { stage: Option<u8> },
    /// Move on to `stage` (`None` after a free run or the last stage: add no more than a
    /// tenth).
    Progress { stage: Option<u8> },
}

impl Decision {
    /// 0 for no running up to 3 for progress: higher is more aggressive.
    pub fn level(self) -> u8 {
        match self {
            Decision::NoRunning => 0,
            Decision::StepBack { .. } => 1,
            Decision::Hold { .. } => 2,
            Decision::Progress { .. } => 3,
        }
    }

    /// The stage to do next, if any.
    pub fn stage(self) -> Option<u8> {
        match self {
            Decision::NoRunning => None,
            Decision::StepBack { stage, .. }
            | Decision::Hold { stage }
            | Decision::Progress { stage } => stage,
        }
    }
}

/// Why: each reason's words are content ([`reason_text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    BoneStress,
    RedFlag,
    /// Pain during the run above 5.
    PainHigh,
    /// Worse the next morning.
    WorseNextDay,
    /// Tingling, numbness or pain back in a leg (take the check again).
    LegSymptoms,
    /// Pain during the run of 4 or 5.
    PainModerate,
    /// Stiffer or sorer the next morning, or still 4–5.
    MorningSorer,
    /// No pain score for the run.
    NoPainScore,
    /// The next morning not answered yet.
    NoMorningCheck,
    /// This stage done only once so far.
    DoneOnce,
    /// No runs logged yet: start at stage 1.
    NoRunsYet,
    /// Pain during the run 3 or less.
    PainLow,
    /// The next morning back to how it was before.
    MorningSettled,
    /// This stage done at least twice.
    DoneTwice,
    /// The last stage is done: add distance slowly.
    LastStage,
}

/// The sentence for one reason, from the content.
pub fn reason_text(content: &Content, reason: Reason) -> &'static str {
    content.running.coach.reasons[reason as usize]
}

/// A decision with its reasons (the reasons of the decision's own level only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub decision: Decision,
    pub reasons: Vec<Reason>,
    /// The run the decision follows.
    pub after: Option<i64>,
}

/// The stage of the latest run that was a stage (`None` when every run was free).
pub fn current_stage(runs: &[Run]) -> Option<u8> {
    runs.iter().rev().find_map(|r| r.stage)
}

/// How many runs in a row, up to the latest staged one, were at `stage` (free runs between
/// them do not break the count).
fn times_done(runs: &[Run], stage: u8) -> usize {
    runs.iter()
        .rev()
        .filter_map(|r| r.stage)
        .take_while(|&s| s == stage)
        .count()
}

/// The decision for the next run. `runs` oldest first (as the document keeps them).
pub fn advise(runs: &[Run], safety: Safety) -> Advice {
    match safety {
        Safety::BoneStress => return no_running(Reason::BoneStress),
        Safety::RedFlag => return no_running(Reason::RedFlag),
        Safety::Clear => {}
    }
    let Some(last) = runs.last() else {
        return Advice {
            decision: Decision::Hold { stage: Some(1) },
            reasons: vec![Reason::NoRunsYet],
            after: None,
        };
    };
    // (level, reason): 1 step back, 2 hold, 3 progress.
    let mut found: Vec<(u8, Reason)> = Vec::new();
    found.push(match last.pain {
        None => (2, Reason::NoPainScore),
        Some(p) if p <= MILD_PAIN => (3, Reason::PainLow),
        Some(p) if p <= HOLD_PAIN => (2, Reason::PainModerate),
        Some(_) => (1, Reason::PainHigh),
    });
    match last.morning {
        None => found.push((2, Reason::NoMorningCheck)),
        Some(m) => {
            if m.leg_symptoms {
                found.push((1, Reason::LegSymptoms));
            }
            let worse = m.compared == Compared::Worse;
            found.push(if m.pain > HOLD_PAIN || worse && m.pain > MILD_PAIN {
                (1, Reason::WorseNextDay)
            } else if worse || m.pain > MILD_PAIN {
                (2, Reason::MorningSorer)
            } else {
                (3, Reason::MorningSettled)
            });
        }
    }
    let stage = last.stage;
    if let Some(s) = stage {
        found.push(if times_done(runs, s) >= 2 {
            (3, Reason::DoneTwice)
        } else {
            (2, Reason::DoneOnce)
        });
    }
    let level = found.iter().map(|(l, _)| *l).min().unwrap_or(2);
    let mut reasons: Vec<Reason> = found
        .into_iter()
        .filter(|(l, _)| *l == level)
        .map(|(_, r)| r)
        .collect();
    let decision = match level {
        1 => Decision::StepBack {
            stage: stage.map(|s| s.saturating_sub(1).max(1)),
            rest_day: last.day.plus(1),
        },
        3 => {
            if stage.is_none_or(|s| s >= LAST_STAGE) {
                reasons.push(Reason::LastStage);
            }
            Decision::Progress {
                stage: stage.filter(|&s| s < LAST_STAGE).map(|s| s + 1),
            }
        }
        _ => Decision::Hold { stage },
    };
    Advice {
        decision,
        reasons,
        after: Some(last.id),
    }
}

fn no_running(reason: Reason) -> Advice {
    Advice {
        decision: Decision::NoRunning,
        reasons: vec![reason],
        after: None,
    }
}

/// The run still waiting for its next-morning check on `today`: the latest run, if it was
/// before today and has none. However long ago: until it is answered the coach holds, so
/// the question stays (the runner can answer from memory, or log a new run).
pub fn morning_due(runs: &[Run], today: Day) -> Option<&Run> {
    runs.last().filter(|r| r.morning.is_none() && r.day < today)
}

/// The longest time and the longest distance of the runs in the [`GUARD_DAYS`] days before
/// a run on `day` (runs on `day` itself count only if they come before `before`, by time
/// and id, so a run is never compared with itself or a later one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Longest {
    pub minutes: Option<u16>,
    pub metres: Option<u32>,
}

/// See [`Longest`]. `before` is `(minute, id)` of the run on `day`, or `None` for a run
/// still to come (every run of that day counts).
pub fn longest_before(runs: &[Run], day: Day, before: Option<(u16, i64)>) -> Longest {
    let from = day.plus(-GUARD_DAYS);
    let earlier = |r: &&Run| {
        r.day >= from
            && (r.day < day
                || r.day == day && before.is_none_or(|(m, id)| (r.minute, r.id) < (m, id)))
    };
    let mut out = Longest::default();
    for r in runs.iter().filter(earlier) {
        if let Some(m) = run_minutes(r) {
            out.minutes = out.minutes.max(Some(m));
        }
        if let Some(m) = r.metres {
            out.metres = out.metres.max(Some(m));
        }
    }
    out
}

/// A run's time: as logged, or the stage's set time when only the stage is known.
pub fn run_minutes(r: &Run) -> Option<u16> {
    r.minutes.or_else(|| r.stage.map(stage_minutes))
}

/// Every stage of the guide takes 30 minutes, walking included.
pub fn stage_minutes(_stage: u8) -> u16 {
    30
}

/// Whether `value` is more than 10% above `longest`.
fn spikes<T: Into<u64>>(value: Option<T>, longest: Option<T>) -> bool {
    match (value, longest) {
        (Some(v), Some(l)) => v.into() * 10 > l.into() * 11,
        _ => false,
    }
}

/// How far a run goes past the load guard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spike {
    /// More than 10% longer in time than the longest of the previous 30 days.
    pub minutes: bool,
    /// More than 10% further.
    pub metres: bool,
    pub longest: Longest,
}

impl Spike {
    pub fn any(&self) -> bool {
        self.minutes || self.metres
    }
}

/// The load guard for `minutes` and `metres` run (or planned) on `day`.
pub fn guard(longest: Longest, minutes: Option<u16>, metres: Option<u32>) -> Spike {
    Spike {
        minutes: spikes(minutes, longest.minutes),
        metres: spikes(metres, longest.metres),
        longest,
    }
}

/// The load guard for a logged run, against the runs before it.
pub fn run_spike(runs: &[Run], run: &Run) -> Spike {
    let longest = longest_before(runs, run.day, Some((run.minute, run.id)));
    guard(longest, run_minutes(run), run.metres)
}

/// The most a run on `day` may be and stay within the guard: 10% more than the longest of
/// the previous 30 days (rounded down), for time and for distance.
pub fn limit(longest: Longest) -> Longest {
    Longest {
        minutes: longest.minutes.map(|m| (u32::from(m) * 11 / 10) as u16),
        metres: longest.metres.map(|m| (u64::from(m) * 11 / 10) as u32),
    }
}

/// The coach's view of the document on `today`: the advice, and the guard for the planned
/// run (the stage to do next, at its set time).
pub fn coach(content: &Content, p: &Progress, today: Day) -> (Advice, Spike) {
    let advice = advise(&p.runs, safety(content, p.check.as_ref()));
    let longest = longest_before(&p.runs, today, None);
    let planned = advice.decision.stage().map(stage_minutes);
    (advice, guard(longest, planned, None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Minute, Morning};
    use crate::CONTENT;

    fn run(
        day: i32,
        stage: Option<u8>,
        pain: Option<u8>,
        morning: Option<(u8, Compared, bool)>,
    ) -> Run {
        Run {
            id: i64::from(day) + 1,
            day: Day(day),
            minute: 7 * 60,
            stage,
            minutes: None,
            metres: None,
            pain,
            morning: morning.map(|(pain, compared, leg_symptoms)| Morning {
                pain,
                compared,
                leg_symptoms,
            }),
        }
    }

    fn settled() -> Option<(u8, Compared, bool)> {
        Some((1, Compared::Same, false))
    }

    /// Stage 3 done once before the run under test (at stage 3 too, on day 12).
    fn after(last: Run) -> Advice {
        let runs = [run(10, Some(3), Some(2), settled()), last];
        advise(&runs, Safety::Clear)
    }

    fn decision(last: Run) -> Decision {
        after(last).decision
    }

    #[test]
    fn move_on_when_pain_stays_at_3_or_less_and_has_settled_by_the_next_morning() {
        // "Move on to the next stage if your pain stays at 3 out of 10 or less during the
        // session, and it has settled by the next morning" (and each stage at least twice).
        let a = after(run(12, Some(3), Some(3), settled()));
        assert_eq!(a.decision, Decision::Progress { stage: Some(4) });
        assert_eq!(
            a.reasons,
            [Reason::PainLow, Reason::MorningSettled, Reason::DoneTwice]
        );
        assert_eq!(a.after, Some(13));
        // A better morning is settled too.
        let better = decision(run(
            12,
            Some(3),
            Some(0),
            Some((0, Compared::Better, false)),
        ));
        assert_eq!(better, Decision::Progress { stage: Some(4) });
    }

    #[test]
    fn each_stage_is_done_at_least_twice() {
        // "Do each stage at least twice": a first good run at a new stage is a hold.
        let runs = [
            run(10, Some(3), Some(2), settled()),
            run(12, Some(4), Some(1), settled()),
        ];
        let a = advise(&runs, Safety::Clear);
        assert_eq!(a.decision, Decision::Hold { stage: Some(4) });
        assert_eq!(a.reasons, [Reason::DoneOnce]);
        // A free run between two stage runs does not break the count.
        let runs = [
            run(10, Some(4), Some(2), settled()),
            run(11, None, Some(2), settled()),
            run(12, Some(4), Some(2), settled()),
        ];
        assert_eq!(
            advise(&runs, Safety::Clear).decision,
            Decision::Progress { stage: Some(5) }
        );
    }

    #[test]
    fn repeat_the_stage_when_pain_reaches_4_or_5() {
        // "Repeat the same stage next time if your pain reaches 4 or 5 out of 10".
        for pain in [4, 5] {
            let a = after(run(12, Some(3), Some(pain), settled()));
            assert_eq!(a.decision, Decision::Hold { stage: Some(3) });
            assert_eq!(a.reasons, [Reason::PainModerate]);
        }
    }

    #[test]
    fn repeat_the_stage_when_the_back_is_still_sore_the_next_morning() {
        // "...or your back is still sore the next morning": stiffer or sorer than before
        // the run, or still 4 or 5.
        let stiffer = after(run(12, Some(3), Some(2), Some((2, Compared::Worse, false))));
        assert_eq!(stiffer.decision, Decision::Hold { stage: Some(3) });
        assert_eq!(stiffer.reasons, [Reason::MorningSorer]);
        for pain in [4, 5] {
            let sore = decision(run(
                12,
                Some(3),
                Some(2),
                Some((pain, Compared::Same, false)),
            ));
            assert_eq!(sore, Decision::Hold { stage: Some(3) });
        }
    }

    #[test]
    fn step_back_after_a_rest_day_when_pain_goes_above_5() {
        // "Rest for a day, then go back one stage, if ... Your pain goes above 5 out of 10
        // during the session."
        let a = after(run(12, Some(3), Some(6), settled()));
        assert_eq!(
            a.decision,
            Decision::StepBack {
                stage: Some(2),
                rest_day: Day(13)
            }
        );
        assert_eq!(a.reasons, [Reason::PainHigh]);
    }

    #[test]
    fn step_back_when_the_back_is_worse_the_next_day() {
        // "Your back is worse the next day."
        for (pain, compared) in [
            (4, Compared::Worse),
            (6, Compared::Same),
            (9, Compared::Better),
        ] {
            let a = after(run(12, Some(3), Some(1), Some((pain, compared, false))));
            assert_eq!(a.decision.level(), 1, "{pain} {compared:?}");
            assert_eq!(a.reasons, [Reason::WorseNextDay]);
        }
    }

    #[test]
    fn step_back_and_check_again_when_leg_symptoms_come_back() {
        // "Tingling, numbness or pain comes back in your leg. Take the symptom check
        // again too."
        let a = after(run(12, Some(3), Some(1), Some((1, Compared::Better, true))));
        assert_eq!(a.decision.level(), 1);
        assert_eq!(a.reasons, [Reason::LegSymptoms]);
        // Every step-back reason at once is named.
        let a = after(run(12, Some(3), Some(8), Some((8, Compared::Worse, true))));
        assert_eq!(
            a.reasons,
            [Reason::PainHigh, Reason::LegSymptoms, Reason::WorseNextDay]
        );
    }

    #[test]
    fn stage_1_steps_back_to_stage_1_and_the_last_stage_adds_slowly() {
        let runs = [run(12, Some(1), Some(7), settled())];
        assert_eq!(advise(&runs, Safety::Clear).decision.stage(), Some(1));
        let runs = [
            run(10, Some(8), Some(1), settled()),
            run(12, Some(8), Some(1), settled()),
        ];
        let a = advise(&runs, Safety::Clear);
        assert_eq!(a.decision, Decision::Progress { stage: None });
        assert!(a.reasons.contains(&Reason::LastStage));
    }

    #[test]
    fn missing_information_is_a_hold_never_a_progress() {
        let no_pain = after(run(12, Some(3), None, settled()));
        assert_eq!(no_pain.decision, Decision::Hold { stage: Some(3) });
        assert_eq!(no_pain.reasons, [Reason::NoPainScore]);
        let no_morning = after(run(12, Some(3), Some(1), None));
        assert_eq!(no_morning.decision, Decision::Hold { stage: Some(3) });
        assert_eq!(no_morning.reasons, [Reason::NoMorningCheck]);
        // Nothing logged: start at stage 1.
        let none = advise(&[], Safety::Clear);
        assert_eq!(none.decision, Decision::Hold { stage: Some(1) });
        assert_eq!(none.reasons, [Reason::NoRunsYet]);
        // A step back is not softened by missing information.
        assert_eq!(decision(run(12, Some(3), Some(7), None)).level(), 1);
    }

    #[test]
    fn free_runs_follow_the_same_rule_without_stages() {
        let runs = [run(12, None, Some(2), settled())];
        let a = advise(&runs, Safety::Clear);
        assert_eq!(a.decision, Decision::Progress { stage: None });
        assert_eq!(
            a.reasons,
            [Reason::PainLow, Reason::MorningSettled, Reason::LastStage]
        );
        let runs = [run(12, None, Some(6), settled())];
        assert_eq!(
            advise(&runs, Safety::Clear).decision,
            Decision::StepBack {
                stage: None,
                rest_day: Day(13)
            }
        );
    }

    #[test]
    fn no_running_after_a_bone_stress_sign_or_a_red_flag() {
        let runs = [
            run(10, Some(3), Some(0), settled()),
            run(12, Some(3), Some(0), settled()),
        ];
        for (safety, reason) in [
            (Safety::BoneStress, Reason::BoneStress),
            (Safety::RedFlag, Reason::RedFlag),
        ] {
            let a = advise(&runs, safety);
            assert_eq!(a.decision, Decision::NoRunning);
            assert_eq!(a.reasons, [reason]);
        }
        // From the saved check: the hop question.
        use crate::questionnaire::{Answer, QuestionId};
        let mut answers = CONTENT.questionnaire.reassuring_safety_answers();
        assert_eq!(
            safety(
                &CONTENT,
                Some(&SavedCheck {
                    answers: answers.clone(),
                    finished: true
                })
            ),
            Safety::Clear
        );
        let hop = QuestionId::from_id("rf_hop_pain").expect("the hop question");
        answers.insert(hop, Answer::Yes);
        let check = SavedCheck {
            answers,
            finished: true,
        };
        assert_ne!(safety(&CONTENT, Some(&check)), Safety::Clear);
        assert_eq!(safety(&CONTENT, None), Safety::Clear);
    }

    #[test]
    fn the_next_morning_is_asked_once_the_day_is_over() {
        let runs = [run(12, Some(3), Some(2), None)];
        assert_eq!(morning_due(&runs, Day(12)), None);
        assert_eq!(morning_due(&runs, Day(13)).map(|r| r.id), Some(13));
        assert_eq!(morning_due(&runs, Day(40)).map(|r| r.id), Some(13));
        let answered = [run(12, Some(3), Some(2), settled())];
        assert_eq!(morning_due(&answered, Day(13)), None);
    }

    fn timed(day: i32, minute: Minute, minutes: Option<u16>, metres: Option<u32>) -> Run {
        Run {
            id: i64::from(day) * 10_000 + i64::from(minute),
            minute,
            minutes,
            metres,
            ..run(day, None, Some(1), settled())
        }
    }

    #[test]
    fn the_load_guard_flags_more_than_a_tenth_over_the_longest_run_of_30_days() {
        // Longest of the previous 30 days: 40 min and 5 km (different runs).
        let runs = [
            timed(50, 420, Some(60), Some(9000)), // 31 days before: not counted
            timed(60, 420, Some(40), Some(4000)),
            timed(70, 420, Some(30), Some(5000)),
        ];
        let longest = longest_before(&runs, Day(81), None);
        assert_eq!(
            longest,
            Longest {
                minutes: Some(40),
                metres: Some(5000)
            }
        );
        assert_eq!(
            limit(longest),
            Longest {
                minutes: Some(44),
                metres: Some(5500)
            }
        );
        // 44 min is exactly a tenth more: fine. 45 is over.
        assert!(!guard(longest, Some(44), Some(5500)).any());
        let over = guard(longest, Some(45), Some(5400));
        assert!(over.minutes && !over.metres);
        assert!(guard(longest, None, Some(5501)).metres);
        // A run with no earlier runs to compare with is not flagged.
        assert!(!guard(Longest::default(), Some(90), Some(20_000)).any());
    }

    #[test]
    fn a_logged_run_is_compared_with_the_runs_before_it_only() {
        let mut p = Progress::default();
        p.add_run(timed(60, 420, Some(20), None), 1);
        p.add_run(timed(62, 420, Some(30), None), 2);
        p.add_run(timed(62, 1000, Some(20), None), 3);
        let spikes: Vec<bool> = p.runs.iter().map(|r| run_spike(&p.runs, r).any()).collect();
        // The second is half as long again as the first; the third is shorter than both.
        assert_eq!(spikes, [false, true, false]);
        // A stage run counts its set 30 minutes.
        let staged = run(63, Some(5), Some(1), None);
        assert_eq!(run_minutes(&staged), Some(30));
    }

    #[test]
    fn the_planned_run_is_warned_about_before_it_is_run() {
        let mut p = Progress::default();
        // Two short free runs of 20 minutes, then the guide's stage 1 (30 minutes) would be
        // half as long again.
        p.add_run(timed(60, 420, Some(20), None), 1);
        let mut second = timed(62, 420, Some(20), None);
        second.stage = Some(1);
        p.add_run(second, 2);
        let (advice, spike) = coach(&CONTENT, &p, Day(64));
        assert_eq!(advice.decision, Decision::Hold { stage: Some(1) });
        assert!(spike.minutes);
        assert_eq!(spike.longest.minutes, Some(20));
    }

    #[test]
    fn every_reason_has_its_own_words_and_every_stage_its_set_time() {
        let all = [
            Reason::BoneStress,
            Reason::RedFlag,
            Reason::PainHigh,
            Reason::WorseNextDay,
            Reason::LegSymptoms,
            Reason::PainModerate,
            Reason::MorningSorer,
            Reason::NoPainScore,
            Reason::NoMorningCheck,
            Reason::DoneOnce,
            Reason::NoRunsYet,
            Reason::PainLow,
            Reason::MorningSettled,
            Reason::DoneTwice,
            Reason::LastStage,
        ];
        let text = &CONTENT.running.coach;
        assert_eq!(all.len(), text.reasons.len());
        for (i, r) in all.iter().enumerate() {
            assert_eq!(*r as usize, i);
        }
        // Spot checks that the words follow the order of the reasons.
        assert!(reason_text(&CONTENT, Reason::PainHigh).contains("above 5"));
        assert!(reason_text(&CONTENT, Reason::LegSymptoms).contains("symptom check again"));
        assert!(reason_text(&CONTENT, Reason::PainModerate).contains("4 or 5"));
        assert!(reason_text(&CONTENT, Reason::DoneTwice).contains("at least twice"));
        assert!(reason_text(&CONTENT, Reason::BoneStress).contains("stress fracture"));
        assert_eq!(CONTENT.running.stages.len(), usize::from(LAST_STAGE));
        for s in CONTENT.running.stages {
            assert_eq!(u16::from(s.total_minutes), stage_minutes(s.number));
        }
    }

    mod properties {
        use super::*;
        use crate::progress::proptests::any_morning;
        use proptest::prelude::*;

        fn any_last() -> impl Strategy<Value = Run> {
            (
                proptest::option::of(1u8..=LAST_STAGE),
                proptest::option::of(0u8..=10),
                proptest::option::of(any_morning()),
            )
                .prop_map(|(stage, pain, morning)| Run {
                    id: 99,
                    day: Day(20),
                    minute: 600,
                    stage,
                    minutes: None,
                    metres: None,
                    pain,
                    morning,
                })
        }

        /// The run before the last, at the same stage, so a stage can be done twice.
        fn with_earlier(last: &Run) -> Vec<Run> {
            let earlier = Run {
                id: 1,
                day: Day(18),
                ..last.clone()
            };
            vec![earlier, last.clone()]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(1024))]

            #[test]
            fn more_pain_never_gives_a_more_aggressive_decision(
                last in any_last(),
                more_during in 0u8..=10,
                more_morning in 0u8..=10,
                sorer in any::<bool>(),
                leg in any::<bool>(),
            ) {
                let before = advise(&with_earlier(&last), Safety::Clear).decision;
                let mut worse = last.clone();
                worse.pain = last.pain.map(|p| p.saturating_add(more_during).min(10));
                worse.morning = last.morning.map(|m| Morning {
                    pain: m.pain.saturating_add(more_morning).min(10),
                    compared: if sorer { Compared::Worse } else { m.compared },
                    leg_symptoms: m.leg_symptoms || leg,
                });
                let after = advise(&with_earlier(&worse), Safety::Clear).decision;
                prop_assert!(after.level() <= before.level(), "{:?} then {:?}", before, after);
            }

            #[test]
            fn missing_information_never_gives_progress(
                last in any_last(),
                drop_pain in any::<bool>(),
            ) {
                let mut gap = last;
                if drop_pain {
                    gap.pain = None;
                } else {
                    gap.morning = None;
                }
                let decision = advise(&with_earlier(&gap), Safety::Clear).decision;
                prop_assert!(decision.level() <= 2, "{:?}", decision);
            }

            #[test]
            fn no_running_whatever_the_runs_after_a_sign(last in any_last(), bone in any::<bool>()) {
                let safety = if bone { Safety::BoneStress } else { Safety::RedFlag };
                prop_assert_eq!(advise(&with_earlier(&last), safety).decision, Decision::NoRunning);
            }

            #[test]
            fn the_guard_never_flags_a_run_within_a_tenth(longest in 1u16..600, extra in 0u16..60) {
                let within = (u32::from(longest) * 11 / 10) as u16;
                let l = Longest { minutes: Some(longest), metres: None };
                prop_assert!(!guard(l, Some(within), None).any());
                prop_assert!(guard(l, Some(within + 1 + extra), None).minutes);
            }
        }
    }
}
