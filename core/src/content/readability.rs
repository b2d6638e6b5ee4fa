//! Reading level: the Flesch–Kincaid grade of Backtrack's text, computed in plain Rust.
//!
//! The content aims at a reading age of 11–12: grade 7 or lower across all of it, and no page
//! above grade 9 (`shared/spec/clarifications.md`). A test in `content::checks` enforces both
//! with [`Content::pages`] and [`grade`].
//!
//! # The formula
//!
//! Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
//!
//! # How text is counted
//!
//! * **Pieces.** Text comes as a list of pieces (a heading, a paragraph, a list item, a step).
//!   Each piece ends a sentence even without a full stop, because a reader stops there too.
//! * **Sentences.** Inside a piece, a run of `.`, `!` or `?` ends a sentence when it follows a
//!   word and is followed by a space or the end of the piece (so `3.5` or `A&E.` count right).
//!   A piece with words but no such mark is one sentence. Keep abbreviations such as "e.g."
//!   out of the content: each of their dots would end a "sentence" and flatter the grade.
//! * **Words.** Text is split on white space and on dashes used as breaks (`–`, `—`, `/`).
//!   A token is a word when it holds at least one letter or digit. A hyphenated compound
//!   ("side-bending") is one word whose syllables are the sum of its parts.
//! * **Syllables** (the heuristic, per letter-only part, lower-cased):
//!   1. count groups of consecutive vowels, with `y` a vowel except as the first letter;
//!   2. a final silent `e` takes one off ("bone" 1) unless the word ends in a consonant + `le`
//!      ("table" 2);
//!   3. a final `ed` takes one off unless it follows `t` or `d` ("walked" 1, "rested" 2);
//!   4. a final `es` takes one off unless it follows `s`, `x`, `z`, `c`, `g`, `ch`, `sh` or a
//!      consonant + `l` ("bones" 1, "stages" 2, "muscles" 2);
//!   5. every word has at least one syllable.
//!
//!   A number is read aloud, so each digit counts one syllable ("30" 2, "999" 3). The
//!   heuristic is the usual vowel-group one; it is right for most short plain words and
//!   errs by one on some long ones, which is fine for a reading-level guide.

use super::model::{Content, Guide};
use crate::questionnaire::QuestionKind;

/// Counts for one piece of text or a whole page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl Counts {
    /// Adds another set of counts to this one.
    pub fn add(&mut self, other: Counts) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.syllables += other.syllables;
    }

    /// The Flesch–Kincaid grade of these counts; `0.0` when there are no words.
    pub fn grade(self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        0.39 * (words / self.sentences as f64) + 11.8 * (self.syllables as f64 / words) - 15.59
    }
}

/// The Flesch–Kincaid grade of a list of text pieces (see the module docs).
pub fn grade(pieces: &[&str]) -> f64 {
    count_all(pieces).grade()
}

/// The counts of a list of text pieces.
pub fn count_all(pieces: &[&str]) -> Counts {
    let mut total = Counts::default();
    for piece in pieces {
        total.add(count(piece));
    }
    total
}

/// The counts of one piece of text: it ends a sentence even without a full stop.
pub fn count(piece: &str) -> Counts {
    let mut counts = Counts::default();
    // Whether a word has been seen since the last sentence end.
    let mut open = false;
    for token in piece.split(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | '/')) {
        let has_word = token.chars().any(char::is_alphanumeric);
        if has_word {
            counts.words += 1;
            counts.syllables += word_syllables(token);
            open = true;
        }
        if open && ends_sentence(token) {
            counts.sentences += 1;
            open = false;
        }
    }
    if open {
        counts.sentences += 1;
    }
    counts
}

/// Whether a token ends a sentence: its last mark, ignoring closing quotes and brackets, is
/// `.`, `!` or `?`.
fn ends_sentence(token: &str) -> bool {
    let trimmed = token.trim_end_matches(['"', '\'', '’', '”', ')', ']']);
    trimmed.ends_with(['.', '!', '?'])
}

