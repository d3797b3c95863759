#!/usr/bin/env bash
# `make faults`: the fault tests alone (README "When something fails"). Each starts the real
# processes it breaks — the packaged backend, its own PostgreSQL, nginx — on loopback, against the
# real Keycloak, and stops them again. `make test` runs them too, so CI (.ci/run) always does.
set -euo pipefail
source "$(dirname "$0")/common.sh"

FAULT_PORTS=(25436 25437 25438 25439 25440 25441 25442 25443 25444)
stop_stale_postgres "${FAULT_PORTS[@]}"
for port in 8080 9000 25434 "${FAULT_PORTS[@]}"; do require_free_port $port "make faults"; done
ensure_nginx
trap 'rc=$?; trap - EXIT; stop_parts; exit $rc' EXIT
trap 'exit 130' INT TERM
if ! curl -sf -o /dev/null "$KEYCLOAK_URL/realms/aanjager"; then
  RUN_DIR=$(mktemp -d /tmp/aanjager-faults.XXXXXX)
  start_part keycloak "$RUN_DIR/keycloak.log" "$ROOT/deploy/local/keycloak.sh" start
  wait_for "$KEYCLOAK_URL/realms/aanjager/.well-known/openid-configuration" 180 Keycloak
fi
started=$(date +%s)
log "packaging the backend, then the fault tests (failsafe *IT and NoWriteWithoutItsRecordTest)"
rm -rf "$ROOT/backend/target/failsafe-reports"
# the replicas of TwoReplicasIT run the production jar: the default one starts an embedded
# PostgreSQL on a port fixed at build time, so two of it cannot run side by side
(cd "$ROOT/backend" && $MVN package -Pproduction -Dmaven.test.skip=true -Dquarkus.analytics.disabled=true \
  -Dquarkus.package.output-directory=production-app)
(cd "$ROOT/backend" && $MVN verify -Dquarkus.analytics.disabled=true -Dtest=NoWriteWithoutItsRecordTest \
  -Dsurefire.failIfNoSpecifiedTests=false)
log "what the fault tests measured:"
# each fault test prints one line of figures; failsafe keeps them with its report
grep -h -E "^(database restart|Keycloak down|killed with|two replicas)" \
  "$ROOT"/backend/target/failsafe-reports/TEST-*.xml 2>/dev/null || true
log "fault tests passed in $(( $(date +%s) - started )) s"
