#!/usr/bin/env bash
# The fresh-machine check, the hard way (machines keep what earlier runs installed, so a
# green CI can hide a missing install step). As root, in a private mount namespace:
#   - /usr/bin (and so /bin) is a copy without chromium, espeak-ng, sox and lame, and
#     /usr/lib/chromium is hidden;
#   - the repository is cloned (its committed HEAD) into a folder with no ../shared beside it;
# then README's commands run there: `npm install`, `npm start` (scripts/start-check.js: it
# must print an address, still be running a minute later and serve the kiosk there) and
# `npm test` (must pass with no test skipped). Prints each step and a closing verdict.
#   usage: sudo scripts/fresh-check.sh [--keep]     (--keep leaves the work folder for a look)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" != 0 ]; then
  echo "fresh-check: run as root (it needs a private mount namespace: sudo $0)" >&2
  exit 2
fi
if [ -z "${FRESH_CHECK_INSIDE:-}" ]; then
  command -v unshare >/dev/null || { echo "fresh-check: needs unshare (util-linux)" >&2; exit 2; }
  exec env FRESH_CHECK_INSIDE=1 unshare --mount --propagation private bash "$0" "$@"
fi

keep=${1:-}
work=$(mktemp -d /tmp/kiosk-fresh-check-XXXXXX)
cleanup() { [ "$keep" = --keep ] && echo "fresh-check: work folder kept: $work" || rm -rf "$work"; }
trap cleanup EXIT
step() { echo; echo "== fresh-check: $* ($(date +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"; }

step "hiding chromium, espeak-ng, sox and lame"
mkdir -p "$work/usr-bin"
cp -a /usr/bin/. "$work/usr-bin/"
for name in chromium chromium-browser google-chrome google-chrome-stable espeak-ng espeak speak-ng sox soxi play rec lame; do
  rm -f "$work/usr-bin/$name"
done
mount --bind "$work/usr-bin" /usr/bin
[ -d /usr/lib/chromium ] && mount -t tmpfs -o size=1m tmpfs /usr/lib/chromium
for name in chromium chromium-browser google-chrome espeak-ng sox lame; do
  if found=$(command -v "$name"); then
    echo "fresh-check: $name is still reachable at $found" >&2
    exit 1
  fi
done
echo "none of chromium, espeak-ng, sox, lame is on PATH; /usr/lib/chromium: $(ls -A /usr/lib/chromium 2>/dev/null | wc -l) entries"

step "cloning $(git -C "$repo" rev-parse --short HEAD) with nothing beside it"
mkdir -p "$work/clone"
git clone --quiet "$repo" "$work/clone/voice-kiosk"
cd "$work/clone/voice-kiosk"
ls -A "$work/clone"
[ ! -e ../shared ] || { echo "fresh-check: ../shared exists" >&2; exit 1; }

export CI=true
step "npm install"
npm install --no-audit --no-fund 2>&1 | tail -n 25

step "npm start"
node scripts/start-check.js --hold 60

step "npm test"
started=$(date +%s)
set +e
npm test > "$work/npm-test.log" 2>&1
status=$?
set -e
tail -n 40 "$work/npm-test.log"
cp "$work/npm-test.log" /tmp/kiosk-fresh-check-npm-test.log
echo "(the whole log: /tmp/kiosk-fresh-check-npm-test.log)"
if grep -q "FAIL" "$work/npm-test.log"; then
  echo "failed:"
  grep -E "^\s*(\S+\s+)?FAIL " "$work/npm-test.log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u
fi
summary=$(node scripts/test-summary.js || true)
echo "$summary"
echo "npm test took $(( $(date +%s) - started )) s, exit $status"
if grep -E "✓|×|↓" "$work/npm-test.log" | grep -q "↓"; then
  echo "fresh-check: some tests were skipped:" >&2
  grep "↓" "$work/npm-test.log" >&2
  status=1
fi
case "$summary" in
  *", 0 skipped"*) ;;
  *) echo "fresh-check: the report counts skipped tests ($summary)" >&2; status=1 ;;
esac

echo
if [ "$status" = 0 ]; then echo "fresh-check: PASS"; else echo "fresh-check: FAIL"; fi
exit "$status"
