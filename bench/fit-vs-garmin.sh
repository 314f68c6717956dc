#!/usr/bin/env bash
# FIT decode throughput: Footfall's decoder (Release) against Garmin's JavaScript SDK (@garmin/fitsdk,
# dev-time only, under node) on the same larger sample files in the same run.
# Last line: "ratio N" = our MB/s divided by Garmin's MB/s.
# Usage: bench/fit-vs-garmin.sh [SECONDS]   (default 5 s of measurement per decoder after a warm-up)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
samples="${FOOTFALL_SAMPLES:-$root/../shared/samples/fit}"
seconds="${1:-5}"
files=(
  "$samples/activity-large-fenxi2-multisport.fit"
  "$samples/2019-02-17-062644-ELEMNT-297E-195-0.fit"
  "$samples/garmin-edge-500-activity.fit"
  "$samples/developer-types-sample.fit"
  "$samples/activity-small-fenix2-run.fit"
)

if [ ! -d "$here/garmin/node_modules/@garmin/fitsdk" ]; then
  (cd "$here/garmin" && npm ci --no-audit --no-fund >/dev/null)
fi
dotnet build "$here/FitBench/FitBench.csproj" -c Release -nologo -v q >/dev/null

total_bytes=$(cat "${files[@]}" | wc -c)
echo "files: ${#files[@]}, $total_bytes bytes; node $(node --version); dotnet $(dotnet --version)"
ours_out="$(dotnet "$here/FitBench/bin/Release/net10.0/FitBench.dll" --seconds "$seconds" "${files[@]}")"
garmin_out="$(cd "$here/garmin" && node bench.mjs --seconds "$seconds" "${files[@]}")"
echo "$ours_out" | head -n -1
echo "$garmin_out" | head -n -1
read -r _ ours_mbs ours_rps <<<"$(echo "$ours_out" | tail -n 1)"
read -r _ garmin_mbs garmin_rps <<<"$(echo "$garmin_out" | tail -n 1)"
printf 'ours:   %10.2f MB/s %12.0f records/s\n' "$ours_mbs" "$ours_rps"
printf 'garmin: %10.2f MB/s %12.0f records/s\n' "$garmin_mbs" "$garmin_rps"
awk -v a="$ours_mbs" -v b="$garmin_mbs" 'BEGIN { printf "ratio %.1f\n", a / b }'
