#!/usr/bin/env bash
# Runs one MotCua instance in the foreground: the built WAR on Payara Micro at the root path, with
# the embedded PostgreSQL unless a database is configured. Build first: mvn -DskipTests package
#
#   payara/run.sh [--port N] [--management-port N] [--management-address IP] [--home DIR]
#                 [--demo] [--db-port N] [--heap SIZE] [--war FILE]
#                 [--cluster NAME --members HOST:PORT,... [--name NAME] [--cluster-port N]
#                  [--interfaces IP]]
#
# The application answers on --port (default 8080); health (/health/ready, /health/live,
# /health/started) and metrics (/metrics) only on the management port (default: --port + 1), for
# the load balancer, probes and Prometheus: keep that port in the private network.
#
# Stops cleanly on SIGTERM or Ctrl-C: Payara first, then the embedded database. Under systemd use
# KillMode=mixed, so that only this script gets the signal and keeps that order.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=8080
management_port=""
management_address=0.0.0.0
home=./data
demo=false
db_port=0
heap=1g
cluster_name=""
cluster_members=""
instance_name=""
cluster_port=6900
cluster_interfaces=""
war=""
ready_timeout=${MOTCUA_READY_TIMEOUT:-300}

die() { echo "run.sh: $*" >&2; exit 1; }
usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }
need_value() { [ $# -ge 2 ] && [ -n "$2" ] || die "$1 needs a value"; }
need_number() { [[ "$2" =~ ^[0-9]+$ ]] || die "$1 must be a number, not '$2'"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --port) need_value "$@"; need_number "$1" "$2"; port=$2; shift 2 ;;
    --management-port) need_value "$@"; need_number "$1" "$2"; management_port=$2; shift 2 ;;
    --management-address) need_value "$@"; management_address=$2; shift 2 ;;
    --home) need_value "$@"; home=$2; shift 2 ;;
    --demo) demo=true; shift ;;
    --db-port) need_value "$@"; need_number "$1" "$2"; db_port=$2; shift 2 ;;
    --heap) need_value "$@"; heap=$2; shift 2 ;;
    # Another build of the WAR, e.g. the benchmark's (target/motcua-bench.war); default: the build's.
    --war) need_value "$@"; war=$2; shift 2 ;;
    --cluster) need_value "$@"; cluster_name=$2; shift 2 ;;
    --members) need_value "$@"; cluster_members=$2; shift 2 ;;
    --name) need_value "$@"; instance_name=$2; shift 2 ;;
    --cluster-port) need_value "$@"; need_number "$1" "$2"; cluster_port=$2; shift 2 ;;
    --interfaces) need_value "$@"; cluster_interfaces=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "--port must be between 1 and 65535"
[ -n "$management_port" ] || management_port=$((port + 1))
[ "$management_port" -ge 1 ] && [ "$management_port" -le 65535 ] \
  || die "--management-port must be between 1 and 65535"
[ "$management_port" -ne "$port" ] || die "--management-port must differ from --port"
[[ "$management_address" =~ ^[0-9A-Za-z.:-]+$ ]] \
  || die "--management-address must be an IP address or a host name, not '$management_address'"
[[ "$ready_timeout" =~ ^[0-9]+$ ]] || die "MOTCUA_READY_TIMEOUT must be a number of seconds"
if [ -n "$cluster_name" ] && [ -z "$cluster_members" ]; then
  die "--cluster needs --members with every member's HOST:PORT (TCP/IP discovery)"
fi
if [ -z "$cluster_name" ] && [ -n "$cluster_members$instance_name$cluster_interfaces" ]; then
  die "--members, --name and --interfaces go with --cluster NAME"
fi
command -v flock >/dev/null || die "flock (util-linux) is needed to lock the home folder"

if [ -z "$war" ]; then
  war="$root/target/motcua.war"
else
  [ -f "$war" ] || die "--war: no file $war"
  war=$(cd "$(dirname "$war")" && pwd)/$(basename "$war")
fi
[[ "$war" != *'"'* ]] || die "the path of the build ($war) must not contain a double quote"
runtime="$root/target/runtime"
[ -f "$war" ] && [ -f "$runtime/payara-micro.jar" ] && [ -f "$runtime/launcher.classpath" ] \
  || die "no build found; run first: mvn -DskipTests package"

launcher_classpath="$root/target/classes:$(cat "$runtime/launcher.classpath")"

mkdir -p "$home"
home=$(cd "$home" && pwd)
mkdir -p "$home/logs" "$home/run" "$home/files"

