//! Property tests: no byte string given to the import or the loader panics or changes
//! stored data unless it is valid, and everything written reads back the same.

use proptest::prelude::*;

use super::json::Value;
use super::schema::{self, tests::V3};
use super::store::{MemoryKv, Store, DATA_KEY};
use super::*;
use crate::content::Phase;
use crate::questionnaire::Answer;

fn any_day() -> impl Strategy<Value = Day> {
    let first = Day::from_ymd(2000, 1, 1).map_or(0, |d| d.0);
    let last = Day::from_ymd(2200, 12, 31).map_or(0, |d| d.0);
    (first..=last).prop_map(Day)
}

fn any_note() -> impl Strategy<Value = String> {
    "[\\PC\n\t]{0,40}".prop_filter("safe text", |s| schema::is_safe_text(s))
}

fn any_slug() -> impl Strategy<Value = String> {
    "[a-z0-9_-]{1,20}"
}

/// Any id the reader accepts, often one at either end of the range, where allocating the
/// next id has to take care.
fn any_id() -> impl Strategy<Value = i64> {
    prop_oneof![
        1..=3i64,
        (i64::MAX - 2)..=i64::MAX,
        1_700_000_000_000..1_800_000_000_000i64,
        1..=i64::MAX,
    ]
}

/// A clock reading in milliseconds, including the nonsensical ones a broken clock gives.
fn any_now() -> impl Strategy<Value = i64> {
    prop_oneof![
        1_700_000_000_000..1_800_000_000_000i64,
        (i64::MAX - 2)..=i64::MAX,
        -2..=2i64,
        any::<i64>(),
    ]
}

fn any_entry() -> impl Strategy<Value = DiaryEntry> {
    (
        any_id(),
        any_day(),
        0u16..1440,
        0u8..=10,
        any_note(),
        any::<bool>(),
        proptest::option::of(1..=schema::MAX_METRES),
    )
        .prop_map(|(id, day, minute, pain, note, ran, metres)| DiaryEntry {
            id,
            day,
            minute,
            pain,
            note,
            ran,
            metres,
        })
}

fn any_session() -> impl Strategy<Value = Session> {
    (
        any_id(),
        any_day(),
        0u16..1440,
        proptest::sample::select(CauseId::ALL.to_vec()),
        proptest::sample::select(Phase::ALL.to_vec()),
        proptest::collection::vec(any_slug(), 0..4),
        proptest::collection::vec(any_slug(), 0..4),
        proptest::option::of(0u8..=10),
        proptest::option::of(0u8..=10),
    )
        .prop_map(
            |(id, day, minute, cause, phase, done, skipped, pain_before, pain_after)| Session {
                id,
                day,
                minute,
                cause,
                phase,
                done,
                skipped,
                pain_before,
                pain_after,
            },
        )
}

