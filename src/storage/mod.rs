//! The one adapter that owns the browser's localStorage.
//!
//! The policy (keys, versions, backups, what happens when storage is full, missing or holds
//! unreadable data) is the core's [`backtrack_core::progress::store`], tested natively; this
//! module only connects it to the browser and to Leptos signals:
//!
//! - [`start`] checks `window.localStorage` once (a blocked store throws, which web-sys
//!   hands back as an `Err`; `gloo_storage` would panic instead, so it is not used) and opens
//!   the store, falling back to memory with a notice;
//! - it loads the saved symptom check into [`AppState`] and saves the check whenever the
//!   questionnaire changes it;
//! - it listens for the `storage` event, so a change made in another tab shows up here;
//! - [`crate::app::App`] shows its notices above `<main>` on every page
//!   ([`crate::components::StorageNotice`]).
//!
//! Key names (all under `backtrack.`): `backtrack.data` holds the whole document;
//! `backtrack.backup.<ms>` holds unreadable data exactly as it was found; drafts and the
//! hands-free settings have small keys of their own (see the core's `store`).

pub mod clock;
pub mod download;

use std::cell::RefCell;

use backtrack_core::progress::draft::Drafts;
use backtrack_core::progress::hands_free::HandsFree;
use backtrack_core::progress::store::{Backup, Imported, KeyValue, Notice, Refused, Store, PREFIX};
use backtrack_core::progress::{Progress, SavedCheck};
use leptos::prelude::*;

use crate::state::{use_app_state, AppState};

type AnyStore = Store<Box<dyn KeyValue>>;

thread_local! {
    static STORE: RefCell<Option<AnyStore>> = const { RefCell::new(None) };
}

/// The runner's saved data, as signals. Provided through context by [`start`].
#[derive(Clone, Copy)]
pub struct Saved {
    /// The document as it stands (saved, or in memory only when saving is off).
    pub data: RwSignal<Progress>,
    /// What to tell the runner about storage (the banner can hide each for the visit).
    pub notices: RwSignal<Vec<Notice>>,
    /// Whether changes are being saved on this device.
    pub saving: RwSignal<bool>,
    /// Bumped whenever the backups may have changed, so lists of them re-read.
    pub backups_changed: RwSignal<u32>,
}

/// The browser's localStorage as a [`KeyValue`].
struct WebKv(web_sys::Storage);

impl KeyValue for WebKv {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        self.0.get_item(key).map_err(|_| Refused)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.set_item(key, value).map_err(|_| Refused)
    }
    fn remove(&mut self, key: &str) -> Result<(), Refused> {
        self.0.remove_item(key).map_err(|_| Refused)
    }
    fn keys(&self) -> Result<Vec<String>, Refused> {
        let n = self.0.length().map_err(|_| Refused)?;
        Ok((0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect())
    }
}

/// Opens the store, wires it to the app state and the other tabs, and shows the notice
/// banner. Call once, from the root component, after the app state is provided.
pub fn start() -> Saved {
    let kv = window()
        .local_storage()
        .ok()
        .flatten()
        .map(|s| Box::new(WebKv(s)) as Box<dyn KeyValue>);
    let saved = open(kv, use_app_state());
    let state = use_app_state();

    // The questionnaire changes the answers; save them (only when they differ).
    Effect::new(move |_| {
        let answers = state.answers.get();
        let finished = state.check_finished.get();
        saved.save_check(SavedCheck { answers, finished });
    });

    // Another tab changed something: take it in.
    let listener = window_event_listener(leptos::ev::storage, move |e| {
        let ours = e.key().is_none_or(|k| k.starts_with(PREFIX));
        if ours {
            saved.refresh(state);
        }
    });
    on_cleanup(move || listener.remove());

    saved
}

/// Opens a store over `kv` (or memory, without one), provides [`Saved`] and loads the
/// saved check into `state`. Separate from [`start`] so native tests can use any store.
pub fn open(kv: Option<Box<dyn KeyValue>>, state: AppState) -> Saved {
    let store = Store::open(kv, clock::now_ms());
    let saved = Saved {
        data: RwSignal::new(store.data().clone()),
        notices: RwSignal::new(store.notices().to_vec()),
        saving: RwSignal::new(store.saving()),
        backups_changed: RwSignal::new(0),
    };
    STORE.with(|s| *s.borrow_mut() = Some(store));
    load_check(saved.data.get_untracked().check.as_ref(), state);
    provide_context(saved);
    saved
}

