#!/usr/bin/env bash
# Portal submissions benchmark (issue 7: at least 300 online submissions a second with a 10 KB PDF,
# p99 under 150 ms, at 16 concurrent clients, one instance with PostgreSQL on the same 2-core
# machine; and the ratio to a trivial JAX-RS + JPA insert measured in the same run).
#
# Builds MotCua with the benchmark profile (mvn -Pbench: Gatling, and target/motcua-bench.war, the
# WAR plus the baseline resource), starts it on a scratch home (target/bench/portal, demo mode, so
# that the demo key of config/demo signs the portal's tokens), makes the baseline's table, runs the
# Gatling simulation vn.motcua.bench.PortalSubmissionSimulation, and prints a Markdown report (also
# in target/bench/portal-submissions.md). Stops the server on exit and on Ctrl-C.
#
#   src/test/bench/portal-submissions.sh [--users N (16)] [--warmup SECONDS (120)]
#       [--measure SECONDS (60)] [--heap SIZE (1g)] [--port N (8097)] [--no-build] [--profile]
#       [--key PEM (config/demo/portal-jwt-private.pem)] [--centers all|one|CODE,CODE... (all)]
#       [--statements]
#
# Submissions go in turn to every open commune service center (--centers all: the procedure, a
# birth registration, is received at any of them), or all to Hồng Gai's (--centers one): a center
# numbers its dossiers of the day from one counter row, so submissions to one center wait for each
# other.
#
# --profile records the server's submissions with Java Flight Recorder from their warm-up on
# (target/bench/portal-submission.jfr) and prints where the measured ones' CPU went: it costs some
# throughput, so report figures from a run without it.
#
# --statements restarts the embedded PostgreSQL with pg_stat_statements before the load and prints
# the statements that took the database's time, over the whole run (warm-ups and the baseline
# included), per submission: what a submission asks of PostgreSQL, and what each statement costs.
# Its bookkeeping costs some throughput too.
#
# Needs curl and psql. Run it alone on the machine:
#   flock /tmp/motcua-it.lock src/test/bench/portal-submissions.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)

users=16
# Two minutes: at 30 s the JIT compilers still took 16 % of the server's CPU in the measured
# submissions (2 % after 120 s), on two cores shared with PostgreSQL and Gatling.
warmup=120
measure=60
heap=1g
port=8097
build=true
profile=false
statements=false
centers=all
key=$root/config/demo/portal-jwt-private.pem
die() { echo "portal-submissions.sh: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --measure) measure=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --no-build) build=false; shift ;;
    --profile) profile=true; shift ;;
    --statements) statements=true; shift ;;
    --key) key=$2; shift 2 ;;
    --centers) centers=$2; shift 2 ;;
    -h|--help) sed -n '2,32p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
for n in "$users" "$warmup" "$measure" "$port"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "'$n' is not a number"
done

bench=target/bench
home=$bench/portal
run_log=$bench/portal-run.log
gatling_log=$bench/portal-gatling.log
phases=$bench/portal-phases.json
report=$bench/portal-submissions.md
jfr=$bench/portal-submission.jfr
[ -f "$key" ] || die "no signing key at $key (the demo key comes with the portal's authentication)"
key=$(cd "$(dirname "$key")" && pwd)/$(basename "$key")

if $build; then
  echo "Building (mvn -Pbench -DskipTests package)..."
  mvn -B -q -Pbench -DskipTests package
fi
[ -f target/motcua-bench.war ] || die "no target/motcua-bench.war: build with mvn -Pbench -DskipTests package"