pub(crate) fn any_morning() -> impl Strategy<Value = Morning> {
    (
        0u8..=10,
        proptest::sample::select(Compared::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(|(pain, compared, leg_symptoms)| Morning {
            pain,
            compared,
            leg_symptoms,
        })
}

fn any_run() -> impl Strategy<Value = Run> {
    (
        any_id(),
        any_day(),
        0u16..1440,
        proptest::option::of(1u8..=coach::LAST_STAGE),
        proptest::option::of(1..=MAX_RUN_MINUTES),
        proptest::option::of(1..=schema::MAX_METRES),
        proptest::option::of(0u8..=10),
        proptest::option::of(any_morning()),
    )
        .prop_map(
            |(id, day, minute, stage, minutes, metres, pain, morning)| Run {
                id,
                day,
                minute,
                stage,
                minutes,
                metres,
                pain,
                morning,
            },
        )
}

fn any_activity() -> impl Strategy<Value = String> {
    // Names as the app keeps them: trimmed, single spaces, 1 to 60 characters, any script.
    "[a-zA-Z0-9é€😀<&\"][a-zA-Z0-9 é€😀<&\"]{0,40}[a-z0-9]".prop_filter_map("kept as typed", |a| {
        outcomes::clean_activity(&a).filter(|c| *c == a)
    })
}

fn any_load() -> impl Strategy<Value = outcomes::WeeklyLoad> {
    (
        0..=outcomes::MAX_WEEKLY_LOAD,
        proptest::sample::select(outcomes::LoadUnit::ALL.to_vec()),
    )
        .prop_map(|(amount, unit)| outcomes::WeeklyLoad { amount, unit })
}

fn any_outcomes() -> impl Strategy<Value = outcomes::Outcomes> {
    let baseline = (
        any_day(),
        0u8..=10,
        0u8..=10,
        proptest::sample::select(outcomes::PainDuration::ALL.to_vec()),
        proptest::option::of(any_day()),
        proptest::sample::select(outcomes::Side::ALL.to_vec()),
        proptest::option::of(any_load()),
        proptest::option::of(any_load()),
    )
        .prop_map(
            |(day, pain_now, pain_worst, duration, onset, side, running_before, running_now)| {
                outcomes::Baseline {
                    day,
                    pain_now,
                    pain_worst,
                    duration,
                    onset,
                    side,
                    running_before,
                    running_now,
                }
            },
        );
    (
        proptest::option::of(baseline),
        proptest::collection::vec(any_activity(), 0..=outcomes::MAX_ACTIVITIES),
        proptest::collection::vec(
            (
                any_day(),
                proptest::option::of((0u8..=10, 0u8..=10)),
                proptest::collection::vec(0u8..=10, 0..=3),
            ),
            0..4,
        ),
        proptest::option::of(any_day()),
    )
        .prop_map(|(baseline, activities, ratings, snoozed)| {
            let mut o = outcomes::Outcomes {
                baseline,
                activities,
                ratings: Vec::new(),
                snoozed,
            };
            for (day, pain, scores) in ratings {
                let scores: Vec<(String, u8)> = o.activities.iter().cloned().zip(scores).collect();
                let rating = outcomes::Rating {
                    day,
                    pain_now: pain.map(|p| p.0),
                    pain_worst: pain.map(|p| p.1),
                    scores,
                };
                // One a day, oldest first, as the app keeps them.
                if !o.ratings.iter().any(|r| r.day == day) {
                    o.ratings.push(rating);
                }
            }
            o.ratings.sort_by_key(|r| r.day);
            o
        })
}

fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        Just(Answer::Yes),
        Just(Answer::No),
        Just(Answer::NotSure),
        any::<u8>().prop_map(Answer::Choice),
    ]
}

fn any_progress() -> impl Strategy<Value = Progress> {
    (
        proptest::option::of((
            proptest::collection::btree_map(any_slug(), any_answer(), 0..6),
            any::<bool>(),
        )),
        proptest::option::of((
            proptest::sample::select(CauseId::ALL.to_vec()),
            any::<bool>(),
            proptest::sample::select(Phase::ALL.to_vec()),
            any_day(),
            any_day(),
        )),
        proptest::collection::vec(any_session(), 0..5),
        proptest::collection::vec(any_entry(), 0..5),
        proptest::collection::vec(any_run(), 0..5),
        any_outcomes(),
    )
        .prop_map(|(check, plan, sessions, diary, runs, outcomes)| {
            let mut p = Progress {
                check: check.map(|(saved, finished)| {
                    // Any saved ids: some are questions of ours, most are not, and both
                    // must come back from a save unchanged.
                    let mut answers = Answers::new();
                    for (id, answer) in saved {
                        answers.insert_saved(&id, answer);
                    }
                    SavedCheck { answers, finished }
                }),
                plan: plan.map(|(cause, by_hand, phase, started, phase_since)| Plan {
                    cause,
                    source: if by_hand {
                        PlanSource::Chosen
                    } else {
                        PlanSource::Check
                    },
                    phase,
                    started,
                    phase_since,
                }),
                sessions,
                diary,
                runs,
                outcomes,
            };
            // Ids are unique within a list.
            let mut seen = std::collections::BTreeSet::new();
            p.sessions.retain(|s| seen.insert(s.id));
            seen.clear();
            p.diary.retain(|e| seen.insert(e.id));
            seen.clear();
            p.runs.retain(|r| seen.insert(r.id));
            p.sort();
            p
        })
}

/// A change the app makes to the document.
#[derive(Clone, Debug)]
enum Change {
    AddEntry(DiaryEntry, i64),
    LogSession(Session, i64),
    /// Merging an imported file. Its lists may even repeat an id (`merge` is public, so it
    /// must not rely on the reader having checked).
    Merge(Vec<DiaryEntry>, Vec<Session>, i64),
    DeleteEntry(proptest::sample::Index),
    DeleteSession(proptest::sample::Index),
    LogRun(Run, i64),
    AnswerMorning(proptest::sample::Index, Morning),
    DeleteRun(proptest::sample::Index),
}

