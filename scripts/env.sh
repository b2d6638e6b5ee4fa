# Shared settings for Backtrack's scripts. Source it; do not run it.
# The cargo target directory and tool caches live outside the clone, so a fresh clone (as in
# CI) reuses earlier builds instead of rebuilding the world.
export BACKTRACK_CACHE="${BACKTRACK_CACHE:-$HOME/.cache/backtrack}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$BACKTRACK_CACHE/target}"
export PATH="$HOME/.cargo/bin:$BACKTRACK_CACHE/binaryen/node_modules/.bin:$PATH"
# Browser tests use Debian's Chromium; nothing may download its own browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
