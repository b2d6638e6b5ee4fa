//! The storage policy: how Backtrack starts from, saves to, and shares its data in a
//! key-value store (the browser's localStorage in the app, [`MemoryKv`] in tests).
//!
//! # Keys
//!
//! Every key starts with `backtrack.`:
//!
//! | key | holds |
//! |---|---|
//! | `backtrack.data` | the whole document ([`super::schema`]), one JSON text, written in one go |
//! | `backtrack.backup.<ms>` | an unreadable `backtrack.data` text exactly as it was found, kept at `<ms>` (milliseconds since 1970) |
//! | `backtrack.draft` | unsaved work: the diary text and the run being typed, a session in progress ([`super::draft`]) |
//! | `backtrack.hands-free` | the session player's hands-free settings ([`super::hands_free`]), read leniently |
//! | `backtrack.rev` | a counter every save raises ([`REV_KEY`]): how a tab tells another tab's stale write from a deliberate change |
//!
//! One document under one key means every save is a single, atomic `setItem`.
//!
//! # Guarantees
//!
//! - **Unreadable data is never overwritten silently.** If `backtrack.data` cannot be read,
//!   or only partly, its text is first copied unchanged to a backup key and read back to
//!   make sure; only then may the next save replace it, and the runner is told. If the copy
//!   cannot be made, nothing is written at all for the rest of the visit.
//! - **No storage, or a failed save, is not fatal.** The app keeps working in memory and
//!   says so; nothing already stored is removed.
//! - **Data from a newer version is left alone**: this copy of the app neither reads nor
//!   writes it.
//! - **Nothing is written that cannot be read back.** Before a save, the new document is
//!   checked against exactly the limits the reader enforces ([`schema::MAX_FILE_BYTES`],
//!   [`schema::MAX_ITEMS`]) and read back; if it would not read back the same, it is not
//!   written, the runner is told ([`Notice::TooBig`]) and the change stays in memory.
//!   After a write, the stored text is read back too: "saved" means saved.
//! - **Two tabs do not clobber each other.** Every change is an operation applied to what is
//!   in storage at that moment (read, change, write), not a write-back of this tab's copy.
//!   The web shell runs each update inside a Web Lock, so tabs take turns; where the browser
//!   has no Web Locks, an update whose read-back finds another tab's write retries on top
//!   of it ([`UPDATE_ATTEMPTS`]). [`Store::refresh`] takes in another tab's change when the
//!   browser reports it.

use super::draft::{Drafts, DRAFT_KEY};
use super::hands_free::{HandsFree, HANDS_FREE_KEY};
use super::schema::{self, Problem};
use super::Progress;

/// Prefix of every key Backtrack uses.
pub const PREFIX: &str = "backtrack.";
/// The key of the document.
pub const DATA_KEY: &str = "backtrack.data";
/// The prefix of backup keys.
pub const BACKUP_PREFIX: &str = "backtrack.backup.";

/// How many times an update is tried when another tab's write lands between its read and
/// its write (seen in the read-back): each try applies the change again on top of the
/// other tab's data.
pub const UPDATE_ATTEMPTS: usize = 4;

/// The store refused an operation (full, blocked, or gone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// A string key-value store, like localStorage.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, Refused>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    fn remove(&mut self, key: &str) -> Result<(), Refused>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, Refused>;
}

impl<K: KeyValue + ?Sized> KeyValue for Box<K> {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), Refused> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, Refused> {
        (**self).keys()
    }
}

/// What the runner needs to be told about their saved data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser gives no storage (blocked, or some private modes): nothing is saved.
    Unavailable,
    /// The saved data could not be read. `backup` is the key of the unchanged copy; `None`
    /// means no copy could be made, so nothing will be saved over it.
    Unreadable {
        problem: String,
        backup: Option<String>,
    },
    /// Some saved items could not be read and are left out; the original is kept as above.
    PartlyUnreadable {
        skipped: usize,
        backup: Option<String>,
    },
    /// The saved data comes from a newer version of Backtrack; it is left untouched.
    Newer,
    /// A save failed (storage full?): changes are kept in memory only from now on.
    SaveFailed,
    /// A change was not saved because the document would break the reader's limits (or
    /// would not read back the same): writing it would make the runner's data unreadable.
    /// The change is kept in memory, and nothing is written for the rest of the visit.
    TooBig { problem: String },
}

/// A kept copy of unreadable data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    pub text: String,
}

/// What an import did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Imported {
    /// Items added (merge), or items now held (replace).
    pub items: usize,
    /// Whether the result was saved (false when running in memory only).
    pub saved: bool,
}

/// Backtrack's data and where it lives.
#[derive(Debug)]
pub struct Store<K> {
    kv: Option<K>,
    /// Whether changes are written to `kv`.
    saving: bool,
    data: Progress,
    notices: Vec<Notice>,
    /// Unreadable stored text that could not be backed up, so the runner can still
    /// download it.
    unkept: Option<String>,
    /// What this tab added in the last [`HEAL_MS`], with when: if another tab's write (made
    /// from a copy of storage that had not yet seen it) drops one, [`Store::refresh`] puts it
    /// back.
    recent: Vec<(i64, Added)>,
    /// The revision this tab last wrote ([`REV_KEY`]).
    last_rev: u64,
}

/// A counter every save raises, written just before the document. A tab that wrote
/// revision `r` and then sees another tab's write with a revision of `r` or less knows that
/// write was made from a copy that had not seen its own (the browser brings each tab's copy
/// of storage up to date a moment late), so what it added and that write dropped was lost,
/// not deleted. A later revision means the other tab saw it: a drop there is on purpose.
pub const REV_KEY: &str = "backtrack.rev";

/// How long this tab watches what it added, to put it back if another tab's write made from
/// a stale copy drops it. Far longer than storage takes to reach another tab (milliseconds),
/// far shorter than a runner takes to delete an entry in another tab on purpose.
pub const HEAL_MS: i64 = 5_000;

/// An item this tab added.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Added {
    Entry(super::DiaryEntry),
    Session(super::Session),
    Run(super::Run),
    /// A weekly rating of a day that had none.
    Rating(super::outcomes::Rating),
    /// The baseline where there was none, with the activities named with it.
    Baseline(super::outcomes::Baseline, Vec<String>),
}

