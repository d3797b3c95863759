#!/usr/bin/env bash
# `make run`: the whole product on loopback with demo data — Keycloak, the backend (packaged,
# on its embedded PostgreSQL with data in .cache/pgdata) and the SPA's dev server (live reload).
# Ctrl-C stops all of it.
#
# The backend runs as a packaged jar rather than in Quarkus dev mode: dev mode also resolves
# dev-only artifacts (io.quarkus.qute:qute-debug for the mailer's templates) that the package
# registry here does not serve. The database port and folder are fixed when the jar is built, and
# so is the management interface: this loopback-only jar serves /q/health, /q/metrics and
# /q/openapi on the API port, where scripts that check a local run look for readiness; every
# other build (tests, end-to-end, production) serves them on the management port 9000 only.
set -euo pipefail
source "$(dirname "$0")/common.sh"

stop_stale_postgres 25432
for port in 8080 8180 5173 25432; do require_free_port $port "make run"; done
ensure_npm_packages
"$ROOT/deploy/local/keycloak.sh" install
mkdir -p "$CACHE/logs"

on_exit() { trap - EXIT INT TERM; log "stopping"; stop_parts; log "stopped"; }
trap on_exit EXIT
trap 'exit 130' INT TERM

start_part keycloak "$CACHE/logs/keycloak.log" "$ROOT/deploy/local/keycloak.sh" start
start_part frontend "$CACHE/logs/frontend.log" bash -c "cd '$ROOT/frontend' && exec npm run dev"
log "building the backend (tests skipped; make test runs them)"
PGDATA_DIR=${AANJAGER_PGDATA:-$CACHE/pgdata}
(cd "$ROOT/backend" && $MVN package -DskipTests -Dquarkus.analytics.disabled=true \
  -Dquarkus.embedded.postgresql.port=25432 -Dquarkus.embedded.postgresql.data.dir="$PGDATA_DIR" \
  -Dquarkus.package.output-directory=run-app -Dquarkus.management.enabled=false) > "$CACHE/logs/build.log" 2>&1 \
  || { tail -30 "$CACHE/logs/build.log"; exit 1; }
start_part backend "$CACHE/logs/backend.log" java $AANJAGER_JAVA_OPTS -Dquarkus.profile=local \
  -jar "$ROOT/backend/target/run-app/quarkus-run.jar"

log "starting (logs in .cache/logs/)…"
wait_for "$KEYCLOAK_URL/realms/aanjager/.well-known/openid-configuration" 180 Keycloak
wait_for http://127.0.0.1:8080/q/health/ready 120 Backend || { tail -40 "$CACHE/logs/backend.log"; exit 1; }
wait_for http://127.0.0.1:5173/ 120 "Web app" || { tail -40 "$CACHE/logs/frontend.log"; exit 1; }

cat <<MSG

  Aanjager is running.
    Web app:   http://localhost:5173
    API:       http://localhost:8080/api   (OpenAPI: http://localhost:8080/q/openapi; health /q/health, metrics /q/metrics)
    Keycloak:  http://localhost:8180       (realm aanjager; console user kcadmin / kcadmin)

  Demo logins (password = user name):
    admin     programme administrator
    staff     municipal programme staff
    partner1  Kamer van Koophandel Rotterdam (partner_id 1)
    partner2  FME Zuid-Holland (partner_id 2)
    checkin   door volunteer

  Press Ctrl-C to stop.
MSG
wait -n "${PARTS[@]}" || true
log "a part stopped by itself; see .cache/logs/"
