#!/usr/bin/env bash
# Start to first request: the packaged backend starting on an existing, migrated database, timed
# from launching `java` to the first 200 of an authenticated API request (GET /api/companies with a
# staff token fetched beforehand, asked every 20 ms), plus the CPU seconds the JVM used until then.
#
#   perf/startup.sh                 # 5 starts of the production jar (-Pproduction, as the container
#                                   # image runs it) against a PostgreSQL server that already runs
#   JVM=default RUNS=3 perf/startup.sh
#   CDS=0 perf/startup.sh           # without the application's class-data archive (AppCDS)
#   MODE=embedded perf/startup.sh   # the jar of `make run`: its embedded PostgreSQL starts with it
#   JFR=1 RUNS=1 perf/startup.sh    # also records a flight recording of the start (kept, path printed)
#   EXTRA_JAVA_OPTS=-XX:TieredStopAtLevel=1 perf/startup.sh   # options to try on top
#   TIMED_JAVA_OPTS=-agentpath:… perf/startup.sh                # options for the timed starts only
#   AOT=1 perf/startup.sh           # the jar in the aot-jar layout, with a class-data archive recorded
#                                   # by one untimed training start that serves requests (JDK 17:
#                                   # -XX:ArchiveClassesAtExit) instead of the image's static-init one
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java AOT=1 perf/startup.sh
#                                   # the same on JDK 25, with an AOT cache (JEP 483/515)
#   NO_TRAINING=1 AOT=1 …           # reuses the archive of the last training start
#
# Builds its own jars in backend/target (NO_BUILD=1 reuses them); the database is on port 25436,
# the backend on 18081 / 19001; the first start migrates the database and is not timed.
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS=${RUNS:-5}; JVM=${JVM:-product}; CDS=${CDS:-1}; MODE=${MODE:-production}; JAVA=${JAVA:-java}; AOT=${AOT:-0}
case "$JVM" in
  product) JVM_OPTIONS="$AANJAGER_JAVA_OPTS ${EXTRA_JAVA_OPTS:-}" ;;
  default) JVM_OPTIONS="${EXTRA_JAVA_OPTS:-}" ;;
  *) echo "JVM=product|default"; exit 2 ;;
esac
JDK=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
case "$MODE" in production|embedded) ;; *) echo "MODE=production|embedded"; exit 2 ;; esac
PORT=18081; PG_PORT=25436; DATA="$ROOT/backend/target/startup-pgdata"
EMBEDDED_APP="$ROOT/backend/target/startup-app"; PRODUCTION_APP="$ROOT/backend/target/startup-production-app"
# an AOT cache holds only classes of the JDK's own class loaders: the aot-jar layout puts every jar
# on the class path, where Quarkus's fast-jar loads them through its own loader
[ "$AOT" = 1 ] && PRODUCTION_APP="$ROOT/backend/target/startup-aot-app"
WORK=$(mktemp -d /tmp/aanjager-startup.XXXXXX)
trap 'rc=$?; stop_parts; stop_stale_postgres $PG_PORT; [ $rc = 0 ] && [ "${JFR:-0}" = 0 ] && rm -rf "$WORK" || echo "kept $WORK"' EXIT

if [ "${NO_BUILD:-}" = 1 ] && [ -f "$EMBEDDED_APP/quarkus-run.jar" ] && [ -f "$PRODUCTION_APP/quarkus-run.jar" ]; then
  log "NO_BUILD=1: the jars built before"