impl<K: KeyValue> Store<K> {
    /// Starts from whatever the store holds (or `None` when the browser gives no storage).
    /// Never fails and never writes `backtrack.data`; at most it adds a backup.
    pub fn open(kv: Option<K>, now_ms: i64) -> Store<K> {
        let mut store = Store {
            kv,
            saving: false,
            data: Progress::default(),
            notices: Vec::new(),
            unkept: None,
            recent: Vec::new(),
            last_rev: 0,
        };
        let raw = match &store.kv {
            None => Err(Refused),
            Some(kv) => kv.get(DATA_KEY),
        };
        match raw {
            Err(Refused) => store.notices.push(Notice::Unavailable),
            Ok(None) => store.saving = true,
            Ok(Some(raw)) => {
                store.saving = true;
                if let Some(p) = store.take_in(&raw, now_ms) {
                    store.data = p;
                }
            }
        }
        store
    }

    /// Reads a stored text found in `backtrack.data`. Returns what can be read; anything
    /// unreadable is backed up (or saving stops) and noted.
    fn take_in(&mut self, raw: &str, now_ms: i64) -> Option<Progress> {
        match schema::read_lenient(raw) {
            Ok(read) if read.skipped == 0 => Some(read.progress),
            Ok(read) => {
                let backup = self.back_up(raw, now_ms);
                self.note(Notice::PartlyUnreadable {
                    skipped: read.skipped,
                    backup,
                });
                Some(read.progress)
            }
            Err(Problem::Newer { .. }) => {
                self.saving = false;
                self.note(Notice::Newer);
                None
            }
            Err(problem) => {
                let backup = self.back_up(raw, now_ms);
                self.note(Notice::Unreadable {
                    problem: problem.describe(),
                    backup,
                });
                None
            }
        }
    }

