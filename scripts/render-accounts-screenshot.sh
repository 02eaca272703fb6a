#!/usr/bin/env bash
# Renders the printable three-accounts page (三本账) of a golden persona in headless Chromium and saves a screenshot.
#
#   scripts/render-accounts-screenshot.sh [zh-CN|en] [output.png]
#
# The persona is the postgraduate woman enlisting in the sample district in autumn 2025, beside an expected wage of
# 6,000 yuan a month (org.zhengbing.policy.testing.AccountsPage in the policy module's test sources). Needs Maven
# with the dependencies cached and Debian's chromium (apt-get install chromium fonts-noto-cjk). Not part of CI.
set -euo pipefail

LANG_TAG="${1:-zh-CN}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${2:-$ROOT/docs/three-accounts-${LANG_TAG}.png}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$CHROMIUM" ]]; then
  echo "chromium is not installed: sudo apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi

cd "$ROOT"
mvn -B -o -q -pl policy -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
CP="core/target/classes:calendar/target/classes:policy/target/classes:policy/target/test-classes:$(cat "$WORK/cp.txt")"

java -cp "$CP" org.zhengbing.policy.testing.AccountsPage "$WORK/accounts.html" "$LANG_TAG"

"$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2300 \
  --screenshot="$OUT" "file://$WORK/accounts.html" 2>/dev/null
echo "wrote $OUT"
