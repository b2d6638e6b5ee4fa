//! Work in progress that is not saved yet: the diary text being typed, a run being logged
//! and a session being played. Kept under its own small key ([`DRAFT_KEY`]) so that a reload, or a phone that
//! discards the background tab, loses nothing; cleared when the work is saved or discarded.
//! There is never more than one draft per form.
//!
//! The format is versioned JSON of its own (`{"app":"backtrack-draft","version":1,...}`),
//! read strictly: a draft that does not read back is dropped, never half-applied (it is a
//! convenience, and the saved data is untouched by it).
//!
//! The run form's draft (`"run"`) came later than version 1's diary and session: it may be
//! absent, which is no run draft, so drafts written before it still read.
//!
//! A session draft gives each exercise's outcome as `"pending"`, `"done"`, `"skipped"` or
//! `"not-run"` (a timed step passed over before its clock ran; see
//! [`super::player`]). A copy of the app from before `"not-run"` reads such a draft as no
//! draft, which is the rule for any draft it cannot read.

use crate::content::Phase;
use crate::ids::CauseId;

use super::json::Value;
use super::player::{Outcome, Snapshot};
use super::schema::{is_safe_text, without_hidden_controls, MAX_NOTE_CHARS};

/// The key drafts are kept under.
pub const DRAFT_KEY: &str = "backtrack.draft";
/// The draft format's version.
pub const DRAFT_VERSION: i64 = 1;
/// The longest text field a draft keeps (the diary's own limit, with room for the small
/// fields: date, time, distance).
const MAX_FIELD_CHARS: usize = MAX_NOTE_CHARS;

/// A form field's text as a draft keeps it: without the hidden characters that
/// [`Drafts::read`] refuses, and no longer than it reads back. Every form's draft goes
/// through it, so that one odd character pasted into one field cannot make the whole drafts
/// text unreadable, and with it every other form's draft.
pub fn kept(text: &str) -> String {
    without_hidden_controls(text)
        .chars()
        .take(MAX_FIELD_CHARS)
        .collect()
}

/// The diary form as the runner left it. Fields are kept as typed (not yet checked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiaryDraft {
    /// The entry being changed, or `None` for a new one.
    pub editing: Option<i64>,
    pub date: String,
    pub time: String,
    pub pain: Option<u8>,
    pub note: String,
    pub ran: bool,
    pub km: String,
}

/// The run form (the return-to-run coach's "Log a run") as the runner left it, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunDraft {
    /// The stage chosen ("" for a free run).
    pub stage: String,
    pub date: String,
    pub time: String,
    pub minutes: String,
    pub km: String,
    /// The worst pain during the run, when chosen.
    pub pain: Option<u8>,
}

/// Where the stage of a session stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionStage {
    Playing,
    After,
}

/// A session in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDraft {
    /// The plan the session was for; a draft for another plan is not offered.
    pub cause: CauseId,
    pub phase: Phase,
    pub stage: SessionStage,
    pub pain_before: Option<u8>,
    pub player: Snapshot,
}

/// Every draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drafts {
    pub diary: Option<DiaryDraft>,
    pub session: Option<SessionDraft>,
    pub run: Option<RunDraft>,
}

impl Drafts {
    /// Whether there is nothing to keep.
    pub fn is_empty(&self) -> bool {
        self.diary.is_none() && self.session.is_none() && self.run.is_none()
    }

    /// These drafts with, for each form that has none, the draft `other` has for it (an
    /// import brings back the drafts of its file where this device has none).
    pub fn or(self, other: Drafts) -> Drafts {
        Drafts {
            diary: self.diary.or(other.diary),
            session: self.session.or(other.session),
            run: self.run.or(other.run),
        }
    }

