//! "Show my physio": what the summary page says, worked out from the saved data.
//!
//! The page is for a physiotherapist or GP. It shows the latest questionnaire answers in
//! plain words, grouped as the content says ([`crate::content::SummaryText::groups`]), the
//! result with its reasons, the plan and the exercises done, and the latest diary entries.
//! Everything here is pure; the web shell turns it into escaped markup. The spreadsheet
//! files are [`crate::progress::csv`].

use crate::content::{Content, MatchWords, SummaryText};
use crate::ids::Urgency;
use crate::progress::stats::mean_tenths;
use crate::progress::{DiaryEntry, Progress, SavedCheck};
use crate::questionnaire::{Answer, Answers, Question, QuestionKind};
use crate::triage::{evaluate, Assessment, UrgencyRule, FIT_FLOOR_POINTS};

/// How many diary entries the summary lists (the CSV file has them all).
pub const RECENT_ENTRIES: usize = 10;
/// The days the summary's pain chart covers.
pub const CHART_DAYS: u32 = 30;
/// How many causes the summary names (those the answers point to at all).
pub const MAX_CAUSES: usize = 3;

/// One answered (or skipped) question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRow {
    /// The question as the runner saw it.
    pub question: &'static str,
    /// The answer in words ("Yes", an option's label, "Not answered").
    pub answer: &'static str,
    /// A warning sign answered yes or not sure (both count as present).
    pub flagged: bool,
}

/// A group of answers under one heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerSection {
    pub heading: &'static str,
    pub rows: Vec<AnswerRow>,
    /// Whether the group holds only the warning-sign screen (printed as one line: see
    /// [`warning_signs`]).
    pub safety: bool,
}

/// The warning-sign screen in one line, as a clinician reads it: how many warning signs
/// were asked, how many were answered "no", and any answered yes or "not sure".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WarningSigns {
    /// Warning signs shown to the runner (the branching may hide follow-ups).
    pub asked: usize,
    pub no: usize,
    /// Asked but left unanswered.
    pub unanswered: usize,
    /// Each answered yes or "not sure": the question and the answer in words.
    pub flagged: Vec<(&'static str, &'static str)>,
}

/// The warning signs of a check (see [`WarningSigns`]).
pub fn warning_signs(content: &Content, answers: &Answers) -> WarningSigns {
    let q = &content.questionnaire;
    let mut out = WarningSigns {
        asked: 0,
        no: 0,
        unanswered: 0,
        flagged: Vec::new(),
    };
    for question in q
        .all_questions()
        .filter(|x| x.is_red_flag() && q.shows(x, answers))
    {
        out.asked += 1;
        let answer = answers.get(question.id).filter(|a| question.accepts(*a));
        if answer.is_none() {
            out.unanswered += 1;
        } else if present(question, answer) {
            out.flagged.push((
                question.text,
                answer_words(&content.summary, question, answer),
            ));
        } else {
            out.no += 1;
        }
    }
    out
}

/// The warning-sign line in words: "19 of 19 warning signs answered no." and, where there
/// are some, how many were not answered.
pub fn warning_signs_line(content: &Content, w: &WarningSigns) -> String {
    let t = &content.summary;
    let mut line = format!("{} of {} {}", w.no, w.asked, t.warning_signs_no);
    if w.unanswered > 0 {
        line.push_str(&format!(
            "; {} {}",
            w.unanswered, t.warning_signs_unanswered
        ));
    }
    line.push('.');
    line
}

/// The questions the runner was shown, with their answers, grouped for the summary.
/// Questions hidden by the branching are left out (they were not asked); groups with no
/// question shown are left out too.
pub fn answer_sections(content: &Content, answers: &Answers) -> Vec<AnswerSection> {
    let text = &content.summary;
    content
        .summary
        .groups
        .iter()
        .filter_map(|group| {
            let rows: Vec<AnswerRow> = content
                .questionnaire
                .steps
                .iter()
                .filter(|step| group.steps.contains(&step.id))
                .flat_map(|step| content.questionnaire.visible_questions(step, answers))
                .map(|q| {
                    let answer = answers.get(q.id).filter(|a| q.accepts(*a));
                    AnswerRow {
                        question: q.text,
                        answer: answer_words(text, q, answer),
                        flagged: present(q, answer),
                    }
                })
                .collect();
            let safety = group
                .steps
                .iter()
                .all(|id| content.questionnaire.step(*id).is_some_and(|s| s.safety));
            (!rows.is_empty()).then_some(AnswerSection {
                heading: group.heading,
                rows,
                safety,
            })
        })
        .collect()
}

