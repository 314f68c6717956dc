#!/usr/bin/env bash
# Import benchmark: a synthetic multi-year running history (COUNT FIT files, RUNS_PER_WEEK a week, made by
# re-timing real sample FIT files: retime-fit.mjs) imported with `footfall import` (Release) into a fresh
# SQLite database under /usr/bin/time -v. Prints the seconds and the peak resident memory.
# Usage: bench/import/run.sh [COUNT] [RUNS_PER_WEEK]   (defaults 3000 and 5: about 11.5 years)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
samples="${FOOTFALL_SAMPLES:-$root/../shared/samples/fit}"
count="${1:-3000}"
per_week="${2:-5}"
work="$(mktemp -d /tmp/footfall-import-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

bases=(
  "$samples/activity-small-fenix2-run.fit"
  "$samples/garmin-fenix-5-run.fit"
  "$samples/developer-types-sample.fit"
  "$samples/event_timestamp.fit"
)
node "$here/retime-fit.mjs" "$work/files" "$count" "$per_week" "${bases[@]}"

# Cross-check a few generated files with Garmin's JavaScript SDK (decodes, CRC valid) when it is installed.
if [ -d "$root/bench/garmin/node_modules/@garmin/fitsdk" ]; then
  (cd "$root/bench/garmin" && node "$here/verify-garmin.mjs" "$work/files" 5)
fi

dotnet build "$root/src/Footfall.Cli/Footfall.Cli.csproj" -c Release -nologo -v q >/dev/null
cli="$root/src/Footfall.Cli/bin/Release/net10.0/Footfall.Cli.dll"
export Database__SqlitePath="$work/footfall.db"
dotnet "$cli" db migrate >/dev/null
python3 - "$work/footfall.db" <<'PY'
import sqlite3, sys, uuid
db = sqlite3.connect(sys.argv[1])
db.execute("""insert into AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
  SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, CreatedAtUtc)
  values (?, 'bench@example.com', 'BENCH@EXAMPLE.COM', 'bench@example.com', 'BENCH@EXAMPLE.COM', 1, ?, ?, 0, 0, 1, 0, '2026-01-01 00:00:00')""",
  (str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())))
db.commit()
PY

echo "cores: $(nproc); dotnet $(dotnet --version)"
/usr/bin/time -v -o "$work/time.txt" dotnet "$cli" import "$work/files" --user bench@example.com | tail -n 12
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time.txt")
rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
rows=$(sqlite3 "$work/footfall.db" "select count(*) from Activities")
size=$(du -m "$work/footfall.db" | cut -f1)
echo "activities stored: $rows; database: ${size} MB"
echo "re-import (all duplicates):"
/usr/bin/time -f "  %e s, %M KB peak" dotnet "$cli" import "$work/files" --user bench@example.com | grep -E "Imported|Duplicates" || true

# The same history as one export zip (the Strava layout: activities/*.fit), into a fresh database.
python3 - "$work/files" "$work/export.zip" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    for name in sorted(os.listdir(sys.argv[1])):
        z.write(os.path.join(sys.argv[1], name), "activities/" + name)
PY
export Database__SqlitePath="$work/zip.db"
dotnet "$cli" db migrate >/dev/null
sqlite3 "$work/footfall.db" ".dump AspNetUsers" | grep INSERT | sqlite3 "$work/zip.db"
/usr/bin/time -v -o "$work/time-zip.txt" dotnet "$cli" import "$work/export.zip" --user bench@example.com | grep -E "Imported|Skipped"
zip_seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time-zip.txt")
zip_rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time-zip.txt")
echo "export zip: $(du -m "$work/export.zip" | cut -f1) MB"

printf 'import (zip export): %s s, peak RSS %d MB\n' "$zip_seconds" $((zip_rss_kb / 1024))
printf 'import: %s s, peak RSS %d MB\n' "$seconds" $((rss_kb / 1024))
