# Shared by the benchmark scripts (sourced): a backend of their own on loopback, so they never
# disturb `make run` or `make test` — HTTP port 18080 and embedded PostgreSQL on 25435, a
# fresh database each run (the database port is fixed when the application is built, hence
# the separate build into backend/target/perf-app).
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/common.sh"
API=http://127.0.0.1:18080
PERF_PG_PORT=25435
export PGPASSWORD=postgres
PSQL="psql -q -X -h localhost -p $PERF_PG_PORT -U postgres -d postgres -v ON_ERROR_STOP=1"

start_perf_stack() { # workdir
  command -v psql >/dev/null || { log "psql is needed: apt-get install postgresql-client"; return 1; }
  if [ "${NO_BUILD:-}" = 1 ] && [ -f "$ROOT/backend/target/perf-app/quarkus-run.jar" ]; then
    log "NO_BUILD=1: starting the benchmark backend built before (target/perf-app)"
  else
    log "building the benchmark backend (target/perf-app)"
    (cd "$ROOT/backend" && $MVN package -DskipTests -Dquarkus.embedded.postgresql.port=$PERF_PG_PORT \
      -Dquarkus.package.output-directory=perf-app)
  fi
  stop_stale_postgres $PERF_PG_PORT
  require_free_port 18080 benchmark; require_free_port 19000 benchmark; require_free_port $PERF_PG_PORT benchmark
  if ! curl -sf -o /dev/null "$KEYCLOAK_URL/realms/aanjager"; then
    start_part keycloak "$1/keycloak.log" "$ROOT/deploy/local/keycloak.sh" start
    wait_for "$KEYCLOAK_URL/realms/aanjager" 180 Keycloak
  fi
  # PERF_JAVA_OPTS: extra JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/perf.jfr,settings=profile
  start_part backend "$1/backend.log" java ${PERF_JAVA_OPTS:-} -Dquarkus.profile=local -Dquarkus.http.port=18080 -Dquarkus.management.port=19000 \
    -Daanjager.demo-data.enabled=false -Dquarkus.log.category.\"nl.aanjager\".level=WARN \
    -jar "$ROOT/backend/target/perf-app/quarkus-run.jar"
  wait_for "http://127.0.0.1:19000/q/health/ready" 120 Backend
}

token() { # user -> access token (demo realm: password = user name)
  curl -sf -d grant_type=password -d client_id=aanjager-cli -d username="$1" -d password="$1" \
    "$KEYCLOAK_URL/realms/aanjager/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
