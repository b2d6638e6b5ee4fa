//! The plan: which cause it follows, which phase the runner is in, and what to do today.

use crate::content::{Content, Exercise, Phase, TreatmentStep};
use crate::ids::{CauseId, Urgency};
use crate::triage::evaluate;

use super::{Day, Plan, PlanSource, Progress, SavedCheck};

/// What the latest symptom check says about starting a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suggestion {
    /// There is no finished check.
    NoCheck,
    /// The check calls for a clinician first (or the warning-sign questions were not all
    /// answered): no self-care plan is offered.
    SeeClinicianFirst { urgency: Urgency },
    /// The answers match none of the five causes well (`fits` is false): no cause's plan is
    /// suggested; the page offers general back care and a physiotherapist instead.
    NoClearCause { urgency: Urgency },
    /// The check's top cause, which fits the answers. `urgency` is `SelfCare` or `Routine`
    /// (book an appointment, but the plan may start); `confident` is the engine's confidence.
    Cause {
        cause: CauseId,
        urgency: Urgency,
        confident: bool,
    },
}

/// Reads the latest check. Only a finished check counts.
pub fn suggestion(content: &Content, check: Option<&SavedCheck>) -> Suggestion {
    let Some(check) = check.filter(|c| c.finished) else {
        return Suggestion::NoCheck;
    };
    let findings = content.questionnaire.findings(&check.answers);
    let assessment = evaluate(&findings);
    if !assessment.offers_self_care_plan() {
        return Suggestion::SeeClinicianFirst {
            urgency: assessment.urgency,
        };
    }
    match assessment.fitting_cause() {
        None => Suggestion::NoClearCause {
            urgency: assessment.urgency,
        },
        Some(top) => Suggestion::Cause {
            cause: top.cause,
            urgency: assessment.urgency,
            confident: assessment.confident,
        },
    }
}

/// What a "start my plan" link for one cause (on the result and on each cause page) does
/// with the runner's data. A link never replaces a plan or skips the warning-sign check
/// without asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkedStart {
    /// Start it now, from this source.
    Start(PlanSource),
    /// This cause's plan is the one being followed already.
    AlreadyFollowing,
    /// The latest check calls for a doctor or physiotherapist first: no self-care plan.
    Blocked { urgency: Urgency },
    /// Ask first: there is no finished symptom check (`checked` false: it looks for warning
    /// signs, so the runner is offered it first), or another cause's plan is being followed.
    Confirm {
        following: Option<CauseId>,
        checked: bool,
    },
}

/// Decides what a "start my plan" link for `cause` does now.
pub fn linked_start(content: &Content, progress: &Progress, cause: CauseId) -> LinkedStart {
    let advice = suggestion(content, progress.check.as_ref());
    if let Suggestion::SeeClinicianFirst { urgency } = advice {
        return LinkedStart::Blocked { urgency };
    }
    let checked = advice != Suggestion::NoCheck;
    match progress.plan {
        Some(plan) if plan.cause == cause => LinkedStart::AlreadyFollowing,
        Some(plan) => LinkedStart::Confirm {
            following: Some(plan.cause),
            checked,
        },
        None if !checked => LinkedStart::Confirm {
            following: None,
            checked,
        },
        None => LinkedStart::Start(source_for(advice, cause)),
    }
}

/// What the runner's "Start the plan for …" answer to [`LinkedStart::Confirm`] does, decided
/// again when it is saved (another tab may have changed things): the new plan's source, or
/// `None` when nothing should change (a warning sign, or this plan is being followed
/// already, so its progress is not thrown away).
pub fn confirmed_start(
    content: &Content,
    progress: &Progress,
    cause: CauseId,
) -> Option<PlanSource> {
    match linked_start(content, progress, cause) {
        LinkedStart::Start(source) => Some(source),
        LinkedStart::Confirm { .. } => Some(source_for(
            suggestion(content, progress.check.as_ref()),
            cause,
        )),
        LinkedStart::AlreadyFollowing | LinkedStart::Blocked { .. } => None,
    }
}

/// Where a plan for `cause` comes from, given the latest check's advice.
fn source_for(advice: Suggestion, cause: CauseId) -> PlanSource {
    match advice {
        Suggestion::Cause { cause: top, .. } if top == cause => PlanSource::Check,
        _ => PlanSource::Chosen,
    }
}

/// Today's part of the plan: the cause's treatment steps for the phase, and their exercises
/// (each once, in order).
#[derive(Debug)]
pub struct Today {
    pub steps: Vec<&'static TreatmentStep>,
    pub exercises: Vec<&'static Exercise>,
}

