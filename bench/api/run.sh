#!/usr/bin/env bash
# API speed benchmark (issue 13): POST /api/v1/assessments with a 12-finding case against the published
# app (Release, SQLite, Production environment, logging at Warning) and, in the same run, against a bare
# Kestrel endpoint (bench/api/BareEcho) that answers with the same response body. wrk: 64 connections,
# 2 threads, loopback; a warm-up (app 20 s, bare 10 s), then DURATION seconds each in three alternating rounds.
# Prints requests/s (mean of the rounds), p50 and p99 (median of the rounds) for both sides and the ratios; last line `ratio N` = the app's requests/s over the bare endpoint's.
# The anonymous assessment API's rate limit is raised for the run by configuration
# (RateLimiting__AssessmentPermitsPerMinute), not by code; the limiter still runs on every request.
# Usage: bench/api/run.sh [DURATION_SECONDS]   (default 15)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${1:-15}"
connections=64
threads=2
work="$(mktemp -d /tmp/footfall-api-bench.XXXXXX)"
app_pid=""
bare_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$bare_pid" ] && kill "$bare_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing wrk with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  else
    echo "bench/api/run.sh: wrk is missing. Install it and run again:" >&2
    echo "  sudo apt-get install -y wrk" >&2
    exit 1
  fi
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 150); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done; echo "not answering: $1" >&2; return 1; }

echo "Publishing (Release)" >&2
dotnet publish "$root/src/Footfall.Web/Footfall.Web.csproj" -c Release -nologo -v q -o "$work/app" >/dev/null
dotnet publish "$here/BareEcho/BareEcho.csproj" -c Release -nologo -v q -o "$work/bare" >/dev/null

app_port=$(free_port)
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production \
  Database__SqlitePath="$work/footfall.db" DataProtection__KeysPath="$work/keys" Email__OutboxPath="$work/outbox" \
  Security__RequireHttps=false RateLimiting__AssessmentPermitsPerMinute=1000000000 \
  Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Warning \
  ./Footfall.Web --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1) &
app_pid=$!
wait_for "http://127.0.0.1:$app_port/healthz" || { cat "$work/app.log" >&2; exit 1; }

# The bare endpoint answers with the app's own answer to the case, byte for byte.
app_url="http://127.0.0.1:$app_port/api/v1/assessments"
curl -fsS -o "$work/response.json" -H 'Content-Type: application/json' --data-binary "@$here/case.json" "$app_url"
bare_port=$(free_port)
(cd "$work/bare" && exec env BENCH_RESPONSE="$work/response.json" ASPNETCORE_ENVIRONMENT=Production \
  ./BareEcho --urls "http://127.0.0.1:$bare_port" >"$work/bare.log" 2>&1) &
bare_pid=$!
bare_url="http://127.0.0.1:$bare_port/"
wait_for "$bare_url" || { cat "$work/bare.log" >&2; exit 1; }
echo "Response body: $(wc -c <"$work/response.json") bytes; case: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["evidence"]))' "$here/case.json") findings" >&2

measure() { # url seconds -> "result rps p50 p99 bad errors"
  CASE_FILE="$here/case.json" wrk -t"$threads" -c"$connections" -d"$2s" -s "$here/post.lua" "$1" | grep '^result '
}

# The machine is shared, so its load drifts during a run: the two sides are measured in alternating
# rounds (app, bare, app, bare, ...) and each side's figures combine its rounds, so both meet the same drift.
rounds=3
slice=$(( (duration + rounds - 1) / rounds ))
# The app has far more code for the tiered JIT to compile than the bare endpoint; on a loaded machine its
# background compiler needs the longer warm-up.
echo "Warming up (app 20 s, bare 10 s)" >&2
measure "$app_url" 20 >/dev/null
measure "$bare_url" 10 >/dev/null
echo "Measuring ($rounds alternating rounds of $slice s each side, $connections connections, $threads threads)" >&2
: >"$work/app.txt"; : >"$work/bare.txt"
echo "  (each round: requests/s, p50 ms, p99 ms, status >= 400, all errors)" >&2
for round in $(seq 1 "$rounds"); do
  measure "$app_url" "$slice" | tee -a "$work/app.txt" | sed "s/^result /  round $round app:  /" >&2
  measure "$bare_url" "$slice" | tee -a "$work/bare.txt" | sed "s/^result /  round $round bare: /" >&2
done
combine() { # rounds file -> "rps p50 p99 errors": mean requests/s; median p50 and p99 of the rounds; all errors
  python3 - "$1" <<'PY'
import statistics, sys
rows = [list(map(float, line.split()[1:])) for line in open(sys.argv[1]) if line.startswith("result ")]
print(f"{statistics.mean(r[0] for r in rows):.0f} {statistics.median(r[1] for r in rows):.3f} "
      f"{statistics.median(r[2] for r in rows):.3f} {sum(int(r[4]) for r in rows)}")
PY
}
read -r app_rps app_p50 app_p99 app_err < <(combine "$work/app.txt")
read -r bare_rps bare_p50 bare_p99 bare_err < <(combine "$work/bare.txt")

printf '%-28s %10s %10s %10s %8s\n' "" "requests/s" "p50 ms" "p99 ms" "errors"
printf '%-28s %10s %10s %10s %8s\n' "POST /api/v1/assessments" "$app_rps" "$app_p50" "$app_p99" "$app_err"
printf '%-28s %10s %10s %10s %8s\n' "bare Kestrel, same body" "$bare_rps" "$bare_p50" "$bare_p99" "$bare_err"
if [ "$app_err" != 0 ] || [ "$bare_err" != 0 ]; then
  echo "warning: errors or non-2xx answers during the run (see the errors column)" >&2
fi
python3 - "$app_rps" "$bare_rps" "$app_p99" "$bare_p99" <<'PY'
import sys
app_rps, bare_rps, app_p99, bare_p99 = map(float, sys.argv[1:])
print(f"p99 ratio {app_p99 / bare_p99:.2f}  (app p99 / bare p99; target <= 3)")
print(f"ratio {app_rps / bare_rps:.3f}")
PY
