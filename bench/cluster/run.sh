#!/usr/bin/env bash
# Two Footfall web nodes on one PostgreSQL, HAProxy (round robin) in front, and the checks a cluster must
# pass, all through the proxy: a sign-in on one node used on the other; an interview whose screens
# alternate nodes; 100 concurrent bookings of one slot across both nodes giving one booking; a 3,000-file
# import whose node is killed (SIGKILL) mid-job, finished by the other with nothing lost or doubled.
# Starts its own throwaway PostgreSQL (initdb in a temporary folder, as test.sh does) and publishes the app.
# Prints each check PASS/FAIL; last line `checks: N passed, N failed`. Installs haproxy with apt-get as root.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d /tmp/footfall-cluster.XXXXXX)
chmod 755 "$work"
pids=()

find_pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  done
}
missing=()
[ -n "$(find_pg_bin)" ] || missing+=(postgresql)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bench/cluster: install what is missing first:  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
pg_bin=$(find_pg_bin)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# ---- PostgreSQL -------------------------------------------------------------------------------
if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$work"; fi
pg_port=$(free_port)
as_pg "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -t 60 \
  -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE footfall" >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=footfall;Maximum Pool Size=60"

# ---- the app, published once, run twice ---------------------------------------------------------
echo "== publishing the web app"
dotnet publish src/Footfall.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
mkdir -p "$work/outbox"
start_node() { # name port
  Database__Provider=PostgreSQL ConnectionStrings__Footfall="$connection" \
  Security__RequireHttps=false Email__OutboxPath="$work/outbox" App__PublicUrl="http://127.0.0.1:$proxy_port" \
  RateLimiting__AccountPermitsPerMinute=100000 RateLimiting__AssessmentPermitsPerMinute=100000 \
  Jobs__ClusterCheckinInterval=00:00:02 Jobs__ClusterCheckinMisfireThreshold=00:00:05 Jobs__IdleWaitTime=00:00:01 \
  Jobs__ImportBatchFiles=25 Logging__LogLevel__Default=Information \
  ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$work/app/Footfall.Web.dll" --urls "http://127.0.0.1:$2" >"$work/$1.log" 2>&1 &
  echo $!
}
wait_ready() { # port
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$1/healthz/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "node on port $1 did not become ready" >&2; return 1
}
port_a=$(free_port); port_b=$(free_port); proxy_port=$(free_port)
# The first node migrates the database and makes the first data-protection key before the second starts.
pid_a=$(start_node a "$port_a"); pids+=("$pid_a"); wait_ready "$port_a"
pid_b=$(start_node b "$port_b"); pids+=("$pid_b"); wait_ready "$port_b"
echo "== nodes a (127.0.0.1:$port_a, pid $pid_a) and b (127.0.0.1:$port_b, pid $pid_b) ready"

# ---- HAProxy, round robin, naming the node that answered -------------------------------------------
cat >"$work/haproxy.cfg" <<CFG
global
  maxconn 2000
defaults
  mode http
  timeout connect 5s
  timeout client 300s
  timeout server 300s
  option forwardfor
frontend web
  bind 127.0.0.1:$proxy_port
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /healthz/ready
  http-response set-header X-Node %s
  server a 127.0.0.1:$port_a check inter 1s fall 2 rise 2
  server b 127.0.0.1:$port_b check inter 1s fall 2 rise 2
CFG
"$haproxy" -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 40); do curl -fsS "http://127.0.0.1:$proxy_port/healthz/live" >/dev/null 2>&1 && break; sleep 0.25; done
echo "== HAProxy $("$haproxy" -v | head -1 | awk '{print $3}') on 127.0.0.1:$proxy_port"

set +e
PROXY="http://127.0.0.1:$proxy_port" OUTBOX="$work/outbox" PSQL="$pg_bin/psql -h 127.0.0.1 -p $pg_port -U postgres -d footfall" \
PID_A=$pid_a PID_B=$pid_b LOG_A="$work/a.log" LOG_B="$work/b.log" IMPORT_FILES=${IMPORT_FILES:-3000} \
  python3 bench/cluster/check.py
status=$?
set -e
if [ "$status" -ne 0 ] && [ -n "${KEEP_LOGS:-}" ]; then cp "$work"/*.log "$KEEP_LOGS"/; fi
exit $status