    fn note(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Copies `raw` to a backup key (reusing one that already holds the same text) and
    /// checks the copy. On failure saving stops, so `raw` is never overwritten.
    fn back_up(&mut self, raw: &str, now_ms: i64) -> Option<String> {
        let key = self.try_back_up(raw, now_ms);
        if key.is_none() {
            self.saving = false;
            self.unkept = Some(raw.to_owned());
        }
        key
    }

    fn try_back_up(&mut self, raw: &str, now_ms: i64) -> Option<String> {
        if let Some(b) = self.backups().into_iter().find(|b| b.text == raw) {
            return Some(b.key);
        }
        let kv = self.kv.as_mut()?;
        let mut key = String::from(BACKUP_PREFIX);
        super::json::push_int(&mut key, now_ms);
        let base_len = key.len();
        let mut n = 1;
        while kv.get(&key).ok()?.is_some() {
            key.truncate(base_len);
            key.push('-');
            super::json::push_int(&mut key, n);
            n += 1;
        }
        kv.set(&key, raw).ok()?;
        (kv.get(&key).ok()?.as_deref() == Some(raw)).then_some(key)
    }

    /// The underlying store, for tests.
    #[cfg(test)]
    pub(crate) fn kv(&self) -> Option<&K> {
        self.kv.as_ref()
    }

    /// The runner's data as it stands.
    pub fn data(&self) -> &Progress {
        &self.data
    }

    /// Unreadable stored text that could not be copied to a backup key (it is still in
    /// `backtrack.data`, untouched), for the runner to download.
    pub fn unkept(&self) -> Option<&str> {
        self.unkept.as_deref()
    }

    /// What to tell the runner.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Whether changes are being saved (false: in memory only, for this visit).
    pub fn saving(&self) -> bool {
        self.saving
    }

    /// Applies a change to the stored document (as it is in storage now, so that another
    /// tab's changes are kept) and saves it. Without storage, or after a failure, the change
    /// is made in memory. Returns whether it was saved and read back.
    ///
    /// `change` may run more than once (when another tab's write is found in the read-back,
    /// the change is applied again on top of it), so it must be a pure operation on the
    /// document it is given.
    pub fn update(&mut self, now_ms: i64, mut change: impl FnMut(&mut Progress)) -> bool {
        // One copy of the saving code for every change the app makes: generic, it would be
        // compiled again into the wasm for each call site (measured: about 1 KB brotli each).
        self.update_with(now_ms, &mut change)
    }

    fn update_with(&mut self, now_ms: i64, change: &mut dyn FnMut(&mut Progress)) -> bool {
        for _ in 0..UPDATE_ATTEMPTS {
            match self.try_update(now_ms, change) {
                Attempt::Done(saved) => return saved,
                Attempt::Overtaken => continue,
            }
        }
        // Another tab kept writing in between: keep the change here and say so.
        change(&mut self.data);
        self.fail_save();
        false
    }

    fn try_update(&mut self, now_ms: i64, change: &mut dyn FnMut(&mut Progress)) -> Attempt {
        if !self.saving {
            change(&mut self.data);
            return Attempt::Done(false);
        }
        let raw = match self.kv.as_ref().map(|kv| kv.get(DATA_KEY)) {
            Some(Ok(raw)) => raw,
            _ => {
                self.fail_save();
                change(&mut self.data);
                return Attempt::Done(false);
            }
        };
        let mut base = match &raw {
            None => Progress::default(),
            Some(raw) => self
                .take_in(raw, now_ms)
                .unwrap_or_else(|| self.data.clone()),
        };
        if !self.saving {
            // The stored text could not be backed up, or is from a newer version.
            change(&mut self.data);
            return Attempt::Done(false);
        }
        let before = base.clone();
        change(&mut base);
        let text = schema::write(&base);
        if let Err(problem) = readable(&text, &base) {
            self.data = base;
            self.saving = false;
            self.note(Notice::TooBig { problem });
            return Attempt::Done(false);
        }
        if raw.as_deref() == Some(text.as_str()) {
            self.data = base;
            return Attempt::Done(true);
        }
        let rev = self.stored_rev().saturating_add(1);
        let written = self.kv.as_mut().is_some_and(|kv| {
            // The revision first: a tab that hears of the document then already has it.
            let _ = kv.set(REV_KEY, &rev.to_string());
            kv.set(DATA_KEY, &text).is_ok()
        });
        if written {
            self.last_rev = rev;
        }
        if !written {
            self.data = base;
            self.fail_save();
            return Attempt::Done(false);
        }
        // Read back: "saved" only when the store holds what was written. Something else
        // there means another tab wrote in between; try again on top of its data.
        match self.kv.as_ref().map(|kv| kv.get(DATA_KEY)) {
            Some(Ok(Some(back))) if back == text => {
                self.remember_added(&before, &base, now_ms);
                self.data = base;
                Attempt::Done(true)
            }
            Some(Ok(Some(_))) => Attempt::Overtaken,
            _ => {
                self.data = base;
                self.fail_save();
                Attempt::Done(false)
            }
        }
    }

    /// Whether `incoming` can be imported without breaking the reader's limits, checked
    /// against what is stored now (merged, or replacing it).
    fn import_fits(
        &mut self,
        incoming: &Progress,
        replace: bool,
        now_ms: i64,
    ) -> Result<(), Problem> {
        let mut candidate = if replace {
            incoming.clone()
        } else {
            let stored = match self.kv.as_ref().map(|kv| kv.get(DATA_KEY)) {
                Some(Ok(Some(raw))) => schema::read_lenient(&raw).ok().map(|r| r.progress),
                _ => None,
            };
            let mut base = stored.unwrap_or_else(|| self.data.clone());
            base.merge(incoming, now_ms);
            base
        };
        candidate.sort();
        within_limits(&candidate, &schema::write(&candidate))
    }

    fn fail_save(&mut self) {
        self.saving = false;
        self.note(Notice::SaveFailed);
    }

    /// Notes what a saved change added (and forgets what it deleted), for [`Store::refresh`].
    fn remember_added(&mut self, before: &Progress, after: &Progress, now_ms: i64) {
        self.recent.retain(|(at, item)| {
            now_ms - at <= HEAL_MS
                && match item {
                    Added::Entry(e) => after.diary.iter().any(|x| x.id == e.id),
                    Added::Session(s) => after.sessions.iter().any(|x| x.id == s.id),
                    Added::Run(r) => after.runs.iter().any(|x| x.id == r.id),
                    Added::Rating(r) => after.outcomes.ratings.iter().any(|x| x.day == r.day),
                    Added::Baseline(..) => after.outcomes.baseline.is_some(),
                }
        });
        for r in &after.outcomes.ratings {
            if !before.outcomes.ratings.iter().any(|x| x.day == r.day) {
                self.recent.push((now_ms, Added::Rating(r.clone())));
            }
        }
        if let (None, Some(b)) = (&before.outcomes.baseline, &after.outcomes.baseline) {
            let named = after.outcomes.activities.clone();
            self.recent
                .push((now_ms, Added::Baseline(b.clone(), named)));
        }
        for e in &after.diary {
            if !before.diary.iter().any(|x| x.id == e.id) {
                self.recent.push((now_ms, Added::Entry(e.clone())));
            }
        }
        for s in &after.sessions {
            if !before.sessions.iter().any(|x| x.id == s.id) {
                self.recent.push((now_ms, Added::Session(s.clone())));
            }
        }
        for r in &after.runs {
            if !before.runs.iter().any(|x| x.id == r.id) {
                self.recent.push((now_ms, Added::Run(r.clone())));
            }
        }
    }

    /// The revision in storage (0 when there is none).
    fn stored_rev(&self) -> u64 {
        self.kv
            .as_ref()
            .and_then(|kv| kv.get(REV_KEY).ok().flatten())
            .and_then(|t| t.parse().ok())
            .unwrap_or(0)
    }

    /// What this tab added in the last [`HEAL_MS`] that `stored` no longer holds.
    fn dropped(&self, stored: &Progress, now_ms: i64) -> Vec<Added> {
        self.recent
            .iter()
            .filter(|(at, _)| now_ms - at <= HEAL_MS)
            // The same content, not just the same id: two tabs writing from stale copies can
            // give different entries the same id.
            .filter(|(_, item)| match item {
                Added::Entry(e) => !stored.diary.contains(e),
                Added::Session(s) => !stored.sessions.contains(s),
                Added::Run(r) => !stored.runs.iter().any(|x| same_run(x, r)),
                // A rating of that day from the other tab is as good: one a day.
                Added::Rating(r) => !stored.outcomes.ratings.iter().any(|x| x.day == r.day),
                Added::Baseline(..) => stored.outcomes.baseline.is_none(),
            })
            .map(|(_, item)| item.clone())
            .collect()
    }

    /// Takes in a change another tab made (call on the browser's `storage` event). If that
    /// tab wrote from a copy of storage that had not yet seen what this tab just added, the
    /// missing items are put back and saved. Returns whether the data changed.
    pub fn refresh(&mut self, now_ms: i64) -> bool {
        // "Delete everything" in another tab removes the document: that is on purpose, and
        // nothing this tab added is put back.
        if matches!(self.kv.as_ref().map(|kv| kv.get(DATA_KEY)), Some(Ok(None))) {
            self.recent.clear();
        }
        let changed = self.take_in_fresh(now_ms);
        // Only a write that did not build on this tab's last one can have dropped by mistake.
        if self.stored_rev() > self.last_rev {
            self.recent.clear();
            return changed;
        }
        let dropped = self.dropped(&self.data, now_ms);
        if dropped.is_empty() {
            return changed;
        }
        self.update(now_ms, |p| {
            for item in &dropped {
                match item {
                    Added::Entry(e) if p.diary.contains(e) => {}
                    Added::Session(s) if p.sessions.contains(s) => {}
                    Added::Run(r) if p.runs.iter().any(|x| same_run(x, r)) => {}
                    // Its id may now be another entry's: it gets a fresh one.
                    Added::Entry(e) if p.diary.iter().any(|x| x.id == e.id) => {
                        p.add_entry(e.clone(), now_ms);
                    }
                    Added::Session(s) if p.sessions.iter().any(|x| x.id == s.id) => {
                        p.add_session(s.clone(), now_ms);
                    }
                    Added::Run(r) if p.runs.iter().any(|x| x.id == r.id) => {
                        p.add_run(r.clone(), now_ms);
                    }
                    Added::Entry(e) => p.diary.push(e.clone()),
                    Added::Session(s) => p.sessions.push(s.clone()),
                    Added::Run(r) => p.runs.push(r.clone()),
                    // Merged as an import merges: never over a rating or baseline there.
                    Added::Rating(r) => p.outcomes.merge(&super::outcomes::Outcomes {
                        ratings: vec![r.clone()],
                        ..Default::default()
                    }),
                    Added::Baseline(b, named) => p.outcomes.merge(&super::outcomes::Outcomes {
                        baseline: Some(b.clone()),
                        activities: named.clone(),
                        ..Default::default()
                    }),
                }
            }
            p.sort();
        });
        true
    }

    fn take_in_fresh(&mut self, now_ms: i64) -> bool {
        if !self.saving {
            return false;
        }
        let Some(Ok(raw)) = self.kv.as_ref().map(|kv| kv.get(DATA_KEY)) else {
            return false;
        };
        let fresh = match raw {
            None => Some(Progress::default()),
            Some(raw) => self.take_in(&raw, now_ms),
        };
        match fresh {
            Some(p) if p != self.data => {
                self.data = p;
                true
            }
            _ => false,
        }
    }

    /// Every kept backup, oldest first.
    pub fn backups(&self) -> Vec<Backup> {
        let Some(kv) = &self.kv else {
            return Vec::new();
        };
        let mut keys: Vec<String> = kv
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(BACKUP_PREFIX))
            .collect();
        crate::sort::sort_by_key(&mut keys, |k| (k.len(), k.clone()));
        keys.into_iter()
            .filter_map(|key| {
                let text = kv.get(&key).ok()??;
                Some(Backup { key, text })
            })
            .collect()
    }

