//! The symptom questionnaire: its shape, its branching and how answers become findings.
//!
//! The wording is content (`content::en_gb::questions`); this module is the logic. It is a
//! plain value machine with no browser types: the web shell keeps an [`Answers`] value,
//! shows [`Questionnaire::steps_for`], and hands [`Questionnaire::findings`] to the triage
//! engine. Answers are kept by question id, so going back and changing an answer that hides
//! a branch does not throw away what was said inside it: hidden answers simply stop counting.
//!
//! # When the questionnaire may end early
//!
//! Urgency only rises as findings are added, so the questionnaire may stop and show the
//! result only when no question still open could raise it ([`Questionnaire::urgency_is_final`]):
//! an emergency ends it at once; an urgent answer does not while a question that could make
//! it an emergency is still unasked (the leg nerve signs after a past cancer). Once the
//! urgency is urgent, the symptom steps ask only the questions that could still raise it
//! ([`Questionnaire::could_raise`]): nothing else changes what the runner is told.

mod answers;
pub mod ids;

use crate::ids::{Finding, Urgency};
use crate::triage::{urgency_of, Findings};
pub use answers::Answers;
pub use ids::{QuestionId, StepId};

/// What the runner answered to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    Yes,
    No,
    NotSure,
    /// "Doesn't apply to me", offered only where a question may not apply (see
    /// [`QuestionKind::RedFlagMayNotApply`]).
    DoesNotApply,
    /// The index of the chosen option of a [`QuestionKind::Choice`].
    Choice(u8),
}

impl Answer {
    /// A stable text form for storage: `yes`, `no`, `not_sure`, `not_applicable`, `choice:N`.
    pub fn to_code(self) -> String {
        match self {
            Answer::Yes => "yes".into(),
            Answer::No => "no".into(),
            Answer::NotSure => "not_sure".into(),
            Answer::DoesNotApply => "not_applicable".into(),
            Answer::Choice(i) => format!("choice:{i}"),
        }
    }

    /// Parses [`Answer::to_code`]'s form.
    pub fn from_code(code: &str) -> Option<Answer> {
        match code {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            "not_sure" => Some(Answer::NotSure),
            "not_applicable" => Some(Answer::DoesNotApply),
            _ => code
                .strip_prefix("choice:")?
                .parse()
                .ok()
                .map(Answer::Choice),
        }
    }
}

/// The effect of an answer: findings set present (`true`) or absent (`false`).
pub type Effects = &'static [(Finding, bool)];

/// How a question is answered and what each answer means.
#[derive(Clone, Copy, Debug)]
pub enum QuestionKind {
    /// A red flag: yes / no / not sure. "Not sure" counts as yes, because safety requires it.
    RedFlag(Finding),
    /// A red flag that may not apply to everyone (e.g. sexual function for someone not
    /// sexually active, periods): yes / no / not sure / doesn't apply to me. "Not sure"
    /// counts as yes; "doesn't apply" as no.
    RedFlagMayNotApply(Finding),
    /// Yes sets the finding present, no absent, not sure leaves it unknown.
    YesNo(Finding),
    /// Yes and no with their own effects (e.g. a gate whose "no" rules out a branch).
    /// Not sure has no effect.
    Custom { yes: Effects, no: Effects },
    /// One of several options, each with its effects; "not sure" is always offered too,
    /// with its own effects (for a red flag, the same as the most serious option).
    Choice {
        options: &'static [ChoiceOption],
        not_sure: Effects,
    },
}

/// One option of a choice question.
#[derive(Clone, Copy, Debug)]
pub struct ChoiceOption {
    pub label: &'static str,
    pub effects: Effects,
}

/// When a question is shown. The question named must itself be shown too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShownIf {
    Always,
    /// Only if this question was answered yes.
    Yes(QuestionId),
    /// Only if this question was answered yes or not sure.
    NotNo(QuestionId),
    /// Unless this question was answered yes.
    NotYes(QuestionId),
    /// Only if this choice question was answered with this option.
    Chose(QuestionId, u8),
}

impl ShownIf {
    /// The question this rule depends on, if any.
    pub fn target(self) -> Option<QuestionId> {
        match self {
            ShownIf::Always => None,
            ShownIf::Yes(t) | ShownIf::NotNo(t) | ShownIf::NotYes(t) | ShownIf::Chose(t, _) => {
                Some(t)
            }
        }
    }