else
  # AppCDS for the jar of `make run`: the classes the application loads at start, already parsed and
  # verified, in an archive that the build makes by starting it once (quarkus.package.jar.appcds.enabled)
  log "building the jar with embedded PostgreSQL (its data in target/startup-pgdata) and the production jar"
  (cd "$ROOT/backend" && $MVN package -DskipTests -Dquarkus.embedded.postgresql.port=$PG_PORT \
    -Dquarkus.embedded.postgresql.data.dir="$DATA" -Dquarkus.package.output-directory=startup-app \
    -Dquarkus.package.jar.appcds.enabled=true)
  if [ "$AOT" = 1 ]; then
    (cd "$ROOT/backend" && $MVN package -Pproduction -DskipTests \
      -Dquarkus.package.output-directory=startup-aot-app -Dquarkus.package.jar.type=aot-jar)
  else
    (cd "$ROOT/backend" && $MVN package -Pproduction -DskipTests \
      -Dquarkus.package.output-directory=startup-production-app)
  fi
fi
if [ "$AOT" = 0 ] && [ "$CDS" = 1 ] && [ "$MODE" = production ]; then
  # the production jar's archive made as the container image makes it (backend/Dockerfile), by the
  # JVM that runs it, in the app's folder, with a start that ends after the static initialisation
  log "class-data archive of the production jar, made as backend/Dockerfile makes it"
  rm -f "$PRODUCTION_APP/app-cds.jsa"
  (cd "$PRODUCTION_APP" && "$JAVA" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit=app-cds.jsa \
    -Dquarkus.appcds.generate=true -jar quarkus-run.jar > "$WORK/archive.log" 2>&1) \
    || { tail -20 "$WORK/archive.log"; exit 1; }
fi
stop_stale_postgres $PG_PORT
for port in $PORT 19001 $PG_PORT; do require_free_port $port startup; done
curl -sf -o /dev/null "$KEYCLOAK_URL/realms/aanjager" || { log "Keycloak must run on $KEYCLOAK_URL (make keycloak)"; exit 1; }

embedded_backend() { # log file -> starts the jar with its embedded PostgreSQL
  # shellcheck disable=SC2086 # the options are words
  start_part backend "$1" env -C "$EMBEDDED_APP" "$JAVA" $JVM_OPTIONS $(cds) $(jfr "$1") -Dquarkus.profile=local \
    -Dquarkus.http.port=$PORT -Dquarkus.management.port=19001 -jar quarkus-run.jar
}
production_backend() { # log file -> starts the production jar against the running database
  # shellcheck disable=SC2086 # the options are words
  start_part backend "$1" env -C "$PRODUCTION_APP" "$JAVA" $JVM_OPTIONS ${TRAINING:-$(cds) ${TIMED_JAVA_OPTS:-}} $(jfr "$1") -Dquarkus.profile=prod \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port=19001 \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
    -Dquarkus.oidc.auth-server-url="$KEYCLOAK_URL/realms/aanjager" \
    -Daanjager.tickets.signing-key="$SIGNING_KEY" -Daanjager.tickets.public-url=https://aanjager.example.nl \
    -Dquarkus.mailer.host=127.0.0.1 -Dquarkus.mailer.port=2525 -jar quarkus-run.jar
}
# the archive holds the class path as the build saw it (`-jar quarkus-run.jar` in the app's folder):
# started from elsewhere the JVM refuses the archive, with only a warning
cds() {
  if [ "$AOT" = 1 ] && [ "$JDK" -ge 24 ]; then echo "-XX:AOTCache=app.aot"
  elif [ "$AOT" = 1 ]; then echo "-XX:SharedArchiveFile=app-trained.jsa -Xshare:auto"
  elif [ "$CDS" = 1 ]; then echo "-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"; fi
}
jfr() { [ "${JFR:-0}" = 1 ] && echo "-XX:StartFlightRecording=filename=${1%.log}.jfr,settings=${JFR_SETTINGS:-profile} -XX:FlightRecorderOptions=stackdepth=256" || true; }