    /// Deletes one backup. Returns whether it is gone.
    pub fn delete_backup(&mut self, key: &str) -> bool {
        key.starts_with(BACKUP_PREFIX) && self.kv.as_mut().is_some_and(|kv| kv.remove(key).is_ok())
    }

    /// Imports a file: checks it completely first; only a valid file changes anything.
    /// `replace` swaps everything for the file's contents; otherwise the file is merged in.
    pub fn import(
        &mut self,
        bytes: &[u8],
        replace: bool,
        now_ms: i64,
    ) -> Result<Imported, Problem> {
        let incoming = schema::read_strict(bytes)?;
        // Refused up front, naming the limit, if the result could not be read back.
        self.import_fits(&incoming, replace, now_ms)?;
        let items = std::cell::Cell::new(0);
        let saved = self.update(now_ms, |p| {
            if replace {
                items.set(incoming.diary.len() + incoming.sessions.len() + incoming.runs.len());
                *p = incoming.clone();
            } else {
                items.set(p.merge(&incoming, now_ms));
            }
        });
        Ok(Imported {
            items: items.get(),
            saved,
        })
    }

    /// The unsaved work kept on this device (none without storage, or when unreadable).
    pub fn drafts(&self) -> Drafts {
        self.kv
            .as_ref()
            .and_then(|kv| kv.get(DRAFT_KEY).ok().flatten())
            .and_then(|text| Drafts::read(&text))
            .unwrap_or_default()
    }

    /// Changes the drafts (e.g. keeps the diary text, or clears it once saved). The key is
    /// removed when no draft is left. Returns whether the store holds the result.
    pub fn keep_drafts(&mut self, change: impl FnOnce(&mut Drafts)) -> bool {
        let mut drafts = self.drafts();
        change(&mut drafts);
        let Some(kv) = self.kv.as_mut() else {
            return false;
        };
        if drafts.is_empty() {
            return kv.remove(DRAFT_KEY).is_ok();
        }
        let text = drafts.write();
        kv.set(DRAFT_KEY, &text).is_ok()
            && kv.get(DRAFT_KEY).ok().flatten().as_deref() == Some(text.as_str())
    }

    /// The hands-free settings kept on this device (the defaults without storage, or for
    /// anything that does not read).
    pub fn hands_free(&self) -> HandsFree {
        self.kv
            .as_ref()
            .and_then(|kv| kv.get(HANDS_FREE_KEY).ok().flatten())
            .map(|text| HandsFree::read(&text))
            .unwrap_or_default()
    }

    /// Keeps the hands-free settings. Returns whether the store holds them.
    pub fn keep_hands_free(&mut self, settings: HandsFree) -> bool {
        let Some(kv) = self.kv.as_mut() else {
            return false;
        };
        let text = settings.write();
        kv.set(HANDS_FREE_KEY, &text).is_ok()
            && kv.get(HANDS_FREE_KEY).ok().flatten().as_deref() == Some(text.as_str())
    }

    /// Deletes everything Backtrack keeps on this device: the document and every backup.
    /// Returns whether storage is now clear (always true without storage).
    pub fn delete_everything(&mut self) -> bool {
        self.data = Progress::default();
        self.recent.clear();
        let Some(kv) = self.kv.as_mut() else {
            return true;
        };
        let keys = kv.keys().unwrap_or_default();
        let mut clear = true;
        for key in keys.iter().filter(|k| k.starts_with(PREFIX)) {
            clear &= kv.remove(key).is_ok();
        }
        if clear {
            // A fresh start: saving may work again (e.g. after the store was full).
            self.saving = true;
            self.notices.clear();
        }
        clear
    }
}

/// Whether two runs are the same run: the same id and content, though the next morning's
/// check may have been answered on one of them since (in another tab).
fn same_run(a: &super::Run, b: &super::Run) -> bool {
    a.id == b.id
        && super::Run {
            morning: b.morning,
            ..a.clone()
        } == *b
}

/// One try of [`Store::update`].
enum Attempt {
    /// Finished: saved (and read back) or not.
    Done(bool),
    /// Another tab's write was found in the read-back: apply the change again on top of it.
    Overtaken,
}

/// Checks a document against exactly the limits the reader enforces.
fn within_limits(p: &Progress, text: &str) -> Result<(), Problem> {
    if text.len() > schema::MAX_FILE_BYTES {
        return Err(Problem::TooBig { bytes: text.len() });
    }
    if p.diary.len() > schema::MAX_ITEMS {
        return Err(Problem::TooMany {
            list: "diary entries",
        });
    }
    if p.sessions.len() > schema::MAX_ITEMS {
        return Err(Problem::TooMany { list: "sessions" });
    }
    if p.runs.len() > schema::MAX_ITEMS {
        return Err(Problem::TooMany { list: "runs" });
    }
    Ok(())
}

/// Whether `text`, the document `p` written out, would be read back as `p` by the reader
/// that opens the app: within its limits, every item readable, nothing changed on the way.
/// The error is the problem in plain words.
fn readable(text: &str, p: &Progress) -> Result<(), String> {
    within_limits(p, text).map_err(|problem| problem.describe())?;
    match schema::read_lenient(text) {
        Ok(read) if read.skipped == 0 && read.progress == *p => Ok(()),
        Ok(_) => Err("Part of it would not read back the same, so it was not saved.".to_owned()),
        Err(problem) => Err(problem.describe()),
    }
}

/// An in-memory [`KeyValue`] for tests, which can be told to refuse.
#[derive(Clone, Debug, Default)]
pub struct MemoryKv {
    pub map: std::collections::BTreeMap<String, String>,
    /// Refuse every write (like a full localStorage).
    pub full: bool,
    /// Refuse everything (like a blocked one).
    pub broken: bool,
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        if self.broken {
            return Err(Refused);
        }
        Ok(self.map.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        if self.broken || self.full {
            return Err(Refused);
        }
        self.map.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), Refused> {
        if self.broken {
            return Err(Refused);
        }
        self.map.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, Refused> {
        if self.broken {
            return Err(Refused);
        }
        Ok(self.map.keys().cloned().collect())
    }
}

/// Two tabs sharing one store, for tests: a `KeyValue` over shared memory.
#[cfg(test)]
#[derive(Clone, Debug, Default)]
pub struct SharedKv(pub std::rc::Rc<std::cell::RefCell<MemoryKv>>);

#[cfg(test)]
impl KeyValue for SharedKv {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), Refused> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, Refused> {
        self.0.borrow().keys()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::entry;
    use super::super::{Day, SavedCheck, Session};
    use super::*;

