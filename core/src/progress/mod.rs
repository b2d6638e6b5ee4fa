//! The runner's plan and progress: the saved document, its schema and migrations, the
//! storage policy, the plan, the session player, and the numbers behind the progress page.
//!
//! Everything here is plain data and pure functions; the web shell keeps one
//! [`store::Store`] over the browser's localStorage and renders what these functions return.
//!
//! - [`json`]: a small strict JSON reader and writer (no floats, never panics).
//! - [`date`]: calendar days and times of day.
//! - [`draft`]: unsaved work (diary text, a session in progress), kept apart and small.
//! - [`hands_free`]: the session player's hands-free settings, kept apart and read leniently.
//! - [`cues`]: what the session player says and plays, and when.
//! - [`schema`]: the versioned document, its migrations, and import checks.
//! - [`store`]: the one storage policy: start-up, backups, saving, tabs, import, delete.
//! - [`plan`]: today's exercises and moving between phases.
//! - [`player`]: the session player as a state machine.
//! - [`stats`]: streak, totals, and the pain chart.
//! - [`csv`]: the diary, the sessions and the runs as spreadsheet files.
//! - [`coach`]: the return-to-run coach: progress, hold or step back, and the load guard.
//! - [`track`]: a run's time and distance from the points of a GPX or TCX file.

pub mod coach;
pub mod csv;
pub mod cues;
pub mod date;
pub mod draft;
pub mod hands_free;
pub mod json;
pub mod outcomes;
pub mod plan;
pub mod player;
pub mod schema;
pub mod stats;
pub mod store;
pub mod track;

#[cfg(test)]
pub(crate) mod proptests;

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
    /// Logged runs with their next-morning check, oldest first.
    pub runs: Vec<Run>,
    /// The baseline and the weekly ratings of function ([`outcomes`]).
    pub outcomes: outcomes::Outcomes,
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

/// A logged run: a stage of the walk–run guide or a free run, with the pain during it and,
/// once answered, the next morning's check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Unique within the document.
    pub id: i64,
    pub day: Day,
    pub minute: Minute,
    /// The walk–run stage done (1–8), or `None` for a free run.
    pub stage: Option<u8>,
    /// How long, in minutes, if known.
    pub minutes: Option<u16>,
    /// How far, in metres, if known.
    pub metres: Option<u32>,
    /// The worst back pain during the run (0–10), if given.
    pub pain: Option<u8>,
    /// The next morning's check, once answered.
    pub morning: Option<Morning>,
}

/// How the back was the morning after a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Morning {
    /// Pain on getting up (0–10).
    pub pain: u8,
    /// Stiffness and soreness compared with before the run.
    pub compared: Compared,
    /// Whether tingling, numbness or pain came back in a leg.
    pub leg_symptoms: bool,
}

/// The morning compared with before the run, least worrying first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Compared {
    Better,
    Same,
    Worse,
}

impl Compared {
    pub const ALL: [Compared; 3] = [Compared::Better, Compared::Same, Compared::Worse];