/// Puts the saved check into the app state, where it differs.
fn load_check(check: Option<&SavedCheck>, state: AppState) {
    let (answers, finished) = match check {
        Some(c) => (c.answers.clone(), c.finished),
        None => (Default::default(), false),
    };
    if state.answers.with_untracked(|a| *a != answers) {
        state.answers.set(answers);
    }
    if state.check_finished.get_untracked() != finished {
        state.check_finished.set(finished);
    }
}

fn with_store<T>(f: impl FnOnce(&mut AnyStore) -> T) -> Option<T> {
    STORE.with(|s| s.borrow_mut().as_mut().map(f))
}

impl Saved {
    /// Copies the store's state into the signals (only what changed).
    fn sync(&self) {
        let Some((data, notices, saving)) =
            with_store(|s| (s.data().clone(), s.notices().to_vec(), s.saving()))
        else {
            return;
        };
        if self.data.with_untracked(|d| *d != data) {
            self.data.set(data);
        }
        if self.notices.with_untracked(|n| *n != notices) {
            self.notices.set(notices);
        }
        if self.saving.get_untracked() != saving {
            self.saving.set(saving);
        }
        self.backups_changed.update(|n| *n = n.wrapping_add(1));
    }

    /// Makes a change to the data and saves it (see
    /// [`Store::update`](backtrack_core::progress::store::Store::update)), taking turns
    /// with other tabs ([`in_turn`]), then calls `done` with whether it was saved and read
    /// back. Say "saved" only from `done(true)`.
    pub fn update(
        &self,
        change: impl Fn(&mut Progress) + 'static,
        done: impl FnOnce(bool) + 'static,
    ) {
        let this = *self;
        in_turn(move || {
            let saved = with_store(|s| s.update(clock::now_ms(), change)).unwrap_or(false);
            this.sync();
            done(saved);
        });
    }

    /// Saves the symptom check if it differs from the saved one. An empty, unfinished check
    /// with nothing saved is not worth a save.
    pub fn save_check(&self, check: SavedCheck) {
        let differs = self.data.with_untracked(|d| match &d.check {
            Some(c) => *c != check,
            None => check != SavedCheck::default(),
        });
        if differs {
            self.update(move |p| p.check = Some(check.clone()), |_| {});
        }
    }

    /// Takes in another tab's change, including its symptom check.
    /// Runs in turn with other tabs' saves: taking in their change may put back what this
    /// tab just added and their write dropped (see `Store::refresh`), which is a save.
    pub fn refresh(&self, state: AppState) {
        let this = *self;
        in_turn(move || {
            let changed = with_store(|s| s.refresh(clock::now_ms())).unwrap_or(false);
            this.sync();
            if changed {
                load_check(this.data.get_untracked().check.as_ref(), state);
            }
        });
    }

    /// Imports a file's bytes (merging, or replacing everything), taking turns with other
    /// tabs, then calls `done`. On a bad file, or one that would not fit, nothing changes
    /// and the error names the problem.
    pub fn import(
        &self,
        bytes: Vec<u8>,
        replace: bool,
        state: AppState,
        done: impl FnOnce(Result<Imported, String>) + 'static,
    ) {
        let this = *self;
        in_turn(move || {
            let result = with_store(|s| s.import(&bytes, replace, clock::now_ms()))
                .unwrap_or(Err(backtrack_core::progress::schema::Problem::BadVersion));
            if result.is_ok() {
                // Drafts in the file come back where this device has none for that form.
                if let Some(incoming) = backtrack_core::progress::draft::drafts_in_file(&bytes) {
                    this.keep_drafts(|d| *d = std::mem::take(d).or(incoming));
                }
            }
            this.sync();
            load_check(this.data.get_untracked().check.as_ref(), state);
            done(result.map_err(|p| p.describe()));
        });
    }

    /// Deletes everything Backtrack keeps on this device. Returns whether storage is clear.
    pub fn delete_everything(&self, state: AppState) -> bool {
        let clear = with_store(|s| s.delete_everything()).unwrap_or(false);
        self.sync();
        load_check(None, state);
        clear
    }