run_pid=""
stop() {
  trap '' INT TERM
  if [ -n "$run_pid" ] && kill -0 "$run_pid" 2>/dev/null; then
    echo "Stopping MotCua..."
    kill -TERM "$run_pid" 2>/dev/null || true
    wait "$run_pid" 2>/dev/null || true
  fi
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

rm -rf "$home" "$phases" "$jfr"
mkdir -p "$bench"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Starting MotCua on $home (log: $run_log)..."
# The portal's sync endpoint is Gatling's (PortalSyncSink), not the demo's simulator inside MotCua:
# the real portal is not on the province's machine, and the server must not pay for its end.
sync_port=$((port + 2))
start() {
  : >"$run_log" # so that the wait below never reads the line of an earlier start
  MOTCUA_PORTAL_SYNC_URL="http://localhost:$sync_port/sync" \
    payara/run.sh --demo --home "$home" --port "$port" --heap "$heap" --war target/motcua-bench.war \
    >"$run_log" 2>&1 &
  run_pid=$!
  until grep -q 'MotCua is ready' "$run_log"; do
    kill -0 "$run_pid" 2>/dev/null || { cat "$run_log"; die "MotCua did not start"; }
    sleep 1
  done
}
start
if $statements; then
  # A library PostgreSQL loads only when it starts: once the database exists, start again with it.
  echo "Restarting MotCua with pg_stat_statements..."
  kill -TERM "$run_pid"
  wait "$run_pid" || true
  printf "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track_planning = on\n" \
    >>"$home/pgdata/postgresql.auto.conf"
  start
fi

set -a; . "$home/run/database.env"; set +a
db_port=$(sed 's/.*localhost:\([0-9]*\).*/\1/' <<<"$MOTCUA_DB_URL")
owner_sql() {
  PGPASSWORD=$MOTCUA_DB_OWNER_PASSWORD psql -h localhost -p "$db_port" -U "$MOTCUA_DB_OWNER" motcua \
    -v ON_ERROR_STOP=1 -qAt "$@"
}
# The baseline's table: the benchmark's own, never a migration's.
owner_sql <<SQL
CREATE TABLE bench_baseline (
  id bigint PRIMARY KEY,
  reference varchar(100) NOT NULL,
  caller varchar(255) NOT NULL,
  received_at timestamptz NOT NULL
);
CREATE SEQUENCE bench_baseline_seq START WITH 50 INCREMENT BY 50;
GRANT SELECT, INSERT ON bench_baseline TO "$MOTCUA_DB_USER";
GRANT USAGE, SELECT ON SEQUENCE bench_baseline_seq TO "$MOTCUA_DB_USER";
SQL
superuser_sql() {
  PGPASSWORD=$(cat "$home/database.secret") psql -h localhost -p "$db_port" -U postgres motcua \
    -v ON_ERROR_STOP=1 -qAt "$@"
}
if $statements; then
  superuser_sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" \
    -c "SELECT pg_stat_statements_reset()" >/dev/null
fi
server_pid=$(sed -n 's/^payara //p' "$home/run/motcua.pid")
database_pid=$(head -n 1 "$home/pgdata/postmaster.pid")
settings=$(owner_sql -c "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name)
  FROM pg_settings WHERE name IN ('shared_buffers', 'max_connections', 'fsync', 'synchronous_commit',
  'wal_sync_method', 'full_page_writes', 'checkpoint_timeout', 'max_wal_size')")
pg_version=$(owner_sql -c "SHOW server_version")
case "$centers" in
  all) centers=$(owner_sql -c "SELECT string_agg(code, ',' ORDER BY code) FROM org_unit
         WHERE kind = 'COMMUNE_CENTER' AND closed_at IS NULL") ;;
  one) centers=TTPVHCC-HONG-GAI ;;
esac
center_count=$(tr ',' '\n' <<<"$centers" | wc -l)

total=$((2 * warmup + 2 * measure))
echo "Running Gatling: $users users, ${warmup} s warm-up and ${measure} s measured for each request" \
  "(about $total s, then up to 300 s for the sync to catch up; log: $gatling_log)..."
jfr_option=()
$profile && jfr_option=(-Dbench.jfr="$root/$jfr")
gatling_status=0
mvn -B -Pbench gatling:test \
  -Dgatling.simulationClass=vn.motcua.bench.PortalSubmissionSimulation \
  -Dbench.baseUrl="http://localhost:$port" -Dbench.users="$users" -Dbench.warmup="$warmup" \
  -Dbench.measure="$measure" -Dbench.key="$key" -Dbench.run="$(date +%s)" \
  -Dbench.centers="$centers" -Dbench.syncPort="$sync_port" -Dbench.serverPid="$server_pid" -Dbench.databasePid="$database_pid" -Dbench.out="$root/$phases" \
  "${jfr_option[@]}" >"$gatling_log" 2>&1 || gatling_status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
caught_up=$(sed -n 's/^Sync caught up: //p' "$gatling_log")
outbox=$(owner_sql -c "SELECT string_agg(state || ' ' || n, ', ' ORDER BY state)
  FROM (SELECT state, count(*) AS n FROM portal_outbox GROUP BY state) s")
outbox_errors=$(owner_sql -c "SELECT string_agg(last_error || ' ' || n, ', ' ORDER BY n DESC)
  FROM (SELECT last_error, count(*) AS n FROM portal_outbox WHERE last_error IS NOT NULL
  GROUP BY last_error) e")
[ -f "$phases" ] || { tail -n 40 "$gatling_log"; die "Gatling did not finish (status $gatling_status)"; }
results=$(ls -td "$bench"/gatling/*/ 2>/dev/null | head -n 1)

# The measured phases as the simulation wrote them (vn.motcua.bench.Phase).
get() { jq -r --arg name "$1" ".[] | select(.request == \$name) | $2" "$phases"; }
jq -e 'all(.[]; .complete)' "$phases" >/dev/null || die "a phase did not end: see $gatling_log"
row() {
  jq -r --arg name "$1" --argjson cores "$(nproc)" '
    def r(x; d): (x * d | round) / d;
    .[] | select(.request == $name)
    | [.request, .users, r(.seconds; 10), .requests, .failed, r((.requests - .failed) / .seconds; 10),
       .p50, .p75, .p95, .p99, .max,
       r(.cpu.server / .requests * 1000; 100), r(.cpu.database / .requests * 1000; 100),
       r(.cpu.client / .requests * 1000; 100), r(.cpu.machine / .seconds / $cores * 100; 1),
       r((.cpu.machine - .cpu.server - .cpu.database - .cpu.client) / .seconds / $cores * 100; 1)]
    | map(tostring) | "| " + join(" | ") + " |"' "$phases"
}
rate() { jq -n "$(get "$1" '(.requests - .failed) / .seconds')"; }
sub_rate=$(rate submission)
base_rate=$(rate baseline)
failed=$(jq '[.[] | .failed] | add' "$phases")
met=no
if [ "$(get submission .failed)" -eq 0 ] \
  && jq -e -n "$sub_rate >= 300 and $(get submission .p99) < 150" >/dev/null; then
  met=yes
fi

{
  echo "Portal submissions benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1))," \
    "$(free -g | awk '/^Mem:/ {print $2}') GB RAM; load average before $load_before, after $load_after"
  echo "- server: Payara Micro (target/runtime), heap $heap; embedded PostgreSQL $pg_version ($settings)"
  echo "- $users users, closed model, ${warmup} s warm-up then ${measure} s measured for each request;" \
    "submissions to $center_count service center(s) in turn;" \
    "Gatling's report: $results"
  echo
  echo "| request | users | s | requests | failed | per s | p50 ms | p75 ms | p95 ms | p99 ms | max ms |" \
    "server CPU ms/req | database CPU ms/req | client CPU ms/req | machine busy % | of which others % |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  row baseline
  row submission
  echo
  echo "- submission / baseline: throughput $(jq -n "$sub_rate / ([$base_rate, 0.001] | max) * 1000 | round / 1000")," \
    "p50 latency $(jq -n "$(get submission .p50) / ([$(get baseline .p50), 1] | max) * 100 | round / 100")"
  echo "- portal sync: the last message reached Gatling's sync endpoint ${caught_up:-(not measured)};" \
    "the outbox's messages at the end, by state: ${outbox:-none}" \
    "(the relay delivers every 5 s to Gatling's sync endpoint, whose work is in the client's column)${outbox_errors:+; last errors: $outbox_errors}"
  echo "- machine busy: all cores together; others: what neither the server, PostgreSQL nor Gatling used" \
    "(other processes, and the kernel's work not charged to a process)"
  echo "- goal (>= 300/s, p99 < 150 ms, no failure, $users clients): $met"
  [ "$failed" -eq 0 ] || echo "- FAILED REQUESTS (any answer but 201): see $results and $gatling_log"
} | tee "$report"

if $profile && [ -f "$jfr" ]; then
  echo
  # The recording began with the warm-up: only the measured phase's samples count.
  java -cp target/test-classes vn.motcua.bench.JfrHotspots "$jfr" \
    "$(get submission .from)" "$(get submission .to)" | tee -a "$report"
fi
if $statements; then
  submissions=$(jq '[.[] | select(.request | startswith("submission")) | .requests] | add' "$phases")
  {
    echo
    echo "Statements by the database's time (execution and planning), the whole run: $submissions" \
      "submissions (warm-up and measured) and the baseline's calls; per submission = calls / submissions."
    echo
    echo "| statement | per submission | ms each | share of the time |"
    echo "|---|---|---|---|"
    superuser_sql -v submissions="$submissions" <<'SQL'
SELECT format('| `%s` | %s | %s | %s %% |',
    replace(left(regexp_replace(query, '\s+', ' ', 'g'), 90), '|', '\|'),
    round(calls::numeric / :submissions, 2),
    round(((total_exec_time + total_plan_time) / calls)::numeric, 3),
    round((100 * (total_exec_time + total_plan_time)
      / sum(total_exec_time + total_plan_time) OVER ())::numeric, 1))
FROM pg_stat_statements
WHERE calls > 0 AND query NOT LIKE '%pg_stat_statements%'
ORDER BY total_exec_time + total_plan_time DESC
LIMIT 25
SQL
  } | tee -a "$report"
fi
[ "$gatling_status" -eq 0 ] || echo "(Gatling ended with status $gatling_status: see $gatling_log)"
[ "$failed" -eq 0 ]
