//! The runner's answers, by question.

use std::collections::BTreeMap;

use super::ids::QuestionId;
use super::Answer;

/// The runner's answers, by question.
///
/// A saved document keeps each answer under its question's text id
/// (`"leg_weakness": "choice:1"`). An answer saved under an id this version does not ask (a
/// question a newer version added, or one an older version asked and this one dropped) is
/// kept as it was, so reading and saving a document never loses it, and nothing here reads
/// it: the questionnaire, findings and summary only see the questions they know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    /// By [`QuestionId::index`].
    asked: [Option<Answer>; QuestionId::COUNT],
    /// Answers under ids this version does not know, by their saved id.
    unknown: BTreeMap<String, Answer>,
}

impl Default for Answers {
    fn default() -> Answers {
        Answers::new()
    }
}

impl Answers {
    /// No answers.
    pub const fn new() -> Answers {
        Answers {
            asked: [None; QuestionId::COUNT],
            unknown: BTreeMap::new(),
        }
    }

    /// The answer to a question, if it was answered.
    pub fn get(&self, question: QuestionId) -> Option<Answer> {
        self.asked.get(question.index()).copied().flatten()
    }

    /// Whether a question was answered.
    pub fn contains(&self, question: QuestionId) -> bool {
        self.get(question).is_some()
    }

    /// Records (or replaces) the answer to a question.
    pub fn insert(&mut self, question: QuestionId, answer: Answer) {
        if let Some(slot) = self.asked.get_mut(question.index()) {
            *slot = Some(answer);
        }
    }

    /// Forgets the answer to a question.
    pub fn remove(&mut self, question: QuestionId) {
        if let Some(slot) = self.asked.get_mut(question.index()) {
            *slot = None;
        }
    }

    /// Whether there are no answers at all, known or not.
    pub fn is_empty(&self) -> bool {
        self.asked.iter().all(Option::is_none) && self.unknown.is_empty()
    }

    /// The answers to the questions this version asks, in question order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, Answer)> + '_ {
        QuestionId::ALL
            .iter()
            .filter_map(|&q| self.get(q).map(|a| (q, a)))
    }

    /// Records an answer read from a saved document, under its saved id: the question's
    /// answer if this version asks it, otherwise kept aside unchanged (see [`Answers`]).
    pub fn insert_saved(&mut self, id: &str, answer: Answer) {
        match QuestionId::from_id(id) {
            Some(question) => self.insert(question, answer),
            None => {
                self.unknown.insert(id.to_owned(), answer);
            }
        }
    }

    /// Every answer under its saved id, known or not, sorted by id: the form and order a
    /// saved document has always had.
    pub fn saved(&self) -> Vec<(&str, Answer)> {
        let mut all: Vec<(&str, Answer)> = self
            .iter()
            .map(|(q, a)| (q.id(), a))
            .chain(self.unknown.iter().map(|(id, &a)| (id.as_str(), a)))
            .collect();
        crate::sort::sort_by_key(&mut all, |&(id, _)| id);
        all
    }
}

impl FromIterator<(QuestionId, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (QuestionId, Answer)>>(pairs: I) -> Answers {
        let mut answers = Answers::new();
        for (question, answer) in pairs {
            answers.insert(question, answer);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_kept_by_question() {
        let mut a = Answers::new();
        assert!(a.is_empty());
        a.insert(QuestionId::Leg, Answer::Yes);
        a.insert(QuestionId::Leg, Answer::No);
        a.insert(QuestionId::Onset, Answer::Choice(2));
        assert_eq!(a.get(QuestionId::Leg), Some(Answer::No));
        assert!(a.contains(QuestionId::Onset) && !a.contains(QuestionId::Spasm));
        assert_eq!(
            a.iter().collect::<Vec<_>>(),
            [
                (QuestionId::Onset, Answer::Choice(2)),
                (QuestionId::Leg, Answer::No)
            ]
        );
        a.remove(QuestionId::Leg);
        a.remove(QuestionId::Onset);
        assert!(a.is_empty());
    }

    #[test]
    fn unknown_saved_ids_are_kept_unread_and_saved_back_in_id_order() {
        let mut a = Answers::new();
        a.insert_saved("spasm", Answer::Yes);
        a.insert_saved("a_question_from_a_newer_version", Answer::NotSure);
        a.insert_saved("age", Answer::Choice(1));
        assert_eq!(a.get(QuestionId::Spasm), Some(Answer::Yes));
        assert_eq!(a.iter().count(), 2, "the unknown answer is not one of ours");
        assert!(!a.is_empty());
        assert_eq!(
            a.saved(),
            [
                ("a_question_from_a_newer_version", Answer::NotSure),
                ("age", Answer::Choice(1)),
                ("spasm", Answer::Yes),
            ]
        );
        let mut only_unknown = Answers::new();
        only_unknown.insert_saved("gone", Answer::No);
        assert!(!only_unknown.is_empty());
        assert_ne!(only_unknown, Answers::new());
    }
}