    fn kv_with(data: &str) -> MemoryKv {
        let mut kv = MemoryKv::default();
        kv.map.insert(DATA_KEY.into(), data.into());
        kv
    }

    fn stored(store: &Store<MemoryKv>) -> Option<&String> {
        store.kv.as_ref().and_then(|kv| kv.map.get(DATA_KEY))
    }

    #[test]
    fn a_fresh_device_starts_empty_and_saves() {
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        assert!(store.saving() && store.notices().is_empty() && store.data().is_empty());
        assert!(store.update(2, |p| {
            p.add_entry(entry(20_000, 60, 4), 2);
        }));
        let reopened = Store::open(store.kv.clone(), 3);
        assert_eq!(reopened.data(), store.data());
        assert_eq!(reopened.data().diary.len(), 1);
    }

    #[test]
    fn an_older_version_is_read_and_saved_as_the_current_one() {
        let v1 =
            r#"{"app":"backtrack","version":1,"check":{"answers":{"a":"yes"},"finished":true}}"#;
        let mut store = Store::open(Some(kv_with(v1)), 1);
        assert!(store.notices().is_empty());
        assert!(store.data().check.as_ref().is_some_and(|c| c.finished));
        // Nothing is written until something changes.
        assert_eq!(stored(&store).map(String::as_str), Some(v1));
        store.update(2, |p| p.plan = None);
        assert!(stored(&store).is_some_and(|s| s.contains("\"version\":4")));
        assert!(store.backups().is_empty());
    }

    #[test]
    fn corrupt_data_is_backed_up_unchanged_and_only_then_replaced() {
        let corrupt = "{\"app\":\"backtrack\",\"version\":2,\"diary\":[{\"id\":1,";
        let mut store = Store::open(Some(kv_with(corrupt)), 1234);
        let backups = store.backups();
        assert_eq!(backups.len(), 1);
        assert_eq!(backups[0].key, "backtrack.backup.1234");
        assert_eq!(backups[0].text, corrupt);
        assert!(matches!(
            &store.notices()[0],
            Notice::Unreadable { backup: Some(k), problem } if k == "backtrack.backup.1234" && problem.contains("not a JSON file")
        ));
        // Starting up wrote nothing over the data.
        assert_eq!(stored(&store).map(String::as_str), Some(corrupt));
        // Opening again does not make a second copy.
        let again = Store::open(store.kv.clone(), 9999);
        assert_eq!(again.backups().len(), 1);
        // The first save replaces the unreadable text; the copy stays.
        assert!(store.update(2000, |p| {
            p.add_entry(entry(20_000, 60, 4), 2000);
        }));
        assert!(stored(&store).is_some_and(|s| s.contains("\"pain\":4")));
        assert_eq!(store.backups()[0].text, corrupt);
        assert!(store.delete_backup("backtrack.backup.1234"));
        assert!(store.backups().is_empty());
        assert!(!store.delete_backup(DATA_KEY));
    }

    #[test]
    fn partly_unreadable_data_keeps_the_rest_and_a_copy() {
        let doc = r#"{"app":"backtrack","version":2,"diary":[{"id":1,"date":"2026-11-08","time":"21:00","pain":3},{"id":2,"date":"2026-11-09","time":"21:00","pain":99}]}"#;
        let store = Store::open(Some(kv_with(doc)), 5);
        assert_eq!(store.data().diary.len(), 1);
        assert!(matches!(
            &store.notices()[0],
            Notice::PartlyUnreadable {
                skipped: 1,
                backup: Some(_)
            }
        ));
        assert_eq!(store.backups()[0].text, doc);
    }

    #[test]
    fn if_no_copy_can_be_made_nothing_is_written() {
        let mut kv = kv_with("not json");
        kv.full = true;
        let mut store = Store::open(Some(kv), 1);
        assert!(!store.saving());
        assert!(matches!(
            &store.notices()[0],
            Notice::Unreadable { backup: None, .. }
        ));
        assert_eq!(store.unkept(), Some("not json"));
        // The app still works, in memory.
        assert!(!store.update(2, |p| {
            p.add_entry(entry(20_000, 60, 4), 2);
        }));
        assert_eq!(store.data().diary.len(), 1);
        assert_eq!(stored(&store).map(String::as_str), Some("not json"));
    }

    #[test]
    fn newer_data_is_never_touched() {
        let newer = r#"{"app":"backtrack","version":99,"stuff":[1,2,3]}"#;
        let mut store = Store::open(Some(kv_with(newer)), 1);
        assert_eq!(store.notices(), &[Notice::Newer]);
        assert!(!store.saving());
        store.update(2, |p| p.plan = None);
        assert!(store
            .import(super::super::schema::tests::V2.as_bytes(), true, 3)
            .is_ok());
        assert_eq!(stored(&store).map(String::as_str), Some(newer));
        assert!(store.backups().is_empty());
    }

    #[test]
    fn without_storage_the_app_works_in_memory() {
        let mut store: Store<MemoryKv> = Store::open(None, 1);
        assert_eq!(store.notices(), &[Notice::Unavailable]);
        assert!(!store.update(2, |p| {
            p.add_entry(entry(20_000, 60, 4), 2);
        }));
        assert_eq!(store.data().diary.len(), 1);
        let broken = MemoryKv {
            broken: true,
            ..kv_with("{}")
        };
        let store = Store::open(Some(broken), 1);
        assert_eq!(store.notices(), &[Notice::Unavailable]);
    }

    #[test]
    fn a_full_store_keeps_what_it_has_and_the_change_in_memory() {
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        store.update(2, |p| {
            p.add_entry(entry(20_000, 60, 4), 2);
        });
        let before = stored(&store).cloned();
        if let Some(kv) = store.kv.as_mut() {
            kv.full = true;
        }
        assert!(!store.update(3, |p| {
            p.add_entry(entry(20_001, 60, 2), 3);
        }));
        assert_eq!(store.notices(), &[Notice::SaveFailed]);
        assert_eq!(store.data().diary.len(), 2);
        assert_eq!(stored(&store).cloned(), before);
        // Later changes stay in memory too, and nothing stored is lost.
        store.update(4, |p| p.diary.clear());
        assert_eq!(stored(&store).cloned(), before);
    }