# One instance per home folder: a second one would corrupt the data. The lock is released by the
# kernel when this script and its children end, even after kill -9.
# The lock is held by every process of the instance: it ends when the last of them has ended.
exec 9>"$home/run/motcua.lock"
if ! flock -n 9; then
  die "another MotCua instance is running on $home (processes: $(tr '\n' ' ' <"$home/run/motcua.pid" 2>/dev/null)); stop it first"
fi
echo "run.sh $$" >"$home/run/motcua.pid"

profile=prod
[ "$demo" = true ] && profile=demo

db_pid=""
payara_pid=""
stopping=false

# Asks a process to stop, gives it a minute, then kills it.
stop_process() {
  local pid=$1 name=$2
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  echo "run.sh: stopping $name..."
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "run.sh: $name did not stop within 60 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

stop_all() {
  $stopping && return
  stopping=true
  trap '' INT TERM
  stop_process "$payara_pid" "Payara Micro"
  stop_process "$db_pid" "the embedded database"
  rm -f "$home/run/motcua.pid" "$home/run/database.env"
  echo "run.sh: stopped"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

configured_db_url() {
  if [ -n "${MOTCUA_DB_URL:-}" ]; then echo "$MOTCUA_DB_URL"; return; fi
  sed -n 's/^[[:space:]]*motcua\.db\.url[[:space:]]*[=:][[:space:]]*//p' "$root/config/$profile.properties" | tail -n 1
}

configured_files_dir() {
  if [ -n "${MOTCUA_FILES_DIR:-}" ]; then echo "$MOTCUA_FILES_DIR"; return; fi
  sed -n 's/^[[:space:]]*motcua\.files\.dir[[:space:]]*[=:][[:space:]]*//p' "$root/config/$profile.properties" | tail -n 1
}

# The file store: <home>/files unless configured (a cluster needs one folder shared by all).
if [ -z "$(configured_files_dir)" ]; then
  export MOTCUA_FILES_DIR="$home/files"
fi

if [ -n "$cluster_name" ] && [ -z "$(configured_db_url)" ]; then
  die "a cluster needs one shared database: set MOTCUA_DB_URL (the embedded database is per instance)"
fi

if [ -z "$(configured_db_url)" ]; then
  echo "run.sh: no database configured (MOTCUA_DB_URL); starting the embedded PostgreSQL in $home/pgdata"
  rm -f "$home/run/database.env"
  # Background jobs of a script ignore SIGINT: Ctrl-C reaches only this script, which stops
  # Payara before the database.
  java -Xmx256m -cp "$launcher_classpath" \
    vn.motcua.launcher.EmbeddedDatabaseMain --home "$home" --port "$db_port" \
    >>"$home/logs/database.log" 2>&1 &
  db_pid=$!
  echo "database $db_pid" >>"$home/run/motcua.pid"
  for _ in $(seq 1 240); do
    [ -f "$home/run/database.env" ] && break
    kill -0 "$db_pid" 2>/dev/null || die "the embedded database did not start; see $home/logs/database.log"
    sleep 0.5
  done
  [ -f "$home/run/database.env" ] || die "the embedded database was not ready in 120 s; see $home/logs/database.log"
  set -a
  # shellcheck disable=SC1091
  . "$home/run/database.env"
  set +a
  echo "run.sh: embedded database ready at $MOTCUA_DB_URL"
fi

# The same settings check as the application's, before anything slow starts.
java -cp "$launcher_classpath" vn.motcua.launcher.CheckSettings "$root/config/$profile.properties" \
  || die "fix the configuration above (environment variables or config/$profile.properties)"

# A fresh Payara runtime folder each start: an old one would redeploy a stale application.
payara_root="$home/run/payara"
rm -rf "$payara_root"
mkdir -p "$payara_root"
while IFS= read -r line; do
  printf '%s\n' "${line//@LOG_DIR@/$home/logs}"
done <"$root/payara/logging.properties" >"$payara_root/logging.properties"

cluster_options=(--nocluster)
if [ -n "$cluster_name" ]; then
  cluster_options=(--clustername "$cluster_name" --clustermode "tcpip:$cluster_members"
    --startport "$cluster_port" --nohostaware)
  [ -n "$instance_name" ] && cluster_options+=(--name "$instance_name")
  [ -n "$cluster_interfaces" ] && cluster_options+=(--interfaces "$cluster_interfaces")
fi

# Two servers on one port would answer each other's readiness checks.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  die "port $port is already in use; choose another with --port"
fi
# The management endpoints are probed on the management address; all interfaces: on this host.
case "$management_address" in
  0.0.0.0 | :: | '[::]') management_host=127.0.0.1 ;;
  *) management_host=$management_address ;;