/// Whether `answer` to a warning-sign question makes the sign present (yes, or "not sure",
/// which counts as yes).
fn present(q: &Question, answer: Option<Answer>) -> bool {
    q.is_red_flag()
        && q.effects_of(answer)
            .iter()
            .any(|(f, p)| *p && f.is_red_flag())
}

/// An answer in words.
pub fn answer_words(text: &SummaryText, q: &Question, answer: Option<Answer>) -> &'static str {
    match (answer, q.kind) {
        (Some(Answer::Yes), _) => text.yes,
        (Some(Answer::No), _) => text.no,
        (Some(Answer::NotSure), _) => text.not_sure,
        (Some(Answer::Choice(i)), QuestionKind::Choice { options, .. }) => options
            .get(usize::from(i))
            .map_or(text.not_answered, |o| o.label),
        _ => text.not_answered,
    }
}

/// What to do, and the answers that decided it: the heading and action of the urgency,
/// and the reasons (warning signs present, and the rules beyond single signs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrgencyText {
    pub urgency: Urgency,
    pub heading: &'static str,
    pub action: &'static str,
    pub reasons: Vec<&'static str>,
}

/// The urgency of an assessment in words (shared by the result page and the summary).
pub fn urgency_text(content: &Content, result: &Assessment) -> UrgencyText {
    let urgency = result.urgency;
    let group = content
        .red_flags
        .groups
        .iter()
        .find(|g| g.urgency == urgency);
    let (heading, action) = match (urgency, group) {
        (Urgency::SelfCare, _) | (_, None) => {
            (content.results.self_care_heading, content.results.self_care)
        }
        (_, Some(g)) => (g.heading, g.action),
    };
    let mut reasons: Vec<&'static str> = result
        .red_flags
        .iter()
        .map(|f| content.finding_label(*f))
        .collect();
    reasons.extend(result.rules.iter().map(|rule| match rule {
        UrgencyRule::CancerWithNerveSign => content.results.cancer_nerve_rule,
        UrgencyRule::StableLegWeakness => content.results.leg_weakness_rule,
        UrgencyRule::HopPainWithLowEnergy => content.results.hop_low_energy_rule,
        UrgencyRule::WeakLegWithNerveSign => content.results.weak_leg_nerve_rule,
    }));
    UrgencyText {
        urgency,
        heading,
        action,
        reasons,
    }
}

/// A cause the answers point to, with why.
#[derive(Clone, Debug, PartialEq)]
pub struct CauseLine {
    pub name: &'static str,
    /// The engine's score, in `[0, 1)`.
    pub score: f64,
    /// How well it matches, in words that agree with the result's sentence
    /// ([`match_words`]).
    pub strength: &'static str,
    /// The answers pointing here, in words.
    pub because: Vec<&'static str>,
}

/// The result of the latest finished check, as the summary shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultSummary {
    pub urgency: UrgencyText,
    /// What the check advised, in the clinician's words.
    pub advised: &'static str,
    /// Further notes: while waiting (routine), "not sure" counted as yes, not confident.
    pub notes: Vec<&'static str>,
    /// The causes the answers point to, best first (none when a doctor comes first).
    pub causes: Vec<CauseLine>,
}

/// The result of the saved check, when it was finished with the safety questions answered
/// (the same condition as the result page).
pub fn result_summary(content: &Content, check: Option<&SavedCheck>) -> Option<ResultSummary> {
    let check = check.filter(|c| c.finished)?;
    let findings = content.questionnaire.findings(&check.answers);
    let result = evaluate(&findings);
    if !result.fully_screened() && result.urgency < Urgency::Emergency {
        return None;
    }
    // Written for the clinician who reads it, not to the runner (the result page's words).
    let t = &content.summary;
    let advised = match result.urgency {
        Urgency::Emergency => t.clinical_emergency,
        Urgency::Urgent => t.clinical_urgent,
        Urgency::Routine => t.clinical_routine,
        Urgency::SelfCare => t.clinical_self_care,
    };
    let mut notes = Vec::new();
    if result.no_running_until_checked() {
        notes.push(t.clinical_no_running);
    }
    if content.questionnaire.red_flag_not_sure(&check.answers) {
        notes.push(t.clinical_not_sure);
    }
    let mut causes = Vec::new();
    if result.offers_self_care_plan() {
        if !result.fits {
            notes.push(t.clinical_no_fit);
        } else if !result.confident {
            notes.push(t.clinical_not_confident);
        }
        causes = result
            .causes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.score > 0.0)
            .take(MAX_CAUSES)
            .map(|(rank, c)| CauseLine {
                name: content.cause(c.cause).map_or(c.cause.id(), |x| x.name),
                score: c.score,
                strength: match_words(&content.results.match_words, &result, rank),
                because: c
                    .because
                    .iter()
                    .map(|f| content.finding_label(*f))
                    .collect(),
            })
            .collect();
    }
    Some(ResultSummary {
        urgency: urgency_text(content, &result),
        advised,
        notes,
        causes,
    })
}