    /// The drafts as JSON text.
    pub fn write(&self) -> String {
        let diary = self.diary.as_ref().map_or(Value::Null, |d| {
            Value::Object(vec![
                ("editing".into(), d.editing.map_or(Value::Null, Value::Int)),
                ("date".into(), Value::Str(d.date.clone())),
                ("time".into(), Value::Str(d.time.clone())),
                (
                    "pain".into(),
                    d.pain.map_or(Value::Null, |p| Value::Int(i64::from(p))),
                ),
                ("note".into(), Value::Str(d.note.clone())),
                ("ran".into(), Value::Bool(d.ran)),
                ("km".into(), Value::Str(d.km.clone())),
            ])
        });
        let session = self.session.as_ref().map_or(Value::Null, |s| {
            Value::Object(vec![
                ("cause".into(), Value::Str(s.cause.id().into())),
                ("phase".into(), Value::Str(s.phase.id().into())),
                (
                    "stage".into(),
                    Value::Str(
                        match s.stage {
                            SessionStage::Playing => "playing",
                            SessionStage::After => "after",
                        }
                        .into(),
                    ),
                ),
                (
                    "before".into(),
                    s.pain_before
                        .map_or(Value::Null, |p| Value::Int(i64::from(p))),
                ),
                ("step".into(), Value::Int(s.player.index as i64)),
                (
                    "remaining".into(),
                    Value::Int(i64::from(s.player.remaining)),
                ),
                ("reps".into(), Value::Int(i64::from(s.player.reps))),
                (
                    "outcomes".into(),
                    Value::Array(
                        s.player
                            .outcomes
                            .iter()
                            .map(|o| {
                                Value::Str(
                                    match o {
                                        Outcome::Pending => "pending",
                                        Outcome::NotRun => "not-run",
                                        Outcome::Done => "done",
                                        Outcome::Skipped => "skipped",
                                    }
                                    .into(),
                                )
                            })
                            .collect(),
                    ),
                ),
            ])
        });
        let run = self.run.as_ref().map_or(Value::Null, |r| {
            Value::Object(vec![
                ("stage".into(), Value::Str(r.stage.clone())),
                ("date".into(), Value::Str(r.date.clone())),
                ("time".into(), Value::Str(r.time.clone())),
                ("minutes".into(), Value::Str(r.minutes.clone())),
                ("km".into(), Value::Str(r.km.clone())),
                (
                    "pain".into(),
                    r.pain.map_or(Value::Null, |p| Value::Int(i64::from(p))),
                ),
            ])
        });
        Value::Object(vec![
            ("app".into(), Value::Str("backtrack-draft".into())),
            ("version".into(), Value::Int(DRAFT_VERSION)),
            ("diary".into(), diary),
            ("session".into(), session),
            ("run".into(), run),
        ])
        .to_text()
    }

    /// Reads drafts written by [`Drafts::write`]. Anything else, or anything out of range,
    /// is `None`.
    pub fn read(text: &str) -> Option<Drafts> {
        if text.len() > 9 * MAX_FIELD_CHARS + 4096 {
            return None;
        }
        let doc = Value::parse(text).ok()?;
        if doc.get("app") != Some(&Value::Str("backtrack-draft".into()))
            || doc.get("version") != Some(&Value::Int(DRAFT_VERSION))
        {
            return None;
        }
        let diary = match doc.get("diary")? {
            Value::Null => None,
            d => Some(read_diary(d)?),
        };
        let session = match doc.get("session")? {
            Value::Null => None,
            s => Some(read_session(s)?),
        };
        let run = match doc.get("run") {
            None | Some(Value::Null) => None,
            Some(r) => Some(read_run(r)?),
        };
        Some(Drafts {
            diary,
            session,
            run,
        })
    }
}

/// A data file with the drafts in it: the document as [`super::schema::write`] gives it,
/// with the drafts under `"drafts"` when there are any. Readers of the document ignore the
/// member, so such a file imports anywhere; [`drafts_in_file`] gives the drafts back.
pub fn export_text(document: &str, drafts: &Drafts) -> String {
    match document.strip_suffix('}') {
        Some(open) if !drafts.is_empty() => {
            let mut out = String::with_capacity(document.len() + 512);
            out.push_str(open);
            out.push_str(",\"drafts\":");
            out.push_str(&drafts.write());
            out.push('}');
            out
        }
        _ => document.to_owned(),
    }
}

/// The drafts a data file carries (see [`export_text`]), if any can be read.
pub fn drafts_in_file(bytes: &[u8]) -> Option<Drafts> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = Value::parse(text).ok()?;
    Drafts::read(&doc.get("drafts")?.to_text())
}

fn text(v: &Value, name: &str) -> Option<String> {
    match v.get(name)? {
        Value::Str(s) if s.chars().count() <= MAX_FIELD_CHARS && is_safe_text(s) => Some(s.clone()),
        _ => None,
    }
}

fn small(v: &Value, name: &str, max: i64) -> Option<Option<i64>> {
    match v.get(name)? {
        Value::Null => Some(None),
        Value::Int(n) if (0..=max).contains(n) => Some(Some(*n)),
        _ => None,
    }
}