/// Syllables of one word token, which may be hyphenated or a number.
pub fn word_syllables(token: &str) -> usize {
    let mut total = 0;
    for part in token.split('-') {
        let digits = part.chars().filter(char::is_ascii_digit).count();
        let letters: String = part
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        total += digits;
        if !letters.is_empty() {
            total += syllables(&letters);
        }
    }
    total.max(1)
}

fn is_vowel(c: char, first: bool) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'é' | 'è' | 'ê' | 'ë' | 'ï' | 'ö' | 'ü'
    ) || (c == 'y' && !first)
}

/// Syllables of one lower-case, letters-only word (rules 1–5 of the module docs).
pub fn syllables(word: &str) -> usize {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let mut groups = 0;
    let mut previous_vowel = false;
    for (i, &c) in chars.iter().enumerate() {
        let vowel = is_vowel(c, i == 0);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let consonant = |i: usize| !is_vowel(chars[i], i == 0);
    if groups > 1 && n >= 3 {
        let last = chars[n - 1];
        let second_last = chars[n - 2];
        if last == 'e' {
            // Rule 2: silent final e, except consonant + "le".
            let consonant_le = second_last == 'l' && consonant(n - 3);
            if !consonant_le && consonant(n - 2) {
                groups -= 1;
            }
        } else if last == 'd' && second_last == 'e' {
            // Rule 3: "-ed" is silent unless after t or d.
            let before = chars[n - 3];
            if !matches!(before, 't' | 'd') && consonant(n - 3) {
                groups -= 1;
            }
        } else if last == 's' && second_last == 'e' {
            // Rule 4: "-es" is silent unless after a hissing sound or consonant + l.
            let before = chars[n - 3];
            let hissing = matches!(before, 's' | 'x' | 'z' | 'c' | 'g')
                || (before == 'h' && n >= 4 && matches!(chars[n - 4], 'c' | 's'));
            let consonant_l = before == 'l' && n >= 4 && consonant(n - 4);
            if !hissing && !consonant_l && consonant(n - 3) {
                groups -= 1;
            }
        }
    }
    groups.max(1)
}

impl Content {
    /// Every page's text, by page name, for reading-level and other whole-content checks.
    ///
    /// Pages are the overview, each cause, each exercise, the phase guides, the red flags
    /// page (signs and their questions), the return-to-running guide, the questionnaire
    /// (its symptom questions, hints and options), the result page, the summary ("Show my
    /// physio") and the sources page.
    /// Citation details on the sources page (titles, authors, publishers, links) are left
    /// out: they are other people's words, not Backtrack's prose.
    /// `guide` is the same language's text of the read-only pages.
    pub fn pages(&self, guide: &Guide) -> Vec<(String, Vec<&'static str>)> {
        let mut pages = Vec::new();

        let o = &guide.overview;
        let mut text = vec![self.overview.title, o.intro];
        for s in o.sections {
            text.push(s.heading);
            text.extend_from_slice(s.paragraphs);
        }
        pages.push(("overview".to_owned(), text));

        for c in self.causes {
            let mut text = vec![c.name, c.summary];
            let page = guide.cause(c.id);
            for s in page
                .iter()
                .flat_map(|p| [&p.structure, &p.how_runners_hurt_it])
            {
                text.push(s.heading);
                text.extend_from_slice(s.paragraphs);
            }
            if let Some(p) = page {
                text.extend(p.symptoms.iter().map(|s| s.text));
                text.extend_from_slice(p.key_points);
            }
            for step in c.treatment {
                text.push(step.title);
                text.extend_from_slice(step.text);
            }
            if let Some(p) = page {
                text.extend_from_slice(p.see_a_physio);
            }
            // The drawing of the lower back, with this cause's part marked.
            text.extend([
                self.back_diagram.alt,
                self.back_diagram.marked,
                c.structure_label,
            ]);
            pages.push((format!("cause {}", c.id.id()), text));
        }

        for e in self.exercises {
            let page = guide.exercise(e.slug);
            let mut text = vec![e.name];
            text.extend(page.map(|p| p.purpose));
            text.extend_from_slice(e.steps);
            text.push(e.dose.how_often);
            text.push(e.feel);
            text.extend_from_slice(e.stop_if);
            text.extend(page.iter().flat_map(|p| [p.easier, p.harder]));
            text.push(e.figure.alt);
            text.extend(e.figure.poses.iter().map(|p| p.caption));
            pages.push((format!("exercise {}", e.slug), text));
        }

        let mut text = Vec::new();
        for p in self.phases {
            text.push(p.title);
            text.push(p.aim);
            text.extend_from_slice(p.ready_to_move_on);
            text.extend_from_slice(p.step_back_if);
        }
        pages.push(("phases".to_owned(), text));

        let r = &self.red_flags;
        let mut text = vec![r.title, r.intro];
        for g in r.groups {
            text.push(g.heading);
            text.push(g.action);
            for s in g.signs {
                text.push(s.text);
            }
        }
        text.push(r.other_countries);
        pages.push(("red flags".to_owned(), text));

        let run = &self.running;
        let rule = &run.pain_rule;
        let mut text = vec![
            run.title,
            run.intro,
            rule.summary,
            rule.progress_if,
            rule.hold_if,
            rule.step_back,
        ];
        text.extend_from_slice(rule.step_back_if);
        text.push(rule.source);
        text.extend(run.stages.iter().map(|s| s.session));
        text.extend_from_slice(run.tips);
        pages.push(("running".to_owned(), text));

        let mut text = Vec::new();
        for step in self.questionnaire.steps {
            text.push(step.title);
            text.push(step.intro);
            for q in step.questions {
                text.push(q.text);
                text.push(q.hint);
                if let QuestionKind::Choice { options, .. } = q.kind {
                    text.extend(options.iter().map(|o| o.label));
                }
            }
        }
        text.retain(|t| !t.trim().is_empty());
        pages.push(("questionnaire".to_owned(), text));

        let r = &self.results;
        let mut text = vec![
            r.self_care_heading,
            r.because,
            r.self_care,
            r.routine_meanwhile,
            r.not_sure_counts,
            r.not_confident,
            r.confident,
            r.not_a_diagnosis,
            r.cancer_nerve_rule,
            r.leg_weakness_rule,
            r.hop_low_energy_rule,
            r.weak_leg_nerve_rule,
            r.no_running,
            r.no_fit,
            r.general_care_heading,
            r.emergency_now.heading,
            r.emergency_now.why,
            r.emergency_now.see_result,
            r.escalation_note,
        ];
        text.extend_from_slice(r.general_care);
        text.extend(r.finding_labels.iter().map(|l| l.text));
        pages.push(("result".to_owned(), text));

        let s = &self.summary;
        let mut text = vec![
            s.title,
            s.intro,
            s.self_reported,
            s.made_on,
            s.actions_heading,
            s.print_button,
            s.print_hint,
            s.share_diary,
            s.share_sessions,
            s.download_diary,
            s.download_sessions,
            s.files_note,
            s.answers_heading,
            s.no_check,
            s.check_link,
            s.result_heading,
            s.causes_heading,
            s.pointing_here,
            s.plan_heading,
            s.no_plan,
            s.chart_heading,
            s.diary_heading,
            s.diary_caption,
            s.no_diary,
            s.exercises_caption,
            s.print_title,
            s.clinical_emergency,
            s.clinical_urgent,
            s.clinical_routine,
            s.clinical_self_care,
            s.clinical_no_running,
            s.clinical_not_sure,
            s.clinical_not_confident,
            s.clinical_no_fit,
            s.no_outcomes,
            s.older_entries,
        ];
        text.extend(s.groups.iter().map(|g| g.heading));
        pages.push(("summary".to_owned(), text));

        let o = &self.outcomes;
        let mut text = vec![
            o.baseline_heading,
            o.baseline_intro,
            o.skip,
            o.pain_now,
            o.pain_worst,
            o.duration,
            o.onset,
            o.onset_hint,
            o.side,
            o.running_before,
            o.running_now,
            o.running_hint,
            o.activities_heading,
            o.activities_intro,
            o.score_hint,
            o.missing,
            o.saved,
            o.weekly_heading,
            o.weekly_intro,
            o.rated,
            o.missing_weekly,
            o.snoozed,
            o.real_change_note,
        ];
        text.extend_from_slice(o.duration_labels);
        text.extend_from_slice(o.side_labels);
        pages.push(("outcomes".to_owned(), text));

        let src = &guide.sources;
        let mut text = vec![self.sources_title];
        text.extend_from_slice(src.disclaimer);
        text.extend(src.sources.iter().map(|s| s.used_for));
        pages.push(("sources".to_owned(), text));

        pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_of_plain_words() {
        let cases = [
            ("back", 1),
            ("pain", 1),
            ("run", 1),
            ("bone", 1),
            ("bones", 1),
            ("knee", 1),
            ("walked", 1),
            ("yes", 1),
            ("muscle", 2),
            ("muscles", 2),
            ("table", 2),
            ("rested", 2),
            ("stages", 2),
            ("places", 2),
            ("easy", 2),
            ("running", 2),
            ("gently", 2),
            ("buttock", 2),
            ("stretches", 2),
            ("exercise", 3),
            ("tingling", 2),
            ("weakness", 2),
            ("physio", 2),
            ("rotation", 3),
            ("pelvis", 2),
            ("relaxation", 4),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word), expected, "syllables of {word:?}");
        }
    }

    #[test]
    fn tokens_hyphens_and_numbers() {
        assert_eq!(word_syllables("side-bending"), 3);
        assert_eq!(word_syllables("Back,"), 1);
        assert_eq!(word_syllables("999"), 3);
        assert_eq!(word_syllables("30"), 2);
        assert_eq!(word_syllables("NHS"), 1);
        assert_eq!(word_syllables("A&E"), 1);
    }

    #[test]
    fn sentences_words_and_pieces() {
        let c = count("Keep moving. Heat helps! Does it hurt?");
        assert_eq!((c.sentences, c.words), (3, 7));
        // A list item with no full stop is still one sentence.
        let c = count("Walk 4 min, run 1 min, × 6");
        assert_eq!((c.sentences, c.words), (1, 7));
        // Dashes split words; a decimal point does not end a sentence.
        let c = count("Rest – then walk 2.5 km.");
        assert_eq!((c.sentences, c.words), (1, 5));
        assert_eq!(count(""), Counts::default());
        assert_eq!(grade(&[]), 0.0);
    }

    #[test]
    fn grade_matches_the_formula() {
        // 2 sentences, 7 words, 9 syllables ("pelvis" 2, "running" 2).
        let text = ["The cat sat. The pelvis helps running."];
        let c = count_all(&text);
        assert_eq!(
            c,
            Counts {
                sentences: 2,
                words: 7,
                syllables: 9
            }
        );
        let expected = 0.39 * (7.0 / 2.0) + 11.8 * (9.0 / 7.0) - 15.59;
        assert!((grade(&text) - expected).abs() < 1e-9);
    }

    #[test]
    fn harder_text_scores_higher() {
        let easy = ["Keep moving. Use heat. Walk each day."];
        let hard = [
            "Intervertebral degeneration frequently necessitates comprehensive \
                     physiotherapeutic rehabilitation incorporating progressive loading.",
        ];
        assert!(grade(&easy) < 3.0, "easy grade {}", grade(&easy));
        assert!(grade(&hard) > 15.0, "hard grade {}", grade(&hard));
    }
}
