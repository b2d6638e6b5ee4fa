// The development server (scripts/serve), started the way a developer starts it, for the
// checks that it serves a clean page and keeps to its own folder.
//
// Each check gives the server a folder of its own under target/ (scripts/serve reads
// BACKTRACK_SERVE_DIST), not the developer's target/serve: a developer may have their own
// scripts/serve running while the tests run, and the tests must not touch its files either.
//
//   node tests/e2e/dev-server.mjs --beside CMD [ARGS…]
//     starts a development server on a spare port, runs CMD (scripts/test runs the release
//     build into dist/ this way) and checks that neither touched the other's folder: CMD
//     left the server's folder as it was, and a rebuild of the server (after a source file
//     is added) left dist/ as it was. Exits 1 if either did.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A port nothing listens on right now. */
export function sparePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts `scripts/serve` on a spare port, building into `dist` (relative to the clone), and
 * waits until it serves the built page and no build is running. Resolves to
 * `{ url, folder, builds(), idle(), stop() }`; `builds()` counts finished builds.
 */
export async function startDevServer({ dist, timeout = 20 * 60_000 }) {
  const port = await sparePort();
  let log = '';
  // Its own process group, so that stop() ends trunk and whatever it is running.
  const child = spawn(join(ROOT, 'scripts', 'serve'), [], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), BACKTRACK_SERVE_DIST: dist },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = null;
  child.on('exit', (code, signal) => { exited = signal || code; });
  let lastOutput = Date.now();
  const collect = (chunk) => { log += chunk; lastOutput = Date.now(); };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const count = (re) => (log.match(re) || []).length;
  const server = {
    url: `http://127.0.0.1:${port}/`,
    folder: resolve(ROOT, dist),
    log: () => log,
    /** Builds finished so far, successful or not. */
    builds: () => count(/✅ success|❌ error/g),
    /** Waits until no build has been running for `quiet` ms. */
    async idle({ quiet = 3000, within = timeout } = {}) {
      const end = Date.now() + within;
      for (;;) {
        if (exited !== null) throw new Error(`scripts/serve stopped (${exited}):\n${log.slice(-3000)}`);
        const started = count(/starting build/g);
        if (started > 0 && server.builds() >= started && Date.now() - lastOutput >= quiet) return;
        if (Date.now() > end) throw new Error(`scripts/serve still building after ${within} ms:\n${log.slice(-3000)}`);
        await sleep(250);
      }
    },
    stop() {
      if (exited !== null) return Promise.resolve();
      return new Promise((done) => {
        child.once('exit', () => done());
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          done();
        }
      });
    },
  };
  try {
    await server.idle();
    const end = Date.now() + 30_000;
    for (;;) {
      const res = await fetch(server.url).catch(() => null);
      if (res?.ok) break;
      if (Date.now() > end) throw new Error(`scripts/serve does not answer at ${server.url}:\n${log.slice(-3000)}`);
      await sleep(250);
    }
    if ([...log.matchAll(/✅ success|❌ error/g)].pop()?.[0] !== '✅ success') {
      throw new Error(`scripts/serve's build failed:\n${log.slice(-3000)}`);
    }
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

/** Every file under `dir` with its size, modification time and SHA-256 (empty if none). */
export function snapshot(dir) {
  const files = {};
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const { size, mtimeMs } = statSync(path);
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        files[relative(dir, path).split(sep).join('/')] = `${size} ${mtimeMs} ${hash}`;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** The paths that differ between two snapshots (added, removed or changed). */
export function changed(before, after) {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((p) => before[p] !== after[p]).sort();
}

function run(cmd, args) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/** The check scripts/test runs around its release build; see the top of this file. */
async function beside(cmd, args) {
  const dist = join(ROOT, 'dist');
  const devDist = 'target/serve-test';
  // The folder a developer's scripts/serve uses, as scripts/env.sh sets it.
  const { BACKTRACK_SERVE_DIST: _, ...clean } = process.env;
  const theirs = execFileSync('bash', ['-c', 'source scripts/env.sh && printf %s "$BACKTRACK_SERVE_DIST"'], { cwd: ROOT, env: clean, encoding: 'utf8' });
  const inside = (a, b) => a === b || a.startsWith(b + sep) || b.startsWith(a + sep);
  if (!theirs || inside(resolve(ROOT, theirs), dist)) {
    throw new Error(`scripts/serve builds into ${theirs || '(nothing set)'}, which overlaps dist/, the folder the tests use`);
  }
  console.log(`Starting a development server (scripts/serve, building into ${devDist}/) beside the build…`);
  const dev = await startDevServer({ dist: devDist });
  try {
    console.log(`Development server ready at ${dev.url}; now: ${cmd} ${args.join(' ')}`);
    const devBefore = snapshot(dev.folder);
    const buildsBefore = dev.builds();
    await run(cmd, args);
    await sleep(3000); // longer than the server's watcher takes to notice a change
    await dev.idle();
    const touched = changed(devBefore, snapshot(dev.folder));
    if (touched.length || dev.builds() !== buildsBefore) {
      throw new Error(`the build into dist/ touched the development server's folder or made it rebuild: ${touched.join(', ') || `${dev.builds() - buildsBefore} rebuild(s)`}`);
    }
    console.log(`The build into dist/ left ${devDist}/ untouched, and the server did not rebuild.`);

    // The other way round: a source change makes the server rebuild its own folder only.
    // A new file among the sources (removed again) is a change the server's watcher acts on,
    // and leaves every tracked file alone.
    const distBefore = snapshot(dist);
    const probe = join(ROOT, 'src', '.dev-server-check');
    try {
      writeFileSync(probe, 'a change for the development server to notice\n');
      const end = Date.now() + 10 * 60_000;
      while (dev.builds() === buildsBefore) {
        if (Date.now() > end) throw new Error('the development server did not rebuild after a source file changed');
        await sleep(250);
      }
    } finally {
      rmSync(probe, { force: true });
    }
    await dev.idle();
    const rebuilt = changed(devBefore, snapshot(dev.folder));
    const distTouched = changed(distBefore, snapshot(dist));
    if (!rebuilt.length) throw new Error(`the development server's rebuild wrote nothing into ${devDist}/`);
    if (distTouched.length) {
      throw new Error(`the development server's rebuild touched dist/: ${distTouched.join(', ')}`);
    }
    console.log(`The server's rebuild rewrote ${rebuilt.length} file(s) in ${devDist}/ and left dist/ untouched.`);
  } finally {
    await dev.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag, cmd, ...args] = process.argv.slice(2);
  if (flag !== '--beside' || !cmd) {
    console.error('usage: node tests/e2e/dev-server.mjs --beside CMD [ARGS…]');
    process.exit(2);
  }
  beside(cmd, args).catch((err) => {
    console.error(`dev-server: ${err.message}`);
    process.exit(1);
  });
}
