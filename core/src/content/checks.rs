//! Integrity, coverage and reading-level checks over all of the content.
//!
//! These run with `cargo test -p backtrack-core`. They make sure that the content is
//! complete, that every id it refers to exists, that every red flag of the triage contract
//! is on the red flags page at the right level, that every fact of the source article is
//! carried somewhere, and that the text stays easy to read.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::model::*;
use super::readability;
use crate::content::en_gb::{CONTENT, GUIDE};
use crate::ids::{CauseId, Finding, Urgency};

/// Highest Flesch–Kincaid grade allowed for any one page.
const MAX_PAGE_GRADE: f64 = 9.0;
/// Highest word-weighted Flesch–Kincaid grade allowed across all pages.
const MAX_OVERALL_GRADE: f64 = 7.0;

const SEED_FACTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/spec/seed-facts.md"
);
const FACT_CHECKLIST: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/fact-checklist.md");

fn non_empty(what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{what} is empty");
}

fn all_non_empty(what: &str, texts: &[&str]) {
    assert!(!texts.is_empty(), "{what} has no entries");
    for (i, t) in texts.iter().enumerate() {
        non_empty(&format!("{what}[{i}]"), t);
    }
}

fn section(what: &str, s: &Section) {
    non_empty(&format!("{what} heading"), s.heading);
    all_non_empty(&format!("{what} paragraphs"), s.paragraphs);
}

/// Every `facts` list of the content, with where it is.
fn fact_lists() -> Vec<(String, &'static [FactId])> {
    let c = &CONTENT;
    let mut lists = vec![("overview".to_owned(), GUIDE.overview.facts)];
    for cause in c.causes {
        lists.push((format!("cause {}", cause.id), cause.facts));
        for step in cause.treatment {
            lists.push((format!("step {}", step.id), step.facts));
        }
    }
    for e in c.exercises {
        lists.push((format!("exercise {}", e.slug), e.facts));
    }
    lists.push(("red flags".to_owned(), c.red_flags.facts));
    lists
}

/// Fact ids in the seed list: the first word of each `- X9 ...` bullet.
fn seed_fact_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim_start().strip_prefix("- "))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|id| is_fact_id(id))
        .map(str::to_owned)
        .collect()
}

fn is_fact_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
        && id.len() > 1
        && chars.all(|c| c.is_ascii_digit())
}

fn read_spec(path: &str) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) => {
            eprintln!("SKIPPED: cannot read {path} ({e}); fact coverage not checked here.");
            None
        }
    }
}

#[test]
fn five_causes_in_contract_order() {
    let ids: Vec<CauseId> = CONTENT.causes.iter().map(|c| c.id).collect();
    assert_eq!(ids, CauseId::ALL);
    for id in CauseId::ALL {
        assert_eq!(CONTENT.cause(id).map(|c| c.id), Some(id));
    }
}

#[test]
fn every_cause_is_complete() {
    // Each cause's page text is in the guide, once, in the same order.
    let ids = |ids: &mut dyn Iterator<Item = CauseId>| ids.collect::<Vec<_>>();
    assert_eq!(
        ids(&mut GUIDE.causes.iter().map(|p| p.id)),
        ids(&mut CONTENT.causes.iter().map(|c| c.id))
    );
    for c in CONTENT.causes {
        let what = format!("cause {}", c.id);
        non_empty(&format!("{what} name"), c.name);
        non_empty(&format!("{what} summary"), c.summary);
        let page = GUIDE.cause(c.id).expect("every cause has its page");
        section(&format!("{what} structure"), &page.structure);
        section(
            &format!("{what} how_runners_hurt_it"),
            &page.how_runners_hurt_it,
        );
        assert!(!page.symptoms.is_empty(), "{what} has no symptoms");
        for s in page.symptoms {
            non_empty(&format!("{what} symptom"), s.text);
        }
        all_non_empty(&format!("{what} key_points"), page.key_points);
        all_non_empty(&format!("{what} see_a_physio"), page.see_a_physio);
        // The drawing's caption reads "Marked in the drawing: the discs." and its text
        // alternative ends the same way: a few lower-case words, no full stop of its own.
        let label = c.structure_label;
        assert!(
            label.starts_with("the ")
                && !label.ends_with('.')
                && (2..=4).contains(&label.split_whitespace().count()),
            "{what} structure_label {label:?}"
        );
        assert!(!c.facts.is_empty(), "{what} carries no facts");

        assert!(!c.treatment.is_empty(), "{what} has no treatment");
        for step in c.treatment {
            let w = format!("{what} step {}", step.id);
            non_empty(&format!("{w} id"), step.id);
            non_empty(&format!("{w} title"), step.title);
            all_non_empty(&format!("{w} text"), step.text);
        }
        for pair in c.treatment.windows(2) {
            assert!(
                pair[0].phase <= pair[1].phase,
                "{what}: step {} ({:?}) comes after {} ({:?})",
                pair[1].id,
                pair[1].phase,
                pair[0].id,
                pair[0].phase
            );
        }
        for phase in [Phase::Settle, Phase::Mobilise, Phase::Strengthen] {
            assert!(
                c.treatment.iter().any(|s| s.phase == phase),
                "{what} has no treatment in phase {phase:?}"
            );
        }
        let last = c.treatment.last().expect("treatment checked non-empty");
        assert_eq!(
            last.phase,
            Phase::ReturnToRunning,
            "{what} should end with a return-to-running step"
        );
    }
}