    #[test]
    fn two_tabs_do_not_clobber_each_other() {
        let shared = SharedKv::default();
        let mut a = Store::open(Some(shared.clone()), 1);
        let mut b = Store::open(Some(shared.clone()), 1);
        a.update(10, |p| {
            p.add_entry(entry(20_000, 60, 4), 10);
        });
        // Tab b has not heard of a's change yet, and adds its own.
        b.update(11, |p| {
            p.add_entry(entry(20_000, 90, 6), 11);
        });
        assert_eq!(b.data().diary.len(), 2);
        // a hears of it.
        assert!(a.refresh(12));
        assert_eq!(a.data(), b.data());
        assert!(!a.refresh(13));
        // A delete in one tab and an edit in the other both land.
        let first = a.data().diary[0].id;
        a.update(14, |p| p.delete_entry(first));
        b.update(15, |p| {
            p.check = Some(SavedCheck::default());
        });
        assert_eq!(b.data().diary.len(), 1);
        assert!(b.data().check.is_some());
        // Deleting everything in one tab empties the other on refresh.
        a.delete_everything();
        assert!(b.refresh(16));
        assert!(b.data().is_empty());
    }

    /// A store where another tab's write lands right after each of our first `interrupts`
    /// writes (as a second process would), replacing ours with its own document.
    struct Interrupted {
        kv: MemoryKv,
        interrupts: usize,
        theirs: String,
    }

    impl KeyValue for Interrupted {
        fn get(&self, key: &str) -> Result<Option<String>, Refused> {
            self.kv.get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
            self.kv.set(key, value)?;
            if key == DATA_KEY && self.interrupts > 0 {
                self.interrupts -= 1;
                let theirs = self.theirs.clone();
                self.kv.set(key, &theirs)?;
            }
            Ok(())
        }
        fn remove(&mut self, key: &str) -> Result<(), Refused> {
            self.kv.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, Refused> {
            self.kv.keys()
        }
    }

    #[test]
    fn a_write_overtaken_by_another_tab_is_made_again_on_top_of_it() {
        let mut theirs = Progress::default();
        theirs.add_entry(entry(20_000, 90, 6), 5);
        let kv = Interrupted {
            kv: MemoryKv::default(),
            interrupts: 1,
            theirs: schema::write(&theirs),
        };
        let mut store = Store::open(Some(kv), 1);
        let saved = store.update(10, |p| {
            p.add_entry(entry(20_000, 60, 4), 10);
        });
        assert!(saved, "saved on the second try");
        assert_eq!(store.data().diary.len(), 2, "both tabs' entries are kept");
        let stored = store.kv().and_then(|kv| kv.get(DATA_KEY).ok().flatten());
        assert_eq!(stored, Some(schema::write(store.data())));

        // A tab that keeps being overtaken gives up, says so and keeps the change here.
        let kv = Interrupted {
            kv: MemoryKv::default(),
            interrupts: UPDATE_ATTEMPTS,
            theirs: schema::write(&theirs),
        };
        let mut store = Store::open(Some(kv), 1);
        assert!(!store.update(10, |p| {
            p.add_entry(entry(20_000, 60, 4), 10);
        }));
        assert!(store.notices().contains(&Notice::SaveFailed));
        assert!(store.data().diary.iter().any(|e| e.pain == 4));
    }

    #[test]
    fn an_entry_dropped_by_a_stale_write_from_another_tab_is_put_back() {
        let shared = SharedKv::default();
        let mut a = Store::open(Some(shared.clone()), 1);
        let mut b = Store::open(Some(shared.clone()), 1);
        let stale = schema::write(b.data());
        assert!(a.update(10, |p| {
            p.add_entry(entry(20_000, 60, 4), 10);
        }));
        // Tab b writes from a copy that never saw a's entry (as a browser's per-tab storage
        // cache can), with an entry that took the same id.
        shared.0.borrow_mut().map.insert(DATA_KEY.into(), stale);
        shared.0.borrow_mut().map.remove(REV_KEY);
        assert!(b.update(11, |p| {
            p.add_entry(entry(20_000, 90, 6), 10);
        }));
        assert_eq!(b.data().diary.len(), 1);
        // a hears of b's write and puts its entry back, with a fresh id.
        assert!(a.refresh(12));
        assert_eq!(a.data().diary.len(), 2);
        let ids: Vec<i64> = a.data().diary.iter().map(|e| e.id).collect();
        assert_ne!(ids[0], ids[1]);
        assert!(b.refresh(13));
        assert_eq!(b.data(), a.data());
        // An entry deleted on purpose in another tab that had seen it stays deleted, however
        // soon.
        let first = a.data().diary[0].id;
        assert!(b.update(14, |p| p.delete_entry(first)));
        assert!(a.refresh(15));
        assert_eq!(a.data().diary.len(), 1);
    }

    #[test]
    fn weekly_scores_and_a_baseline_dropped_by_a_stale_write_are_put_back() {
        use super::super::outcomes::{Baseline, PainDuration, Side};
        let baseline = Baseline {
            day: Day(20_000),
            pain_now: 6,
            pain_worst: 8,
            duration: PainDuration::from_id("1-6-weeks").expect("a duration"),
            onset: None,
            side: Side::from_id("left").expect("a side"),
            running_before: None,
            running_now: None,
        };
        let shared = SharedKv::default();
        let mut a = Store::open(Some(shared.clone()), 1);
        let mut b = Store::open(Some(shared.clone()), 1);
        let stale = schema::write(b.data());
        assert!(a.update(10, |p| {
            p.outcomes
                .record_baseline(baseline.clone(), vec![("run 5 km".into(), 3)]);
        }));
        // Tab b writes a diary entry from a copy that never saw a's baseline and first scores.
        shared
            .0
            .borrow_mut()
            .map
            .insert(DATA_KEY.into(), stale.clone());
        shared.0.borrow_mut().map.remove(REV_KEY);
        assert!(b.update(11, |p| {
            p.add_entry(entry(20_000, 90, 6), 11);
        }));
        assert!(a.refresh(12));
        let o = &a.data().outcomes;
        assert_eq!(o.baseline, Some(baseline.clone()));
        assert_eq!(o.activities, vec!["run 5 km".to_string()]);
        assert_eq!(o.ratings.len(), 1);
        assert_eq!(a.data().diary.len(), 1, "b's entry is kept too");
        assert!(b.refresh(13));
        assert_eq!(b.data(), a.data());

        // A week later a rates again; b, stale again, has rated the same day itself: one
        // rating a day, so b's stays and a's is not forced over it.
        let week = Day(20_007);
        let stale = schema::write(b.data());
        assert!(a.update(20, |p| {
            p.outcomes.rate(week, None, &[("run 5 km".into(), 5)]);
        }));
        shared.0.borrow_mut().map.insert(DATA_KEY.into(), stale);
        shared.0.borrow_mut().map.remove(REV_KEY);
        b.last_rev = 0;
        assert!(b.update(21, |p| {
            p.outcomes.rate(week, None, &[("run 5 km".into(), 4)]);
        }));
        a.refresh(22);
        let days: Vec<Day> = a.data().outcomes.ratings.iter().map(|r| r.day).collect();
        assert_eq!(days, vec![Day(20_000), week]);
        assert_eq!(
            a.data().outcomes.ratings[1].scores,
            vec![("run 5 km".to_string(), 4)]
        );
    }

