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
//! Every browser feature here may be missing: each is looked up before use, and a missing
//! one is a cue not played, never an error.

use std::cell::RefCell;

use backtrack_core::progress::cues::{playable, say, Cue, Outputs, Tone};
use backtrack_core::progress::hands_free::HandsFree;
use backtrack_core::CONTENT;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{AudioContext, AudioContextState, SpeechSynthesis, SpeechSynthesisVoice};

use super::ids;
use super::view::cue_note;

/// What the session's cues need between calls: the settings, the audio context made on the
/// runner's tap, what the browser refused, and the wake lock held.
#[derive(Default)]
struct Coach {
    settings: HandsFree,
    /// Where to say that a cue cannot play.
    note: Option<RwSignal<String>>,
    audio: Option<AudioContext>,
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
}

thread_local! {
    static COACH: RefCell<Coach> = RefCell::new(Coach::default());
}

/// Starts hands-free cues for a session with these settings, saying in `note` when a cue
/// cannot play.
pub fn attach(settings: HandsFree, note: RwSignal<String>) {
    COACH.with(|c| {
        let mut c = c.borrow_mut();
        c.settings = settings;
        c.note = Some(note);
    });
}

/// The runner changed the settings.
pub fn set_settings(settings: HandsFree) {
    COACH.with(|c| c.borrow_mut().settings = settings);
    refresh_note();
}