#[test]
fn the_back_diagram_names_five_different_parts() {
    let d = &CONTENT.back_diagram;
    non_empty("back diagram alt", d.alt);
    assert!(d.alt.ends_with('.'), "the alt is whole sentences");
    assert!(d.marked.ends_with(':'), "the marked part's name follows");
    let labels: std::collections::HashSet<&str> =
        CONTENT.causes.iter().map(|c| c.structure_label).collect();
    assert_eq!(labels.len(), CONTENT.causes.len());
}

#[test]
fn symptoms_map_to_distinct_non_red_flag_findings() {
    for c in GUIDE.causes {
        let mut seen = HashSet::new();
        for s in c.symptoms {
            assert!(
                !s.finding.is_red_flag(),
                "cause {}: symptom {:?} maps to red flag {}",
                c.id,
                s.text,
                s.finding
            );
            assert!(
                seen.insert(s.finding),
                "cause {}: finding {} used twice",
                c.id,
                s.finding
            );
        }
    }
}

#[test]
fn every_referenced_exercise_exists() {
    let mut missing = BTreeSet::new();
    for c in CONTENT.causes {
        for step in c.treatment {
            for &id in step.exercises {
                if CONTENT.exercise(id).is_none() {
                    missing.insert(format!("{id} (step {})", step.id));
                }
            }
        }
    }
    for &id in CONTENT.results.general_care_exercises {
        if CONTENT.exercise(id).is_none() {
            missing.insert(format!("{id} (general back care)"));
        }
    }
    assert!(
        missing.is_empty(),
        "exercises referenced but not in the library: {missing:?}"
    );
}

#[test]
fn ids_are_unique() {
    let mut steps = HashSet::new();
    for c in CONTENT.causes {
        for step in c.treatment {
            assert!(
                steps.insert(step.id),
                "duplicate treatment step id {}",
                step.id
            );
            assert!(
                step.id
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch == '.' || ch == '-'),
                "step id {:?} should be lower-case with dots and hyphens",
                step.id
            );
        }
    }
    let mut slugs = HashSet::new();
    for e in CONTENT.exercises {
        assert!(slugs.insert(e.slug), "duplicate exercise slug {}", e.slug);
    }
    let mut flags = HashSet::new();
    for g in CONTENT.red_flags.groups {
        for s in g.signs {
            assert!(
                flags.insert(s.finding),
                "red flag {} listed twice",
                s.finding
            );
        }
    }
}

#[test]
fn four_phase_guides_in_order() {
    let phases: Vec<Phase> = CONTENT.phases.iter().map(|p| p.phase).collect();
    assert_eq!(phases, Phase::ALL);
    for p in CONTENT.phases {
        let what = format!("phase {}", p.phase.id());
        non_empty(&format!("{what} title"), p.title);
        non_empty(&format!("{what} aim"), p.aim);
        all_non_empty(&format!("{what} ready_to_move_on"), p.ready_to_move_on);
        all_non_empty(&format!("{what} step_back_if"), p.step_back_if);
    }
}

