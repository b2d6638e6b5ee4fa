//! The runner's plan and progress: the saved document, its schema and migrations, the
//! storage policy, the plan, the session player, and the numbers behind the progress page.
//!
//! Everything here is plain data and pure functions; the web shell keeps one
//! [`store::Store`] over the browser's localStorage and renders what these functions return.
//!
//! - [`json`]: a small strict JSON reader and writer (no floats, never panics).
//! - [`date`]: calendar days and times of day.
//! - [`draft`]: unsaved work (diary text, a session in progress), kept apart and small.
//! - [`schema`]: the versioned document, its migrations, and import checks.
//! - [`store`]: the one storage policy: start-up, backups, saving, tabs, import, delete.
//! - [`plan`]: today's exercises and moving between phases.
//! - [`player`]: the session player as a state machine.
//! - [`stats`]: streak, totals, and the pain chart.
//! - [`csv`]: the diary and the sessions as spreadsheet files.

pub mod csv;
pub mod date;
pub mod draft;
pub mod json;
pub mod plan;
pub mod player;
pub mod schema;
pub mod stats;
pub mod store;

#[cfg(test)]
mod proptests;

use crate::content::Phase;
use crate::ids::CauseId;
use crate::questionnaire::Answers;
pub use date::{Day, Minute};

/// Everything Backtrack keeps for a runner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// The latest symptom check: answers so far, and whether it reached the result.
    pub check: Option<SavedCheck>,
    /// The plan the runner is following, if they started one.
    pub plan: Option<Plan>,
    /// Logged exercise sessions, oldest first.
    pub sessions: Vec<Session>,
    /// Pain diary entries, oldest first.
    pub diary: Vec<DiaryEntry>,
}

/// The saved symptom check.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedCheck {
    pub answers: Answers,
    pub finished: bool,
}

/// Where the plan's cause came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanSource {
    /// The top cause of the runner's symptom check.
    Check,
    /// Picked by the runner.
    Chosen,
}

/// The plan being followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    pub cause: CauseId,
    pub source: PlanSource,
    /// The current phase.
    pub phase: Phase,
    /// When the plan was started.
    pub started: Day,
    /// When the current phase began.
    pub phase_since: Day,
}

/// A logged exercise session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// Unique within the document.
    pub id: i64,
    pub day: Day,
    pub minute: Minute,
    pub cause: CauseId,
    pub phase: Phase,
    /// Slugs of the exercises finished, in order.
    pub done: Vec<String>,
    /// Slugs of the exercises skipped.
    pub skipped: Vec<String>,
    /// Optional pain scores (0–10) before and after.
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
}

/// A pain diary entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryEntry {
    /// Unique within the document.
    pub id: i64,
    pub day: Day,
    pub minute: Minute,
    /// Pain from 0 (none) to 10 (worst imaginable).
    pub pain: u8,
    /// Optional note; empty when none.
    pub note: String,
    /// Whether the runner ran.
    pub ran: bool,
    /// How far, in metres, if they said.
    pub metres: Option<u32>,
}

/// Highest pain score.
pub const MAX_PAIN: u8 = 10;

impl Progress {
    /// A fresh id: after every id in the document, and no smaller than `now_ms` (so ids from
    /// two devices rarely meet, and a merge can tell them apart when they do).
    pub fn next_id(&self, now_ms: i64) -> i64 {
        let highest = self
            .sessions
            .iter()
            .map(|s| s.id)
            .chain(self.diary.iter().map(|e| e.id))
            .max()
            .unwrap_or(0);
        highest.saturating_add(1).max(now_ms).max(1)
    }

    /// Adds a diary entry with a fresh id and returns the id.
    pub fn add_entry(&mut self, mut entry: DiaryEntry, now_ms: i64) -> i64 {
        entry.id = self.next_id(now_ms);
        let id = entry.id;
        self.diary.push(entry);
        self.sort();
        id
    }

    /// Replaces the entry with `entry.id`. Returns whether it was there (another tab may
    /// have deleted it meanwhile; then nothing changes).
    pub fn update_entry(&mut self, entry: DiaryEntry) -> bool {
        match self.diary.iter_mut().find(|e| e.id == entry.id) {
            Some(slot) => {
                *slot = entry;
                self.sort();
                true
            }
            None => false,
        }
    }

    /// Deletes the diary entry with this id, if present.
    pub fn delete_entry(&mut self, id: i64) {
        self.diary.retain(|e| e.id != id);
    }

    /// Logs a session with a fresh id and returns the id.
    pub fn add_session(&mut self, mut session: Session, now_ms: i64) -> i64 {
        session.id = self.next_id(now_ms);
        let id = session.id;
        self.sessions.push(session);
        self.sort();
        id
    }

    /// Deletes the session with this id, if present.
    pub fn delete_session(&mut self, id: i64) {
        self.sessions.retain(|s| s.id != id);
    }

    /// Keeps both lists in time order (ties by id, which are unique), as the schema expects.
    pub fn sort(&mut self) {
        crate::sort::sort_by_key(&mut self.diary, |e| (e.day, e.minute, e.id));
        crate::sort::sort_by_key(&mut self.sessions, |s| (s.day, s.minute, s.id));
    }

    /// Whether there is nothing to keep.
    pub fn is_empty(&self) -> bool {
        *self == Progress::default()
    }