/// What the plan holds for a cause in a phase.
pub fn today(content: &'static Content, cause: CauseId, phase: Phase) -> Today {
    let steps: Vec<&'static TreatmentStep> = content
        .cause(cause)
        .map(|c| c.treatment.iter().filter(|s| s.phase == phase).collect())
        .unwrap_or_default();
    let mut exercises: Vec<&'static Exercise> = Vec::new();
    for &id in steps.iter().flat_map(|s| s.exercises.iter()) {
        if let Some(e) = content.exercise(id) {
            if !exercises.iter().any(|x| x.slug == e.slug) {
                exercises.push(e);
            }
        }
    }
    Today { steps, exercises }
}

impl Plan {
    /// A new plan, in the first phase.
    pub fn start(cause: CauseId, source: PlanSource, today: Day) -> Plan {
        Plan {
            cause,
            source,
            phase: Phase::Settle,
            started: today,
            phase_since: today,
        }
    }

    /// Moves to the next phase. Returns false in the last phase.
    pub fn move_on(&mut self, today: Day) -> bool {
        self.go(self.phase.next(), today)
    }

    /// Steps back to the previous phase. Returns false in the first phase.
    pub fn step_back(&mut self, today: Day) -> bool {
        self.go(self.phase.previous(), today)
    }

    fn go(&mut self, to: Option<Phase>, today: Day) -> bool {
        match to {
            Some(phase) => {
                self.phase = phase;
                self.phase_since = today;
                true
            }
            None => false,
        }
    }

    /// Whole days in the current phase (0 on the first day).
    pub fn days_in_phase(&self, today: Day) -> i32 {
        (today.0 - self.phase_since.0).max(0)
    }