    /// Whether the rule holds for this answer to its target (ignoring the target's own
    /// visibility).
    fn holds(self, answer: Option<Answer>) -> bool {
        match self {
            ShownIf::Always => true,
            ShownIf::Yes(_) => answer == Some(Answer::Yes),
            ShownIf::NotNo(_) => matches!(answer, Some(Answer::Yes | Answer::NotSure)),
            ShownIf::NotYes(_) => answer != Some(Answer::Yes),
            ShownIf::Chose(_, i) => answer == Some(Answer::Choice(i)),
        }
    }
}

/// One question.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Which question this is; its text form is the key the answer is saved under.
    pub id: QuestionId,
    pub text: &'static str,
    /// An optional plain-words explanation shown under the question ("" for none).
    pub hint: &'static str,
    pub kind: QuestionKind,
    pub shown_if: ShownIf,
    /// A small picture of the movement the question is about, where a picture answers
    /// faster than words. It adds nothing the text does not say.
    pub icon: Option<MovementIcon>,
}

/// A movement the questions ask about, drawn as a small picture beside the question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MovementIcon {
    LeaningBack,
    BendingForward,
    Sitting,
    RunningDownhill,
    Hopping,
}

impl MovementIcon {
    pub const ALL: [MovementIcon; 5] = [
        MovementIcon::LeaningBack,
        MovementIcon::BendingForward,
        MovementIcon::Sitting,
        MovementIcon::RunningDownhill,
        MovementIcon::Hopping,
    ];
}

/// A screen of the questionnaire.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub id: StepId,
    pub title: &'static str,
    pub intro: &'static str,
    /// A safety step: every shown question must be answered before moving on, and these
    /// steps come before every symptom step.
    pub safety: bool,
    pub questions: &'static [Question],
}

/// The whole questionnaire (wording from the content).
#[derive(Debug)]
pub struct Questionnaire {
    pub steps: &'static [Step],
}

impl Step {
    /// Whether this is a safety (red-flag) step: every question must be answered.
    pub fn is_red_flags(&self) -> bool {
        self.safety
    }
}

impl Question {
    /// The same question with a picture of the movement it asks about.
    pub const fn with_icon(self, icon: MovementIcon) -> Question {
        Question {
            icon: Some(icon),
            ..self
        }
    }

    /// The findings this answer sets.
    pub fn effects(&self, answer: Answer) -> Vec<(Finding, bool)> {
        match (self.kind, answer) {
            (
                QuestionKind::RedFlag(f) | QuestionKind::RedFlagMayNotApply(f),
                Answer::Yes | Answer::NotSure,
            ) => vec![(f, true)],
            (QuestionKind::RedFlag(f) | QuestionKind::RedFlagMayNotApply(f), Answer::No) => {
                vec![(f, false)]
            }
            (QuestionKind::RedFlagMayNotApply(f), Answer::DoesNotApply) => vec![(f, false)],
            (QuestionKind::YesNo(f), Answer::Yes) => vec![(f, true)],
            (QuestionKind::YesNo(f), Answer::No) => vec![(f, false)],
            (QuestionKind::Custom { yes, .. }, Answer::Yes) => yes.to_vec(),
            (QuestionKind::Custom { no, .. }, Answer::No) => no.to_vec(),
            (QuestionKind::Choice { options, .. }, Answer::Choice(i)) => options
                .get(usize::from(i))
                .map(|o| o.effects.to_vec())
                .unwrap_or_default(),
            (QuestionKind::Choice { not_sure, .. }, Answer::NotSure) => not_sure.to_vec(),
            _ => Vec::new(),
        }
    }

    /// The findings an answer, if any, sets (nothing for no answer).
    pub fn effects_of(&self, answer: Option<Answer>) -> Vec<(Finding, bool)> {
        answer.map(|a| self.effects(a)).unwrap_or_default()
    }

    /// Every answer this question offers, in the order they are shown.
    pub fn answers(&self) -> Vec<Answer> {
        match self.kind {
            QuestionKind::Choice { options, .. } => (0..options.len())
                .filter_map(|i| u8::try_from(i).ok().map(Answer::Choice))
                .chain([Answer::NotSure])
                .collect(),
            QuestionKind::RedFlagMayNotApply(_) => vec![
                Answer::Yes,
                Answer::No,
                Answer::NotSure,
                Answer::DoesNotApply,
            ],
            _ => vec![Answer::Yes, Answer::No, Answer::NotSure],
        }
    }

