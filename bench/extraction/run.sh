#!/usr/bin/env bash
# Extraction quality and speed, DeepSeekNews against Mozilla Readability, in one run on one folder.
#
#   bench/extraction/run.sh PAGES_DIR SCORER [OUT_DIR]
#
# PAGES_DIR holds NAME.html and NAME.expected.txt; SCORER is score_extraction.py (it reads
# EXPECTED_DIR EXTRACTED_DIR and prints macro F1). Both extractors write OUT_DIR/<tool>/NAME.txt
# and print pages per second for reading, parsing and extracting (process start-up excluded).
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 PAGES_DIR SCORER [OUT_DIR]" >&2
  exit 2
fi
pages=$(cd "$1" && pwd)
scorer=$2
out=${3:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)

dotnet build "$here/ExtractBench/ExtractBench.csproj" -c Release --nologo -v quiet >/dev/null
# Build servers linger and compete for the CPU; stop them before anything is timed.
dotnet build-server shutdown >/dev/null 2>&1 || true
if [[ ! -d "$here/readability/node_modules" ]]; then
  (cd "$here/readability" && npm ci --no-audit --no-fund --silent)
fi

ours=$(dotnet "$here/ExtractBench/bin/Release/net10.0/ExtractBench.dll" "$pages" "$out/deepseeknews")
theirs=$(node "$here/readability/extract.js" "$pages" "$out/readability")
ours_f1=$(python3 "$scorer" "$pages" "$out/deepseeknews" | tail -n 1)
theirs_f1=$(python3 "$scorer" "$pages" "$out/readability" | tail -n 1)

echo "$ours"
echo "  $ours_f1"
echo "$theirs"
echo "  $theirs_f1"
rate() { sed -E 's/.*= ([0-9.]+) pages\/s.*/\1/' <<<"$1"; }
awk -v a="$(rate "$ours")" -v b="$(rate "$theirs")" 'BEGIN { printf "speed-up: %.1fx\n", a / b }'
echo "outputs in $out"
