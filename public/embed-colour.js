// What Backtrack does with a club's accent colour, for the snippet builder
// (embed-demo.html) to explain on its page before the club copies anything.
//
// The rules belong to the app: core/src/embed.rs (Accent::parse), which the app runs on the
// `accent` option. This is a line-by-line copy in JavaScript, with the same constants and the
// same arithmetic (only + - * / and comparisons, and the same fifth-root loop instead of
// Math.pow), so it reaches the same numbers to the last bit. tests/embed-accents.txt lists
// thousands of colours with the app's verdict on each: `cargo test` checks it against the
// Rust, tests/e2e/embed.spec.mjs against this file.

/** WCAG AA for text: the accent colours links and button labels. */
export const MIN_CONTRAST = 4.5;
/** `--emergency` in style/main.css: "Get help now", warnings, missing answers. */
export const ALARM_RED = [0xa4, 0x16, 0x1a];
/** Degrees of hue a club colour must keep from the alarm red. */
export const MIN_HUE_FROM_ALARM = 20;
/** Below this HSL saturation a colour reads as grey. */
export const ALARM_MIN_SATURATION = 0.4;
/** Below this HSL lightness a colour reads as black. */
export const ALARM_MIN_LIGHTNESS = 0.15;

const LIGHT_BG = [0xfb, 0xfa, 0xf7];
const WHITE = [0xff, 0xff, 0xff];
// Rust's str::trim: the Unicode White_Space characters.
const SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*';
const TRIM = new RegExp(`^${SPACE}|${SPACE}$`, 'g');

/** `#rgb` or `#rrggbb` (the `#` optional) as [r, g, b]; null for anything else. */
export function parseHex(text) {
  const hex = text.startsWith('#') ? text.slice(1) : text;
  if (!/^([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(hex)) return null;
  const digits = [...hex].map((d) => parseInt(d, 16));
  return hex.length === 3
    ? digits.map((d) => d * 17)
    : [0, 2, 4].map((i) => digits[i] * 16 + digits[i + 1]);
}

export const toHex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');

// x^2.4 as x² · ⁵√(x²), the fifth root by Newton's method from 1, as in the Rust.
function pow24(x) {
  const a = x * x;
  let y = 1;
  for (let i = 0; i < 60; i++) {
    const y4 = y * y * y * y;
    y -= (y4 * y - a) / (5 * y4);
  }
  return a * y;
}

function luminance([r, g, b]) {
  const linear = (v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : pow24((c + 0.055) / 1.055);
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(x, y) {
  const a = luminance(x);
  const b = luminance(y);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

// `steps`/20 of the way from one colour to another, rounded as the Rust rounds.
const towards = (from, to, steps) => from.map((v, i) => Math.floor((v * (20 - steps) + to[i] * steps + 10) / 20));

function hue([r, g, b]) {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return null;
  const sixths = max === r ? (g - b) / d : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  const degrees = 60 * sixths;
  return degrees < 0 ? degrees + 360 : degrees;
}

const lightness = (c) => (Math.max(...c) + Math.min(...c)) / 510;

function saturation(c) {
  const max = Math.max(...c);
  const min = Math.min(...c);
  const spread = 255 - Math.abs(max + min - 255);
  return spread === 0 ? 0 : (max - min) / spread;
}

/** Whether a colour could be taken for the alarm red. */
export function looksLikeAlarm(c) {
  const h = hue(c);
  const alarm = hue(ALARM_RED);
  if (h === null || alarm === null) return false;
  const apart = Math.abs(h - alarm);
  return Math.min(apart, 360 - apart) < MIN_HUE_FROM_ALARM
    && saturation(c) >= ALARM_MIN_SATURATION
    && lightness(c) >= ALARM_MIN_LIGHTNESS;
}

/**
 * The app's verdict on an `accent` value, as the app reads it:
 *   { verdict: 'ok', hex }
 *   { verdict: 'not-a-colour' }
 *   { verdict: 'too-light', hex, tenths }   (the contrast found, rounded down: 29 is 2.9:1)
 *   { verdict: 'like-alarm', hex }
 */
export function checkAccent(value) {
  const colour = parseHex(value.replace(TRIM, ''));
  if (!colour) return { verdict: 'not-a-colour' };
  const hex = toHex(colour);
  const soft = towards(colour, WHITE, 19);
  const ratio = Math.min(contrast(colour, LIGHT_BG), contrast(colour, soft));
  if (ratio < MIN_CONTRAST) return { verdict: 'too-light', hex, tenths: Math.floor(ratio * 10) };
  if (looksLikeAlarm(colour)) return { verdict: 'like-alarm', hex };
  return { verdict: 'ok', hex };
}