#[test]
fn every_red_flag_is_listed_once_at_its_level() {
    let page = &CONTENT.red_flags;
    non_empty("red flags title", page.title);
    non_empty("red flags intro", page.intro);
    non_empty("red flags other_countries", page.other_countries);
    let levels: Vec<Urgency> = page.groups.iter().map(|g| g.urgency).collect();
    assert_eq!(
        levels,
        [Urgency::Emergency, Urgency::Urgent, Urgency::Routine],
        "one group per red-flag level, most serious first"
    );
    let mut count: BTreeMap<Finding, usize> = BTreeMap::new();
    for g in page.groups {
        non_empty("group heading", g.heading);
        non_empty("group action", g.action);
        assert!(!g.signs.is_empty(), "group {} has no signs", g.urgency);
        for s in g.signs {
            *count.entry(s.finding).or_default() += 1;
            assert_eq!(
                s.finding.red_flag_level(),
                Some(g.urgency),
                "{} is in the {} group",
                s.finding,
                g.urgency
            );
            non_empty(&format!("{} text", s.finding), s.text);
        }
    }
    for flag in Finding::red_flags() {
        assert_eq!(
            count.get(&flag).copied().unwrap_or(0),
            1,
            "red flag {flag} must appear exactly once"
        );
    }
    assert_eq!(count.len(), Finding::red_flags().count());
    let emergency = &page.groups[0];
    assert!(emergency.action.contains("A&E") && emergency.action.contains("999"));
    assert!(page.other_countries.contains("112") && page.other_countries.contains("911"));
    assert!(page.facts.contains(&"D4"));
}

#[test]
fn running_guide_is_complete() {
    let r = &CONTENT.running;
    non_empty("running title", r.title);
    non_empty("running intro", r.intro);
    let rule = &r.pain_rule;
    for (what, text) in [
        ("summary", rule.summary),
        ("progress_if", rule.progress_if),
        ("hold_if", rule.hold_if),
        ("step_back", rule.step_back),
        ("source", rule.source),
    ] {
        non_empty(&format!("pain rule {what}"), text);
    }
    all_non_empty("pain rule step_back_if", rule.step_back_if);
    assert!(rule.source.contains("Silbernagel") && rule.source.contains("2007"));
    assert!(!r.stages.is_empty());
    for (i, s) in r.stages.iter().enumerate() {
        assert_eq!(usize::from(s.number), i + 1, "stages are numbered from 1");
        non_empty("stage session", s.session);
        assert!(s.sessions_per_week > 0 && s.total_minutes > 0);
    }
    all_non_empty("running tips", r.tips);
}

#[test]
fn sources_page_is_complete_and_claims_no_endorsement() {
    let s = &GUIDE.sources;
    non_empty("sources title", CONTENT.sources_title);
    all_non_empty("disclaimer", s.disclaimer);
    let disclaimer = s.disclaimer.join(" ");
    for needle in [
        "not a diagnosis",
        "red flag",
        "independent",
        "not reviewed or endorsed",
        "stay on this device",
    ] {
        assert!(
            disclaimer.contains(needle),
            "the disclaimer should say {needle:?}"
        );
    }
    assert!(!s.sources.is_empty());
    for src in s.sources {
        non_empty("source title", src.title);
        non_empty("source author", src.author);
        non_empty("source publisher", src.publisher);
        non_empty("source used_for", src.used_for);
        assert!(src.url.starts_with("https://"), "source url {:?}", src.url);
    }
}

#[test]
fn fact_ids_are_well_formed_and_known() {
    let Some(text) = read_spec(SEED_FACTS) else {
        return;
    };
    let known: HashSet<String> = seed_fact_ids(&text).into_iter().collect();
    for (place, facts) in fact_lists() {
        for f in facts {
            assert!(is_fact_id(f), "{place}: {f:?} is not a fact id");
            assert!(
                known.contains(*f),
                "{place}: fact {f} is not in seed-facts.md"
            );
        }
    }
}

#[test]
fn every_seed_fact_is_carried_by_the_content() {
    let Some(text) = read_spec(SEED_FACTS) else {
        return;
    };
    let ids = seed_fact_ids(&text);
    assert!(
        ids.len() >= 50,
        "found only {} fact ids in seed-facts.md",
        ids.len()
    );
    let carried: HashSet<&str> = fact_lists()
        .into_iter()
        .flat_map(|(_, facts)| facts.iter().copied())
        .collect();
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !carried.contains(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "facts carried by no content: {missing:?}"
    );
}