/// How well the cause at `rank` of a result matches, in words that follow the engine's
/// `confident` and `fits`: "most likely" only for the top of a confident result, "possible"
/// for causes that reach the fit floor when the answers do not separate them, and never a
/// word stronger than the sentence above the list.
pub fn match_words(words: &MatchWords, result: &Assessment, rank: usize) -> &'static str {
    let Some(cause) = result.causes.get(rank) else {
        return words.none;
    };
    let reaches_floor = cause.points >= FIT_FLOOR_POINTS;
    if cause.because.is_empty() || cause.points <= 0 {
        words.none
    } else if rank == 0 && result.confident {
        words.most_likely
    } else if !result.fits || !reaches_floor {
        words.weak
    } else if result.confident {
        words.also_possible
    } else {
        words.possible
    }
}

/// The plan in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSummary {
    /// The cause's name.
    pub cause: &'static str,
    /// Whether the cause came from the check or was chosen, in words.
    pub source: &'static str,
    /// The phase's title, e.g. "Phase 2: Mobilise".
    pub phase: &'static str,
}

/// The plan being followed, if any.
pub fn plan_summary(content: &Content, p: &Progress) -> Option<PlanSummary> {
    let plan = p.plan?;
    Some(PlanSummary {
        cause: content
            .cause(plan.cause)
            .map_or(plan.cause.id(), |c| c.name),
        source: match plan.source {
            crate::progress::PlanSource::Check => content.summary.from_check,
            crate::progress::PlanSource::Chosen => content.summary.chosen,
        },
        phase: content
            .phase(plan.phase)
            .map_or(plan.phase.id(), |g| g.title),
    })
}

/// How often one exercise was done and skipped in the logged sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExerciseCount<'a> {
    /// The exercise's name (its slug if the library no longer has it).
    pub name: &'a str,
    /// Its dose in words ("2 sets of 10, each side. Once a day."), empty if unknown.
    pub dose: String,
    pub done: usize,
    pub skipped: usize,
}

/// Pain before and after the sessions that recorded both: the averages in tenths of a
/// point, and how many sessions.
pub fn session_pain(p: &Progress) -> Option<(u32, u32, usize)> {
    let both: Vec<(u32, u32)> = p
        .sessions
        .iter()
        .filter_map(|s| Some((u32::from(s.pain_before?), u32::from(s.pain_after?))))
        .collect();
    let n = both.len() as u32;
    let before = mean_tenths(both.iter().map(|b| b.0).sum(), n)?;
    let after = mean_tenths(both.iter().map(|b| b.1).sum(), n)?;
    Some((before, after, both.len()))
}

/// Every exercise in the logged sessions, most done first (ties in the order first seen).
pub fn exercise_counts<'a>(content: &Content, p: &'a Progress) -> Vec<ExerciseCount<'a>> {
    let mut counts: Vec<ExerciseCount<'a>> = Vec::new();
    for s in &p.sessions {
        for (list, done) in [(&s.done, true), (&s.skipped, false)] {
            for slug in list {
                let name = exercise_name(content, slug);
                let i = match counts.iter().position(|c| c.name == name) {
                    Some(i) => i,
                    None => {
                        counts.push(ExerciseCount {
                            name,
                            dose: content
                                .exercise(slug.as_str())
                                .map_or_else(String::new, |e| e.dose.describe()),
                            done: 0,
                            skipped: 0,
                        });
                        counts.len() - 1
                    }
                };
                if done {
                    counts[i].done += 1;
                } else {
                    counts[i].skipped += 1;
                }
            }
        }
    }
    crate::sort::sort_by_key(&mut counts, |c| std::cmp::Reverse(c.done));
    counts
}

/// An exercise's name from its slug; the slug itself if the library does not have it.
/// (Lives with the content, so that the progress files need not import the summary.)
pub use crate::content::exercise_name;