fn any_change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (any_entry(), any_now()).prop_map(|(e, now)| Change::AddEntry(e, now)),
        (any_session(), any_now()).prop_map(|(s, now)| Change::LogSession(s, now)),
        (
            proptest::collection::vec(any_entry(), 0..4),
            proptest::collection::vec(any_session(), 0..4),
            any_now(),
        )
            .prop_map(|(diary, sessions, now)| Change::Merge(diary, sessions, now)),
        any::<proptest::sample::Index>().prop_map(Change::DeleteEntry),
        any::<proptest::sample::Index>().prop_map(Change::DeleteSession),
        (any_run(), any_now()).prop_map(|(r, now)| Change::LogRun(r, now)),
        (any::<proptest::sample::Index>(), any_morning())
            .prop_map(|(i, m)| Change::AnswerMorning(i, m)),
        any::<proptest::sample::Index>().prop_map(Change::DeleteRun),
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::Int),
        any::<String>().prop_map(Value::Str),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((any::<String>(), inner), 0..4).prop_map(|mut members| {
                // The reader refuses a name given twice, so a value to round-trip has none.
                let mut seen = std::collections::BTreeSet::new();
                members.retain(|(name, _)| seen.insert(name.clone()));
                Value::Object(members)
            }),
        ]
    })
}

/// A valid document with a few bytes changed: close enough to valid to reach deep into
/// the reader.
fn damaged_document() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec((0..V3.len(), any::<u8>()), 1..4).prop_map(|edits| {
        let mut bytes = V3.as_bytes().to_vec();
        for (at, b) in edits {
            bytes[at] = b;
        }
        bytes
    })
}

fn any_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..200),
        any::<String>().prop_map(String::into_bytes),
        damaged_document(),
        any_value().prop_map(|v| v.to_text().into_bytes()),
    ]
}

