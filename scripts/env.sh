# Shared settings for Backtrack's scripts. Source it; do not run it.
# The cargo target directory and tool caches live outside the clone, so a fresh clone (as in
# CI) reuses earlier builds instead of rebuilding the world.
export BACKTRACK_CACHE="${BACKTRACK_CACHE:-$HOME/.cache/backtrack}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$BACKTRACK_CACHE/target}"
export PATH="$HOME/.cargo/bin:$BACKTRACK_CACHE/binaryen/node_modules/.bin:$PATH"
# Browser tests use Debian's Chromium; nothing may download its own browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Where the development server (scripts/serve) builds to, relative to the clone. Its own
# folder: scripts/build and scripts/test write dist/, so the two never touch each other's
# files, even while both run. Under target/, which git and the copy check ignore.
export BACKTRACK_SERVE_DIST="${BACKTRACK_SERVE_DIST:-target/serve}"

# Says what to expect before the first build of the app with this target directory, which
# compiles every dependency once (for the browser, and natively for the start page).
first_build_note() {
  if [ ! -f "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/backtrack.wasm" ]; then
    printf '\033[1m== First build of the app: about 5 to 10 minutes on a 2-core machine, once (later builds take under a minute)\033[0m\n'
  fi
}