/// The latest diary entries, newest first.
pub fn recent_entries(p: &Progress) -> impl Iterator<Item = &DiaryEntry> {
    p.diary.iter().rev().take(RECENT_ENTRIES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Phase;
    use crate::ids::CauseId;
    use crate::progress::tests::entry;
    use crate::progress::{Day, Plan, PlanSource, Session};
    use crate::questionnaire::QuestionId;
    use crate::CONTENT;

    fn all_red_flags_no() -> Answers {
        CONTENT.questionnaire.reassuring_safety_answers()
    }

    fn finished(answers: Answers) -> SavedCheck {
        SavedCheck {
            answers,
            finished: true,
        }
    }

    #[test]
    fn every_step_is_in_exactly_one_group() {
        for step in CONTENT.questionnaire.steps {
            let n = CONTENT
                .summary
                .groups
                .iter()
                .filter(|g| g.steps.contains(&step.id))
                .count();
            assert_eq!(n, 1, "step {} is in {n} groups", step.id);
        }
        for g in CONTENT.summary.groups {
            for id in g.steps {
                assert!(
                    CONTENT.questionnaire.steps.iter().any(|s| s.id == *id),
                    "unknown step {id}"
                );
            }
        }
    }

    #[test]
    fn answers_are_grouped_in_plain_words() {
        let mut a = all_red_flags_no();
        // A routine-level "not sure": an urgent one would leave only escalation questions.
        a.insert(QuestionId::RfNotImproving, Answer::NotSure);
        a.insert(QuestionId::Onset, Answer::Choice(2));
        a.insert(QuestionId::Leg, Answer::No);
        a.insert(QuestionId::WorseExtension, Answer::Yes);
        let sections = answer_sections(&CONTENT, &a);
        let headings: Vec<_> = sections.iter().map(|s| s.heading).collect();
        // No leg symptoms: the leg questions were not asked, so that group is left out.
        assert_eq!(
            headings,
            [
                "Warning signs asked",
                "How it started and how it feels",
                "What makes it worse or better",
                "When running"
            ]
        );
        let flags = &sections[0].rows;
        let safety_shown: usize = CONTENT
            .questionnaire
            .steps
            .iter()
            .filter(|s| s.safety)
            .map(|s| CONTENT.questionnaire.visible_questions(s, &a).len())
            .sum();
        assert!(safety_shown >= crate::Finding::red_flags().count());
        assert_eq!(flags.len(), safety_shown);
        let flagged: Vec<_> = flags.iter().filter(|r| r.flagged).collect();
        assert_eq!(flagged.len(), 1);
        assert_eq!(flagged[0].answer, "Not sure");
        assert!(flags
            .iter()
            .filter(|r| !r.flagged)
            .all(|r| r.answer != "Not answered" && r.answer != "Not sure"));
        let start = &sections[1].rows;
        assert_eq!(start[0].question, "How did this pain start?");
        assert_eq!(
            start[0].answer,
            "Slowly. I cannot remember a moment when it started"
        );
        assert_eq!(start[1].answer, "Not answered");
        let worse = &sections[2].rows;
        assert_eq!(
            worse[0],
            AnswerRow {
                question: "Does leaning or arching backwards make it worse?",
                answer: "Yes",
                flagged: false
            }
        );
    }

    #[test]
    fn an_answer_a_question_does_not_accept_is_not_an_answer() {
        let mut a = all_red_flags_no();
        a.insert(QuestionId::Onset, Answer::Choice(9));
        a.insert(QuestionId::Spasm, Answer::Choice(0));
        let sections = answer_sections(&CONTENT, &a);
        let rows: Vec<_> = sections.iter().flat_map(|s| s.rows.iter()).collect();
        let find = |q: &str| rows.iter().find(|r| r.question == q).map(|r| r.answer);
        assert_eq!(find("How did this pain start?"), Some("Not answered"));
        assert_eq!(
            find("Did the muscles in your lower back suddenly tighten or lock up?"),
            Some("Not answered")
        );
    }

    #[test]
    fn the_result_needs_a_finished_screened_check() {
        assert_eq!(result_summary(&CONTENT, None), None);
        let unfinished = SavedCheck {
            answers: all_red_flags_no(),
            finished: false,
        };
        assert_eq!(result_summary(&CONTENT, Some(&unfinished)), None);
        assert_eq!(
            result_summary(&CONTENT, Some(&finished(Answers::new()))),
            None
        );
    }

    #[test]
    fn a_self_care_result_names_causes_with_reasons() {
        let mut a = all_red_flags_no();
        for id in [
            QuestionId::Spasm,
            QuestionId::SharpThenAche,
            QuestionId::OneSided,
            QuestionId::TenderSpot,
        ] {
            a.insert(id, Answer::Yes);
        }
        a.insert(QuestionId::Onset, Answer::Choice(0));
        let r = result_summary(&CONTENT, Some(&finished(a))).expect("a result");
        assert_eq!(r.urgency.urgency, Urgency::SelfCare);
        assert_eq!(r.urgency.heading, CONTENT.results.self_care_heading);
        assert_eq!(r.advised, CONTENT.summary.clinical_self_care);
        assert!(r.urgency.reasons.is_empty());
        assert!(!r.causes.is_empty() && r.causes.len() <= MAX_CAUSES);
        assert_eq!(r.causes[0].name, "Muscle strain");
        assert!(r.causes[0]
            .because
            .contains(&"your back muscles suddenly tightened or locked up"));
        assert!(r.causes.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn a_red_flag_result_gives_its_reasons_and_no_causes() {
        let mut a = all_red_flags_no();
        a.insert(QuestionId::RfSaddleNumbness, Answer::NotSure);
        let r = result_summary(&CONTENT, Some(&finished(a))).expect("a result");
        assert_eq!(r.urgency.urgency, Urgency::Emergency);
        // The clinician reads what the runner was told, not the instruction itself.
        assert_eq!(r.advised, CONTENT.summary.clinical_emergency);
        assert!(r.advised.starts_with("Advised to go to A&E"));
        assert_eq!(r.urgency.reasons.len(), 1);
        assert!(r.causes.is_empty());
        assert!(r.notes.contains(&CONTENT.summary.clinical_not_sure));
    }

    #[test]
    fn plan_and_exercise_counts() {
        let mut p = Progress::default();
        assert_eq!(plan_summary(&CONTENT, &p), None);
        p.plan = Some(Plan {
            cause: CauseId::Disc,
            source: PlanSource::Chosen,
            phase: Phase::Mobilise,
            started: Day(100),
            phase_since: Day(110),
        });
        let plan = plan_summary(&CONTENT, &p).expect("a plan");
        assert_eq!(plan.phase, "Phase 2: Mobilise");
        assert_eq!(plan.source, CONTENT.summary.chosen);
        let session = |done: &[&str], skipped: &[&str]| Session {
            id: 0,
            day: Day(111),
            minute: 60,
            cause: CauseId::Disc,
            phase: Phase::Mobilise,
            done: done.iter().map(|s| (*s).to_owned()).collect(),
            skipped: skipped.iter().map(|s| (*s).to_owned()).collect(),
            pain_before: None,
            pain_after: None,
        };
        p.add_session(session(&["cat-camel"], &["lumbar-rotation"]), 1);
        p.add_session(session(&["lumbar-rotation", "cat-camel"], &[]), 2);
        p.add_session(session(&["no-such-exercise"], &[]), 3);
        let counts = exercise_counts(&CONTENT, &p);
        assert_eq!(counts.len(), 3);
        assert_eq!((counts[0].done, counts[0].skipped), (2, 0));
        assert_eq!((counts[1].done, counts[1].skipped), (1, 1));
        assert_eq!(counts[2].name, "no-such-exercise");
        assert_eq!(counts[0].name, exercise_name(&CONTENT, "cat-camel"));
    }

    #[test]
    fn recent_entries_are_the_newest_first() {
        let mut p = Progress::default();
        for d in 0..20 {
            p.add_entry(entry(1000 + d, 60, 3), 1);
        }
        let days: Vec<i32> = recent_entries(&p).map(|e| e.day.0).collect();
        assert_eq!(days.len(), RECENT_ENTRIES);
        assert_eq!(days[0], 1019);
        assert!(days.windows(2).all(|w| w[0] > w[1]));
    }

    #[test]
    fn the_warning_signs_are_one_line_naming_only_yes_and_not_sure() {
        let mut a = all_red_flags_no();
        let w = warning_signs(&CONTENT, &a);
        assert!(w.asked >= 15, "{w:?}");
        assert_eq!((w.no, w.unanswered), (w.asked, 0));
        assert!(w.flagged.is_empty());
        let line = warning_signs_line(&CONTENT, &w);
        assert_eq!(
            line,
            format!("{0} of {0} warning signs answered no.", w.asked)
        );
        a.insert(QuestionId::RfSaddleNumbness, Answer::NotSure);
        a.insert(QuestionId::RfFever, Answer::Yes);
        let w = warning_signs(&CONTENT, &a);
        assert_eq!(w.no, w.asked - 2);
        let words: Vec<&str> = w.flagged.iter().map(|(_, answer)| *answer).collect();
        assert_eq!(words.len(), 2);
        assert!(words.contains(&CONTENT.summary.not_sure) && words.contains(&CONTENT.summary.yes));
        a.remove(QuestionId::RfFever);
        let w = warning_signs(&CONTENT, &a);
        assert_eq!(w.unanswered, 1);
        assert!(warning_signs_line(&CONTENT, &w).ends_with("; 1 not answered."));
    }
}
