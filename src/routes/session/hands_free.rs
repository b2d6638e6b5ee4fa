//! Hands-free sessions in the browser: the cues the core's cue plan
//! ([`backtrack_core::progress::cues`]) gives, said with the browser's speech synthesis and
//! played as Web Audio tones (no sound files), and the screen kept on (Screen Wake Lock)
//! while the player is shown.
//!
//! - Speech and sound start from the runner's own tap ([`unlock`], called from "Start the
//!   session" and from every tap or key in the player): iOS speaks and plays only then.
//! - The voice is a local (on-device) English one where there is one, so cues work
//!   offline; without any English voice the tones stand in ([`Outputs::new`]), and a plain
//!   message says so ([`super::view::cue_note`]), as it does when the browser blocks audio
//!   (for example in a club's frame).
//! - The wake lock is asked for when the player appears and again whenever the page becomes
//!   visible (the browser lets it go when the page is hidden), and let go when the player
//!   goes. Where the browser has none, or refuses, nothing is said: the session works the
//!   same.
//!
//! Every browser feature here may be missing, so each is looked up by name and called
//! through [`call`] (a missing one is a cue not played, never an error). That is also the
//! smallest way in wasm: typed `web-sys` bindings for speech, audio and the wake lock
//! would add a glue function for every method used (measured: about 1 KB brotli more).

use std::cell::RefCell;

use backtrack_core::progress::cues::{playable, say, Cue, Outputs, Tone};
use backtrack_core::progress::hands_free::HandsFree;
use backtrack_core::CONTENT;
use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::ids;
use super::view::cue_note;

