// Validates every HTML page of the build with the Nu HTML Checker (vnu-jar, on the
// machine's Java). Warnings are printed; errors fail.
//
//   node tests/e2e/validate-html.mjs [DIST]
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = process.argv[2] || process.env.BACKTRACK_DIST || join(here, '..', '..', 'dist');
const pages = readdirSync(dist).filter((f) => f.endsWith('.html')).map((f) => join(dist, f));
const jar = join(here, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
try {
  execFileSync('java', ['-jar', jar, '--errors-only', ...pages], { stdio: 'inherit' });
  console.log(`Nu HTML checker: ${pages.length} page(s) valid: ${pages.map((p) => p.slice(dist.length + 1)).join(', ')}`);
} catch {
  console.error('Nu HTML checker found errors (above).');
  process.exit(1);
}