fn kv_holding(text: &str) -> MemoryKv {
    let mut kv = MemoryKv::default();
    kv.map.insert(DATA_KEY.into(), text.into());
    kv
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn json_values_round_trip(v in any_value()) {
        prop_assert_eq!(Value::parse(&v.to_text()), Ok(v));
    }

    #[test]
    fn cleaned_text_is_safe_and_keeps_every_safe_character(s in any::<String>()) {
        let cleaned = schema::without_hidden_controls(&s);
        prop_assert!(schema::is_safe_text(&cleaned));
        let safe: String = s.chars().filter(|c| schema::is_safe_text(&c.to_string())).collect();
        prop_assert_eq!(cleaned, safe);
    }

    #[test]
    fn documents_round_trip(p in any_progress()) {
        let text = schema::write(&p);
        prop_assert_eq!(schema::read_strict(text.as_bytes()), Ok(p.clone()));
        let lenient = schema::read_lenient(&text).map(|l| (l.progress, l.skipped));
        prop_assert_eq!(lenient, Ok((p, 0)));
    }

    #[test]
    fn starting_up_on_any_stored_text_never_panics_or_overwrites_it(input in any_input()) {
        let text = String::from_utf8_lossy(&input).into_owned();
        let store = Store::open(Some(kv_holding(&text)), 42);
        // Start-up never writes the data key.
        let backups = store.backups();
        match schema::read_lenient(&text) {
            Ok(read) if read.skipped == 0 => {
                prop_assert!(store.notices().is_empty());
                prop_assert_eq!(store.data(), &read.progress);
                prop_assert!(backups.is_empty());
            }
            Err(schema::Problem::Newer { .. }) => {
                prop_assert!(!store.saving());
                prop_assert!(backups.is_empty());
            }
            _ => {
                // Anything not cleanly readable is kept, unchanged, before any save.
                prop_assert_eq!(backups.len(), 1);
                prop_assert_eq!(&backups[0].text, &text);
            }
        }
        let stored_now = store.kv().and_then(|kv| kv.map.get(DATA_KEY));
        prop_assert_eq!(stored_now, Some(&text));
        // After a save, unreadable text is still kept, and newer data is still untouched.
        let mut store = store;
        let saved = store.update(43, |p| p.plan = None);
        prop_assert!(saved || !store.saving());
        let map = store.kv().map(|kv| kv.map.clone()).unwrap_or_default();
        match schema::read_lenient(&text) {
            Ok(read) if read.skipped == 0 => {}
            Err(schema::Problem::Newer { .. }) => {
                prop_assert_eq!(map.get(DATA_KEY), Some(&text));
            }
            _ => prop_assert!(map.values().any(|v| *v == text)),
        }
    }

    #[test]
    fn importing_any_bytes_never_panics_and_changes_nothing_unless_valid(
        input in any_input(),
        replace in any::<bool>(),
        existing in any_progress(),
    ) {
        let before = schema::write(&existing);
        let mut store = Store::open(Some(kv_holding(&before)), 1);
        let valid = schema::read_strict(&input);
        match store.import(&input, replace, 2) {
            Err(problem) => {
                prop_assert_eq!(Err::<Progress, _>(problem.clone()), valid);
                prop_assert!(!problem.describe().is_empty());
                prop_assert_eq!(store.data(), &existing);
                let reopened = Store::open(Some(kv_holding(&before)), 3);
                prop_assert_eq!(reopened.data(), &existing);
            }
            Ok(report) => {
                prop_assert!(valid.is_ok());
                prop_assert!(report.saved);
                // What is stored now is itself a valid file.
                let stored = schema::write(store.data());
                prop_assert!(schema::read_strict(stored.as_bytes()).is_ok());
            }
        }
        let stored_now = Store::open(Some(kv_holding(&before)), 4);
        prop_assert!(stored_now.notices().is_empty());
    }

    #[test]
    fn a_version_2_document_migrates_to_version_3_unchanged_and_without_runs(p in any_progress()) {
        let p = Progress { runs: Vec::new(), outcomes: Default::default(), ..p };
        // The same document as version 2 wrote it: no "runs", version 2.
        let Ok(Value::Object(mut members)) = Value::parse(&schema::write(&p)) else {
            return Err(TestCaseError::fail("not an object"));
        };
        members.retain(|(k, _)| k != "runs" && k != "outcomes");
        for (k, v) in members.iter_mut() {
            if k == "version" {
                *v = Value::Int(2);
            }
        }
        let v2 = Value::Object(members).to_text();
        prop_assert_eq!(schema::read_strict(v2.as_bytes()), Ok(p.clone()));
        let read = schema::read_lenient(&v2).map(|l| (l.progress, l.version, l.skipped));
        prop_assert_eq!(read, Ok((p.clone(), 2, 0)));
        // Saved again, it is the current version and reads the same.
        let again = schema::write(&p);
        let current = format!("\"version\":{}", schema::CURRENT_VERSION);
        prop_assert!(again.contains(&current));
        prop_assert_eq!(schema::read_strict(again.as_bytes()), Ok(p));
    }

    #[test]
    fn a_version_3_document_migrates_to_version_4_unchanged_and_without_outcomes(p in any_progress()) {
        let p = Progress { outcomes: Default::default(), ..p };
        // The same document as version 3 wrote it: no "outcomes", version 3. A stray
        // "outcomes" in a version 3 file is not read: version 3 had none.
        let Ok(Value::Object(mut members)) = Value::parse(&schema::write(&p)) else {
            return Err(TestCaseError::fail("not an object"));
        };
        for (k, v) in members.iter_mut() {
            if k == "version" {
                *v = Value::Int(3);
            }
            if k == "outcomes" {
                *v = Value::Str("stray".into());
            }
        }
        let v3 = Value::Object(members).to_text();
        let read = schema::read_lenient(&v3).map(|l| (l.progress, l.version, l.skipped));
        prop_assert_eq!(read, Ok((p.clone(), 3, 0)));
        prop_assert_eq!(schema::read_strict(v3.as_bytes()), Ok(p));
    }

    #[test]
    fn outcomes_round_trip_and_merge_without_loss(a in any_outcomes(), b in any_outcomes()) {
        let doc = Progress { outcomes: a.clone(), ..Progress::default() };
        prop_assert_eq!(schema::read_strict(schema::write(&doc).as_bytes()), Ok(doc.clone()));
        let mut merged = a.clone();
        merged.merge(&b);
        // Every day rated on either side is still there, this side's ratings unchanged.
        for r in &a.ratings {
            prop_assert!(merged.ratings.contains(r));
        }
        for r in &b.ratings {
            prop_assert!(merged.ratings.iter().any(|m| m.day == r.day));
        }
        prop_assert!(merged.ratings.windows(2).all(|w| w[0].day < w[1].day));
        prop_assert_eq!(&merged.baseline, if a.baseline.is_some() { &a.baseline } else { &b.baseline });
        let whole = Progress { outcomes: merged, ..Progress::default() };
        prop_assert!(schema::read_strict(schema::write(&whole).as_bytes()).is_ok());
    }

    #[test]
    fn merging_keeps_every_item_of_both_sides(a in any_progress(), b in any_progress()) {
        let mut merged = a.clone();
        merged.merge(&b, 1);
        for e in a.diary.iter() {
            prop_assert!(merged.diary.contains(e));
        }
        for e in b.diary.iter() {
            let kept = merged.diary.iter().any(|m| DiaryEntry { id: e.id, ..m.clone() } == *e);
            prop_assert!(kept);
        }
        for s in b.sessions.iter() {
            let kept = merged.sessions.iter().any(|m| Session { id: s.id, ..m.clone() } == *s);
            prop_assert!(kept);
        }
        for r in a.runs.iter() {
            prop_assert!(merged.runs.contains(r));
        }
        for r in b.runs.iter() {
            let kept = merged.runs.iter().any(|m| Run { id: r.id, ..m.clone() } == *r);
            prop_assert!(kept);
        }
        let text = schema::write(&merged);
        prop_assert!(schema::read_strict(text.as_bytes()).is_ok());
    }

    #[test]
    fn ids_stay_unique_and_readable_after_any_changes(
        start in any_progress(),
        changes in proptest::collection::vec(any_change(), 1..12),
    ) {
        let mut p = start;
        for change in changes {
            match change {
                Change::AddEntry(e, now) => {
                    let id = p.add_entry(e.clone(), now);
                    // A fresh id is fresh across both lists, and the entry is there under it.
                    prop_assert_eq!(p.sessions.iter().filter(|s| s.id == id).count(), 0);
                    let added = DiaryEntry { id, ..e };
                    prop_assert!(p.diary.contains(&added));
                }
                Change::LogSession(s, now) => {
                    let id = p.add_session(s.clone(), now);
                    prop_assert_eq!(p.diary.iter().filter(|e| e.id == id).count(), 0);
                    let logged = Session { id, ..s };
                    prop_assert!(p.sessions.contains(&logged));
                }
                Change::Merge(diary, sessions, now) => {
                    let before = p.clone();
                    let theirs = Progress { diary, sessions, ..Progress::default() };
                    p.merge(&theirs, now);
                    // Nothing from either side is lost.
                    for e in before.diary.iter() {
                        prop_assert!(p.diary.contains(e));
                    }
                    for e in theirs.diary.iter() {
                        let kept = p.diary.iter().any(|m| DiaryEntry { id: e.id, ..m.clone() } == *e);
                        prop_assert!(kept);
                    }
                    for s in theirs.sessions.iter() {
                        let kept = p.sessions.iter().any(|m| Session { id: s.id, ..m.clone() } == *s);
                        prop_assert!(kept);
                    }
                }
                Change::DeleteEntry(which) => {
                    if !p.diary.is_empty() {
                        let gone = p.diary[which.index(p.diary.len())].clone();
                        let others = p.diary.len() - 1;
                        p.delete_entry(gone.id);
                        // Deleting one entry deletes only that one.
                        prop_assert_eq!(p.diary.len(), others);
                    }
                }
                Change::LogRun(r, now) => {
                    let id = p.add_run(r.clone(), now);
                    prop_assert_eq!(p.diary.iter().filter(|e| e.id == id).count(), 0);
                    prop_assert_eq!(p.sessions.iter().filter(|s| s.id == id).count(), 0);
                    let logged = Run { id, ..r };
                    prop_assert!(p.runs.contains(&logged));
                }
                Change::AnswerMorning(which, morning) => {
                    if !p.runs.is_empty() {
                        let id = p.runs[which.index(p.runs.len())].id;
                        prop_assert!(p.set_morning(id, morning));
                        let answered = p.runs.iter().any(|r| r.id == id && r.morning == Some(morning));
                        prop_assert!(answered);
                    }
                }
                Change::DeleteRun(which) => {
                    if !p.runs.is_empty() {
                        let gone = p.runs[which.index(p.runs.len())].id;
                        let others = p.runs.len() - 1;
                        p.delete_run(gone);
                        prop_assert_eq!(p.runs.len(), others);
                    }
                }
                Change::DeleteSession(which) => {
                    if !p.sessions.is_empty() {
                        let gone = p.sessions[which.index(p.sessions.len())].clone();
                        let others = p.sessions.len() - 1;
                        p.delete_session(gone.id);
                        prop_assert_eq!(p.sessions.len(), others);
                    }
                }
            }
            let mut seen = std::collections::BTreeSet::new();
            prop_assert!(p.diary.iter().all(|e| e.id > 0 && seen.insert(e.id)));
            seen.clear();
            prop_assert!(p.sessions.iter().all(|s| s.id > 0 && seen.insert(s.id)));
            seen.clear();
            prop_assert!(p.runs.iter().all(|r| r.id > 0 && seen.insert(r.id)));
            // What is saved reads back as it is: nothing hidden on the next start.
            let text = schema::write(&p);
            prop_assert_eq!(schema::read_strict(text.as_bytes()), Ok(p.clone()));
        }
    }
}