    /// The code saved in the document.
    pub fn code(self) -> &'static str {
        match self {
            Compared::Better => "better",
            Compared::Same => "same",
            Compared::Worse => "worse",
        }
    }

    pub fn from_code(code: &str) -> Option<Compared> {
        Compared::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// Longest run the app keeps, in minutes (a day).
pub const MAX_RUN_MINUTES: u16 = 1440;

/// Highest pain score.
pub const MAX_PAIN: u8 = 10;

impl Progress {
    /// A fresh id, used by no diary entry and no session. Normally it is above every id in
    /// the document and no smaller than `now_ms`, so ids from two devices rarely meet (and
    /// a merge can tell them apart when they do). Once the largest possible id is taken
    /// (an imported file can hold it), it is the smallest positive id not in use.
    pub fn next_id(&self, now_ms: i64) -> i64 {
        // The common case needs one pass and no allocation; only a taken top id pays for
        // the set of every id.
        let highest = self.ids().max();
        id_above(highest, now_ms).unwrap_or_else(|| FreshIds::of(self).take(now_ms))
    }

    /// Every id in the document, diary entries, sessions and runs alike.
    fn ids(&self) -> impl Iterator<Item = i64> + '_ {
        self.sessions
            .iter()
            .map(|s| s.id)
            .chain(self.diary.iter().map(|e| e.id))
            .chain(self.runs.iter().map(|r| r.id))
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

    /// Logs a run with a fresh id and returns the id.
    pub fn add_run(&mut self, mut run: Run, now_ms: i64) -> i64 {
        run.id = self.next_id(now_ms);
        let id = run.id;
        self.runs.push(run);
        self.sort();
        id
    }

    /// Saves the next morning's check of the run with this id. Returns whether the run was
    /// there (another tab may have deleted it).
    pub fn set_morning(&mut self, id: i64, morning: Morning) -> bool {
        match self.runs.iter_mut().find(|r| r.id == id) {
            Some(run) => {
                run.morning = Some(morning);
                true
            }
            None => false,
        }
    }

    /// Deletes the run with this id, if present.
    pub fn delete_run(&mut self, id: i64) {
        self.runs.retain(|r| r.id != id);
    }

    /// Keeps every list in time order (ties by id, which are unique), as the schema expects.
    pub fn sort(&mut self) {
        crate::sort::sort_by_key(&mut self.diary, |e| (e.day, e.minute, e.id));
        crate::sort::sort_by_key(&mut self.sessions, |s| (s.day, s.minute, s.id));
        crate::sort::sort_by_key(&mut self.runs, |r| (r.day, r.minute, r.id));
    }

    /// Whether there is nothing to keep.
    pub fn is_empty(&self) -> bool {
        *self == Progress::default()
    }

    /// Adds what `other` has that this document lacks. Items with the same id and the same
    /// content are the same item; an item whose id is taken by different content (or is not
    /// a positive number) gets a fresh id, so nothing from either side is lost and no list
    /// ends up with an id twice, which the reader would refuse. The plan and the check are
    /// taken from `other` only where this document has none. Returns how many items were
    /// added.
    pub fn merge(&mut self, other: &Progress, now_ms: i64) -> usize {
        // One set of ids for both lists, so a fresh id is fresh across the whole document.
        let mut fresh = FreshIds::of(self);
        let added = merge_list(&mut self.diary, &other.diary, &mut fresh, now_ms)
            + merge_list(&mut self.sessions, &other.sessions, &mut fresh, now_ms)
            + merge_list(&mut self.runs, &other.runs, &mut fresh, now_ms);
        if self.plan.is_none() {
            self.plan = other.plan;
        }
        if self.check.is_none() {
            self.check.clone_from(&other.check);
        }
        self.outcomes.merge(&other.outcomes);
        self.sort();
        added
    }
}

/// A diary entry, a session or a run: something with an id that is unique within its list.
pub(crate) trait HasId {
    fn id(&self) -> i64;
    fn set_id(&mut self, id: i64);
}

impl HasId for Session {
    fn id(&self) -> i64 {
        self.id
    }
    fn set_id(&mut self, id: i64) {
        self.id = id;
    }
}

impl HasId for DiaryEntry {
    fn id(&self) -> i64 {
        self.id
    }
    fn set_id(&mut self, id: i64) {
        self.id = id;
    }
}

impl HasId for Run {
    fn id(&self) -> i64 {
        self.id
    }
    fn set_id(&mut self, id: i64) {
        self.id = id;
    }
}

/// Adds to `mine` each item of `theirs` it lacks (see [`Progress::merge`]). Returns how
/// many were added.
fn merge_list<T: HasId + Clone + PartialEq>(
    mine: &mut Vec<T>,
    theirs: &[T],
    fresh: &mut FreshIds,
    now_ms: i64,
) -> usize {
    // Where each id sits in `mine`, so that merging a large file is not quadratic.
    // Filled by inserting, not `collect`: collecting into a B-tree sorts first, and that
    // brings the standard library's sort into the app for each kind of item.
    let mut by_id = std::collections::BTreeMap::new();
    for (i, x) in mine.iter().enumerate() {
        by_id.insert(x.id(), i);
    }
    let mut added = 0;
    for item in theirs {
        // An id already taken by something else, or one the reader would refuse, moves.
        let needs_new_id = match by_id.get(&item.id()) {
            Some(&i) if mine[i] == *item => continue,
            Some(_) => true,
            None => item.id() <= 0,
        };
        let mut item = item.clone();
        if needs_new_id {
            item.set_id(fresh.take(now_ms));
        } else {
            fresh.mark_used(item.id());
        }
        by_id.insert(item.id(), mine.len());
        mine.push(item);
        added += 1;
    }
    added
}

/// An id above `highest` (the highest id in use, if any) and no smaller than `now_ms`, or
/// `None` when `highest` is already the largest id there is.
fn id_above(highest: Option<i64>, now_ms: i64) -> Option<i64> {
    let next = match highest {
        None => 1,
        Some(h) => h.checked_add(1)?,
    };
    Some(next.max(now_ms).max(1))
}

/// Hands out ids that no item of a document uses, one after another.
struct FreshIds {
    /// Every id in use, including those handed out.
    used: std::collections::BTreeSet<i64>,
    /// No positive id below this is free. Ids are only ever added, so the smallest free id
    /// only grows, and finding it costs one step per id in use over all calls together.
    lowest_free: i64,
}

impl FreshIds {
    fn of(p: &Progress) -> FreshIds {
        // Inserted one by one rather than collected (see `merge_list`).
        let mut used = std::collections::BTreeSet::new();
        for id in p.ids() {
            used.insert(id);
        }
        FreshIds {
            used,
            lowest_free: 1,
        }
    }

    fn mark_used(&mut self, id: i64) {
        self.used.insert(id);
    }

    /// A fresh id by the rule of [`Progress::next_id`], now counted as used.
    fn take(&mut self, now_ms: i64) -> i64 {
        let id = match id_above(self.used.last().copied(), now_ms) {
            Some(id) => id,
            None => {
                // A document holds at most a few tens of thousands of ids, so a free one
                // is found long before the count could overflow.
                while self.used.contains(&self.lowest_free) {
                    self.lowest_free += 1;
                }
                self.lowest_free
            }
        };
        self.used.insert(id);
        id
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

/// A whole number typed by the runner ("30"): digits only, from 1 to `max`.
pub fn parse_whole(text: &str, max: u32) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = text.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    (1..=max).contains(&n).then_some(n)
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

    fn with_id(mut e: DiaryEntry, id: i64) -> DiaryEntry {
        e.id = id;
        e
    }

    /// Every id in each list appears once, and every id is positive: what the reader needs.
    fn assert_ids_readable(p: &Progress) {
        let diary: std::collections::BTreeSet<_> = p.diary.iter().map(|e| e.id).collect();
        let sessions: std::collections::BTreeSet<_> = p.sessions.iter().map(|s| s.id).collect();
        assert_eq!(diary.len(), p.diary.len(), "a diary id twice: {p:?}");
        assert_eq!(
            sessions.len(),
            p.sessions.len(),
            "a session id twice: {p:?}"
        );
        assert!(p.ids().all(|id| id > 0), "an id below 1: {p:?}");
        let text = schema::write(p);
        assert_eq!(schema::read_strict(text.as_bytes()).as_ref(), Ok(p));
    }

    #[test]
    fn an_imported_top_id_is_never_handed_out_again() {
        let mut p = Progress::default();
        let imported = Progress {
            diary: vec![with_id(entry(20_000, 60, 2), i64::MAX)],
            ..Progress::default()
        };
        assert_eq!(p.merge(&imported, 1000), 1);
        let new = p.add_entry(entry(20_001, 60, 5), 2000);
        assert_ne!(new, i64::MAX);
        assert_eq!(p.diary.len(), 2);
        assert_ids_readable(&p);
        // Deleting the new entry leaves the imported one alone.
        p.delete_entry(new);
        assert_eq!(p.diary, imported.diary);
    }

    #[test]
    fn once_the_top_id_is_taken_the_smallest_free_id_is_used() {
        let mut p = Progress::default();
        for id in [i64::MAX, 1, 2] {
            p.diary.push(with_id(entry(20_000, 60, 2), id));
        }
        p.add_session(
            Session {
                id: 0,
                day: Day(20_000),
                minute: 60,
                cause: CauseId::ALL[0],
                phase: Phase::ALL[0],
                done: vec![],
                skipped: vec![],
                pain_before: None,
                pain_after: None,
            },
            5000,
        );
        // Fresh ids are fresh across both lists.
        assert_eq!(p.sessions[0].id, 3);
        assert_eq!(p.add_entry(entry(20_001, 60, 4), 5000), 4);
        assert_eq!(p.next_id(5000), 5);
        assert_ids_readable(&p);
    }

    #[test]
    fn a_clash_at_the_top_id_keeps_both_entries() {
        let mut mine = Progress::default();
        mine.diary.push(with_id(entry(20_000, 60, 2), i64::MAX));
        let theirs = Progress {
            diary: vec![
                with_id(entry(20_001, 60, 7), i64::MAX),
                with_id(entry(20_002, 60, 8), i64::MAX - 1),
            ],
            ..Progress::default()
        };
        assert_eq!(mine.merge(&theirs, i64::MAX), 2);
        let pains: Vec<u8> = mine.diary.iter().map(|e| e.pain).collect();
        assert_eq!(pains, [2, 7, 8]);
        assert_ids_readable(&mine);
        // Merging the merged document into itself changes nothing.
        let again = mine.clone();
        assert_eq!(mine.merge(&again, 1), 0);
    }

    #[test]
    fn merging_gives_an_item_with_an_impossible_id_a_real_one() {
        let mut mine = Progress::default();
        let theirs = Progress {
            diary: vec![
                with_id(entry(20_000, 60, 1), 0),
                with_id(entry(20_001, 60, 2), -5),
            ],
            ..Progress::default()
        };
        assert_eq!(mine.merge(&theirs, 1000), 2);
        assert_eq!(mine.diary.len(), 2);
        assert_ids_readable(&mine);
    }

    #[test]
    fn an_entry_added_after_importing_the_top_id_survives_a_reload_and_a_delete() {
        use store::{MemoryKv, Store};
        let file = br#"{"app":"backtrack","version":2,"diary":[{"id":9223372036854775807,"date":"2026-11-08","time":"21:00","pain":3}]}"#;
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        assert!(store.import(file, false, 2).is_ok_and(|r| r.items == 1));
        let mut new = 0;
        assert!(store.update(3, |p| new = p.add_entry(entry(20_000, 60, 4), 3)));
        let reopened = Store::open(store.kv().cloned(), 4);
        assert!(reopened.notices().is_empty(), "{:?}", reopened.notices());
        assert_eq!(reopened.data().diary.len(), 2);
        assert!(store.update(5, |p| p.delete_entry(new)));
        let ids: Vec<i64> = store.data().diary.iter().map(|e| e.id).collect();
        assert_eq!(ids, [i64::MAX]);
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
        assert_eq!(parse_whole(" 30 ", 1440), Some(30));
        for bad in ["", "0", "1441", "+5", "-1", "3.5", "1234567890", "x"] {
            assert_eq!(parse_whole(bad, 1440), None, "{bad}");
        }
    }
}
