#!/usr/bin/env bash
# Upload-memory benchmark (issue 12): starts the web app (Release) on a loopback port with a fresh SQLite
# database, signs up through the real pages (confirmation link read from the outbox folder), then uploads
#   1. a Garmin-style export whose nested zip holds SIZE_MB of incompressible data (streamed, not buffered),
#   2. a nested zip bomb (an inner zip of zeros),
#   3. a zip of 2,000 entries of 1 MiB of zeros (2 GiB decompressed),
# and prints, for each, the server's resident memory before and its peak from the upload until the background
# import job has ended (sampled every 20 ms from /proc), the increase, how long the job took and what its page says. The issue's budget is 300 MB more than before.
# Usage: bench/upload-memory/run.sh [SIZE_MB]   (default 262, the size in the issue's report)
set -euo pipefail
[ -n "${BENCH_DEBUG:-}" ] && set -x
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
size_mb="${1:-262}"
work="$(mktemp -d /tmp/footfall-upload-bench.XXXXXX)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; if [ -n "${BENCH_KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT

python3 - "$work" "$size_mb" <<'PY'
import io, os, sys, zipfile
work, size_mb = sys.argv[1], int(sys.argv[2])
def inner_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
# 1. nested export of incompressible data, 1 MiB per inner file
inner = os.path.join(work, "inner.zip")
with zipfile.ZipFile(inner, "w", zipfile.ZIP_STORED) as z:
    for i in range(size_mb):
        z.writestr(f"activity_{i}.fit", os.urandom(1024 * 1024))
with zipfile.ZipFile(os.path.join(work, "nested.zip"), "w", zipfile.ZIP_STORED) as z:
    z.write(inner, "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip")
os.remove(inner)
# 2. nested bomb: 200 MiB of zeros inside the inner zip
bomb_inner = io.BytesIO()
with zipfile.ZipFile(bomb_inner, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("x.fit", bytes(200 * 1024 * 1024))
with zipfile.ZipFile(os.path.join(work, "nested-bomb.zip"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", bomb_inner.getvalue())
# 3. 2,000 entries of 1 MiB of zeros
zeros = bytes(1024 * 1024)
with zipfile.ZipFile(os.path.join(work, "many-entries.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(2000):
        z.writestr(f"activities/{i}.gpx", zeros)
PY

dotnet build "$root/src/Footfall.Web/Footfall.Web.csproj" -c Release -nologo -v q >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
(cd "$root/src/Footfall.Web/bin/Release/net10.0" && \
  Database__SqlitePath="$work/footfall.db" DataProtection__KeysPath="$work/keys" Security__RequireHttps=false \
  RateLimiting__AccountPermitsPerMinute=1000 Logging__LogLevel__Default=${BENCH_LOG_LEVEL:-Warning} \
  exec dotnet Footfall.Web.dll --urls "$base" >"$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
# `dotnet` may exec the app in the same process; find the process that listens.
app_pid=$(pgrep -P "$server_pid" -f Footfall.Web.dll || echo "$server_pid")

jar="$work/cookies"
# The upload summary travels to the next page in temp-data cookies (about 14 KB after a 262-file export);
# curl -b sends at most 8 KB of cookies and silently drops the rest (the sign-in cookie with them). So the
# temp-data cookies never enter the jar: the page after an upload is asked for with the jar's cookies and
# the upload's Set-Cookie values in one Cookie header of our own.
touch "$jar"
cookies() { python3 - "$jar" "${1:-}" <<'PY2'
import sys
pairs = []
if sys.argv[2]:
    for line in open(sys.argv[2], encoding="latin-1"):
        if line.lower().startswith("set-cookie:"):
            pair = line.split(":", 1)[1].strip().split(";", 1)[0]
            if pair.split("=", 1)[1]:
                pairs.append(pair)
for line in open(sys.argv[1]):
    line = line.rstrip("\n")
    if line.startswith("#HttpOnly_"):
        line = line[len("#HttpOnly_"):]
    elif line.startswith("#") or not line:
        continue
    f = line.split("\t")
    if len(f) >= 7:
        pairs.append(f"{f[5]}={f[6]}")
print("Cookie: " + "; ".join(pairs))
PY2
}
token() {
  curl -s -b "$jar" -c "$jar" -o "$work/page.html" -w '%{http_code} %{redirect_url}' "$base$1" >"$work/status"
  python3 - "$work/page.html" "$(cat "$work/status")" "$1" <<'PY2'
import re, sys
page, status, path = open(sys.argv[1], encoding="utf-8", errors="replace").read(), sys.argv[2], sys.argv[3]
m = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page)
if not m:
    sys.exit(f"run.sh: GET {path} answered {status} without a form token: {page[:300]!r}")
print(m.group(1))
PY2
}
email="bench-$RANDOM@example.com"; password="a long benchmark passphrase"
t=$(token /Account/Register)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$t" \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" --data-urlencode "Input.ConfirmPassword=$password" \
  --data-urlencode "Input.AcceptTerms=true" "$base/Account/Register"
for _ in $(seq 1 50); do ls "$work"/outbox/*.eml >/dev/null 2>&1 && break; sleep 0.1; done
link=$(python3 - "$work/outbox" <<'PY'
import email, glob, re, sys
from email import policy
for path in glob.glob(sys.argv[1] + "/*.eml"):
    body = email.message_from_file(open(path), policy=policy.default).get_body(("plain",)).get_content()
    m = re.search(r"https?://\S+/Account/ConfirmEmail\S+", body)
    if m: print(m.group(0)); break
PY
)
path="${link#"$base"}"
t=$(token "$path")
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$t" "$base$path"
t=$(token /Account/Login)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$t" \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" "$base/Account/Login"

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status"; }
printf '%-34s %10s %10s %10s  %s\n' upload "before MB" "peak MB" "increase" "answer"
for file in nested.zip nested-bomb.zip many-entries.zip; do
  before=$(rss_mb)
  ( peak=0; while kill -0 "$app_pid" 2>/dev/null; do r=$(rss_mb); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" >"$work/peak"; sleep 0.02; done ) &
  sampler=$!
  t=$(token /History/Upload)
  curl -s -o /dev/null -D "$work/upload-headers" -b "$jar" -F "__RequestVerificationToken=$t" -F "files=@$work/$file;type=application/zip" "$base/History/Upload"
  # The upload is stored and handed to a background job; the answer redirects to the job's page, which
  # is followed (sampling memory all along) until the job has ended, so the peak is the job's too.
  job=$(tr -d '\r' <"$work/upload-headers" | awk 'tolower($1) == "location:" { print $2 }')
  job="${job#"$base"}"
  [ -n "$job" ] || { echo "run.sh: the upload of $file did not redirect to an import job" >&2; exit 1; }
  started=$SECONDS
  while :; do
    curl -s -H "$(cookies "$work/upload-headers")" -o "$work/job.html" "$base$job"
    grep -q 'data-import-running' "$work/job.html" || break
    [ $((SECONDS - started)) -lt 600 ] || { echo "run.sh: the import job $job was still running after 600 s" >&2; exit 1; }
    sleep 0.25
  done
  seconds=$((SECONDS - started))
  answer=$(python3 - "$work/job.html" <<'PY2'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8", errors="replace").read()
def text(fragment): return re.sub(r"\s+", " ", html.unescape(re.sub("<[^>]+>", " ", fragment))).strip()
main = page[page.find("<main"):]
h1 = re.search(r"<h1[^>]*>(.*?)</h1>", main, re.S)
parts = [text(h1.group(1)) if h1 else "(no heading)"]
alert = re.search(r'class="alert alert-error" role="alert">(.*?)</div>', main, re.S)
if alert: parts.append(text(alert.group(1)))
rows = dict((text(k), text(v)) for k, v in re.findall(r'<th scope="row">(.*?)</th><td>(.*?)</td>', main, re.S))
if rows: parts.append(", ".join(f"{k.lower()} {v}" for k, v in rows.items() if k in ("Imported", "Skipped")))
skipped = re.search(r'class="skipped-list"[^>]*>\s*<li>(.*?)</li>', main, re.S)
if skipped: parts.append("first skipped: " + text(skipped.group(1)))
print("; ".join(parts)[:220])
PY2
)
  answer="job ${seconds} s: $answer"
  sleep 0.1; kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  peak=$(cat "$work/peak" 2>/dev/null || echo "$before"); rm -f "$work/peak"
  printf '%-34s %10s %10s %10s  %s\n' "$file ($(( $(stat -c %s "$work/$file") / 1048576 )) MB)" "$before" "$peak" "$((peak - before))" "$answer"
done
