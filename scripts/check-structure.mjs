// Structure checks for the web shell and the core that the compiler cannot make:
//
// 1. No DOM id is written as a string literal in two places: an id that markup writes and
//    code reads back lives in one constant (a page's `ids.rs`), so renaming one renames both.
// 2. No `data-act` verb is written by hand: verbs are declared once with `page_actions!`.
// 3. No action is dropped silently: no `_ => {}` arm in a match on actions.
// 4. No import cycles between the shell's modules, nor between the core's.
//
//   node scripts/check-structure.mjs        # exit 1 with the problems listed
//   node scripts/check-structure.mjs --self-test   # proves each check can fail
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function rustFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...rustFiles(path));
    else if (name.endsWith('.rs')) out.push(path);
  }
  return out;
}

/** The file's code: without its `#[cfg(test)]` modules (tests may name ids to check them)
 *  and without comments (a doc link to another module is not an import). */
function withoutTests(text) {
  const at = text.search(/#\[cfg\(test\)\]\s*\n\s*(pub(\(crate\))? )?mod /);
  const code = at < 0 ? text : text.slice(0, at);
  return code.split('\n').map((line) => line.replace(/^\s*\/\/.*$/, '')).join('\n');
}

// Places where a literal is a DOM id (written or read).
const ID_PATTERNS = [
  /\("(?:id|for|aria-labelledby|aria-describedby)",\s*"([a-z][a-z0-9-]*)"\)/g,
  /(?:get_element_by_id|field_value|set_field_value|is_checked|set_checked|set_invalid|focus_id_after_render)\(\s*"([a-z][a-z0-9-]*)"/g,
  /\b(?:id|for|aria-labelledby|aria-describedby)=\\"([a-z][a-z0-9-]*)\\"/g,
  /(?:focus_after_render|focus_selector|query_selector)\(\s*"#([a-z][a-z0-9-]*)/g,
];

export function idProblems(files) {
  const seen = new Map();
  for (const [file, text] of files) {
    for (const pattern of ID_PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const list = seen.get(m[1]) ?? [];
        list.push(file);
        seen.set(m[1], list);
      }
    }
  }
  return [...seen].filter(([, where]) => where.length > 1)
    .map(([id, where]) => `DOM id "${id}" is written as a literal in ${where.length} places: ${[...new Set(where)].join(', ')}`);
}

export function verbProblems(files) {
  const out = [];
  for (const [file, text] of files) {
    if (file.endsWith(`components${sep}actions${sep}mod.rs`)) continue;
    for (const m of text.matchAll(/data-act(?:=\\"|",\s*")([a-z-]+)/g)) {
      out.push(`${file}: the verb "${m[1]}" is written by hand (declare it with page_actions!)`);
    }
  }
  return out;
}

export function silentProblems(files) {
  const out = [];
  for (const [file, text] of files) {
    // A match on an action (clicked::<…>, action_of, an Action enum) that ends in `_ => {}`.
    const matches = text.matchAll(/match [^{]*(?:action|act|clicked)[^{]*\{([\s\S]*?)\n\s{4,8}\}/g);
    for (const m of matches) {
      if (/_\s*=>\s*\{\s*\}/.test(m[1])) out.push(`${file}: an action match ends in \`_ => {}\``);
    }
  }
  return out;
}

/** Modules of a crate, named by their path under `src/` (`routes/plan`, `storage`, …). */
function moduleOf(srcDir, file) {
  const parts = relative(srcDir, file).split(sep);
  const last = parts.pop().replace(/\.rs$/, '');
  if (last !== 'mod' && last !== 'lib' && last !== 'main') parts.push(last);
  // Group by the first two levels: `routes/plan`, `components/markup`, `storage`, `content`.
  return parts.slice(0, parts[0] === 'routes' || parts[0] === 'components' ? 2 : 1).join('/') || 'crate';
}

export function cycleProblems(srcDir, files) {
  const edges = new Map();
  for (const [file, text] of files) {
    const from = moduleOf(srcDir, file);
    for (const m of text.matchAll(/crate::([a-z_]+)(?:::([a-z_]+))?/g)) {
      const top = m[1];
      const to = top === 'routes' || top === 'components' ? `${top}/${m[2] ?? ''}`.replace(/\/$/, '') : top;
      if (to && to !== from && !from.startsWith(`${to}/`) && to !== 'crate') {
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from).add(to);
      }
    }
  }
  // Depth-first search for a cycle.
  const out = [];
  const state = new Map();
  const stack = [];
  const visit = (node) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') {
        out.push(`import cycle: ${[...stack.slice(stack.indexOf(next)), next].join(' -> ')}`);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return out;
}

function read(dir) {
  return rustFiles(dir).map((f) => [relative(ROOT, f), withoutTests(readFileSync(f, 'utf8'))]);
}

function run() {
  const shell = read(join(ROOT, 'src'));
  const core = read(join(ROOT, 'core', 'src'));
  return [
    ...idProblems(shell),
    ...verbProblems(shell),
    ...silentProblems(shell),
    ...cycleProblems(join(ROOT, 'src'), rustFiles(join(ROOT, 'src')).map((f) => [f, withoutTests(readFileSync(f, 'utf8'))])),
    ...cycleProblems(join(ROOT, 'core', 'src'), rustFiles(join(ROOT, 'core', 'src')).map((f) => [f, withoutTests(readFileSync(f, 'utf8'))])),
  ];
}

function selfTest() {
  const failures = [];
  const expectSome = (what, list) => { if (list.length === 0) failures.push(`${what} was not caught`); };
  expectSome('an id written twice', idProblems([
    ['a.rs', 'h.open_with("p", &[("id", "diary-note")]);'],
    ['b.rs', 'let v = field_value("diary-note");'],
  ]));
  expectSome('a hand-written verb', verbProblems([['a.rs', 'h.raw("<button data-act=\\"save\\">");']]));
  expectSome('a silent action arm', silentProblems([['a.rs', 'match action_of(&ev) {\n        Some("a") => go(),\n        _ => {}\n    }']]));
  const dir = join('x', 'src');
  expectSome('an import cycle', cycleProblems(dir, [
    [join(dir, 'app.rs'), 'use crate::storage::Saved;'],
    [join(dir, 'storage', 'mod.rs'), 'use crate::app::App;'],
  ]));
  return failures;
}

if (process.argv.includes('--self-test')) {
  const failures = selfTest();
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log('check-structure: each check catches what it is for');
} else {
  const problems = run();
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`check-structure: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('check-structure: no id or verb written twice, no silent action, no import cycle');
}
