// The snippet builder (embed-demo.html): the club's choices -> the exact snippet to copy and
// a live preview, which is that snippet at work. Nothing here is part of the snippet.
//
// The choices can be given in the page's address too, which also lets the browser tests put
// the app on another origin:
//   embed-demo.html?app=http://127.0.0.1:4573/&club=Hill%20Harriers&accent=%231d4ed8&compact=1
// `app` must be this page's own site or a loopback address (127.0.0.1, localhost, [::1]):
// this page is published with the app and must not become a way to show some other site.
// Values are passed to the app as they are; the app checks them itself. The page explains a
// colour the app would refuse, with the app's own rules (embed-colour.js).
import { checkAccent, MIN_CONTRAST } from './embed-colour.js';

// The snippet's iframe styles, on the iframe itself so that no stylesheet is needed.
const FRAME_STYLE = 'display:block;width:100%;border:0';
const FRAME_TITLE = 'Backtrack: lower back pain help for runners';
const FRAME_HEIGHT = '900';
// How long typing pauses before the preview reloads.
const TYPING_PAUSE_MS = 500;
// The app reads flags as these words (core/src/embed.rs, `flag`).
const ON = ['', '1', 'true', 'yes', 'on'];

const $ = (id) => document.getElementById(id);
const fields = { club: $('club'), accent: $('accent'), picker: $('accent-picker'), compact: $('compact'), start: $('start') };
const frame = document.querySelector('iframe[data-backtrack]');
const snippet = $('snippet');
const verdict = $('accent-verdict');

/** Where the app is: next to this page, or `app=` when it is allowed. */
function appBase(params) {
  const here = new URL('./', location.href);
  const given = params.get('app');
  if (given === null) return here.href;
  let url = null;
  try {
    url = new URL(given, document.baseURI);
  } catch {
    url = null;
  }
  const loopback = url && /^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname);
  if (url && /^https?:$/.test(url.protocol) && (loopback || url.origin === location.origin)) {
    return url.origin + url.pathname;
  }
  console.warn('Embed demo: app= must be this site or a loopback address; using the default.');
  return here.href;
}

/** Fills the form from the page's address. */
function fromAddress(params) {
  for (const name of ['club', 'accent']) {
    if (params.has(name)) fields[name].value = params.get(name);
  }
  if (params.has('compact')) fields.compact.checked = ON.includes(params.get('compact').trim().toLowerCase());
  const start = params.get('start');
  if (start !== null && ![...fields.start.options].some((o) => o.value === start)) {
    // Not one of ours: kept as given, so that the preview shows what the app makes of it.
    const option = document.createElement('option');
    option.value = start;
    option.textContent = `${start} (as given)`;
    fields.start.append(option);
  }
  if (start !== null) fields.start.value = start;
}

/** The app's address for the current choices. */
function appUrl(base) {
  const query = ['embed=1'];
  if (fields.compact.checked) query.push('compact=1');
  if (fields.club.value !== '') query.push(`club=${encodeURIComponent(fields.club.value)}`);
  if (fields.accent.value !== '') query.push(`accent=${encodeURIComponent(fields.accent.value)}`);
  if (fields.start.value !== 'home') query.push(`start=${encodeURIComponent(fields.start.value)}`);
  return `${base}?${query.join('&')}`;
}

const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet, as the club pastes it. */
function snippetText(base, url) {
  return `<script src="${attr(base)}embed.js"></script>\n`
    + `<iframe data-backtrack\n`
    + `  src="${attr(url)}"\n`
    + `  title="${FRAME_TITLE}"\n`
    + `  referrerpolicy="no-referrer" height="${FRAME_HEIGHT}"\n`
    + `  style="${FRAME_STYLE}"></iframe>`;
}

/** Says, on the page, what the app will do with the colour. */
function explainColour() {
  const value = fields.accent.value;
  const result = value.trim() === '' ? { verdict: 'none' } : checkAccent(value);
  const ratio = (tenths) => `${Math.floor(tenths / 10)}.${tenths % 10}:1`;
  const text = {
    none: 'No colour: Backtrack keeps its own teal.',
    ok: 'Backtrack will use this colour for links and buttons (and a lighter shade of it in dark mode).',
    'not-a-colour': `Backtrack only takes a colour code such as #1d4ed8, so it will ignore this and keep its own teal. The colour picker next to the box gives a code.`,
    'too-light': `This colour is too light to read as text on Backtrack's pale background (${ratio(result.tenths ?? 0)} where ${MIN_CONTRAST}:1 is needed), so Backtrack will ignore it and keep its own teal. Choose a darker shade of your club colour.`,
    'like-alarm': `This colour is close to the red Backtrack keeps for "Get help now" and for warnings: its buttons would look like alarms, and a chosen answer like a mistake. So Backtrack will ignore it and keep its own teal. Choose another of your club's colours, such as a dark blue, green or grey.`,
  }[result.verdict];
  verdict.textContent = text;
  verdict.classList.toggle('refused', !['none', 'ok'].includes(result.verdict));
  if (result.hex) fields.picker.value = result.hex;
}

function main() {
  if (!frame || !snippet) return;
  const params = new URLSearchParams(location.search);
  const base = appBase(params);
  fromAddress(params);
  // The preview is the snippet at work: the same attributes, the same styles.
  frame.style.cssText = FRAME_STYLE;

  const update = () => {
    const url = appUrl(base);
    snippet.textContent = snippetText(base, url);
    explainColour();
    if (frame.getAttribute('src') !== url) frame.src = url;
  };
  let pause = 0;
  const updateSoon = () => {
    clearTimeout(pause);
    snippet.textContent = snippetText(base, appUrl(base));
    explainColour();
    pause = setTimeout(update, TYPING_PAUSE_MS);
  };
  fields.club.addEventListener('input', updateSoon);
  fields.accent.addEventListener('input', updateSoon);
  fields.picker.addEventListener('input', () => {
    fields.accent.value = fields.picker.value;
    updateSoon();
  });
  fields.compact.addEventListener('change', update);
  fields.start.addEventListener('change', update);
  $('builder').addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });

  const status = $('copy-status');
  $('copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.textContent);
      status.textContent = 'Copied. Now paste it into your page.';
    } catch {
      getSelection().selectAllChildren(snippet);
      status.textContent = 'Selected: press Ctrl+C (or ⌘C on a Mac) to copy it.';
    }
  });
  update();
}

main();