    #[test]
    fn a_run_dropped_by_a_stale_write_is_put_back_but_its_morning_check_makes_no_copy() {
        use super::super::{Compared, Morning, Run};
        let run = |minute: u16| Run {
            id: 0,
            day: Day(20_000),
            minute,
            stage: Some(2),
            minutes: None,
            metres: None,
            pain: Some(2),
            morning: None,
        };
        let shared = SharedKv::default();
        let mut a = Store::open(Some(shared.clone()), 1);
        let mut b = Store::open(Some(shared.clone()), 1);
        let stale = schema::write(b.data());
        assert!(a.update(10, |p| {
            p.add_run(run(420), 10);
        }));
        // Tab b writes from a copy that never saw a's run, with a run that took its id.
        shared.0.borrow_mut().map.insert(DATA_KEY.into(), stale);
        shared.0.borrow_mut().map.remove(REV_KEY);
        assert!(b.update(11, |p| {
            p.add_run(run(600), 10);
        }));
        assert!(a.refresh(12));
        assert_eq!(a.data().runs.len(), 2);
        assert_ne!(a.data().runs[0].id, a.data().runs[1].id);
        assert!(b.refresh(13));
        assert_eq!(b.data(), a.data());
        // The next morning answered in tab b: tab a takes it in and keeps one run, not two.
        let first = a.data().runs[0].id;
        let morning = Morning {
            pain: 1,
            compared: Compared::Same,
            leg_symptoms: false,
        };
        assert!(b.update(14, |p| {
            p.set_morning(first, morning);
        }));
        a.refresh(15);
        assert_eq!(a.data().runs.len(), 2);
        assert_eq!(a.data().runs[0].morning, Some(morning));
    }

    #[test]
    fn nothing_is_written_that_the_reader_would_refuse() {
        // The attack: a file of 3,841 entries with 1,000-character notes fits; one more
        // note would take the document over 4 MiB.
        let mut big = Progress::default();
        let note: String = "n".repeat(schema::MAX_NOTE_CHARS);
        for i in 0..3841 {
            let mut e = entry(20_000 + i, 60, 4);
            e.note = note.clone();
            e.id = i64::from(i) + 1;
            big.diary.push(e);
        }
        let file = schema::write(&big);
        assert!(file.len() <= schema::MAX_FILE_BYTES);
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        let imported = store.import(file.as_bytes(), true, 2).expect("fits");
        assert!(imported.saved);
        let before = store.kv().and_then(|kv| kv.get(DATA_KEY).ok().flatten());
        let mut more = entry(30_000, 60, 4);
        more.note = note.clone();
        let saved = store.update(3, |p| {
            for _ in 0..4 {
                p.add_entry(more.clone(), 3);
            }
        });
        assert!(!saved, "not saved: it would not read back");
        assert!(
            matches!(store.notices(), [Notice::TooBig { problem }] if problem.contains("too big"))
        );
        // The stored document is untouched and still reads; the change is kept in memory.
        let after = store.kv().and_then(|kv| kv.get(DATA_KEY).ok().flatten());
        assert_eq!(before, after);
        let stored = after.map(|t| schema::read_lenient(&t));
        assert!(
            matches!(stored, Some(Ok(ref r)) if r.skipped == 0 && r.progress.diary.len() == 3841)
        );
        assert_eq!(store.data().diary.len(), 3845);
        assert!(!store.saving());
    }

    #[test]
    fn an_import_that_would_not_fit_is_refused_up_front() {
        // Two files of 6,000 entries each: each fits, merged they are over 10,000.
        let file = |first: i32| {
            let mut p = Progress::default();
            for i in 0..6000 {
                let mut e = entry(first + i, 60, 4);
                e.id = i64::from(first + i);
                p.diary.push(e);
            }
            schema::write(&p)
        };
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        let first = store.import(file(20_000).as_bytes(), false, 2);
        assert!(first.is_ok(), "{first:?}");
        let refused = store.import(file(30_000).as_bytes(), false, 3);
        assert_eq!(
            refused.map_err(|p| p.describe()),
            Err("The file has more diary entries than Backtrack can keep (10000).".to_owned())
        );
        assert_eq!(store.data().diary.len(), 6000, "nothing changed");
        assert!(store.saving());
        // Replacing with one of them is fine.
        assert!(store.import(file(30_000).as_bytes(), true, 4).is_ok());
    }

    #[test]
    fn hands_free_settings_are_kept_apart_and_read_leniently() {
        use crate::progress::hands_free::HandsFree;
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        assert_eq!(store.hands_free(), HandsFree::default());
        let quiet = HandsFree {
            voice: false,
            sounds: false,
            countdown: 0,
        };
        assert!(store.keep_hands_free(quiet));
        assert_eq!(store.hands_free(), quiet);
        assert!(
            store.data().is_empty(),
            "settings are not the runner's data"
        );
        assert!(store.kv().is_some_and(|kv| kv.get(DATA_KEY) == Ok(None)));
        // Damaged settings are the defaults, and do not touch the data or raise a notice.
        let mut kv = MemoryKv::default();
        kv.map.insert(HANDS_FREE_KEY.into(), "{oops".into());
        let store = Store::open(Some(kv), 1);
        assert_eq!(store.hands_free(), HandsFree::default());
        assert!(store.notices().is_empty());
        // Without storage: the defaults, and nothing is kept.
        let mut store: Store<MemoryKv> = Store::open(None, 1);
        assert!(!store.keep_hands_free(quiet));
        assert_eq!(store.hands_free(), HandsFree::default());
        // Deleting everything takes the settings too.
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        store.keep_hands_free(quiet);
        assert!(store.delete_everything());
        assert_eq!(store.hands_free(), HandsFree::default());
    }

