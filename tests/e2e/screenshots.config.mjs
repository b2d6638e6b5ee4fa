// Playwright settings for scripts/screenshots: the browser-test settings, but only the
// screenshot walk (screenshots.shots.mjs), which the test suite itself never runs.
import base from './playwright.config.mjs';

export default { ...base, testMatch: 'screenshots.shots.mjs', fullyParallel: false, workers: 1 };
