#!/usr/bin/env bash
# Fetches Keycloak from Maven Central into .cache/ (once) and starts it on loopback with the
# checked-in aanjager realm. Each start re-imports the realm file, so the realm in the repo
# is always the realm that runs. Usage: keycloak.sh [install|start]
set -euo pipefail
source "$(dirname "$0")/common.sh"

install_keycloak() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  log "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once)"
  mkdir -p "$CACHE"
  $MVN dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$CACHE" -Dmdep.overWriteReleases=false
  rm -rf "$KEYCLOAK_HOME.tmp" && mkdir -p "$KEYCLOAK_HOME.tmp"
  unzip -q "$CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$KEYCLOAK_HOME.tmp"
  mv "$KEYCLOAK_HOME.tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$KEYCLOAK_HOME.tmp" "$CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
}

start_keycloak() {
  install_keycloak
  require_free_port 8180 Keycloak
  rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/import"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$ROOT/deploy/keycloak/aanjager-realm.json" "$KEYCLOAK_HOME/data/import/"
  export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}
  export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin}
  export JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}
  exec "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=8180 \
    --hostname=$KEYCLOAK_URL --import-realm --log-level=WARN,org.keycloak.services:INFO
}

case "${1:-start}" in
  install) install_keycloak ;;
  start) start_keycloak ;;
  *) echo "usage: $0 [install|start]"; exit 2 ;;
esac