esac
if (exec 3<>"/dev/tcp/$management_host/$management_port") 2>/dev/null; then
  die "management port $management_port is already in use; choose another with --management-port"
fi

# The WAR is deployed by a post-boot command rather than --deploy, which would deploy it to every
# virtual server: on "server" only, the management port serves the management endpoints and
# nothing of the application.
cat >"$payara_root/post-boot-commands.asadmin" <<EOF_COMMANDS
deploy --name motcua --contextroot / --virtualservers server --availabilityenabled=true "$war"
EOF_COMMANDS

log_file="$home/logs/motcua.0.json.log"
log_offset=$(stat -c %s "$log_file" 2>/dev/null || echo 0)
echo "run.sh: starting MotCua ($profile) on http://localhost:$port/" \
  "(management endpoints on $management_address:$management_port)"
# jakarta.json.provider: Json.createReader, Json.createObjectBuilder and the like otherwise look
# their provider up with a ServiceLoader on every call, which searches every jar of the WAR; Payara's
# own JSON log formatter does so for each log record. Parsson is the provider Payara ships.
# ForkJoinPool.common.parallelism: on two cores the common pool gets one thread, and then
# CompletableFuture's default executor starts a new thread for every task; the JDK's HttpClient
# completes every sendAsync there, so the portal relay started a thread per message (140 a second
# under the benchmark). Two is what a three-core machine gets anyway.
java "-Xmx$heap" -XX:+ExitOnOutOfMemoryError \
  -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 \
  -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
  -Dmp.config.profile="$profile" \
  -Dmotcua.config.dir="$root/config" \
  -Dmotcua.home="$home" \
  -Dmotcua.management.port="$management_port" \
  -Dmotcua.management.address="$management_address" \
  -jar "$runtime/payara-micro.jar" \
  --port "$port" \
  --rootdir "$payara_root" \
  --logproperties "$payara_root/logging.properties" \
  --prebootcommandfile "$root/payara/pre-boot-commands.asadmin" \
  --postbootcommandfile "$payara_root/post-boot-commands.asadmin" \
  "${cluster_options[@]}" &
payara_pid=$!
echo "payara $payara_pid" >>"$home/run/motcua.pid"

# Payara answers even when the WAR failed to deploy: ready means our own health check is UP. A
# failed deployment shows as a SEVERE record of Payara's deployment core; a slow one (Payara
# initialises applications after it says "ready", slowly on a loaded machine) is waited for.
http_get() {
  exec 3<>"/dev/tcp/$management_host/$management_port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
  timeout 5 cat <&3
  exec 3<&-
}
deadline=$((SECONDS + ready_timeout))
until http_get /health/ready 2>/dev/null | grep -q '"name":"database","status":"UP"'; do
  kill -0 "$payara_pid" 2>/dev/null || die "Payara Micro stopped; see the output above"
  new_log=$(tail -c "+$((log_offset + 1))" "$log_file" 2>/dev/null || true)
  if grep -q 'Cannot start MotCua' <<<"$new_log"; then
    die "MotCua did not deploy: wrong configuration, see above"
  fi
  if grep -q '"Level":"SEVERE","Version":"","LoggerName":"javax.enterprise.system.core"' <<<"$new_log"; then
    die "MotCua did not deploy; the reason is above and in $log_file"
  fi
  [ $SECONDS -lt $deadline ] || die "MotCua was not ready within $ready_timeout s (MOTCUA_READY_TIMEOUT)"
  sleep 1
done
echo "run.sh: MotCua is ready at http://localhost:$port/ (Ctrl-C stops it);" \
  "health and metrics at http://$management_host:$management_port/health/ready, /metrics"

# Runs until Payara ends or the embedded database dies under it; either is a failure to report.
status=0
if [ -n "$db_pid" ]; then
  wait -n "$payara_pid" "$db_pid" || status=$?
  if ! kill -0 "$db_pid" 2>/dev/null; then
    echo "run.sh: the embedded database stopped unexpectedly; see $home/logs/database.log" >&2
    [ "$status" -ne 0 ] || status=1
  fi
else
  wait "$payara_pid" || status=$?
fi
echo "run.sh: Payara Micro or the database ended (status $status)" >&2
exit "$status"