#[test]
fn fact_checklist_mentions_every_seed_fact() {
    let Some(seed) = read_spec(SEED_FACTS) else {
        return;
    };
    let checklist = std::fs::read_to_string(FACT_CHECKLIST)
        .unwrap_or_else(|e| panic!("cannot read {FACT_CHECKLIST}: {e}"));
    let words: HashSet<&str> = checklist
        .split(|c: char| !c.is_ascii_alphanumeric())
        .collect();
    let missing: Vec<String> = seed_fact_ids(&seed)
        .into_iter()
        .filter(|id| !words.contains(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/fact-checklist.md does not mention {missing:?}"
    );
}

#[test]
fn seed_fact_ids_parse() {
    let text = "# T\n- O1 One.\n- M10 Ten.\n  words\n- not an id\n- E1 Exercises.\n";
    assert_eq!(seed_fact_ids(text), ["O1", "M10", "E1"]);
    assert!(!is_fact_id("M"));
    assert!(!is_fact_id("m1"));
}

fn page_grades() -> Vec<(String, readability::Counts, f64)> {
    CONTENT
        .pages(&GUIDE)
        .into_iter()
        .map(|(name, text)| {
            let counts = readability::count_all(&text);
            (name, counts, counts.grade())
        })
        .collect()
}

fn grade_report(grades: &[(String, readability::Counts, f64)]) -> String {
    let mut report = String::from("page grades (Flesch–Kincaid):\n");
    for (name, c, g) in grades {
        report.push_str(&format!(
            "  {g:5.2}  {name} ({} words, {} sentences)\n",
            c.words, c.sentences
        ));
    }
    report
}

#[test]
fn every_page_is_easy_to_read() {
    let grades = page_grades();
    let report = grade_report(&grades);
    println!("{report}");
    let too_hard: Vec<&str> = grades
        .iter()
        .filter(|(_, _, g)| *g > MAX_PAGE_GRADE)
        .map(|(name, _, _)| name.as_str())
        .collect();
    assert!(
        too_hard.is_empty(),
        "pages above grade {MAX_PAGE_GRADE}: {too_hard:?}\n{report}"
    );
}

#[test]
fn all_content_is_easy_to_read() {
    let grades = page_grades();
    let words: usize = grades.iter().map(|(_, c, _)| c.words).sum();
    assert!(words > 0, "no text to grade");
    let overall = grades
        .iter()
        .map(|(_, c, g)| g * c.words as f64)
        .sum::<f64>()
        / words as f64;
    let report = grade_report(&grades);
    println!("overall (word-weighted): {overall:.2}\n{report}");
    assert!(
        overall <= MAX_OVERALL_GRADE,
        "overall grade {overall:.2} is above {MAX_OVERALL_GRADE}\n{report}"
    );
}

#[test]
fn pages_cover_every_part_of_the_content() {
    let pages = CONTENT.pages(&GUIDE);
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "overview",
        "phases",
        "red flags",
        "running",
        "questionnaire",
        "sources",
        "summary",
    ] {
        assert!(names.contains(&expected), "no page named {expected}");
    }
    for c in CauseId::ALL {
        let name = format!("cause {c}");
        assert!(names.contains(&name.as_str()), "no page named {name}");
    }
    for e in CONTENT.exercises {
        let name = format!("exercise {}", e.slug);
        assert!(names.contains(&name.as_str()), "no page named {name}");
    }
    for (name, text) in &pages {
        assert!(!text.is_empty(), "page {name} has no text");
    }
}

#[test]
fn every_symptom_finding_has_one_result_label() {
    use crate::ids::Finding;
    for &f in Finding::ALL {
        let n = CONTENT
            .results
            .finding_labels
            .iter()
            .filter(|l| l.finding == f)
            .count();
        let expected = usize::from(!f.is_red_flag());
        assert_eq!(n, expected, "{f}: {n} result labels");
        assert!(!CONTENT.finding_label(f).contains('_'), "{f} has no words");
    }
}

#[test]
fn movement_pictures_go_with_the_questions_about_those_movements() {
    use crate::questionnaire::{MovementIcon, QuestionId};
    let pictured: Vec<(QuestionId, MovementIcon)> = CONTENT
        .questionnaire
        .steps
        .iter()
        .flat_map(|s| s.questions)
        .filter_map(|q| Some((q.id, q.icon?)))
        .collect();
    assert_eq!(
        pictured,
        [
            (QuestionId::RfHopPain, MovementIcon::Hopping),
            (QuestionId::WorseExtension, MovementIcon::LeaningBack),
            (QuestionId::WorseFlexion, MovementIcon::BendingForward),
            (QuestionId::WorseSitting, MovementIcon::Sitting),
            (QuestionId::WorseDownhill, MovementIcon::RunningDownhill),
        ],
        "each movement pictured once, beside the question that asks about it"
    );
    let used: HashSet<MovementIcon> = pictured.iter().map(|(_, icon)| *icon).collect();
    assert_eq!(used.len(), MovementIcon::ALL.len());
}
