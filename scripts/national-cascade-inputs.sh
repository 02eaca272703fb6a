#!/usr/bin/env bash
# Makes the files the CLI's national cascade reads, from the 2023 division files (not committed: 100 MB):
#   scripts/national-cascade-inputs.sh DIVISION_DIR OUT_DIR
# writes OUT_DIR/streets.csv and OUT_DIR/villages.csv (copies, the village file decompressed) and OUT_DIR/weights.csv:
# one ILLUSTRATIVE weight (20..600, from a hash of the code; not real data) for every leaf region, that is every
# village, and every township, county or prefecture with nothing below it.
set -euo pipefail
src=${1:?division directory}
out=${2:?output directory}
here="$(cd "$(dirname "$0")/.." && pwd)"
bundled="$here/core/src/main/resources/org/zhengbing/core/region/2023"
mkdir -p "$out"
cp "$src/streets.csv" "$out/streets.csv"
zcat "$src/villages.csv.gz" > "$out/villages.csv"
LC_ALL=C awk -F, '
  function weight(code,   h, i) { h = 0; for (i = 1; i <= length(code); i++) h = (h * 31 + substr(code, i, 1)) % 1000003; return 20 + h % 581 }
  FNR == 1 { next }
  FILENAME ~ /provinces/ { code[$1 "0000"] = 1; next }
  FILENAME ~ /cities/ { c = $1 "00"; code[c] = 1; parent[$3 "0000"] = 1; next }
  FILENAME ~ /areas/ { code[$1] = 1; if ($1 != $3 "00") parent[$3 "00"] = 1; next }
  FILENAME ~ /streets/ { code[$1] = 1; parent[$3] = 1; next }
  FILENAME ~ /villages/ { code[$1] = 1; parent[$3] = 1; next }
  END { print "code,weight"; for (c in code) if (!(c in parent)) print c "," weight(c) }
' "$bundled/provinces.csv" "$bundled/cities.csv" "$bundled/areas.csv" "$out/streets.csv" "$out/villages.csv" \
  | { IFS= read -r header; echo "$header"; sort; } > "$out/weights.csv"
wc -l "$out"/*.csv