    /// The unsaved work kept on this device.
    pub fn drafts(&self) -> Drafts {
        with_store(|s| s.drafts()).unwrap_or_default()
    }

    /// Changes the unsaved work kept on this device (one draft per form).
    pub fn keep_drafts(&self, change: impl FnOnce(&mut Drafts)) -> bool {
        with_store(|s| s.keep_drafts(change)).unwrap_or(false)
    }

    /// The session player's hands-free settings kept on this device (the defaults when
    /// none are kept, or they do not read).
    pub fn hands_free(&self) -> HandsFree {
        with_store(|s| s.hands_free()).unwrap_or_default()
    }

    /// Keeps the hands-free settings. Returns whether the store holds them.
    pub fn keep_hands_free(&self, settings: HandsFree) -> bool {
        with_store(|s| s.keep_hands_free(settings)).unwrap_or(false)
    }

    /// The kept copies of unreadable data.
    pub fn backups(&self) -> Vec<Backup> {
        self.backups_changed.track();
        with_store(|s| s.backups()).unwrap_or_default()
    }

    /// Unreadable data that could not be copied (still untouched in storage).
    pub fn unkept(&self) -> Option<String> {
        self.backups_changed.track();
        with_store(|s| s.unkept().map(str::to_owned)).flatten()
    }

    /// Deletes one kept copy.
    pub fn delete_backup(&self, key: &str) -> bool {
        let gone = with_store(|s| s.delete_backup(key)).unwrap_or(false);
        self.sync();
        gone
    }
}

/// The name of the Web Lock every tab takes before it reads, changes and writes the data.
const LOCK_NAME: &str = "backtrack.data";

/// How long the work waits inside the lock for another tab's last write to reach this tab.
#[cfg(target_arch = "wasm32")]
const SETTLE_MS: i32 = 30;

/// Runs `run` when no other tab of this app is changing the data: inside a Web Lock
/// (`navigator.locks.request`), so two tabs saving at the same instant take turns instead of
/// overwriting each other. Where the browser has no Web Locks, `run` runs at once and the
/// store's own read-back and retry ([`backtrack_core::progress::store::UPDATE_ATTEMPTS`])
/// is the fallback.
#[cfg(target_arch = "wasm32")]
pub fn in_turn(run: impl FnOnce() + 'static) {
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    /// The work, taken by whichever runs it first: the lock's callback or the fallback.
    type Pending = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;
    let pending: Pending = Rc::new(RefCell::new(Some(Box::new(run))));
    let run_pending = {
        let pending = Rc::clone(&pending);
        move || {
            let next = pending.borrow_mut().take();
            if let Some(run) = next {
                run();
            }
        }
    };
    let navigator = window().navigator();
    let locks = js_sys::Reflect::get(&navigator, &JsValue::from_str("locks"))
        .ok()
        .filter(|l| l.is_object());
    let request = locks
        .as_ref()
        .and_then(|l| js_sys::Reflect::get(l, &JsValue::from_str("request")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(locks), Some(request)) = (locks, request) else {
        run_pending();
        return;
    };
    let in_lock = run_pending.clone();
    // The lock is held until the promise the callback returns settles. The work waits a
    // moment inside the lock first: each tab reads localStorage through its own copy, which
    // the browser brings up to date with another tab's write a little after that tab lets
    // the lock go, so reading at once could miss the write just made (measured: 1 entry of
    // 40 lost in 20 rounds of simultaneous saves without the wait, none with it).
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        js_sys::Promise::new(&mut |resolve, _reject| {
            let (now, now_resolve) = (in_lock.clone(), resolve.clone());
            let later = {
                let in_lock = in_lock.clone();
                Closure::once_into_js(move || {
                    in_lock();
                    let _ = resolve.call0(&JsValue::UNDEFINED);
                })
            };
            let scheduled = later.dyn_into::<js_sys::Function>().ok().and_then(|f| {
                window()
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&f, SETTLE_MS)
                    .ok()
            });
            if scheduled.is_none() {
                // No timer: do the work now rather than hold the lock for ever.
                now();
                let _ = now_resolve.call0(&JsValue::UNDEFINED);
            }
        })
        .into()
    });
    if request
        .call2(&locks, &JsValue::from_str(LOCK_NAME), &callback)
        .is_err()
    {
        run_pending();
    }
}