    #[test]
    fn drafts_are_kept_apart_and_cleared() {
        use crate::progress::draft::DiaryDraft;
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        assert!(store.drafts().is_empty());
        let draft = DiaryDraft {
            note: "half a thought".into(),
            ..DiaryDraft::default()
        };
        assert!(store.keep_drafts(|d| d.diary = Some(draft.clone())));
        assert_eq!(store.drafts().diary, Some(draft));
        assert!(store.data().is_empty(), "a draft is not the runner's data");
        assert!(store.keep_drafts(|d| d.diary = None));
        assert!(store.kv().is_some_and(|kv| kv.get(DRAFT_KEY) == Ok(None)));
        // Deleting everything takes drafts too.
        store.keep_drafts(|d| d.diary = Some(DiaryDraft::default()));
        store.delete_everything();
        assert!(store.drafts().is_empty());
    }

    mod writes_read_back {
        //! Property: whatever sequence of operations the runner makes, whatever the store
        //! writes reads back identically, and it never says "saved" when it did not save.
        use super::*;
        use proptest::prelude::*;

        #[derive(Clone, Debug)]
        enum Op {
            Add {
                day: i32,
                note: usize,
            },
            Delete(usize),
            Import {
                replace: bool,
                count: usize,
                id: i64,
            },
            Session {
                day: i32,
            },
        }

        fn any_op() -> impl Strategy<Value = Op> {
            prop_oneof![
                (0..3000i32, 0..=schema::MAX_NOTE_CHARS)
                    .prop_map(|(day, note)| Op::Add { day, note }),
                any::<usize>().prop_map(Op::Delete),
                (
                    any::<bool>(),
                    0..40usize,
                    prop_oneof![Just(1i64), Just(i64::MAX), Just(i64::MAX - 1), 1..i64::MAX]
                )
                    .prop_map(|(replace, count, id)| Op::Import {
                        replace,
                        count,
                        id
                    }),
                (0..3000i32).prop_map(|day| Op::Session { day }),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(128))]
            #[test]
            fn whatever_is_written_reads_back(ops in proptest::collection::vec(any_op(), 1..25)) {
                let mut store = Store::open(Some(MemoryKv::default()), 1);
                for (n, op) in ops.into_iter().enumerate() {
                    let now = 1_000 + n as i64;
                    let saved = match op {
                        Op::Add { day, note } => store.update(now, |p| {
                            let mut e = entry(20_000 + day, 60, 3);
                            e.note = "x".repeat(note);
                            p.add_entry(e, now);
                        }),
                        Op::Delete(i) => store.update(now, |p| {
                            if !p.diary.is_empty() {
                                let id = p.diary[i % p.diary.len()].id;
                                p.delete_entry(id);
                            }
                        }),
                        Op::Import { replace, count, id } => {
                            let mut file = Progress::default();
                            for k in 0..count {
                                let mut e = entry(20_000 + k as i32, 30, 5);
                                e.id = id.saturating_sub(k as i64).max(1);
                                file.diary.push(e);
                            }
                            file.diary.dedup_by_key(|e| e.id);
                            file.sort();
                            match store.import(schema::write(&file).as_bytes(), replace, now) {
                                Ok(done) => done.saved,
                                Err(_) => false,
                            }
                        }
                        Op::Session { day } => store.update(now, |p| {
                            let s = Session {
                                id: 0,
                                day: Day(20_000 + day),
                                minute: 1,
                                cause: crate::CauseId::Disc,
                                phase: crate::content::Phase::Settle,
                                done: vec!["walking".into()],
                                skipped: vec![],
                                pain_before: None,
                                pain_after: Some(2),
                            };
                            p.add_session(s, now);
                        }),
                    };
                    let stored = store.kv().and_then(|kv| kv.get(DATA_KEY).ok().flatten());
                    if let Some(text) = &stored {
                        let read = schema::read_lenient(text);
                        prop_assert!(matches!(&read, Ok(r) if r.skipped == 0), "unreadable write: {:?}", read.map(|r| r.skipped));
                    }
                    if saved {
                        let text = stored.unwrap_or_default();
                        let read = schema::read_lenient(&text).map(|r| r.progress);
                        prop_assert_eq!(read.as_ref(), Ok(store.data()), "saved, but the store holds something else");
                    }
                }
            }
        }
    }

    #[test]
    fn import_merges_or_replaces_and_bad_files_change_nothing() {
        let mut store = Store::open(Some(MemoryKv::default()), 1);
        store.update(2, |p| {
            p.add_entry(entry(Day::parse("2026-11-01").unwrap().0, 60, 4), 2);
        });
        let before = stored(&store).cloned();
        for bad in [
            &b"not json"[..],
            b"{\"app\":\"backtrack\",\"version\":7}",
            b"\xff\xfe",
        ] {
            assert!(store.import(bad, true, 3).is_err());
            assert_eq!(stored(&store).cloned(), before);
        }
        let v2 = super::super::schema::tests::V2.as_bytes();
        let merged = store.import(v2, false, 4).unwrap();
        assert_eq!(
            merged,
            Imported {
                items: 2,
                saved: true
            }
        );
        assert_eq!(store.data().diary.len(), 2);
        assert!(store.data().plan.is_some());
        let replaced = store.import(v2, true, 5).unwrap();
        assert_eq!(replaced.items, 2);
        assert_eq!(store.data().diary.len(), 1);
        // Saved as the current version: the same data, and no runs or outcomes (version 2
        // had neither).
        let v2_now = super::super::schema::tests::V2.replace("\"version\":2", "\"version\":4");
        assert_eq!(
            stored(&store).map(String::as_str),
            Some(
                [
                    v2_now.trim_end_matches('}'),
                    ",\"runs\":[],\"outcomes\":null}"
                ]
                .concat()
                .as_str()
            )
        );
        // A version 3 file brings its runs, merged or in place of everything.
        let v3 = super::super::schema::tests::V3.as_bytes();
        assert_eq!(store.import(v3, false, 6).map(|r| r.items), Ok(2));
        assert_eq!(store.data().runs.len(), 2);
        assert_eq!(store.import(v3, true, 7).map(|r| r.items), Ok(4));
        // A version 4 file brings its outcomes too.
        let v4 = super::super::schema::tests::V4.as_bytes();
        assert_eq!(store.import(v4, true, 8).map(|r| r.items), Ok(4));
        assert_eq!(store.data().outcomes.ratings.len(), 2);
        assert_eq!(
            stored(&store).map(String::as_str),
            Some(super::super::schema::tests::V4)
        );
    }

    #[test]
    fn delete_everything_removes_only_backtrack_keys() {
        let mut kv = kv_with("garbage");
        kv.map.insert("other.app".into(), "keep".into());
        let mut store = Store::open(Some(kv), 1);
        assert_eq!(store.backups().len(), 1);
        assert!(store.delete_everything());
        let map = &store.kv.as_ref().unwrap().map;
        assert_eq!(map.keys().collect::<Vec<_>>(), vec!["other.app"]);
        assert!(store.notices().is_empty() && store.saving());
    }
}