/// Makes speech and sound possible: call from the runner's own tap or key press. Creates
/// the audio context once and wakes it if it sleeps.
pub fn unlock() {
    let now = crate::storage::clock::now_ms();
    let audio = COACH.with(|c| {
        let mut c = c.borrow_mut();
        if !c.tried_audio {
            c.tried_audio = true;
            c.audio = AudioContext::new().ok();
            c.unlocked_ms = now;
        }
        c.audio.clone()
    });
    if let Some(audio) = audio.filter(|a| a.state() == AudioContextState::Suspended) {
        COACH.with(|c| c.borrow_mut().unlocked_ms = now);
        quietly(audio.resume().ok());
    }
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
        synthesis.cancel();
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

/// Writes the note (what cannot play), and keeps the player's live region quiet while the
/// voice speaks, so the two never talk over each other.
pub fn refresh_note() {
    let settings = COACH.with(|c| c.borrow().settings);
    let has_voice = voice().is_some();
    let has_audio = audio_ok();
    let text = cue_note(&settings, has_voice, has_audio);
    let note = COACH.with(|c| c.borrow().note);
    if let Some(note) = note {
        if note.with_untracked(|n| n != text) {
            note.try_set(text.to_owned());
        }
    }
    let speaking = Outputs::new(settings.voice, settings.sounds, has_voice, has_audio).speak;
    if let Some(step) = document().get_element_by_id(ids::STEP) {
        let _ = step.set_attribute("aria-live", if speaking { "off" } else { "polite" });
    }
}

/// The browser's speech synthesis, where there is one.
fn synthesis() -> Option<SpeechSynthesis> {
    let present = js_sys::Reflect::get(&window(), &JsValue::from_str("speechSynthesis"))
        .ok()
        .is_some_and(|s| s.is_object());
    if !present || COACH.with(|c| c.borrow().speech_blocked) {
        return None;
    }
    window().speech_synthesis().ok()
}

/// The voice for cues: an English voice on the device (so it works offline), British
/// first; otherwise any English voice. `None` when there is none, or no speech at all.
fn voice() -> Option<SpeechSynthesisVoice> {
    let voices = synthesis()?.get_voices();
    let english: Vec<SpeechSynthesisVoice> = voices
        .iter()
        // What `getVoices` gives is voices (and a stand-in in a test need not be one).
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .filter(|v| v.lang().to_ascii_lowercase().starts_with("en"))
        .collect();
    let rank = |v: &SpeechSynthesisVoice| {
        let british = v.lang().eq_ignore_ascii_case("en-GB");
        (!v.local_service(), !british)
    };
    english.into_iter().min_by_key(rank)
}

/// Says `text` after whatever is being said.
fn speak(synthesis: &SpeechSynthesis, voice: &SpeechSynthesisVoice, text: &str) {
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    let on_error = COACH.with(|c| {
        let mut c = c.borrow_mut();
        let closure = c.on_speech_error.get_or_insert_with(|| {
            Closure::new(|event: JsValue| {
                let error = js_sys::Reflect::get(&event, &JsValue::from_str("error"))
                    .ok()
                    .and_then(|e| e.as_string());
                // Only a refusal is lasting; "interrupted" and "canceled" are ours.
                if error.as_deref() == Some("not-allowed") {
                    COACH.with(|c| c.borrow_mut().speech_blocked = true);
                    refresh_note();
                }
            })
        });
        closure.as_ref().clone()
    });
    utterance.set_voice(Some(voice));
    utterance.set_lang(&voice.lang());
    utterance.set_onerror(on_error.dyn_ref::<js_sys::Function>());
    synthesis.speak(&utterance);
}

/// Whether tones can play: there is an audio context and it runs (or was woken a moment
/// ago and may still be starting). Before the runner's first tap nothing is known to fail.
fn audio_ok() -> bool {
    COACH.with(|c| {
        let c = c.borrow();
        if !c.tried_audio {
            return true;
        }
        c.audio.as_ref().is_some_and(|a| match a.state() {
            AudioContextState::Running => true,
            AudioContextState::Suspended => crate::storage::clock::now_ms() - c.unlocked_ms < 1500,
            _ => false,
        })
    })
}

/// One short tone, `delay` seconds from now.
fn beep(tone: Tone, delay: f64) {
    let audio = COACH.with(|c| c.borrow().audio.clone());
    let Some(audio) = audio else {
        return;
    };
    if audio.state() != AudioContextState::Running {
        return;
    }
    let (frequency, seconds, volume) = match tone {
        Tone::Start => (880.0, 0.25, 0.3),
        Tone::End => (440.0, 0.4, 0.3),
        Tone::Tick => (660.0, 0.08, 0.2),
    };
    let _ = try_beep(&audio, frequency, seconds, volume, delay);
}

fn try_beep(
    audio: &AudioContext,
    frequency: f32,
    seconds: f64,
    volume: f32,
    delay: f64,
) -> Result<(), JsValue> {
    let start = audio.current_time() + delay;
    let oscillator = audio.create_oscillator()?;
    oscillator.frequency().set_value(frequency);
    let gain = audio.create_gain()?;
    // A quick rise and fall, so the tone starts and stops without a click.
    let level = gain.gain();
    level.set_value_at_time(0.0001, start)?;
    level.exponential_ramp_to_value_at_time(volume, start + 0.02)?;
    level.exponential_ramp_to_value_at_time(0.0001, start + seconds)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&audio.destination())?;
    oscillator.start_with_when(start)?;
    oscillator.stop_with_when(start + seconds + 0.05)?;
    Ok(())
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
        release(&lock);
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
    let navigator = window().navigator();
    let Some(wake_lock) = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock"))
        .ok()
        .filter(JsValue::is_object)
    else {
        return;
    };
    let request = js_sys::Reflect::get(&wake_lock, &JsValue::from_str("request"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = request
        .and_then(|f| f.call1(&wake_lock, &JsValue::from_str("screen")).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
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
            release(&lock);
        }
    });
}

/// Lets a wake lock go.
fn release(lock: &JsValue) {
    let promise = js_sys::Reflect::get(lock, &JsValue::from_str("release"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(lock).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    quietly(promise);
}

/// Waits for a promise whose outcome does not matter, so a refusal is never an unhandled
/// rejection in the console.
fn quietly(promise: Option<js_sys::Promise>) {
    if let Some(promise) = promise {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Asks for the wake lock again whenever the page becomes visible while the player wants
/// it (the browser lets it go when the page is hidden). The listener is added once.
fn watch_visibility() {
    if COACH.with(|c| std::mem::replace(&mut c.borrow_mut().watching_visibility, true)) {
        return;
    }
    let on_change = Closure::<dyn FnMut()>::new(|| {
        let visible = document().visibility_state() == web_sys::VisibilityState::Visible;
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
