// Hands-free sessions: the browser's speech synthesis, Web Audio tones and the screen wake
// lock, for src/routes/session/hands_free.rs. Plain JavaScript because every call here is
// to a browser feature that may be missing, looked up by name: written in Rust, each call
// would cost more wasm than these lines cost as a file (measured, see hands_free.rs).
// Nothing here throws: a missing feature is a cue not played.

let audio = null;
let triedAudio = false;
let wokenAt = 0;
let speechBlocked = false;
let lock = null;
let awake = false;

// Makes speech and sound possible; called from the runner's own tap or key press.
export function hfUnlock() {
  if (!triedAudio) {
    triedAudio = true;
    const Context = window.AudioContext || window.webkitAudioContext;
    try { audio = Context ? new Context() : null; } catch { audio = null; }
    wokenAt = Date.now();
  }
  if (audio && audio.state === 'suspended') {
    wokenAt = Date.now();
    audio.resume().catch(() => {});
  }
}

// The voice for cues: English, on the device first (it works offline), then British.
function voice() {
  const synth = window.speechSynthesis;
  if (!synth || speechBlocked || typeof synth.getVoices !== 'function') return null;
  let best = null;
  let bestRank = 9;
  for (const v of synth.getVoices() || []) {
    const lang = String(v.lang || '').toLowerCase();
    if (!lang.startsWith('en')) continue;
    const rank = (v.localService ? 0 : 2) + (lang === 'en-gb' ? 0 : 1);
    if (rank < bestRank) { best = v; bestRank = rank; }
  }
  return best;
}

// Whether there is a voice to speak with.
export function hfHasVoice() {
  return voice() !== null;
}

// Whether tones can play (before the first tap nothing is known to fail; a context just
// woken is given a moment).
export function hfHasAudio() {
  if (!triedAudio) return true;
  if (!audio) return false;
  return audio.state === 'running' || (audio.state === 'suspended' && Date.now() - wokenAt < 1500);
}

// Says `text`; `first` drops what is still waiting to be said (a late cue is worse than
// none). A refusal ("not-allowed") lets the tones stand in from then on.
export function hfSpeak(text, first) {
  const v = voice();
  if (!v || typeof SpeechSynthesisUtterance !== 'function') return;
  if (first) window.speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = v;
  u.lang = v.lang;
  u.onerror = (e) => { if (e.error === 'not-allowed') speechBlocked = true; };
  window.speechSynthesis.speak(u);
}

// A short sine tone that fades out, `delay` seconds from now.
export function hfTone(frequency, seconds, volume, delay) {
  if (!audio || audio.state !== 'running') return;
  try {
    const start = audio.currentTime + delay;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(volume, start);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    osc.connect(gain);
    gain.connect(audio.destination);
    osc.start(start);
    osc.stop(start + seconds + 0.05);
  } catch { /* no tone */ }
}

function requestLock() {
  const wakeLock = navigator.wakeLock;
  if (!awake || lock || !wakeLock) return;
  wakeLock.request('screen').then((l) => {
    if (awake && !lock) lock = l;
    else l.release().catch(() => {});
  }, () => { /* refused (hidden page, policy): nothing to say */ });
}

// Keeps the screen on while `on`, asking again when the page is visible again (the
// browser lets the lock go while it is hidden).
export function hfKeepAwake(on) {
  awake = on;
  if (!on && lock) {
    lock.release().catch(() => {});
    lock = null;
  }
  requestLock();
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') requestLock();
  else lock = null;
});
