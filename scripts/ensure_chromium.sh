#!/bin/sh
# Make sure the browser tests have a Chromium: $GCDS_CHROMIUM, else Debian's package
# (installed with apt-get where we are root: Playwright cannot download browsers on
# every machine), else Playwright's own download.
set -e
python="$1"
if [ -n "$GCDS_CHROMIUM" ]; then
  [ -x "$GCDS_CHROMIUM" ] || { echo "GCDS_CHROMIUM=$GCDS_CHROMIUM is not an executable" >&2; exit 1; }
  exit 0
fi
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Downloading Playwright's Chromium…"
"$python" -m playwright install chromium
