-- wrk script for bench/api/run.sh: POSTs the case in CASE_FILE as application/json and, when done,
-- prints one machine-readable line: "result <requests/s> <p50 ms> <p99 ms> <status >= 400> <all errors>"
-- (no response() callback: defining one makes wrk hand every response to Lua, slowing the client).
local f = assert(io.open(os.getenv("CASE_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("result %.0f %.3f %.3f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors))
end
