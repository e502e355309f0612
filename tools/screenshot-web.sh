#!/usr/bin/env bash
# Regenerates docs/img/web-report.png, the screenshot README.md shows: the browser test (web/BrowserTest) signs in,
# uploads the failing sample and photographs its report page in headless Chromium. Needs Debian's chromium and
# chromium-driver.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/docs/img/web-report.png"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "screenshot-web: needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)" >&2
  exit 2
fi
cd "$root"
mvn -B -q -Dstyle.color=never -pl web -am test -Dtest=BrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Deducheck.screenshot="$out"
echo "screenshot-web: wrote $out" >&2