    /// The phase's number, 1–4.
    pub fn phase_number(&self) -> usize {
        self.phase as usize + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{Answer, Answers, QuestionId};
    use crate::{ExerciseId, CONTENT};

    #[test]
    fn every_cause_and_phase_has_something_to_do() {
        for cause in CauseId::ALL {
            for phase in Phase::ALL {
                let t = today(&CONTENT, cause, phase);
                assert!(!t.steps.is_empty(), "{cause} {phase:?}");
                let mut slugs: Vec<_> = t.exercises.iter().map(|e| e.slug).collect();
                slugs.dedup();
                assert_eq!(slugs.len(), t.exercises.len());
            }
        }
        let disc = today(&CONTENT, CauseId::Disc, Phase::Mobilise);
        let ids: Vec<_> = disc.exercises.iter().map(|e| e.slug).collect();
        assert_eq!(
            ids,
            [
                ExerciseId::CobraForearms,
                ExerciseId::LumbarRotation,
                ExerciseId::CatCamel
            ]
        );
    }

    #[test]
    fn phases_move_on_and_step_back_within_bounds() {
        let d = Day(20_000);
        let mut plan = Plan::start(CauseId::Muscular, PlanSource::Chosen, d);
        assert!(!plan.step_back(d));
        assert!(plan.move_on(d.plus(3)));
        assert_eq!((plan.phase, plan.phase_since), (Phase::Mobilise, d.plus(3)));
        assert_eq!(plan.days_in_phase(d.plus(5)), 2);
        assert!(plan.move_on(d) && plan.move_on(d));
        assert!(!plan.move_on(d));
        assert_eq!(plan.phase_number(), 4);
        assert!(plan.step_back(d));
        assert_eq!(plan.phase, Phase::Strengthen);
    }

    fn all_red_flags(answer: Answer) -> Answers {
        CONTENT
            .questionnaire
            .all_questions()
            .filter(|q| q.is_red_flag())
            .map(|q| (q.id, answer))
            .collect()
    }

    #[test]
    fn only_a_finished_check_that_allows_self_care_suggests_a_cause() {
        assert_eq!(suggestion(&CONTENT, None), Suggestion::NoCheck);
        let unfinished = SavedCheck {
            answers: CONTENT.questionnaire.reassuring_safety_answers(),
            finished: false,
        };
        assert_eq!(suggestion(&CONTENT, Some(&unfinished)), Suggestion::NoCheck);
        let clear = SavedCheck {
            finished: true,
            ..unfinished.clone()
        };
        // Safe, but nothing points to a cause: no cause's plan as a guess.
        assert_eq!(
            suggestion(&CONTENT, Some(&clear)),
            Suggestion::NoClearCause {
                urgency: Urgency::SelfCare
            }
        );
        let mut answers = unfinished.answers.clone();
        for id in [
            QuestionId::WorseExtension,
            QuestionId::WorseDownhill,
            QuestionId::WorseStanding,
        ] {
            answers.insert(id, Answer::Yes);
        }
        let facet = SavedCheck {
            answers,
            finished: true,
        };
        assert_eq!(
            suggestion(&CONTENT, Some(&facet)),
            Suggestion::Cause {
                cause: CauseId::FacetJoint,
                urgency: Urgency::SelfCare,
                confident: true,
            }
        );
        let flags = SavedCheck {
            answers: all_red_flags(Answer::Yes),
            finished: true,
        };
        assert_eq!(
            suggestion(&CONTENT, Some(&flags)),
            Suggestion::SeeClinicianFirst {
                urgency: Urgency::Emergency
            }
        );
        let unscreened = SavedCheck {
            answers: Answers::new(),
            finished: true,
        };
        assert!(matches!(
            suggestion(&CONTENT, Some(&unscreened)),
            Suggestion::SeeClinicianFirst { .. }
        ));
    }

    fn finished(answers: Answers) -> Option<SavedCheck> {
        Some(SavedCheck {
            answers,
            finished: true,
        })
    }

    fn facet_answers() -> Answers {
        let mut answers = CONTENT.questionnaire.reassuring_safety_answers();
        for id in [
            QuestionId::WorseExtension,
            QuestionId::WorseDownhill,
            QuestionId::WorseStanding,
        ] {
            answers.insert(id, Answer::Yes);
        }
        answers
    }

    #[test]
    fn a_start_link_starts_at_once_only_after_a_check_that_allows_it() {
        let d = Day(20_000);
        let mut p = Progress {
            check: finished(facet_answers()),
            ..Progress::default()
        };
        // The check's own cause: one tap, and the plan says it came from the check.
        assert_eq!(
            linked_start(&CONTENT, &p, CauseId::FacetJoint),
            LinkedStart::Start(PlanSource::Check)
        );
        // Another cause, from its own page: the runner's choice.
        assert_eq!(
            linked_start(&CONTENT, &p, CauseId::Disc),
            LinkedStart::Start(PlanSource::Chosen)
        );
        // A plan is being followed: the same one is kept, another one is asked about.
        p.plan = Some(Plan::start(CauseId::FacetJoint, PlanSource::Check, d));
        assert_eq!(
            linked_start(&CONTENT, &p, CauseId::FacetJoint),
            LinkedStart::AlreadyFollowing
        );
        assert_eq!(
            linked_start(&CONTENT, &p, CauseId::Nerve),
            LinkedStart::Confirm {
                following: Some(CauseId::FacetJoint),
                checked: true
            }
        );
        // Confirmed: the other cause is the runner's choice; the same one changes nothing.
        assert_eq!(
            confirmed_start(&CONTENT, &p, CauseId::Nerve),
            Some(PlanSource::Chosen)
        );
        assert_eq!(confirmed_start(&CONTENT, &p, CauseId::FacetJoint), None);
        // No check yet: ask, and offer the check (it looks for warning signs first).
        let fresh = Progress::default();
        assert_eq!(
            linked_start(&CONTENT, &fresh, CauseId::Muscular),
            LinkedStart::Confirm {
                following: None,
                checked: false
            }
        );
        assert_eq!(
            confirmed_start(&CONTENT, &fresh, CauseId::Muscular),
            Some(PlanSource::Chosen)
        );
        // Safe, but no cause fits: a cause chosen from its page is the runner's choice.
        let no_fit = Progress {
            check: finished(CONTENT.questionnaire.reassuring_safety_answers()),
            ..Progress::default()
        };
        assert_eq!(
            linked_start(&CONTENT, &no_fit, CauseId::Muscular),
            LinkedStart::Start(PlanSource::Chosen)
        );
    }

    #[test]
    fn a_start_link_never_starts_a_plan_past_a_warning_sign() {
        let d = Day(20_000);
        let mut p = Progress {
            check: finished(all_red_flags(Answer::Yes)),
            ..Progress::default()
        };
        for cause in CauseId::ALL {
            assert_eq!(
                linked_start(&CONTENT, &p, cause),
                LinkedStart::Blocked {
                    urgency: Urgency::Emergency
                }
            );
        }
        // Not even the plan already followed: the warning sign comes first.
        p.plan = Some(Plan::start(CauseId::Disc, PlanSource::Chosen, d));
        assert!(matches!(
            linked_start(&CONTENT, &p, CauseId::Disc),
            LinkedStart::Blocked { .. }
        ));
        for cause in CauseId::ALL {
            assert_eq!(confirmed_start(&CONTENT, &p, cause), None, "{cause}");
        }
    }
}
