#!/usr/bin/env bash
# Start to first request: the packaged backend starting on an existing, migrated database, timed
# from launching `java` to the first 200 of an authenticated API request (GET /api/companies with a
# staff token fetched beforehand, asked every 20 ms). The database is the jar's embedded PostgreSQL
# with a data folder kept between starts, as `make run` has it, so its start is in the figure too.
#
#   perf/startup.sh                 # 5 timed starts with the product's JVM options (deploy/local/common.sh)
#   JVM=default RUNS=3 perf/startup.sh
#   CDS=0 perf/startup.sh           # without the application's class-data archive (AppCDS)
#
# Builds its own jar (backend/target/startup-app; NO_BUILD=1 reuses it) on PostgreSQL port 25436 and
# serves on 18081 / 19001; the first start migrates the database and is not timed.
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS=${RUNS:-5}; JVM=${JVM:-product}; CDS=${CDS:-1}
case "$JVM" in
  product) JVM_OPTIONS=$AANJAGER_JAVA_OPTS ;;
  default) JVM_OPTIONS="" ;;
  *) echo "JVM=product|default"; exit 2 ;;
esac
PORT=18081; PG_PORT=25436; DATA="$ROOT/backend/target/startup-pgdata"
WORK=$(mktemp -d /tmp/aanjager-startup.XXXXXX)
trap 'rc=$?; stop_parts; [ $rc = 0 ] && rm -rf "$WORK" || echo "kept $WORK"' EXIT

if [ "${NO_BUILD:-}" = 1 ] && [ -f "$ROOT/backend/target/startup-app/quarkus-run.jar" ]; then
  log "NO_BUILD=1: the jar built before (target/startup-app)"
else
  log "building the backend (target/startup-app, its database in target/startup-pgdata)"
  (cd "$ROOT/backend" && $MVN package -DskipTests -Dquarkus.embedded.postgresql.port=$PG_PORT \
    -Dquarkus.embedded.postgresql.data.dir="$DATA" -Dquarkus.package.output-directory=startup-app \
    -Dquarkus.package.jar.appcds.enabled=true)
fi
# AppCDS: the classes the application loads at start, already parsed and verified, in an archive
# that the build made by starting the application once (quarkus.package.jar.appcds.enabled)
CDS_ARCHIVE="$ROOT/backend/target/startup-app/app-cds.jsa"
[ "$CDS" = 1 ] && JVM_OPTIONS="$JVM_OPTIONS -XX:SharedArchiveFile=$CDS_ARCHIVE"
stop_stale_postgres $PG_PORT
for port in $PORT 19001 $PG_PORT; do require_free_port $port startup; done
curl -sf -o /dev/null "$KEYCLOAK_URL/realms/aanjager" || { log "Keycloak must run on $KEYCLOAK_URL (make keycloak)"; exit 1; }

backend() { # log file -> starts the jar in the background
  # shellcheck disable=SC2086 # the options are words
  start_part backend "$1" java $JVM_OPTIONS -Dquarkus.profile=local -Dquarkus.http.port=$PORT \
    -Dquarkus.management.port=19001 -jar "$ROOT/backend/target/startup-app/quarkus-run.jar"
}
stop_backend() { stop_parts; stop_stale_postgres $PG_PORT; }

log "first start: migrating the database (not timed)"
backend "$WORK/first.log"
wait_for "http://127.0.0.1:19001/q/health/ready" 120 Backend || { tail -30 "$WORK/first.log"; exit 1; }
stop_backend

STAFF=$(token staff)
times=(); cpus=()
for run in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  backend "$WORK/run-$run.log"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $STAFF" \
             "http://127.0.0.1:$PORT/api/companies?size=1")" = 200 ]; do
    kill -0 "${PARTS[-1]}" 2>/dev/null || { tail -30 "$WORK/run-$run.log"; exit 1; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 60 ] || { log "no 200 within 60 s"; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  # CPU seconds the JVM used until then: on a shared machine the wall-clock time also counts the
  # others' work, the CPU time does not
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/${PARTS[-1]}/stat")
  cpus+=("$cpu")
  quarkus=$(grep -oE 'started in [0-9.]+s' "$WORK/run-$run.log" | head -1 || true)
  times+=("$(( (t1 - t0) / 1000000 ))")
  log "start $run: ${times[-1]} ms to the first 200 (JVM CPU ${cpu} s; Quarkus: ${quarkus:-?}; load average $(cut -d' ' -f1 /proc/loadavg))"
  stop_backend
done
echo
echo "Start to first authenticated 200, $RUNS starts on a migrated database, JVM options: ${JVM_OPTIONS:-none (the JVM defaults)}"
printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {printf "  wall clock: min %d ms, median %d ms, max %d ms\n", v[1], v[int((NR + 1) / 2)], v[NR]}'
printf '%s\n' "${cpus[@]}" | sort -n | awk '{v[NR] = $1} END {printf "  JVM CPU time: min %.1f s, median %.1f s, max %.1f s\n", v[1], v[int((NR + 1) / 2)], v[NR]}'
echo "  load average now: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; others' work counts in the wall clock)"