/// Natively (in tests) there are no other tabs: run at once.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_turn(run: impl FnOnce() + 'static) {
    let _ = LOCK_NAME;
    run();
}

/// The saved data from context. Outside the app (a page rendered alone, in a test) a
/// store without storage is opened: everything stays in memory.
pub fn use_saved() -> Saved {
    use_context::<Saved>().unwrap_or_else(|| open(None, use_app_state()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use backtrack_core::progress::store::{MemoryKv, DATA_KEY};
    use backtrack_core::questionnaire::{Answer, QuestionId};

    fn kv_with(text: &str) -> Box<dyn KeyValue> {
        let mut kv = MemoryKv::default();
        kv.map.insert(DATA_KEY.into(), text.into());
        Box::new(kv)
    }

    const V1: &str = r#"{"app":"backtrack","version":1,"check":{"answers":{"rf_saddle_numbness":"no"},"finished":true}}"#;

    #[test]
    fn the_saved_check_is_loaded_into_the_app_state() {
        let owner = Owner::new();
        owner.set();
        let state = AppState::new();
        let saved = open(Some(kv_with(V1)), state);
        assert!(state.check_finished.get_untracked());
        assert_eq!(
            state
                .answers
                .get_untracked()
                .get(QuestionId::RfSaddleNumbness),
            Some(Answer::No)
        );
        assert!(saved.saving.get_untracked());
        assert!(saved.notices.get_untracked().is_empty());
    }

    #[test]
    fn a_changed_check_is_saved_and_an_unchanged_one_is_not() {
        let owner = Owner::new();
        owner.set();
        let state = AppState::new();
        let saved = open(Some(Box::new(MemoryKv::default())), state);
        saved.save_check(SavedCheck::default());
        assert_eq!(saved.data.get_untracked().check, None, "nothing to save");
        let mut answers = state.answers.get_untracked();
        answers.insert(QuestionId::RfFever, Answer::Yes);
        saved.save_check(SavedCheck {
            answers: answers.clone(),
            finished: false,
        });
        let check = saved.data.get_untracked().check.unwrap();
        assert_eq!(check.answers, answers);
        // What is stored reads back the same.
        let text = with_store(|s| {
            s.update(1, |_| {});
            backtrack_core::progress::schema::write(s.data())
        })
        .unwrap();
        assert!(text.contains("\"rf_fever\":\"yes\""));
    }

    #[test]
    fn unreadable_data_shows_a_notice_and_is_kept() {
        let owner = Owner::new();
        owner.set();
        let state = AppState::new();
        let saved = open(Some(kv_with("{oops")), state);
        let notices = saved.notices.get_untracked();
        assert!(matches!(
            &notices[0],
            Notice::Unreadable {
                backup: Some(_),
                ..
            }
        ));
        assert_eq!(saved.backups()[0].text, "{oops");
        // Using the app still works.
        let ok = std::rc::Rc::new(std::cell::Cell::new(false));
        let seen = ok.clone();
        saved.update(|p| p.diary.clear(), move |saved| seen.set(saved));
        assert!(ok.get());
    }

    #[test]
    fn without_storage_changes_stay_in_memory() {
        let owner = Owner::new();
        owner.set();
        let state = AppState::new();
        let saved = open(None, state);
        assert!(!saved.saving.get_untracked());
        assert_eq!(saved.notices.get_untracked(), vec![Notice::Unavailable]);
        let ok = std::rc::Rc::new(std::cell::Cell::new(true));
        let seen = ok.clone();
        saved.update(|p| p.plan = None, move |saved| seen.set(saved));
        assert!(!ok.get(), "nothing is saved without storage");
        let error = std::rc::Rc::new(RefCell::new(String::new()));
        let seen = error.clone();
        saved.import(b"nope".to_vec(), true, state, move |r| {
            *seen.borrow_mut() = r.err().unwrap_or_default();
        });
        assert!(error.borrow().contains("not a JSON file"));
    }

    #[test]
    fn deleting_everything_clears_the_check_too() {
        let owner = Owner::new();
        owner.set();
        let state = AppState::new();
        let saved = open(Some(kv_with(V1)), state);
        assert!(saved.delete_everything(state));
        assert!(!state.check_finished.get_untracked());
        assert!(state.answers.get_untracked().is_empty());
        assert!(saved.data.get_untracked().is_empty());
    }
}
