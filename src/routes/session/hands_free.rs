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
//! The calls into those browser features are a few lines of JavaScript (`hands_free.js`,
//! bundled by the build): each feature may be missing and is looked up by name, and such
//! calls written in Rust (through `js_sys::Reflect`, or typed `web-sys` bindings) cost
//! more wasm than the file costs (measured: about 1.5 KB brotli more, against 0.8 KB for
//! the file). What is said and played, and when, stays in Rust (the core's cue plan).

use std::cell::RefCell;

use backtrack_core::progress::cues::{playable, say, Cue, Outputs, Tone};
use backtrack_core::progress::hands_free::HandsFree;
use backtrack_core::CONTENT;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

use super::ids;
use super::view::cue_note;

#[wasm_bindgen(module = "/src/routes/session/hands_free.js")]
extern "C" {
    #[wasm_bindgen(js_name = hfUnlock)]
    fn js_unlock();
    #[wasm_bindgen(js_name = hfHasVoice)]
    fn js_has_voice() -> bool;
    #[wasm_bindgen(js_name = hfHasAudio)]
    fn js_has_audio() -> bool;
    #[wasm_bindgen(js_name = hfSpeak)]
    fn js_speak(text: &str, first: bool);
    #[wasm_bindgen(js_name = hfTone)]
    fn js_tone(frequency: f64, seconds: f64, volume: f64, delay: f64);
    #[wasm_bindgen(js_name = hfKeepAwake)]
    fn js_keep_awake(on: bool);
}

/// The runner's settings for this session, and what [`show`] last wrote: the note, and
/// whether the voice speaks.
#[derive(Default)]
struct Coach {
    settings: HandsFree,
    shown: (&'static str, bool),
}

thread_local! {
    static COACH: RefCell<Coach> = RefCell::new(Coach::default());
}

/// Starts hands-free cues for a session with these settings.
pub fn attach(settings: HandsFree) {
    COACH.with(|c| c.borrow_mut().settings = settings);
}

/// The settings in use on this page (what the screens show: without storage, a change
/// lasts while the page is open).
pub fn settings() -> HandsFree {
    COACH.with(|c| c.borrow().settings)
}

/// The runner changed the settings.
pub fn set_settings(settings: HandsFree) {
    attach(settings);
    refresh_note();
}

/// Makes speech and sound possible: call from the runner's own tap or key press.
pub fn unlock() {
    js_unlock();
}

/// Keeps the screen on while `on` (the player is shown), where the browser can.
pub fn keep_awake(on: bool) {
    js_keep_awake(on);
}

/// Plays the cues in order, as the settings and the browser allow, and says in the note
/// when one cannot play.
pub fn play(cues: &[Cue]) {
    if cues.is_empty() {
        return;
    }
    let mut first = true;
    let mut delay = 0.0;
    for cue in playable(cues, outputs()) {
        match cue {
            Cue::Say(words) => {
                js_speak(&say(words, &CONTENT.hands_free), first);
                first = false;
            }
            Cue::Tone(tone) => {
                let (frequency, seconds, volume) = match tone {
                    Tone::Start => (880.0, 0.25, 0.3),
                    Tone::End => (440.0, 0.4, 0.3),
                    Tone::Tick => (660.0, 0.08, 0.2),
                };
                js_tone(frequency, seconds, volume, delay);
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
        js_has_voice(),
        js_has_audio(),
    )
}

/// Works out the note (what cannot play) and whether the voice speaks, and shows them.
pub fn refresh_note() {
    let settings = COACH.with(|c| c.borrow().settings);
    let (has_voice, has_audio) = (js_has_voice(), js_has_audio());
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
            let _ = note.toggle_attribute_with_force("hidden", text.is_empty());
        }
    }
    if let Some(step) = doc.get_element_by_id(ids::STEP) {
        let live = if speaking { "off" } else { "polite" };
        if step.get_attribute("aria-live").as_deref() != Some(live) {
            let _ = step.set_attribute("aria-live", live);
        }
    }
}
