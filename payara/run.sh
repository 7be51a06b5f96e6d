#!/usr/bin/env bash
# Runs one MotCua instance in the foreground: the built WAR on Payara Micro at the root path, with
# the embedded PostgreSQL unless a database is configured. Build first: mvn -DskipTests package
#
#   payara/run.sh [--port N] [--home DIR] [--demo] [--db-port N] [--heap SIZE]
#                 [--cluster NAME --members HOST:PORT,... --name NAME --cluster-port N]
#
# Stops cleanly on SIGTERM or Ctrl-C: Payara first, then the embedded database.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=8080
home=./data
demo=false
db_port=0
heap=1g
cluster_name=""
cluster_members=""
instance_name=""
cluster_port=6900
ready_timeout=${MOTCUA_READY_TIMEOUT:-300}

die() { echo "run.sh: $*" >&2; exit 1; }
usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }
need_value() { [ $# -ge 2 ] && [ -n "$2" ] || die "$1 needs a value"; }
need_number() { [[ "$2" =~ ^[0-9]+$ ]] || die "$1 must be a number, not '$2'"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --port) need_value "$@"; need_number "$1" "$2"; port=$2; shift 2 ;;
    --home) need_value "$@"; home=$2; shift 2 ;;
    --demo) demo=true; shift ;;
    --db-port) need_value "$@"; need_number "$1" "$2"; db_port=$2; shift 2 ;;
    --heap) need_value "$@"; heap=$2; shift 2 ;;
    --cluster) need_value "$@"; cluster_name=$2; shift 2 ;;
    --members) need_value "$@"; cluster_members=$2; shift 2 ;;
    --name) need_value "$@"; instance_name=$2; shift 2 ;;
    --cluster-port) need_value "$@"; need_number "$1" "$2"; cluster_port=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "--port must be between 1 and 65535"
if [ -n "$cluster_name" ] && [ -z "$cluster_members" ]; then
  die "--cluster needs --members with every member's HOST:PORT (TCP/IP discovery)"
fi

war="$root/target/motcua.war"
runtime="$root/target/runtime"
[ -f "$war" ] && [ -f "$runtime/payara-micro.jar" ] && [ -f "$runtime/launcher.classpath" ] \
  || die "no build found; run first: mvn -DskipTests package"

mkdir -p "$home"
home=$(cd "$home" && pwd)
mkdir -p "$home/logs" "$home/run" "$home/files"

# One instance per home folder: a second one would corrupt the data. The lock is released by the
# kernel when this script and its children end, even after kill -9.
exec 9>"$home/run/motcua.lock"
if ! flock -n 9; then
  die "another MotCua instance is running on $home (pid $(cat "$home/run/motcua.pid" 2>/dev/null || echo '?')); stop it first"
fi
echo $$ >"$home/run/motcua.pid"

profile=prod
[ "$demo" = true ] && profile=demo

db_pid=""
payara_pid=""
stopping=false

stop_all() {
  $stopping && return
  stopping=true
  trap '' INT TERM
  if [ -n "$payara_pid" ] && kill -0 "$payara_pid" 2>/dev/null; then
    echo "run.sh: stopping Payara Micro..."
    kill -TERM "$payara_pid" 2>/dev/null || true
    wait "$payara_pid" 2>/dev/null || true
  fi
  if [ -n "$db_pid" ] && kill -0 "$db_pid" 2>/dev/null; then
    echo "run.sh: stopping the embedded database..."
    kill -TERM "$db_pid" 2>/dev/null || true
    wait "$db_pid" 2>/dev/null || true
  fi
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

if [ -z "$(configured_db_url)" ]; then
  echo "run.sh: no database configured (MOTCUA_DB_URL); starting the embedded PostgreSQL in $home/pgdata"
  rm -f "$home/run/database.env"
  # Background jobs of a script ignore SIGINT: Ctrl-C reaches only this script, which stops
  # Payara before the database.
  java -Xmx256m -cp "$root/target/classes:$(cat "$runtime/launcher.classpath")" \
    vn.motcua.launcher.EmbeddedDatabaseMain --home "$home" --port "$db_port" \
    >>"$home/logs/database.log" 2>&1 &
  db_pid=$!
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
java -cp "$root/target/classes" vn.motcua.launcher.CheckSettings "$root/config/$profile.properties" \
  || die "fix the configuration above (environment variables or config/$profile.properties)"

# A fresh Payara runtime folder each start: an old one would redeploy a stale application.
payara_root="$home/run/payara"
rm -rf "$payara_root"
mkdir -p "$payara_root"
sed "s|@LOG_DIR@|$home/logs|" "$root/payara/logging.properties" >"$payara_root/logging.properties"

cluster_options=(--nocluster)
if [ -n "$cluster_name" ]; then
  cluster_options=(--clustername "$cluster_name" --clustermode "tcpip:$cluster_members"
    --startport "$cluster_port" --nohostaware)
  [ -n "$instance_name" ] && cluster_options+=(--name "$instance_name")
fi

log_file="$home/logs/motcua.0.json.log"
log_offset=$(stat -c %s "$log_file" 2>/dev/null || echo 0)
echo "run.sh: starting MotCua ($profile) on http://localhost:$port/"
java "-Xmx$heap" -XX:+ExitOnOutOfMemoryError \
  -Dmp.config.profile="$profile" \
  -Dmotcua.config.dir="$root/config" \
  -Dmotcua.home="$home" \
  -jar "$runtime/payara-micro.jar" \
  --deploy "$war" --contextroot / \
  --port "$port" \
  --rootdir "$payara_root" \
  --logproperties "$payara_root/logging.properties" \
  --postbootcommandfile "$root/payara/post-boot-commands.asadmin" \
  "${cluster_options[@]}" &
payara_pid=$!

# Payara answers even when the WAR failed to deploy: ready means our own health check is UP. Once
# Payara says it is ready, a MotCua that is not ready soon after has failed to deploy.
http_get() {
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
  timeout 5 cat <&3
  exec 3<&-
}
deadline=$((SECONDS + ready_timeout))
payara_ready_at=""
until http_get /health/ready 2>/dev/null | grep -q '"name":"database","status":"UP"'; do
  kill -0 "$payara_pid" 2>/dev/null || die "Payara Micro stopped; see the output above"
  new_log=$(tail -c "+$((log_offset + 1))" "$log_file" 2>/dev/null || true)
  if grep -q 'Cannot start MotCua' <<<"$new_log"; then
    die "MotCua did not deploy: wrong configuration, see above"
  fi
  if [ -z "$payara_ready_at" ] && grep -qE 'ready in [0-9,.]+ ?\(ms\)' <<<"$new_log"; then
    payara_ready_at=$SECONDS
  fi
  if [ -n "$payara_ready_at" ] && [ $((SECONDS - payara_ready_at)) -ge 20 ]; then
    die "MotCua did not deploy; the reason is above and in $log_file"
  fi
  [ $SECONDS -lt $deadline ] || die "MotCua was not ready within $ready_timeout s"
  sleep 1
done
echo "run.sh: MotCua is ready at http://localhost:$port/ (Ctrl-C stops it)"

wait "$payara_pid" || true
payara_pid=""
