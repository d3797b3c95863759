#!/usr/bin/env bash
# `make test`: every test — backend (real PostgreSQL, real Keycloak), SPA unit tests and
# the end-to-end tests in headless Chromium against the packaged backend and built SPA.
set -euo pipefail
source "$(dirname "$0")/common.sh"

# 25436-25443: the PostgreSQL servers of the fault tests (deploy/local/faults.sh), which
# `mvn verify` below runs too: a killed backend mid-import and mid-delivery, two replicas,
# a database restart, Keycloak down, the production jar refusing demo secrets, reports on a standby
stop_stale_postgres 25433 25434 25436 25437 25438 25439 25440 25441 25442 25443
for port in 8180 8080 9000 29001 4173 3000 25433 25434 25436 25437 25438 25439 25440 25441 25442 25443 25444; do
  require_free_port $port "make test"
done
ensure_chromium
ensure_nginx
ensure_npm_packages
ensure_check_packages
"$ROOT/deploy/local/keycloak.sh" install
RUN_DIR=$(mktemp -d /tmp/aanjager-test.XXXXXX)
mkdir -p "$RUN_DIR/logs"

on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  stop_parts
  if [ $rc != 0 ]; then
    set +e # a grep below that finds nothing must not end the report
    log "FAILED (exit $rc). Logs of the servers: $RUN_DIR/logs"
    for f in "$RUN_DIR"/logs/*.log; do [ -s "$f" ] && { echo "--- tail of $f"; tail -25 "$f"; }; done
    # last, so that a CI page showing only the end of the output still says what failed
    echo "--- what failed"
    [ -s "$RUN_DIR/frontend.out" ] && grep -E -A8 '(FAIL|✗|×|Error:)' "$RUN_DIR/frontend.out" | head -40
    [ -s "$RUN_DIR/deploy-check.out" ] && grep -vE '^deploy check' "$RUN_DIR/deploy-check.out" | head -30
    [ -s "$RUN_DIR/backend.out" ] && grep -E '^\[ERROR\]' "$RUN_DIR/backend.out" | head -40
    [ -s "$RUN_DIR/e2e.out" ] && grep -E -A14 '^✗' "$RUN_DIR/e2e.out" | head -60
    log "FAILED (exit $rc); the whole output of each step is in $RUN_DIR"
  else
    rm -rf "$RUN_DIR"
  fi
  exit $rc
}
trap on_exit EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
start_part keycloak "$RUN_DIR/logs/keycloak.log" "$ROOT/deploy/local/keycloak.sh" start

log "frontend: lint, unit tests, build"
(cd "$ROOT/frontend" && npm run --silent lint && npm run --silent test -- --reporter=default \
  --reporter=junit --outputFile.junit="$RUN_DIR/vitest-junit.xml" && npm run --silent build) 2>&1 | tee "$RUN_DIR/frontend.out"

log "deploy: the Kubernetes manifests and docker-compose.yml, checked offline (no cluster, no Docker here)"
node "$ROOT/deploy/check/self-test.mjs" 2>&1 | tee "$RUN_DIR/deploy-check.out"
node "$ROOT/deploy/check/check.mjs" 2>&1 | tee -a "$RUN_DIR/deploy-check.out"

wait_for "$KEYCLOAK_URL/realms/aanjager/.well-known/openid-configuration" 180 Keycloak
log "backend: tests, package, then the fault tests against the packaged jar (failsafe, as make faults)"
# reports of earlier runs (of tests since renamed or removed) would count in the closing line
rm -rf "$ROOT/backend/target/surefire-reports" "$ROOT/backend/target/failsafe-reports"
# the replicas of TwoReplicasIT run the production jar: the default one starts an embedded
# PostgreSQL on a port fixed at build time, so two of it cannot run side by side
(cd "$ROOT/backend" && $MVN package -Pproduction -Dmaven.test.skip=true -Dquarkus.analytics.disabled=true \
  -Dquarkus.package.output-directory=production-app)
(cd "$ROOT/backend" && $MVN verify -Dquarkus.analytics.disabled=true) 2>&1 | tee "$RUN_DIR/backend.out"

log "end-to-end: packaged backend + built SPA + Keycloak, headless Chromium"
backend_started=$(date +%s%N)
# The server's clock runs in a time zone 13 hours from the city's (UTC-12), so code that asks the
# JVM for "today" instead of the programme calendar fails here on most hours of the day, not only
# in CI between 23:00 and 24:00 UTC (an activity dated today refused as in the future)
start_part backend "$RUN_DIR/logs/backend.log" \
  java $AANJAGER_JAVA_OPTS -Duser.timezone=Etc/GMT+12 -Dquarkus.profile=local -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar"
backend_pid=${PARTS[-1]}
start_part preview "$RUN_DIR/logs/preview.log" bash -c "cd '$ROOT/frontend' && exec npx vite preview --port 4173 --strictPort"
wait_for http://127.0.0.1:9000/q/health/ready 120 Backend
backend_ready_ms=$(( ($(date +%s%N) - backend_started) / 1000000 ))
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$backend_pid/status" 2>/dev/null || echo 0)
log "backend jar ready after ${backend_ready_ms} ms (incl. embedded PostgreSQL, migrations, demo data); RSS $(( rss_kb / 1024 )) MB"
wait_for http://127.0.0.1:4173/ 60 "Web app"
# the SPA also behind its production nginx configuration (security headers, CSP), on port 3000
spa_nginx_config "$RUN_DIR/nginx" 3000 http://127.0.0.1:8080 "$KEYCLOAK_URL"
start_part nginx "$RUN_DIR/logs/nginx.log" "$(command -v nginx || echo /usr/sbin/nginx)" -c "$RUN_DIR/nginx/nginx.conf"
wait_for http://127.0.0.1:3000/ 30 "Production nginx"
# the public scenario reads the mails (ticket, cancel link) the backend's mock mailer logs
(cd "$ROOT/frontend" && E2E_BASE_URL=http://localhost:4173 E2E_PRODUCTION_URL=http://localhost:3000 E2E_BACKEND_LOG="$RUN_DIR/logs/backend.log" \
  npm run --silent e2e 2>&1 | tee "$RUN_DIR/e2e.out")

# One closing line over all suites, so CI and people read the same total.
sum_attr() { grep -o " $1=\"[0-9]*\"" | grep -o '[0-9][0-9]*' | awk '{s+=$1} END {print s+0}'; }
reports=("$ROOT"/backend/target/surefire-reports/TEST-*.xml)
for f in "$ROOT"/backend/target/failsafe-reports/TEST-*.xml; do [ -e "$f" ] && reports+=("$f"); done
suites=$(cat "${reports[@]}" | grep -o '<testsuite [^>]*>')
b_tests=$(sum_attr tests <<<"$suites"); b_fail=$(( $(sum_attr failures <<<"$suites") + $(sum_attr errors <<<"$suites") ))
b_skip=$(sum_attr skipped <<<"$suites")
unit=$(grep -o '<testsuites [^>]*>' "$RUN_DIR/vitest-junit.xml")
u_tests=$(sum_attr tests <<<"$unit"); u_fail=$(( $(sum_attr failures <<<"$unit") + $(sum_attr errors <<<"$unit") ))
e2e=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$RUN_DIR/e2e.out" | tail -1)
e_pass=${e2e%% passed*}; e_fail=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$e2e")
log "backend $b_tests tests, SPA unit $u_tests tests, end-to-end $e_pass scenarios; $(( $(date +%s) - started )) s in all"
echo "total: $(( b_tests - b_fail - b_skip + u_tests - u_fail + e_pass )) passed, $(( b_fail + u_fail + e_fail )) failed"
