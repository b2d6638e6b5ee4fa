//! The symptom questionnaire: its shape, its branching and how answers become findings.
//!
//! The wording is content (`content::en_gb::questions`); this module is the logic. It is a
//! plain value machine with no browser types: the web shell keeps an [`Answers`] value,
//! shows [`Questionnaire::steps_for`], and hands [`Questionnaire::findings`] to the triage
//! engine. Answers are kept by question id, so going back and changing an answer that hides
//! a branch does not throw away what was said inside it: hidden answers simply stop counting.

use std::collections::BTreeMap;

use crate::content::model::RedFlagsPage;
use crate::ids::{Finding, Urgency};
use crate::triage::Findings;

/// What the runner answered to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    Yes,
    No,
    NotSure,
    /// The index of the chosen option of a [`QuestionKind::Choice`].
    Choice(u8),
}

impl Answer {
    /// A stable text form for storage: `yes`, `no`, `not_sure`, `choice:N`.
    pub fn to_code(self) -> String {
        match self {
            Answer::Yes => "yes".into(),
            Answer::No => "no".into(),
            Answer::NotSure => "not_sure".into(),
            Answer::Choice(i) => format!("choice:{i}"),
        }
    }

    /// Parses [`Answer::to_code`]'s form.
    pub fn from_code(code: &str) -> Option<Answer> {
        match code {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            "not_sure" => Some(Answer::NotSure),
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
    /// Yes sets the finding present, no absent, not sure leaves it unknown.
    YesNo(Finding),
    /// Yes and no with their own effects (e.g. a gate whose "no" rules out a branch).
    /// Not sure has no effect.
    Custom { yes: Effects, no: Effects },
    /// One of several options, each with its effects; "not sure" is always offered too.
    Choice { options: &'static [ChoiceOption] },
}

/// One option of a choice question.
#[derive(Clone, Copy, Debug)]
pub struct ChoiceOption {
    pub label: &'static str,
    pub effects: Effects,
}

/// When a question is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShownIf {
    Always,
    /// Only if the question with this id was answered yes.
    Yes(&'static str),
    /// Only if the question with this id was answered yes or not sure.
    NotNo(&'static str),
    /// Unless the question with this id was answered yes.
    NotYes(&'static str),
}

/// One question.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Stable id, used to store the answer. Red-flag questions use the finding's id.
    pub id: &'static str,
    pub text: &'static str,
    /// An optional plain-words explanation shown under the question ("" for none).
    pub hint: &'static str,
    pub kind: QuestionKind,
    pub shown_if: ShownIf,
}

/// Where a step's questions come from.
#[derive(Clone, Copy, Debug)]
pub enum StepQuestions {
    /// The red-flag questions of these urgency levels, from the red flags page, in its order.
    RedFlags(&'static [Urgency]),
    /// Symptom questions.
    Symptoms(&'static [Question]),
}

/// A screen of the questionnaire.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub questions: StepQuestions,
}

/// The whole questionnaire (wording from the content).
#[derive(Debug)]
pub struct Questionnaire {
    pub steps: &'static [Step],
}

/// The runner's answers by question id.
pub type Answers = BTreeMap<String, Answer>;

impl Step {
    /// Whether this is a red-flag step (every question must be answered).
    pub fn is_red_flags(&self) -> bool {
        matches!(self.questions, StepQuestions::RedFlags(_))
    }

    /// All questions of the step, before branching.
    pub fn all_questions(&self, red_flags: &RedFlagsPage) -> Vec<Question> {
        match self.questions {
            StepQuestions::Symptoms(qs) => qs.to_vec(),
            StepQuestions::RedFlags(levels) => red_flags
                .groups
                .iter()
                .filter(|g| levels.contains(&g.urgency))
                .flat_map(|g| g.signs.iter())
                .map(|sign| Question {
                    id: sign.finding.id(),
                    text: sign.question,
                    hint: "",
                    kind: QuestionKind::RedFlag(sign.finding),
                    shown_if: ShownIf::Always,
                })
                .collect(),
        }
    }

    /// The questions shown for these answers.
    pub fn visible_questions(&self, red_flags: &RedFlagsPage, answers: &Answers) -> Vec<Question> {
        self.all_questions(red_flags)
            .into_iter()
            .filter(|q| q.is_shown(answers))
            .collect()
    }

    /// Whether the runner may move on: red-flag steps need every question answered; other
    /// steps may be left partly blank (a blank is "not known").
    pub fn complete(&self, red_flags: &RedFlagsPage, answers: &Answers) -> bool {
        !self.is_red_flags()
            || self
                .visible_questions(red_flags, answers)
                .iter()
                .all(|q| answers.contains_key(q.id))
    }
}

fn is_shown(rule: ShownIf, answers: &Answers) -> bool {
    let answer = |id: &str| answers.get(id).copied();
    match rule {
        ShownIf::Always => true,
        ShownIf::Yes(id) => answer(id) == Some(Answer::Yes),
        ShownIf::NotNo(id) => matches!(answer(id), Some(Answer::Yes | Answer::NotSure)),
        ShownIf::NotYes(id) => answer(id) != Some(Answer::Yes),
    }
}

impl Question {
    /// Whether branching shows this question for these answers.
    pub fn is_shown(&self, answers: &Answers) -> bool {
        is_shown(self.shown_if, answers)
    }

    /// The findings this answer sets.
    pub fn effects(&self, answer: Answer) -> Vec<(Finding, bool)> {
        match (self.kind, answer) {
            (QuestionKind::RedFlag(f), Answer::Yes | Answer::NotSure) => vec![(f, true)],
            (QuestionKind::RedFlag(f), Answer::No) => vec![(f, false)],
            (QuestionKind::YesNo(f), Answer::Yes) => vec![(f, true)],
            (QuestionKind::YesNo(f), Answer::No) => vec![(f, false)],
            (QuestionKind::Custom { yes, .. }, Answer::Yes) => yes.to_vec(),
            (QuestionKind::Custom { no, .. }, Answer::No) => no.to_vec(),
            (QuestionKind::Choice { options }, Answer::Choice(i)) => options
                .get(usize::from(i))
                .map(|o| o.effects.to_vec())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// Every finding any answer to this question can set.
    pub fn reachable_findings(&self) -> Vec<Finding> {
        let mut all: Vec<Finding> = [Answer::Yes, Answer::No, Answer::NotSure]
            .into_iter()
            .chain((0..=u8::MAX).map(Answer::Choice).take(self.option_count()))
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
            QuestionKind::Choice { options } => options.len(),
            _ => 0,
        }
    }

    /// Whether an answer is one this question accepts.
    pub fn accepts(&self, answer: Answer) -> bool {
        match (self.kind, answer) {
            (QuestionKind::Choice { options }, Answer::Choice(i)) => usize::from(i) < options.len(),
            (QuestionKind::Choice { .. }, Answer::NotSure) => true,
            (QuestionKind::Choice { .. }, _) => false,
            (_, Answer::Choice(_)) => false,
            _ => true,
        }
    }
}

impl Questionnaire {
    /// The steps shown for these answers: every step that has at least one visible question.
    pub fn steps_for(&self, red_flags: &RedFlagsPage, answers: &Answers) -> Vec<&'static Step> {
        self.steps
            .iter()
            .filter(|s| !s.visible_questions(red_flags, answers).is_empty())
            .collect()
    }

    /// Every question of every step, before branching.
    pub fn all_questions(&self, red_flags: &RedFlagsPage) -> Vec<Question> {
        self.steps
            .iter()
            .flat_map(|s| s.all_questions(red_flags))
            .collect()
    }

    /// The findings the visible answers set, in question order (a later question wins
    /// over an earlier one for the same finding). Answers to hidden questions, unknown ids
    /// and answers a question does not accept are ignored.
    pub fn findings(&self, red_flags: &RedFlagsPage, answers: &Answers) -> Findings {
        let mut findings = Findings::new();
        for step in self.steps {
            for q in step.visible_questions(red_flags, answers) {
                if let Some(&a) = answers.get(q.id) {
                    if q.accepts(a) {
                        for (f, present) in q.effects(a) {
                            findings.set(f, present);
                        }
                    }
                }
            }
        }
        findings
    }

    /// Whether every red-flag question has been answered (the screen that must come first).
    pub fn red_flags_screened(&self, red_flags: &RedFlagsPage, answers: &Answers) -> bool {
        self.steps
            .iter()
            .filter(|s| s.is_red_flags())
            .all(|s| s.complete(red_flags, answers))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::evaluate;
    use crate::CONTENT;

    fn q() -> &'static Questionnaire {
        &CONTENT.questionnaire
    }
    fn rf() -> &'static RedFlagsPage {
        &CONTENT.red_flags
    }
    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    }
    fn all_red_flags_no() -> Answers {
        crate::Finding::red_flags()
            .map(|f| (f.id().to_owned(), Answer::No))
            .collect()
    }

    #[test]
    fn every_finding_of_the_contract_can_be_set() {
        let mut reachable: Vec<Finding> = q()
            .all_questions(rf())
            .iter()
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
    fn question_ids_are_unique_and_branch_targets_exist() {
        let all = q().all_questions(rf());
        let mut ids: Vec<_> = all.iter().map(|q| q.id).collect();
        ids.sort();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate question id");
        for question in &all {
            if let ShownIf::Yes(t) | ShownIf::NotNo(t) | ShownIf::NotYes(t) = question.shown_if {
                assert!(ids.contains(&t), "{} depends on unknown {t}", question.id);
            }
        }
    }

    #[test]
    fn red_flags_come_first_and_cover_every_red_flag() {
        let steps = q().steps;
        let first_symptom = steps.iter().position(|s| !s.is_red_flags()).unwrap_or(0);
        assert!(first_symptom > 0);
        assert!(steps[first_symptom..].iter().all(|s| !s.is_red_flags()));
        let asked: Vec<_> = steps[..first_symptom]
            .iter()
            .flat_map(|s| s.all_questions(rf()))
            .collect();
        assert_eq!(asked.len(), crate::Finding::red_flags().count());
        for flag in crate::Finding::red_flags() {
            assert!(asked.iter().any(|q| q.id == flag.id()), "{flag} not asked");
        }
    }

    #[test]
    fn not_sure_on_a_red_flag_counts_as_yes() {
        let mut a = all_red_flags_no();
        a.insert("rf_saddle_numbness".into(), Answer::NotSure);
        let findings = q().findings(rf(), &a);
        assert_eq!(findings.get(Finding::RfSaddleNumbness), Some(true));
        assert_eq!(evaluate(&findings).urgency, Urgency::Emergency);
    }

    #[test]
    fn red_flag_steps_must_be_fully_answered() {
        let step = &q().steps[0];
        assert!(!step.complete(rf(), &Answers::new()));
        assert!(step.complete(rf(), &all_red_flags_no()));
        assert!(q().red_flags_screened(rf(), &all_red_flags_no()));
        // Symptom steps may be left blank.
        assert!(q().steps[2].complete(rf(), &Answers::new()));
    }

    #[test]
    fn no_leg_symptoms_skips_the_leg_step_and_rules_them_out() {
        let mut a = all_red_flags_no();
        a.insert("leg".into(), Answer::No);
        let steps = q().steps_for(rf(), &a);
        assert!(steps.iter().all(|s| s.id != "leg_detail"));
        let f = q().findings(rf(), &a);
        assert_eq!(f.get(Finding::PinsNeedles), Some(false));
        assert_eq!(f.get(Finding::PainBelowKnee), Some(false));
    }

    #[test]
    fn hidden_answers_stop_counting_but_are_kept() {
        let mut a = answers(&[("leg", Answer::Yes), ("burning_leg", Answer::Yes)]);
        assert_eq!(q().findings(rf(), &a).get(Finding::BurningLeg), Some(true));
        a.insert("leg".into(), Answer::No);
        assert_eq!(q().findings(rf(), &a).get(Finding::BurningLeg), Some(false));
        a.insert("leg".into(), Answer::Yes);
        assert_eq!(q().findings(rf(), &a).get(Finding::BurningLeg), Some(true));
    }

    #[test]
    fn choices_set_several_findings_and_bad_answers_are_ignored() {
        let a = answers(&[("onset", Answer::Choice(0))]);
        let f = q().findings(rf(), &a);
        assert_eq!(f.get(Finding::OnsetMoment), Some(true));
        assert_eq!(f.get(Finding::OnsetBendTwist), Some(true));
        assert_eq!(f.get(Finding::OnsetGradual), Some(false));
        let bad = answers(&[
            ("onset", Answer::Choice(9)),
            ("spasm", Answer::Choice(0)),
            ("no_such_question", Answer::Yes),
        ]);
        assert!(q().findings(rf(), &bad).is_empty());
    }

    #[test]
    fn answer_codes_round_trip() {
        for a in [Answer::Yes, Answer::No, Answer::NotSure, Answer::Choice(2)] {
            assert_eq!(Answer::from_code(&a.to_code()), Some(a));
        }
        assert_eq!(Answer::from_code("maybe"), None);
        assert_eq!(Answer::from_code("choice:x"), None);
    }

    #[test]
    fn a_typical_path_is_short() {
        // A runner without leg symptoms sees the two safety screens and five short steps.
        let mut a = all_red_flags_no();
        a.insert("leg".into(), Answer::No);
        let steps = q().steps_for(rf(), &a);
        let symptom_questions: usize = steps
            .iter()
            .filter(|s| !s.is_red_flags())
            .map(|s| s.visible_questions(rf(), &a).len())
            .sum();
        assert!(
            symptom_questions <= 22,
            "{symptom_questions} symptom questions"
        );
    }
}
