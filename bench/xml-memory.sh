#!/usr/bin/env bash
# Peak memory of the GPX and TCX decoders on hostile and very large inputs, against a budget of 150 MB.
# Builds two files in a temporary folder (never in the repository):
#   - a .tcx.gz of about 130 KB holding 5.16 million empty <Trackpoint/> elements (64 MiB unpacked),
#   - a 64 MiB GPX of ordinary one-second track points (time, elevation, heart rate, cadence),
# decodes each once in its own process (bench/XmlBench, Release) and prints its peak working set (the .NET
# runtime included) and, as the reference measured in the same run, the peak of a process that only reads
# the same file to its end. Last line: "ratio N" = the largest decoder peak (the process's own PeakWorkingSet64
# or /usr/bin/time's maximum resident set, whichever is larger) divided by the 150 MB budget; below 1 is within it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/footfall-xml-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import gzip, sys, os
work = sys.argv[1]
head = b'<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Running"><Id>2020-01-01T00:00:00Z</Id><Lap StartTime="2020-01-01T00:00:00Z"><Track>'
tail = b'</Track></Lap></Activity></Activities></TrainingCenterDatabase>'
with gzip.open(os.path.join(work, "empty-trackpoints.tcx.gz"), "wb", compresslevel=9) as f:
    f.write(head)
    chunk = b"<Trackpoint/>" * 10000
    for _ in range(516):
        f.write(chunk)
    f.write(tail)
limit = 64 * 1024 * 1024
with open(os.path.join(work, "large.gpx"), "wb") as f:
    f.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><type>running</type><trkseg>\n')
    end = b"</trkseg></trk></gpx>\n"
    i = 0
    while True:
        t = 1577836800 + i
        hh, rem = divmod(t % 86400, 3600); mm, ss = divmod(rem, 60)
        line = ('<trkpt lat="%.6f" lon="%.6f"><ele>%.1f</ele><time>2020-01-%02dT%02d:%02d:%02dZ</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr><gpxtpx:cad>%d</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n'
                % (45 + i * 1e-6, 5 + i * 1e-6, 200 + (i % 50), 1 + (t - 1577836800) // 86400, hh, mm, ss, 140 + i % 30, 85 + i % 5)).encode()
        if f.tell() + len(line) + len(end) > limit:
            break
        f.write(line)
        i += 1
    f.write(end)
PY

dotnet build "$here/XmlBench/XmlBench.csproj" -c Release -nologo -v q >/dev/null
bench="$here/XmlBench/bin/Release/net10.0/XmlBench.dll"
peak_kb() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; }
worst=0
for file in "$work/empty-trackpoints.tcx.gz" "$work/large.gpx"; do
  size_kb=$(( $(stat -c %s "$file") / 1024 ))
  result=$(dotnet "$bench" "$file")
  rss_kb=$(peak_kb dotnet "$bench" "$file")
  ref_kb=$(peak_kb sh -c "cat '$file' | gzip -dcf > /dev/null")
  echo "$(basename "$file") (${size_kb} KB): $result max_rss_mb=$((rss_kb / 1024)); reference (read only): max_rss_mb=$((ref_kb / 1024))"
  in_kb=$(echo "$result" | sed -E 's/.*peak_mb=([0-9.]+).*/\1/' | awk '{ printf "%d", $1 * 1024 }')
  [ "$rss_kb" -gt "$worst" ] && worst=$rss_kb
  [ "$in_kb" -gt "$worst" ] && worst=$in_kb
done
awk -v w="$worst" 'BEGIN { printf "budget: 150 MB; worst peak: %.1f MB\nratio %.2f\n", w / 1024, w / 1024 / 150 }'
