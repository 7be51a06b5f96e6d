#!/usr/bin/env bash
# Catalog search benchmark (issue 3: under 50 ms server time with 2,000 procedures).
# Starts its own MotCua on a scratch home, grows the catalog to 2,000 current procedures (copies of
# the seeded ones under new codes), then times GET /api/v1/procedures on loopback for several
# queries and prints the query plan. Needs a build (mvn -DskipTests package), curl and psql.
#
#   src/test/bench/catalog-search.sh [requests-per-query (default 200)]
set -euo pipefail
cd "$(dirname "$0")/../../.."
requests=${1:-200}
home=target/bench/catalog
port=8099
rm -rf "$home"
mkdir -p target/bench
payara/run.sh --home "$home" --port "$port" >target/bench/catalog-run.log 2>&1 &
run_pid=$!
trap 'kill -TERM $run_pid 2>/dev/null; wait $run_pid 2>/dev/null || true' EXIT
until grep -q 'MotCua is ready' target/bench/catalog-run.log; do
  kill -0 $run_pid 2>/dev/null || { cat target/bench/catalog-run.log; exit 1; }
  sleep 1
done

set -a; . "$home/run/database.env"; set +a
db_port=$(sed 's/.*localhost:\([0-9]*\).*/\1/' <<<"$MOTCUA_DB_URL")
sql() { PGPASSWORD=$MOTCUA_DB_PASSWORD psql -h localhost -p "$db_port" -U "$MOTCUA_DB_USER" motcua -qAt "$@"; }

sql <<'SQL'
INSERT INTO procedure (id, code)
  SELECT 1000000 + g, '9.' || lpad(g::text, 6, '0') FROM generate_series(1, 2000 - (SELECT count(*) FROM procedure)) g;
INSERT INTO procedure_version (id, procedure_id, number, current, name, field_code, level, agency_kind,
    agency_code, processing_days, processing_hours, same_day_cutoff, online_level, non_territorial,
    source, search_text)
  SELECT 2000000 + p.id, p.id, 1, true, v.name || ' (bản ' || p.id || ')', v.field_code, v.level,
         v.agency_kind, v.agency_code, v.processing_days, v.processing_hours, v.same_day_cutoff,
         v.online_level, v.non_territorial, 'benchmark copy', p.code || ' ' || v.search_text
    FROM procedure p
    JOIN LATERAL (SELECT * FROM procedure_version WHERE current AND source <> 'benchmark copy'
                  ORDER BY id OFFSET (p.id % 96) LIMIT 1) v ON true
   WHERE p.id >= 1000000;
ANALYZE procedure, procedure_version, field;
SQL
echo "current procedures: $(sql -c 'SELECT count(*) FROM procedure_version WHERE current')"

measure() {
  local label=$1 query=$2
  local times
  times=$(for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/procedures?$query"
  done | sort -n)
  local p50 p95 max
  p50=$(sed -n "$((requests / 2))p" <<<"$times")
  p95=$(sed -n "$((requests * 95 / 100))p" <<<"$times")
  max=$(tail -n 1 <<<"$times")
  printf '| %s | `%s` | %.1f | %.1f | %.1f |\n' "$label" "$query" "$(bc <<<"$p50*1000")" \
    "$(bc <<<"$p95*1000")" "$(bc <<<"$max*1000")"
}

# Warm up the JIT and the pools, then measure.
for _ in $(seq 1 200); do curl -s -o /dev/null "http://localhost:$port/api/v1/procedures?q=dang%20ky"; done
echo "| search | query | p50 ms | p95 ms | max ms |"
echo "|---|---|---|---|---|"
measure "two words, no diacritics" "q=dang%20ky&size=20"
measure "three words, diacritics" "q=%C4%91%C4%83ng%20k%C3%BD%20k%E1%BA%BFt%20h%C3%B4n&size=20"
measure "code prefix" "q=1.000&size=20"
measure "field filter, page 3" "field=ho-tich&page=3&size=20"
measure "no filter, page 50" "page=50&size=20"

echo
echo "Plan of the text search (three words):"
sql -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
  SELECT p.code, v.name FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id
    JOIN field f ON f.code = v.field_code
   WHERE v.current AND to_tsvector('simple', v.search_text) @@ to_tsquery('simple', 'dang:* & ky:* & ket:*')
   ORDER BY ts_rank(to_tsvector('simple', v.search_text), to_tsquery('simple', 'dang:* & ky:* & ket:*'), 2) DESC, p.code
   LIMIT 20"
