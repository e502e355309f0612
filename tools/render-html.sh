#!/usr/bin/env bash
# Renders an educheck html report to a PNG with headless Chromium, so anyone can look at the picture:
#   tools/render-html.sh REPORT.html OUT.png [WIDTH] [HEIGHT]
# Exits 0 with the PNG written; 2 on usage; 3 when no Chromium is installed (Debian: apt-get install chromium);
# 1 when Chromium fails or writes nothing. Chromium's log goes to OUT.png.log. Nothing is fetched from the network.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH] [HEIGHT]" >&2
  exit 2
fi
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$(mkdir -p "$(dirname "$2")" && cd "$(dirname "$2")" && pwd)/$(basename "$2")"
width="${3:-1280}"
height="${4:-4000}"
[ -f "$report" ] || { echo "$0: no such file: $1" >&2; exit 2; }

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
[ -n "$browser" ] || { echo "$0: no Chromium on the PATH (Debian: apt-get install --no-install-recommends chromium)" >&2; exit 3; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
rm -f "$out"
# A fresh profile and no background traffic: the report must render from the file alone.
if ! timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
     --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
     --user-data-dir="$profile" --window-size="$width,$height" --screenshot="$out" "file://$report" \
     >"$out.log" 2>&1; then
  echo "$0: $browser failed; see $out.log" >&2
  exit 1
fi
[ -s "$out" ] || { echo "$0: $browser wrote no picture; see $out.log" >&2; exit 1; }
echo "$out"