/// What the session's cues need between calls: the settings, the audio context made on the
/// runner's tap, what the browser refused, and the wake lock held.
#[derive(Default)]
struct Coach {
    settings: HandsFree,
    audio: Option<JsValue>,
    /// Whether an audio context was asked for (until then, audio is not known to fail).
    tried_audio: bool,
    /// When audio was unlocked (ms): a context still waking up is given a moment.
    unlocked_ms: i64,
    /// The browser refused to speak here ("not-allowed"): tones stand in from now on.
    speech_blocked: bool,
    /// Called when an utterance fails; kept for as long as utterances may use it.
    on_speech_error: Option<Closure<dyn FnMut(JsValue)>>,
    /// The screen wake lock: whether the player wants it, and the lock held.
    awake_wanted: bool,
    wake_lock: Option<JsValue>,
    /// Whether the `visibilitychange` listener is in place (it is added once).
    watching_visibility: bool,
    /// What [`show`] writes: the note, and whether the voice speaks.
    shown: (&'static str, bool),
}

thread_local! {
    static COACH: RefCell<Coach> = RefCell::new(Coach::default());
}

/// `object[name]` (undefined when missing).
fn get(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Sets `object[name]`.
fn set(object: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(name), value);
}

/// Calls `object[name](...args)`; `None` when there is no such method or it throws.
fn call(object: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let method = get(object, name).dyn_into::<Function>().ok()?;
    method.apply(object, &args.iter().collect::<Array>()).ok()
}

/// `new window[name](...args)`; `None` when the browser has no such constructor.
fn construct(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let class = get(&window(), name).dyn_into::<Function>().ok()?;
    Reflect::construct(&class, &args.iter().collect::<Array>()).ok()
}

/// Starts hands-free cues for a session with these settings.
pub fn attach(settings: HandsFree) {
    COACH.with(|c| c.borrow_mut().settings = settings);
}

/// The runner changed the settings.
pub fn set_settings(settings: HandsFree) {
    COACH.with(|c| c.borrow_mut().settings = settings);
    refresh_note();
}

/// Makes speech and sound possible: call from the runner's own tap or key press. Creates
/// the audio context once (`webkitAudioContext` in older Safari) and wakes it if it sleeps.
pub fn unlock() {
    let now = crate::storage::clock::now_ms();
    let first = COACH.with(|c| !std::mem::replace(&mut c.borrow_mut().tried_audio, true));
    if first {
        let audio = construct("AudioContext", &[]).or_else(|| construct("webkitAudioContext", &[]));
        COACH.with(|c| {
            let mut c = c.borrow_mut();
            c.audio = audio;
            c.unlocked_ms = now;
        });
    }
    let audio = COACH.with(|c| c.borrow().audio.clone());
    if let Some(audio) = audio.filter(|a| state(a) == "suspended") {
        COACH.with(|c| c.borrow_mut().unlocked_ms = now);
        // Its promise settles on its own; whether it woke is read from `state` later.
        call(&audio, "resume", &[]);
    }
}

/// An audio context's state ("running", "suspended", "closed").
fn state(audio: &JsValue) -> String {
    get(audio, "state").as_string().unwrap_or_default()
}

/// Plays the cues in order, as the settings and the browser allow, and says in the note
/// when one cannot play. Speech still waiting from before is dropped first: a late cue is
/// worse than none, as the next one is more current.
pub fn play(cues: &[Cue]) {
    if cues.is_empty() {
        return;
    }
    let playing = playable(cues, outputs());
    let speech = playing
        .iter()
        .any(|c| matches!(c, Cue::Say(_)))
        .then(synthesis)
        .flatten()
        .zip(voice());
    if let Some((synthesis, _)) = &speech {
        call(synthesis, "cancel", &[]);
    }
    let mut delay = 0.0;
    for cue in playing {
        match cue {
            Cue::Say(words) => {
                if let Some((synthesis, voice)) = &speech {
                    speak(synthesis, voice, &say(words, &CONTENT.hands_free));
                }
            }
            Cue::Tone(tone) => {
                beep(tone, delay);
                delay += 0.25;
            }
        }
    }
    refresh_note();
}

/// What can play now, from the settings and what the browser offers.
fn outputs() -> Outputs {
    let settings = COACH.with(|c| c.borrow().settings);
    Outputs::new(
        settings.voice,
        settings.sounds,
        voice().is_some(),
        audio_ok(),
    )
}

/// Works out the note (what cannot play) and whether the voice speaks, and shows them.
pub fn refresh_note() {
    let settings = COACH.with(|c| c.borrow().settings);
    let has_voice = voice().is_some();
    let has_audio = audio_ok();
    let text = cue_note(&settings, has_voice, has_audio);
    let speaking = Outputs::new(settings.voice, settings.sounds, has_voice, has_audio).speak;
    COACH.with(|c| c.borrow_mut().shown = (text, speaking));
    show();
}

/// Writes the note into the page, and keeps the player's live region quiet while the voice
/// speaks, so the two never talk over each other. Called again whenever the player is
/// painted, so controls just put in the page show them too.
pub fn show() {
    let (text, speaking) = COACH.with(|c| c.borrow().shown);
    let doc = document();
    if let Some(note) = doc.get_element_by_id(ids::CUE_NOTE) {
        if note.text_content().as_deref() != Some(text) {
            note.set_text_content(Some(text));
            let _ = if text.is_empty() {
                note.set_attribute("hidden", "")
            } else {
                note.remove_attribute("hidden")
            };
        }
    }
    if let Some(step) = doc.get_element_by_id(ids::STEP) {
        let live = if speaking { "off" } else { "polite" };
        if step.get_attribute("aria-live").as_deref() != Some(live) {
            let _ = step.set_attribute("aria-live", live);
        }
    }
}

/// The browser's speech synthesis, where there is one (and it has not refused).
fn synthesis() -> Option<JsValue> {
    let synthesis = get(&window(), "speechSynthesis");
    let blocked = COACH.with(|c| c.borrow().speech_blocked);
    (synthesis.is_object() && !blocked).then_some(synthesis)
}

/// The voice for cues: an English voice on the device (so it works offline), British
/// first; otherwise any English voice. `None` when there is none, or no speech at all.
fn voice() -> Option<JsValue> {
    let voices = call(&synthesis()?, "getVoices", &[])?
        .dyn_into::<Array>()
        .ok()?;
    // The lowest rank wins: on the device first, then British.
    let mut best: Option<(u8, JsValue)> = None;
    for v in voices.iter() {
        let lang = get(&v, "lang")
            .as_string()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !lang.starts_with("en") {
            continue;
        }
        let rank = u8::from(get(&v, "localService").as_bool() != Some(true)) * 2
            + u8::from(lang != "en-gb");
        if best.as_ref().is_none_or(|(b, _)| rank < *b) {
            best = Some((rank, v));
        }
    }
    best.map(|(_, v)| v)
}

/// Says `text` after whatever is being said.
fn speak(synthesis: &JsValue, voice: &JsValue, text: &str) {
    let Some(utterance) = construct("SpeechSynthesisUtterance", &[JsValue::from_str(text)]) else {
        return;
    };
    let on_error = COACH.with(|c| {
        let mut c = c.borrow_mut();
        let closure = c.on_speech_error.get_or_insert_with(|| {
            Closure::new(|event: JsValue| {
                // Only a refusal is lasting; "interrupted" and "canceled" are ours.
                if get(&event, "error").as_string().as_deref() == Some("not-allowed") {
                    COACH.with(|c| c.borrow_mut().speech_blocked = true);
                    refresh_note();
                }
            })
        });
        closure.as_ref().clone()
    });
    set(&utterance, "voice", voice);
    set(&utterance, "lang", &get(voice, "lang"));
    set(&utterance, "onerror", &on_error);
    call(synthesis, "speak", &[utterance]);
}

/// Whether tones can play: there is an audio context and it runs (or was woken a moment
/// ago and may still be starting). Before the runner's first tap nothing is known to fail.
fn audio_ok() -> bool {
    COACH.with(|c| {
        let c = c.borrow();
        if !c.tried_audio {
            return true;
        }
        c.audio.as_ref().is_some_and(|a| match state(a).as_str() {
            "running" => true,
            "suspended" => crate::storage::clock::now_ms() - c.unlocked_ms < 1500,
            _ => false,
        })
    })
}

/// One short tone, `delay` seconds from now: a sine wave that fades out (so it stops
/// without a click).
fn beep(tone: Tone, delay: f64) {
    let audio = COACH.with(|c| c.borrow().audio.clone());
    let Some(audio) = audio.filter(|a| state(a) == "running") else {
        return;
    };
    let (frequency, seconds, volume) = match tone {
        Tone::Start => (880.0, 0.25, 0.3),
        Tone::End => (440.0, 0.4, 0.3),
        Tone::Tick => (660.0, 0.08, 0.2),
    };
    let start = get(&audio, "currentTime").as_f64().unwrap_or(0.0) + delay;
    let (Some(oscillator), Some(gain)) = (
        call(&audio, "createOscillator", &[]),
        call(&audio, "createGain", &[]),
    ) else {
        return;
    };
    set(
        &get(&oscillator, "frequency"),
        "value",
        &JsValue::from_f64(frequency),
    );
    let level = get(&gain, "gain");
    let at = |value: f64, time: f64| [JsValue::from_f64(value), JsValue::from_f64(time)];
    call(&level, "setValueAtTime", &at(volume, start));
    call(
        &level,
        "exponentialRampToValueAtTime",
        &at(0.0001, start + seconds),
    );
    call(&oscillator, "connect", std::slice::from_ref(&gain));
    call(&gain, "connect", &[get(&audio, "destination")]);
    call(&oscillator, "start", &[JsValue::from_f64(start)]);
    call(
        &oscillator,
        "stop",
        &[JsValue::from_f64(start + seconds + 0.05)],
    );
}

/// Keeps the screen on while `on` (the player is shown), where the browser can.
pub fn keep_awake(on: bool) {
    let held = COACH.with(|c| {
        let mut c = c.borrow_mut();
        c.awake_wanted = on;
        if on {
            None
        } else {
            c.wake_lock.take()
        }
    });
    if let Some(lock) = held {
        call(&lock, "release", &[]);
    }
    if on {
        watch_visibility();
        request_wake_lock();
    }
}

/// Asks for a screen wake lock, unless one is held; silent where there is none or the
/// browser refuses.
fn request_wake_lock() {
    if COACH.with(|c| c.borrow().wake_lock.is_some()) {
        return;
    }
    let wake_lock = get(&window().navigator(), "wakeLock");
    let promise = wake_lock
        .is_object()
        .then(|| call(&wake_lock, "request", &[JsValue::from_str("screen")]))
        .flatten()
        .and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(promise) = promise else {
        return;
    };
    leptos::task::spawn_local(async move {
        // Refused (the page is hidden, or a policy forbids it): nothing to say.
        let Ok(lock) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let keep = COACH.with(|c| {
            let mut c = c.borrow_mut();
            let keep = c.awake_wanted && c.wake_lock.is_none();
            if keep {
                c.wake_lock = Some(lock.clone());
            }
            keep
        });
        if !keep {
            call(&lock, "release", &[]);
        }
    });
}

/// Asks for the wake lock again whenever the page becomes visible while the player wants
/// it (the browser lets it go when the page is hidden). The listener is added once.
fn watch_visibility() {
    if COACH.with(|c| std::mem::replace(&mut c.borrow_mut().watching_visibility, true)) {
        return;
    }
    let on_change = Closure::<dyn FnMut()>::new(|| {
        let visible = get(&document(), "visibilityState").as_string().as_deref() == Some("visible");
        let wanted = COACH.with(|c| {
            let mut c = c.borrow_mut();
            if !visible {
                // The browser has let it go.
                c.wake_lock = None;
            }
            c.awake_wanted
        });
        if visible && wanted {
            request_wake_lock();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    // Kept for the life of the page, like the app's other document listeners.
    on_change.forget();
}