    /// Every finding any answer to this question can set.
    pub fn reachable_findings(&self) -> Vec<Finding> {
        let mut all: Vec<Finding> = self
            .answers()
            .into_iter()
            .flat_map(|a| self.effects(a))
            .map(|(f, _)| f)
            .collect();
        all.sort();
        all.dedup();
        all
    }

    /// The number of options of a choice question (0 for the others).
    pub fn option_count(&self) -> usize {
        match self.kind {
            QuestionKind::Choice { options, .. } => options.len(),
            _ => 0,
        }
    }

    /// Whether an answer is one this question accepts.
    pub fn accepts(&self, answer: Answer) -> bool {
        self.answers().contains(&answer)
    }

    /// Whether this is a red-flag question (its "not sure" counts as yes).
    pub fn is_red_flag(&self) -> bool {
        match self.kind {
            QuestionKind::RedFlag(_) | QuestionKind::RedFlagMayNotApply(_) => true,
            QuestionKind::Choice { not_sure, .. } => {
                not_sure.iter().any(|(f, p)| *p && f.is_red_flag())
            }
            QuestionKind::YesNo(_) | QuestionKind::Custom { .. } => false,
        }
    }
}

impl Questionnaire {
    /// Every question of every step, before branching, in order.
    pub fn all_questions(&self) -> impl Iterator<Item = &'static Question> {
        let steps: &'static [Step] = self.steps;
        steps.iter().flat_map(|s| s.questions.iter())
    }

    /// The question with this id.
    pub fn question(&self, id: QuestionId) -> Option<&'static Question> {
        self.all_questions().find(|q| q.id == id)
    }

    /// The step with this id.
    pub fn step(&self, id: StepId) -> Option<&'static Step> {
        let steps: &'static [Step] = self.steps;
        steps.iter().find(|s| s.id == id)
    }

    /// Whether branching shows `question` for these answers: its rule holds, and the
    /// question the rule depends on is shown too (so an answer kept inside a hidden branch
    /// cannot open a question of its own).
    pub fn shows(&self, question: &Question, answers: &Answers) -> bool {
        self.shows_within(question, answers, self.steps.len() * 64)
    }

    fn shows_within(&self, question: &Question, answers: &Answers, depth: usize) -> bool {
        let Some(target) = question.shown_if.target() else {
            return true;
        };
        let answer = answers.get(target);
        depth > 0
            && question.shown_if.holds(answer)
            && self
                .question(target)
                .is_some_and(|t| self.shows_within(t, answers, depth - 1))
    }

    /// The questions of `step` shown for these answers. Once the urgency is urgent or
    /// worse, a symptom step shows only the questions that could still raise it.
    pub fn visible_questions(&self, step: &Step, answers: &Answers) -> Vec<&'static Question> {
        let escalation_only = !step.safety && self.escalation_only(answers);
        let questions: &'static [Question] = step.questions;
        questions
            .iter()
            .filter(|q| self.shows(q, answers))
            .filter(|q| !escalation_only || self.could_raise(q, answers))
            .collect()
    }

    /// Whether the runner may move on from `step`: safety steps need every shown question
    /// answered; other steps may be left partly blank (a blank is "not known").
    pub fn complete(&self, step: &Step, answers: &Answers) -> bool {
        !step.safety
            || self
                .visible_questions(step, answers)
                .iter()
                .all(|q| answers.contains(q.id))
    }

    /// The steps shown for these answers: every step that has at least one visible question.
    pub fn steps_for(&self, answers: &Answers) -> Vec<&'static Step> {
        let steps: &'static [Step] = self.steps;
        steps
            .iter()
            .filter(|s| !self.visible_questions(s, answers).is_empty())
            .collect()
    }

    /// The findings the shown answers set. A finding set present by any shown answer is
    /// present, whatever another answer says (two questions may ask about one red flag in
    /// different words, and a yes to either counts); otherwise the last answer that sets it
    /// decides. Answers to hidden questions, unknown ids and answers a question does not
    /// offer are ignored.
    pub fn findings(&self, answers: &Answers) -> Findings {
        let mut findings = Findings::new();
        for q in self.all_questions() {
            let Some(a) = answers.get(q.id) else {
                continue;
            };
            if !q.accepts(a) || !self.shows(q, answers) {
                continue;
            }
            for (f, present) in q.effects(a) {
                if present || !findings.is_present(f) {
                    findings.set(f, present);
                }
            }
        }
        findings
    }

    /// Whether every safety question has been answered (the screen that must come first).
    pub fn red_flags_screened(&self, answers: &Answers) -> bool {
        self.steps
            .iter()
            .filter(|s| s.safety)
            .all(|s| self.complete(s, answers))
    }

    /// Every safety question answered in the least worrying way: for each, the first answer
    /// it offers that sets no red flag and opens nothing ("no", "20 to 50", "neither leg").
    /// For tests, examples and benchmarks that need a screened answer set.
    pub fn reassuring_safety_answers(&self) -> Answers {
        let mut answers = Answers::new();
        for question in self
            .steps
            .iter()
            .filter(|s| s.safety)
            .flat_map(|s| s.questions)
        {
            if !self.shows(question, &answers) {
                continue;
            }
            let calm = question.answers().into_iter().find(|&a| {
                a != Answer::NotSure
                    && a != Answer::Yes
                    && !question
                        .effects(a)
                        .iter()
                        .any(|(f, p)| *p && f.is_red_flag())
                    && question
                        .effects(a)
                        .iter()
                        .any(|(f, p)| !*p && f.is_red_flag())
            });
            answers.insert(question.id, calm.unwrap_or(Answer::No));
        }
        answers
    }

    /// Whether a shown red-flag question was answered "not sure" (counted as yes; the
    /// result says why).
    pub fn red_flag_not_sure(&self, answers: &Answers) -> bool {
        self.all_questions().any(|q| {
            q.is_red_flag() && answers.get(q.id) == Some(Answer::NotSure) && self.shows(q, answers)
        })
    }

    /// Whether the answers show a bone-stress sign (`rf_hop_pain`): whatever the urgency,
    /// no running until checked, and no run stages offered.
    pub fn no_running_until_checked(&self, answers: &Answers) -> bool {
        self.findings(answers).is_present(Finding::RfHopPain)
    }

    /// The urgency the answers give so far.
    pub fn urgency(&self, answers: &Answers) -> Urgency {
        urgency_of(&self.findings(answers))
    }

    /// Whether the symptom steps ask only what could still raise the urgency: once the
    /// answers call for a doctor today or sooner, no home plan is offered, so the other
    /// symptom questions would only delay the advice.
    pub fn escalation_only(&self, answers: &Answers) -> bool {
        self.urgency(answers) >= Urgency::Urgent
    }

    /// The questions not yet answered that are shown now or could be shown once other open
    /// questions are answered.
    pub fn open_questions(&self, answers: &Answers) -> Vec<&'static Question> {
        self.all_questions()
            .filter(|q| !answers.contains(q.id) && self.could_show(q, answers))
            .collect()
    }

    /// Whether some answers to the open questions would show `question`.
    fn could_show(&self, question: &Question, answers: &Answers) -> bool {
        let mut current = *question;
        for _ in 0..self.steps.len() * 64 {
            let Some(target) = current.shown_if.target() else {
                return true;
            };
            let Some(t) = self.question(target) else {
                return false;
            };
            if let Some(a) = answers.get(target) {
                // Answered: the rule must hold now, and the target must be shown.
                return current.shown_if.holds(Some(a)) && self.shows(t, answers);
            }
            current = *t;
        }
        false
    }

    /// The findings if every open question were answered in the most worrying way: every
    /// finding any of their answers can set present is present. Urgency only rises as
    /// findings are added, so no real way of finishing the questionnaire can reach a higher
    /// urgency than this.
    fn worst_case(&self, answers: &Answers, open: &[&'static Question]) -> Findings {
        let mut findings = self.findings(answers);
        for q in open {
            for a in q.answers() {
                for (f, present) in q.effects(a) {
                    if present {
                        findings.set(f, true);
                    }
                }
            }
        }
        findings
    }

    /// Whether no question still open could raise the urgency, so the result may be shown
    /// now. An emergency is always final.
    pub fn urgency_is_final(&self, answers: &Answers) -> bool {
        let now = self.urgency(answers);
        now == Urgency::Emergency
            || urgency_of(&self.worst_case(answers, &self.open_questions(answers))) == now
    }

    /// Whether some answer to `question` (with the questions it opens) could raise the
    /// urgency above what the other answers give. Its own answer, and the answers in the
    /// branch it opens, are set aside, so a question keeps its place once it is answered.
    pub fn could_raise(&self, question: &Question, answers: &Answers) -> bool {
        let mut others = answers.clone();
        let branch = self.branch(question);
        for q in &branch {
            others.remove(q.id);
        }
        let now = self.urgency(&others);
        now < Urgency::Emergency && urgency_of(&self.worst_case(&others, &branch)) > now
    }

    /// `question` and every question whose showing depends on it, directly or through
    /// another question.
    fn branch(&self, question: &Question) -> Vec<&'static Question> {
        let mut branch: Vec<&'static Question> = self.question(question.id).into_iter().collect();
        let mut i = 0;
        while i < branch.len() {
            let id = branch[i].id;
            for q in self.all_questions() {
                if q.shown_if.target() == Some(id) && !branch.iter().any(|b| b.id == q.id) {
                    branch.push(q);
                }
            }
            i += 1;
        }
        branch
    }

    /// How many questions a runner is asked: the fewest (every answer "no", so every
    /// branch stays closed) and the most (every question, every branch opened).
    pub fn question_counts(&self) -> (usize, usize) {
        let fewest: Answers = self.all_questions().map(|q| (q.id, Answer::No)).collect();
        let shown = self
            .all_questions()
            .filter(|q| self.shows(q, &fewest))
            .count();
        (shown, self.all_questions().count())
    }
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::{evaluate, weights, ONE_ANSWER};
    use crate::CONTENT;
    use QuestionId as Q;
    use StepId as S;

    fn q() -> &'static Questionnaire {
        &CONTENT.questionnaire
    }
    fn answers(pairs: &[(QuestionId, Answer)]) -> Answers {
        pairs.iter().copied().collect()
    }
    fn safety_all_clear() -> Answers {
        q().reassuring_safety_answers()
    }
    fn step(id: StepId) -> &'static Step {
        q().step(id).expect("step exists")
    }

    #[test]
    fn every_finding_of_the_contract_can_be_set() {
        let mut reachable: Vec<Finding> = q()
            .all_questions()
            .flat_map(|q| q.reachable_findings())
            .collect();
        reachable.sort();
        reachable.dedup();
        let missing: Vec<_> = Finding::ALL
            .iter()
            .filter(|f| !reachable.contains(f))
            .map(|f| f.id())
            .collect();
        assert!(missing.is_empty(), "no question sets {missing:?}");
    }

    #[test]
    fn question_ids_are_unique_and_branch_targets_exist_earlier() {
        let all: Vec<&Question> = q().all_questions().collect();
        let mut ids: Vec<_> = all.iter().map(|q| q.id).collect();
        ids.sort();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate question id");
        for (i, question) in all.iter().enumerate() {
            if let Some(t) = question.shown_if.target() {
                let at = all.iter().position(|x| x.id == t);
                assert!(
                    at.is_some_and(|at| at < i),
                    "{} depends on {t}, which is not asked before it",
                    question.id
                );
            }
            if let ShownIf::Chose(t, i) = question.shown_if {
                let target = q().question(t).expect("exists");
                assert!(usize::from(i) < target.option_count(), "{}", question.id);
            }
        }
    }

    #[test]
    fn safety_steps_come_first_and_cover_every_red_flag() {
        let steps = q().steps;
        let first_symptom = steps.iter().position(|s| !s.safety).unwrap_or(0);
        assert!(first_symptom > 0);
        assert!(steps[first_symptom..].iter().all(|s| !s.safety));
        let reachable: Vec<Finding> = steps[..first_symptom]
            .iter()
            .flat_map(|s| s.questions.iter())
            .flat_map(|q| q.reachable_findings())
            .collect();
        for flag in Finding::red_flags() {
            assert!(
                reachable.contains(&flag),
                "{flag} not asked in the safety steps"
            );
        }
        // And no symptom step sets a red flag: nothing later can talk one down or add one
        // unseen.
        for s in &steps[first_symptom..] {
            for question in s.questions {
                for f in question.reachable_findings() {
                    assert!(!f.is_red_flag(), "{} sets {f}", question.id);
                }
            }
        }
    }

    #[test]
    fn every_red_flag_question_counts_not_sure_as_yes() {
        for question in q().all_questions().filter(|x| x.is_red_flag()) {
            let flags: Vec<Finding> = question
                .effects(Answer::NotSure)
                .into_iter()
                .filter(|(f, present)| *present && f.is_red_flag())
                .map(|(f, _)| f)
                .collect();
            assert!(
                !flags.is_empty(),
                "{}: not sure sets no red flag",
                question.id
            );
        }
        let mut a = safety_all_clear();
        a.insert(Q::RfSaddleNumbness, Answer::NotSure);
        let findings = q().findings(&a);
        assert_eq!(findings.get(Finding::RfSaddleNumbness), Some(true));
        assert_eq!(evaluate(&findings).urgency, Urgency::Emergency);
        assert!(q().red_flag_not_sure(&a));
        assert!(!q().red_flag_not_sure(&safety_all_clear()));
    }

    #[test]
    fn all_clear_safety_answers_screen_every_red_flag() {
        let a = safety_all_clear();
        assert_eq!(a.get(Q::Age), Some(Answer::Choice(1)));
        assert_eq!(a.get(Q::LegWeakness), Some(Answer::Choice(0)));
        assert!(q().red_flags_screened(&a));
        let result = evaluate(&q().findings(&a));
        assert!(result.fully_screened());
        assert!(result.red_flags.is_empty());
        assert_eq!(result.urgency, Urgency::SelfCare);
        for flag in Finding::red_flags() {
            assert_eq!(q().findings(&a).get(flag), Some(false), "{flag}");
        }
    }

    #[test]
    fn sexual_function_may_not_apply() {
        let question = q().question(Q::RfSexualDysfunction).expect("asked");
        assert!(question.accepts(Answer::DoesNotApply));
        assert_eq!(
            question.effects(Answer::DoesNotApply),
            [(Finding::RfSexualDysfunction, false)]
        );
        assert!(!q()
            .question(Q::RfBladderChange)
            .expect("asked")
            .accepts(Answer::DoesNotApply));
    }

    #[test]
    fn weakness_is_three_way_and_getting_weaker_is_an_emergency() {
        let mut a = safety_all_clear();
        a.insert(Q::LegWeakness, Answer::Choice(1));
        let f = q().findings(&a);
        assert_eq!(f.get(Finding::LegWeakness), Some(true));
        assert_eq!(f.get(Finding::RfProgressiveWeakness), Some(false));
        assert_eq!(evaluate(&f).urgency, Urgency::Routine);

        a.insert(Q::LegWeakness, Answer::Choice(2));
        let f = q().findings(&a);
        assert_eq!(f.get(Finding::RfProgressiveWeakness), Some(true));
        assert_ne!(
            f.get(Finding::LegWeakness),
            Some(true),
            "never leg_weakness alone"
        );
        assert_eq!(evaluate(&f).urgency, Urgency::Emergency);

        // A foot that catches on runs is a dropping foot, whatever the weakness answer.
        let mut a = safety_all_clear();
        a.insert(Q::FootDrop, Answer::Yes);
        assert_eq!(q().urgency(&a), Urgency::Emergency);
    }

    #[test]
    fn a_yes_to_any_question_for_a_red_flag_counts() {
        // Three questions ask about low energy; a "no" after a "yes" does not undo it.
        for id in [Q::Periods, Q::UnderFuelling, Q::StressFracture] {
            let mut a = safety_all_clear();
            a.insert(id, Answer::Yes);
            assert!(q().findings(&a).is_present(Finding::RfLowEnergy), "{id}");
        }
    }

    #[test]
    fn split_questions_need_every_part() {
        // The inflammatory pattern: four parts, each answerable on its own.
        let mut a = safety_all_clear();
        for part in [Q::StiffnessMonths, Q::StiffnessEases, Q::RfInflammatory] {
            assert!(!a.contains(part), "{part} is hidden after a no");
        }
        a.insert(Q::MorningStiffness, Answer::Yes);
        assert!(
            !q().complete(step(S::PainPattern), &a),
            "the next part is now asked"
        );
        a.insert(Q::StiffnessMonths, Answer::Yes);
        a.insert(Q::StiffnessEases, Answer::Yes);
        a.insert(Q::RfInflammatory, Answer::No);
        assert!(q().complete(step(S::PainPattern), &a));
        assert_eq!(q().findings(&a).get(Finding::RfInflammatory), Some(false));
        a.insert(Q::RfInflammatory, Answer::Yes);
        assert_eq!(q().findings(&a).get(Finding::RfInflammatory), Some(true));
        a.insert(Q::StiffnessEases, Answer::No);
        assert_eq!(q().findings(&a).get(Finding::RfInflammatory), Some(false));

        // Age and a first episode: under 20 always counts; over 50 only the first time.
        let mut a = safety_all_clear();
        a.insert(Q::Age, Answer::Choice(0));
        assert!(q().findings(&a).is_present(Finding::RfAgeOnset));
        a.insert(Q::Age, Answer::Choice(2));
        assert!(!q().complete(step(S::RunningBones), &a));
        a.insert(Q::RfAgeOnset, Answer::No);
        assert_eq!(q().findings(&a).get(Finding::RfAgeOnset), Some(false));
        a.insert(Q::RfAgeOnset, Answer::Yes);
        assert!(q().findings(&a).is_present(Finding::RfAgeOnset));
        // The first-episode answer stops counting when the age changes.
        a.insert(Q::Age, Answer::Choice(1));
        assert_eq!(q().findings(&a).get(Finding::RfAgeOnset), Some(false));
    }

    #[test]
    fn no_leg_symptoms_skips_the_leg_step_and_rules_them_out() {
        let mut a = safety_all_clear();
        a.insert(Q::Leg, Answer::No);
        let steps = q().steps_for(&a);
        assert!(steps.iter().all(|s| s.id != S::LegDetail));
        let f = q().findings(&a);
        assert_eq!(f.get(Finding::PinsNeedles), Some(false));
        assert_eq!(f.get(Finding::PainBelowKnee), Some(false));
    }

    #[test]
    fn an_answer_kept_in_a_hidden_branch_opens_nothing() {
        // pins_needles "yes" is kept when the leg gate closes, but the question it opened
        // must not appear on its own.
        let mut a = answers(&[(Q::Leg, Answer::Yes), (Q::PinsNeedles, Answer::Yes)]);
        let tingling = q().question(Q::TinglingAfterSitting).expect("exists");
        assert!(q().shows(tingling, &a));
        a.insert(Q::Leg, Answer::No);
        assert!(!q().shows(tingling, &a));
        assert!(q().steps_for(&a).iter().all(|s| s.id != S::LegDetail));
    }

    #[test]
    fn hidden_answers_stop_counting_but_are_kept() {
        let mut a = answers(&[(Q::Leg, Answer::Yes), (Q::BurningLeg, Answer::Yes)]);
        assert_eq!(q().findings(&a).get(Finding::BurningLeg), Some(true));
        a.insert(Q::Leg, Answer::No);
        assert_eq!(q().findings(&a).get(Finding::BurningLeg), Some(false));
        a.insert(Q::Leg, Answer::Yes);
        assert_eq!(q().findings(&a).get(Finding::BurningLeg), Some(true));
    }

    #[test]
    fn choices_set_several_findings_and_bad_answers_are_ignored() {
        let a = answers(&[(Q::Onset, Answer::Choice(0))]);
        let f = q().findings(&a);
        assert_eq!(f.get(Finding::OnsetMoment), Some(true));
        assert_eq!(f.get(Finding::OnsetBendTwist), Some(true));
        assert_eq!(f.get(Finding::OnsetGradual), Some(false));
        let run = q().findings(&answers(&[(Q::Onset, Answer::Choice(3))]));
        assert_eq!(run.get(Finding::OnsetMoment), Some(true));
        assert_eq!(run.get(Finding::OnsetBendTwist), Some(false));
        let mut bad = answers(&[
            (Q::Onset, Answer::Choice(9)),
            (Q::Spasm, Answer::Choice(0)),
            (Q::PainButtock, Answer::DoesNotApply),
        ]);
        bad.insert_saved("no_such_question", Answer::Yes);
        assert!(q().findings(&bad).is_empty());
    }

    #[test]
    fn one_answer_that_supports_a_cause_twice_is_one_piece_of_evidence() {
        // Any answer that sets two findings which both raise one cause must have them in
        // one ONE_ANSWER group, or the engine would count that answer twice.
        for question in q().all_questions() {
            for a in question.answers() {
                let present: Vec<Finding> = question
                    .effects(a)
                    .into_iter()
                    .filter(|(_, p)| *p)
                    .map(|(f, _)| f)
                    .collect();
                for c in crate::CauseId::ALL {
                    let supporting: Vec<Finding> = present
                        .iter()
                        .copied()
                        .filter(|&f| weights::row(f).is_some_and(|r| r.present[c.index()] > 0))
                        .collect();
                    if supporting.len() > 1 {
                        assert!(
                            ONE_ANSWER
                                .iter()
                                .any(|g| supporting.iter().all(|f| g.contains(f))),
                            "{} {a:?} supports {c} with {supporting:?} in different groups",
                            question.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn answer_codes_round_trip() {
        for a in [
            Answer::Yes,
            Answer::No,
            Answer::NotSure,
            Answer::DoesNotApply,
            Answer::Choice(2),
        ] {
            assert_eq!(Answer::from_code(&a.to_code()), Some(a));
        }
        assert_eq!(Answer::from_code("maybe"), None);
        assert_eq!(Answer::from_code("choice:x"), None);
    }

    #[test]
    fn a_past_cancer_keeps_the_leg_questions_open() {
        // The case the first release missed: urgent from a past cancer, then nerve signs.
        let mut a = safety_all_clear();
        a.insert(Q::RfCancerHistory, Answer::Yes);
        assert_eq!(q().urgency(&a), Urgency::Urgent);
        assert!(
            !q().urgency_is_final(&a),
            "leg nerve signs could still make it an emergency"
        );
        assert!(q().escalation_only(&a));
        // Only the questions that could raise it are asked: the leg gate, the leg details,
        // the running questions about a lazy leg. Not the onset or what eases it.
        let steps: Vec<StepId> = q().steps_for(&a).iter().map(|s| s.id).collect();
        assert!(
            steps.contains(&S::Where) && steps.contains(&S::Running),
            "{steps:?}"
        );
        assert!(
            !steps.contains(&S::Start) && !steps.contains(&S::Movement),
            "{steps:?}"
        );
        let where_ids: Vec<QuestionId> = q()
            .visible_questions(step(S::Where), &a)
            .iter()
            .map(|q| q.id)
            .collect();
        assert_eq!(where_ids, [Q::Leg]);

        a.insert(Q::Leg, Answer::Yes);
        a.insert(Q::NumbnessLeg, Answer::Yes);
        assert_eq!(q().urgency(&a), Urgency::Emergency);
        assert!(q().urgency_is_final(&a));

        // With no leg symptoms and no lazy leg, nothing left can raise it.
        let mut a = safety_all_clear();
        a.insert(Q::RfCancerHistory, Answer::Yes);
        a.insert(Q::Leg, Answer::No);
        a.insert(Q::LegDragging, Answer::No);
        assert!(!q().urgency_is_final(&a), "power_loss is still open");
        a.insert(Q::PowerLoss, Answer::No);
        assert!(q().urgency_is_final(&a));
        assert_eq!(q().urgency(&a), Urgency::Urgent);
    }

    #[test]
    fn an_urgent_flag_with_nothing_to_raise_it_is_final() {
        let mut a = safety_all_clear();
        a.insert(Q::RfFever, Answer::Yes);
        assert_eq!(q().urgency(&a), Urgency::Urgent);
        assert!(q().urgency_is_final(&a));
    }

    #[test]
    fn self_care_answers_are_not_escalation_only() {
        let a = safety_all_clear();
        assert!(!q().escalation_only(&a));
        assert_eq!(q().visible_questions(step(S::Start), &a).len(), 2);
    }

    #[test]
    fn question_counts_are_what_the_start_page_says() {
        let (fewest, most) = q().question_counts();
        assert!(fewest < most);
        let claim = CONTENT.overview.questions_claim;
        let expected = format!("{fewest} to {most}");
        assert!(
            claim.contains(&expected),
            "the start page says {claim:?}; the questionnaire asks {expected}"
        );
        let steps = q().steps.len();
        assert!(claim.contains(&format!("{steps} short steps")), "{claim:?}");
    }

    #[test]
    fn no_step_is_too_long_for_a_phone() {
        for s in q().steps {
            assert!(
                s.questions.len() <= 9,
                "{} has {} questions",
                s.id,
                s.questions.len()
            );
        }
    }
}