fn read_diary(v: &Value) -> Option<DiaryDraft> {
    let editing = match v.get("editing")? {
        Value::Null => None,
        Value::Int(n) if *n > 0 => Some(*n),
        _ => return None,
    };
    let pain = small(v, "pain", 10)?.and_then(|p| u8::try_from(p).ok());
    let ran = match v.get("ran")? {
        Value::Bool(b) => *b,
        _ => return None,
    };
    Some(DiaryDraft {
        editing,
        date: text(v, "date")?,
        time: text(v, "time")?,
        pain,
        note: text(v, "note")?,
        ran,
        km: text(v, "km")?,
    })
}

fn read_run(v: &Value) -> Option<RunDraft> {
    Some(RunDraft {
        stage: text(v, "stage")?,
        date: text(v, "date")?,
        time: text(v, "time")?,
        minutes: text(v, "minutes")?,
        km: text(v, "km")?,
        pain: small(v, "pain", 10)?.and_then(|p| u8::try_from(p).ok()),
    })
}

fn read_session(v: &Value) -> Option<SessionDraft> {
    let cause = match v.get("cause")? {
        Value::Str(s) => CauseId::from_id(s)?,
        _ => return None,
    };
    let phase = match v.get("phase")? {
        Value::Str(s) => Phase::from_id(s)?,
        _ => return None,
    };
    let stage = match v.get("stage")? {
        Value::Str(s) if s == "playing" => SessionStage::Playing,
        Value::Str(s) if s == "after" => SessionStage::After,
        _ => return None,
    };
    let pain_before = small(v, "before", 10)?.and_then(|p| u8::try_from(p).ok());
    let index = usize::try_from(small(v, "step", 10_000)??).ok()?;
    let remaining = u32::try_from(small(v, "remaining", 24 * 60 * 60)??).ok()?;
    let reps = u16::try_from(small(v, "reps", i64::from(u16::MAX))??).ok()?;
    let outcomes = match v.get("outcomes")? {
        Value::Array(items) if items.len() <= 100 => items
            .iter()
            .map(|o| match o {
                Value::Str(s) if s == "pending" => Some(Outcome::Pending),
                Value::Str(s) if s == "not-run" => Some(Outcome::NotRun),
                Value::Str(s) if s == "done" => Some(Outcome::Done),
                Value::Str(s) if s == "skipped" => Some(Outcome::Skipped),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?,
        _ => return None,
    };
    Some(SessionDraft {
        cause,
        phase,
        stage,
        pain_before,
        player: Snapshot {
            index,
            remaining,
            reps,
            outcomes,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::player::Player;
    use crate::CONTENT;

    fn both() -> Drafts {
        let exercises: Vec<_> = CONTENT.exercises.iter().take(2).collect();
        let mut player = Player::new(exercises);
        player.next();
        Drafts {
            diary: Some(DiaryDraft {
                editing: Some(42),
                date: "2026-11-27".into(),
                time: "07:30".into(),
                pain: Some(4),
                note: "Stiff \"after\" work,\nthen better".into(),
                ran: true,
                km: "5.2".into(),
            }),
            session: Some(SessionDraft {
                cause: CauseId::Disc,
                phase: Phase::Mobilise,
                stage: SessionStage::Playing,
                pain_before: Some(3),
                player: player.snapshot(),
            }),
            run: Some(RunDraft {
                stage: "3".into(),
                date: "2026-11-27".into(),
                time: "18:05".into(),
                minutes: "2O".into(),
                km: "4,2".into(),
                pain: Some(2),
            }),
        }
    }

    #[test]
    fn drafts_read_back_as_written() {
        let d = both();
        assert_eq!(Drafts::read(&d.write()), Some(d));
        let empty = Drafts::default();
        assert!(empty.is_empty());
        assert_eq!(Drafts::read(&empty.write()), Some(empty));
    }

    #[test]
    fn anything_else_is_no_draft() {
        for bad in [
            "",
            "{",
            "{\"app\":\"backtrack\",\"version\":1,\"diary\":null,\"session\":null}",
            "{\"app\":\"backtrack-draft\",\"version\":2,\"diary\":null,\"session\":null}",
        ] {
            assert_eq!(Drafts::read(bad), None, "{bad}");
        }
        let text = both().write().replace("\"pain\":4", "\"pain\":11");
        assert_eq!(Drafts::read(&text), None, "pain out of range");
        let text = both().write().replace("\"disc\"", "\"knee\"");
        assert_eq!(Drafts::read(&text), None, "unknown cause");
        let text = both()
            .write()
            .replace("\"minutes\":\"2O\"", "\"minutes\":20");
        assert_eq!(Drafts::read(&text), None, "a run field that is not text");
    }

    #[test]
    fn a_field_kept_for_a_draft_always_reads_back() {
        // A direction override pasted into the distance, and a very long note.
        let odd = kept("5\u{202e}2");
        assert_eq!(odd, "52");
        assert_eq!(
            kept(&"x".repeat(MAX_FIELD_CHARS + 5)).chars().count(),
            MAX_FIELD_CHARS
        );
        let d = Drafts {
            diary: Some(DiaryDraft {
                km: odd.clone(),
                note: kept(&"é".repeat(MAX_FIELD_CHARS * 2)),
                ..DiaryDraft::default()
            }),
            run: Some(RunDraft {
                minutes: kept("3\u{0007}0"),
                ..RunDraft::default()
            }),
            session: None,
        };
        assert_eq!(Drafts::read(&d.write()), Some(d));
        // Not kept so, the same field makes every draft unreadable.
        let raw = Drafts {
            run: Some(RunDraft {
                km: "5\u{202e}2".into(),
                ..RunDraft::default()
            }),
            ..both()
        };
        assert_eq!(Drafts::read(&raw.write()), None);
    }

    #[test]
    fn drafts_written_before_the_run_form_had_one_still_read() {
        let before = "{\"app\":\"backtrack-draft\",\"version\":1,\"diary\":null,\"session\":null}";
        assert_eq!(Drafts::read(before), Some(Drafts::default()));
        let run_only = Drafts {
            run: both().run,
            ..Drafts::default()
        };
        assert!(!run_only.is_empty());
        assert_eq!(Drafts::read(&run_only.write()), Some(run_only));
    }

    #[test]
    fn an_import_brings_back_a_draft_only_for_a_form_that_has_none() {
        let here = Drafts {
            run: Some(RunDraft {
                minutes: "45".into(),
                ..RunDraft::default()
            }),
            ..Drafts::default()
        };
        let merged = here.clone().or(both());
        assert_eq!(merged.run, here.run, "the draft on this device is kept");
        assert_eq!(merged.diary, both().diary);
        assert_eq!(merged.session, both().session);
    }

    #[test]
    fn drafts_travel_in_the_data_file_and_the_file_still_imports() {
        use crate::progress::{schema, Progress};
        let mut p = Progress::default();
        p.add_entry(crate::progress::tests::entry(20_000, 60, 4), 1);
        let document = schema::write(&p);
        let drafts = both();
        let file = export_text(&document, &drafts);
        assert_eq!(drafts_in_file(file.as_bytes()), Some(drafts));
        assert_eq!(schema::read_strict(file.as_bytes()), Ok(p.clone()));
        // No drafts: the file is the document as it was.
        assert_eq!(export_text(&document, &Drafts::default()), document);
        assert_eq!(drafts_in_file(document.as_bytes()), None);
    }

    #[test]
    fn an_exercise_passed_over_stays_passed_over_in_the_draft() {
        let exercises: Vec<_> = vec![CONTENT.exercise("knee-hugs").expect("in the library")];
        let mut player = Player::new(exercises.clone());
        player.next();
        let drafts = Drafts {
            diary: None,
            run: None,
            session: Some(SessionDraft {
                cause: CauseId::Disc,
                phase: Phase::Mobilise,
                stage: SessionStage::Playing,
                pain_before: None,
                player: player.snapshot(),
            }),
        };
        let text = drafts.write();
        assert!(text.contains("\"outcomes\":[\"not-run\"]"), "{text}");
        let read = Drafts::read(&text)
            .and_then(|d| d.session)
            .expect("reads back");
        let resumed = Player::resume(exercises, &read.player).expect("fits");
        assert!(resumed.current_not_run());
        // A draft written before "not-run" existed still reads.
        let old = text.replace("not-run", "pending");
        assert!(Drafts::read(&old).is_some());
    }

    #[test]
    fn a_session_resumes_where_it_was() {
        let d = both();
        let s = d.session.expect("a session draft");
        let exercises: Vec<_> = CONTENT.exercises.iter().take(2).collect();
        let resumed = Player::resume(exercises.clone(), &s.player).expect("fits");
        assert_eq!(resumed.snapshot(), s.player);
        assert!(!resumed.running(), "resumes paused");
        // A snapshot for other exercises does not fit.
        let other: Vec<_> = CONTENT.exercises.iter().take(3).collect();
        assert!(Player::resume(other, &s.player).is_none());
    }
}