log "first start: the embedded PostgreSQL creates and migrates the database (not timed)"
embedded_backend "$WORK/first.log"
wait_for "http://127.0.0.1:19001/q/health/ready" 120 Backend || { tail -30 "$WORK/first.log"; exit 1; }
stop_parts; stop_stale_postgres $PG_PORT
if [ "$MODE" = production ]; then
  # the same server binaries and data folder, started on their own as a production database runs:
  # before the backend and independent of it (unshare -U: PostgreSQL refuses to run as root)
  postgres_bin=$(dirname "$(ls -d /tmp/embedded-pg/PG-*/bin/postgres | head -1)")
  as_user=(); [ "$(id -u)" = 0 ] && as_user=(unshare -U)
  start_part postgres "$WORK/postgres.log" "${as_user[@]}" "$postgres_bin/postgres" -D "$DATA" -p $PG_PORT \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories="$WORK"
  for _ in $(seq 100); do (echo > /dev/tcp/127.0.0.1/$PG_PORT) 2>/dev/null && break; sleep 0.1; done
  SIGNING_KEY=$(head -c 32 /dev/urandom | base64)
fi

STAFF=$(token staff)
if [ "$AOT" = 1 ] && [ "${NO_TRAINING:-}" = 1 ]; then
  log "NO_TRAINING=1: the archive recorded before"
elif [ "$AOT" = 1 ]; then
  [ "$MODE" = production ] || { log "AOT=1 needs MODE=production"; exit 2; }
  log "training start: records the classes it loads (JDK 25: and the methods that run hot) into the archive (not timed)"
  rm -f "$PRODUCTION_APP/app.aot" "$PRODUCTION_APP/app-trained.jsa"
  record="-XX:ArchiveClassesAtExit=app-trained.jsa"; [ "$JDK" -ge 24 ] && record="-XX:AOTCacheOutput=app.aot"
  TRAINING=$record production_backend "$WORK/training.log"
  wait_for "http://127.0.0.1:19001/q/health/ready" 120 Backend || { tail -30 "$WORK/training.log"; exit 1; }
  for _ in $(seq 30); do
    for path in "companies?size=20" "companies?q=bakkerij" "activities?size=20" "events" "reports/funnel" "partners"; do
      curl -s -o /dev/null -H "Authorization: Bearer $STAFF" "http://127.0.0.1:$PORT/api/$path"
    done
  done
  # the JVM writes the cache when it exits (a second JVM assembles it): wait for that, not a timer
  signal_tree TERM "${PARTS[-1]}"; wait "${PARTS[-1]}" 2>/dev/null || true; unset 'PARTS[-1]'
  archive="$PRODUCTION_APP/app-trained.jsa"; [ "$JDK" -ge 24 ] && archive="$PRODUCTION_APP/app.aot"
  [ -s "$archive" ] || { log "no archive was written"; tail -30 "$WORK/training.log"; exit 1; }
  log "$(basename "$archive"): $(du -h "$archive" | cut -f1)"
fi
times=(); cpus=()
for run in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  "${MODE}_backend" "$WORK/run-$run.log"
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
  # the backend only: in production mode the database keeps running between starts
  signal_tree TERM "${PARTS[-1]}"; wait "${PARTS[-1]}" 2>/dev/null || true; unset 'PARTS[-1]'
  [ "$MODE" = embedded ] && stop_stale_postgres $PG_PORT
done
[ "${JFR:-0}" = 1 ] && log "flight recordings: $WORK/run-*.jfr (jfr print --events jdk.ExecutionSample …)"
echo
echo "Start to first authenticated 200 ($MODE jar), $RUNS starts on a migrated database, JVM options: ${JVM_OPTIONS:-none (the JVM defaults)} $(cds), $("$JAVA" -version 2>&1 | head -1)"
printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {printf "  wall clock: min %d ms, median %d ms, max %d ms\n", v[1], v[int((NR + 1) / 2)], v[NR]}'
printf '%s\n' "${cpus[@]}" | sort -n | awk '{v[NR] = $1} END {printf "  JVM CPU time: min %.1f s, median %.1f s, max %.1f s\n", v[1], v[int((NR + 1) / 2)], v[NR]}'
echo "  load average now: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; others' work counts in the wall clock)"
