#!/bin/sh
# Make sure the browser tests have a headless Chromium: $GCDS_CHROMIUM, else Debian's
# chromium-headless-shell (installed with apt-get where we are root: Playwright cannot
# download browsers on every machine), else Playwright's own download (whose headless
# mode is the same shell).
#
# The headless shell, not the full browser (/usr/bin/chromium): it is the same Blink
# with no browser UI around it, and the browser layers spend about 40% less CPU in it.
# The visual baselines are its rendering (its text antialiasing differs from the full
# browser's), so every machine must run the same one.
set -e
python="$1"
if [ -n "$GCDS_CHROMIUM" ]; then
  [ -x "$GCDS_CHROMIUM" ] || { echo "GCDS_CHROMIUM=$GCDS_CHROMIUM is not an executable" >&2; exit 1; }
  exit 0
fi
[ -x /usr/bin/chromium-headless-shell ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium-headless-shell for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
  exit 0
fi
echo "Downloading Playwright's Chromium…"
"$python" -m playwright install chromium
