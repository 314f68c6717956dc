#!/usr/bin/env bash
# Footfall's one test command: builds everything and runs every test, including the PostgreSQL tests
# against a real server it starts here (initdb in a temporary folder, a free loopback port) and the
# browser tests in Debian's Chromium. Missing system packages are installed with apt-get when run as
# root; otherwise it says exactly what to install.
set -euo pipefail
cd "$(dirname "$0")"
root_dir=$(pwd)

say() { printf '\n== %s\n' "$*"; }

# ---- what the tests need on the machine -------------------------------------------------------
find_pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}
missing=()
command -v dotnet >/dev/null 2>&1 || { echo "test.sh: the .NET 10 SDK (dotnet) is required: https://dot.net" >&2; exit 1; }
[ -n "$(find_pg_bin)" ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -d /usr/share/fonts/truetype/liberation ] || [ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    say "Installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: missing system packages. Install them and run again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
pg_bin=$(find_pg_bin)
export FOOTFALL_TEST_CHROMIUM=${FOOTFALL_TEST_CHROMIUM:-$(command -v chromium)}

# ---- test-time npm packages (axe-core; Garmin's FIT SDK for cross-checks) ----------------------
for dir in tests/Footfall.Web.Tests/axe bench/garmin; do
  if [ -f "$dir/package.json" ]; then
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
      say "npm packages in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
  fi
done

# ---- a throwaway PostgreSQL server ---------------------------------------------------------------
pg_dir=$(mktemp -d /tmp/footfall-pg.XXXXXX)
chmod 755 "$pg_dir"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$pg_dir"
fi
stop_pg() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
say "Starting PostgreSQL ($("$pg_bin/postgres" --version | awk '{print $3}')) on 127.0.0.1:$pg_port"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; exit 1; }
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$pg_dir/server.log" >&2; exit 1; }
export FOOTFALL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

# ---- build and test --------------------------------------------------------------------------------
say "Building"
dotnet build Footfall.slnx -c Release -warnaserror -nologo -v quiet

# The migration tool the README's two commands use: it must restore and read both providers' models.
say "dotnet ef: no model change without a migration"
dotnet tool restore >/dev/null
for context in SqliteFootfallDbContext PostgresFootfallDbContext; do
  dotnet ef migrations has-pending-model-changes --project src/Footfall.Data --context "$context" \
    --configuration Release --no-build 2>&1 | tail -1
done

say "Running every test"
results=$(mktemp -d /tmp/footfall-results.XXXXXX)
set +e
dotnet test Footfall.slnx -c Release --no-build --nologo --logger "trx" --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
  f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  n=$(echo "$counters" | grep -o ' notExecuted="[0-9]*"' | grep -o '[0-9]*')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
# Show that the PostgreSQL and browser tests really ran.
echo
echo "PostgreSQL and browser tests in this run:"
cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*>' \
  | grep -E 'testName="[^"]*(PostgreSQL|Postgres|\.Browser\.)' \
  | sed -E 's/.*testName="([^"]*)".*outcome="([^"]*)".*/  \2  \1/; s/&quot;/"/g' | sort | uniq
rm -rf "$results"
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