    /// Adds what `other` has that this document lacks. Items with the same id and the same
    /// content are the same item; an item whose id is taken by different content gets a
    /// fresh id, so nothing from either side is lost. The plan and the check are taken from
    /// `other` only where this document has none. Returns how many items were added.
    pub fn merge(&mut self, other: &Progress, now_ms: i64) -> usize {
        let mut added = 0;
        for e in &other.diary {
            match self.diary.iter().find(|x| x.id == e.id) {
                Some(x) if x == e => {}
                Some(_) => {
                    self.add_entry(e.clone(), now_ms);
                    added += 1;
                }
                None => {
                    self.diary.push(e.clone());
                    added += 1;
                }
            }
        }
        for s in &other.sessions {
            match self.sessions.iter().find(|x| x.id == s.id) {
                Some(x) if x == s => {}
                Some(_) => {
                    self.add_session(s.clone(), now_ms);
                    added += 1;
                }
                None => {
                    self.sessions.push(s.clone());
                    added += 1;
                }
            }
        }
        if self.plan.is_none() {
            self.plan = other.plan;
        }
        if self.check.is_none() {
            self.check.clone_from(&other.check);
        }
        self.sort();
        added
    }
}

/// A distance typed by the runner in kilometres ("5", "5.2", "10,5") as metres. At most
/// three decimals; from 1 metre to 1000 km.
pub fn parse_km(text: &str) -> Option<u32> {
    let text = text.trim();
    let (whole, frac) = match text.find(['.', ',']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    if (whole.is_empty() && frac.is_empty()) || whole.len() > 4 || frac.len() > 3 {
        return None;
    }
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(frac) {
        return None;
    }
    let mut metres: u32 = 0;
    for b in whole.bytes() {
        metres = metres * 10 + u32::from(b - b'0');
    }
    metres *= 1000;
    let mut scale = 100;
    for b in frac.bytes() {
        metres += u32::from(b - b'0') * scale;
        scale /= 10;
    }
    (1..=schema::MAX_METRES).contains(&metres).then_some(metres)
}

/// Metres as kilometres for people: "5 km", "5.2 km", "0.35 km".
pub fn format_km(metres: u32) -> String {
    let mut out = km_number(metres);
    out.push_str(" km");
    out
}

/// Metres as a number of kilometres with a dot: "5", "5.2", "0.35".
pub fn km_number(metres: u32) -> String {
    let mut out = String::new();
    json::push_int(&mut out, i64::from(metres / 1000));
    let mut frac = metres % 1000;
    if frac > 0 {
        out.push('.');
        let mut scale = 100;
        while frac > 0 {
            out.push((b'0' + (frac / scale) as u8) as char);
            frac %= scale;
            scale /= 10;
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn entry(day: i32, minute: u16, pain: u8) -> DiaryEntry {
        DiaryEntry {
            id: 0,
            day: Day(day),
            minute,
            pain,
            note: String::new(),
            ran: false,
            metres: None,
        }
    }

    #[test]
    fn ids_are_fresh_and_lists_stay_in_time_order() {
        let mut p = Progress::default();
        let a = p.add_entry(entry(20_000, 600, 3), 1000);
        let b = p.add_entry(entry(19_999, 600, 5), 1000);
        assert_eq!((a, b), (1000, 1001));
        assert_eq!(p.diary[0].id, b);
        assert!(p.update_entry(DiaryEntry {
            pain: 7,
            ..p.diary[1].clone()
        }));
        assert_eq!(p.diary[1].pain, 7);
        p.delete_entry(a);
        assert_eq!(p.diary.len(), 1);
        assert!(!p.update_entry(entry(1, 1, 1)));
    }

    #[test]
    fn merging_keeps_everything_from_both_sides() {
        let mut mine = Progress::default();
        mine.add_entry(entry(20_000, 600, 3), 5000);
        let mut theirs = mine.clone();
        theirs.add_entry(entry(20_001, 600, 2), 6000);
        // Same id, different content: both kept.
        let mut clash = entry(20_002, 60, 9);
        clash.id = 5000;
        theirs.diary.push(clash);
        let added = mine.merge(&theirs, 7000);
        assert_eq!(added, 2);
        assert_eq!(mine.diary.len(), 3);
        let ids: std::collections::BTreeSet<_> = mine.diary.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), 3);
        // Merging again adds nothing.
        let again = mine.clone();
        assert_eq!(mine.merge(&again, 8000), 0);
    }

    #[test]
    fn kilometres() {
        assert_eq!(parse_km("5"), Some(5000));
        assert_eq!(parse_km(" 5.2 "), Some(5200));
        assert_eq!(parse_km("10,55"), Some(10_550));
        assert_eq!(parse_km(".5"), Some(500));
        assert_eq!(parse_km("0.001"), Some(1));
        for bad in ["", ".", "0", "-1", "1.2345", "1e3", "abc", "5 km", "10000"] {
            assert_eq!(parse_km(bad), None, "{bad}");
        }
        assert_eq!(format_km(5000), "5 km");
        assert_eq!(format_km(5200), "5.2 km");
        assert_eq!(format_km(350), "0.35 km");
        assert_eq!(format_km(1), "0.001 km");
        assert_eq!(km_number(10_550), "10.55");
    }
}
