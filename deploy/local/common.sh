# Shared settings and helpers for the local run and the test run (sourced, not executed).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE="$ROOT/.cache"
KEYCLOAK_VERSION=26.5.6
KEYCLOAK_HOME="$CACHE/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_URL=http://localhost:8180
# The JVM options the backend runs with (README "Memory"; measured in perf/README.md, mixed load):
# a fixed heap instead of a quarter of the machine's memory, and caps on what else the JVM reserves.
# Override with AANJAGER_JAVA_OPTS in the environment.
AANJAGER_JAVA_OPTS=${AANJAGER_JAVA_OPTS-"-Xms64m -Xmx192m -XX:+UseSerialGC -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=256m"}
MVN="mvn -B -q"
[ -x "$ROOT/backend/mvnw" ] && MVN="$ROOT/backend/mvnw -B -q"

log() { printf '\033[1m[aanjager]\033[0m %s\n' "$*"; }

# Waits until a URL answers 2xx, or fails after $2 seconds.
wait_for() {
  local url=$1 seconds=$2 name=$3 start
  start=$(date +%s)
  until curl -sf -o /dev/null -m 3 "$url"; do
    if [ $(( $(date +%s) - start )) -ge "$seconds" ]; then
      log "$name did not answer at $url within ${seconds}s"; return 1
    fi
    sleep 1
  done
  log "$name ready after $(( $(date +%s) - start ))s"
}

# Fails with a clear message when something already listens on a port we need.
require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    log "port $1 is already in use ($2 needs it): stop whatever runs there first"; return 1
  fi
}

ensure_npm_packages() {
  if [ ! -d "$ROOT/frontend/node_modules" ] || [ "$ROOT/frontend/package-lock.json" -nt "$ROOT/frontend/node_modules/.package-lock.json" ]; then
    log "installing npm packages"
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_check_packages() { # the offline checker of deploy/k8s and docker-compose.yml
  if [ ! -d "$ROOT/deploy/check/node_modules" ] || [ "$ROOT/deploy/check/package-lock.json" -nt "$ROOT/deploy/check/node_modules/.package-lock.json" ]; then
    log "installing the deploy checker's npm packages"
    (cd "$ROOT/deploy/check" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  command -v kubectl >/dev/null || { log "kubectl is needed to render deploy/k8s (kubectl kustomize works without a cluster)"; return 1; }
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" = 0 ]; then
    log "installing Debian's chromium for the end-to-end tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    log "/usr/bin/chromium is missing: run 'sudo apt-get install chromium'"; return 1
  fi
}

# The two-replica fault test (TwoReplicasIT) balances over the replicas with Debian's nginx.
ensure_nginx() {
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] && return 0
  if [ "$(id -u)" = 0 ]; then
    log "installing Debian's nginx for the two-replica fault test"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
  else
    log "nginx is missing: run 'sudo apt-get install nginx'"; return 1
  fi
}

# The SPA's production nginx configuration (deploy/nginx/default.conf.template, as the image
# renders it) on loopback: the built SPA from frontend/dist, /api to a backend here.
spa_nginx_config() { # dir port backend_url keycloak_origin -> writes dir/nginx.conf
  local dir=$1 port=$2
  mkdir -p "$dir/temp"
  KEYCLOAK_ORIGIN=$4 BACKEND_URL=$3 envsubst '${KEYCLOAK_ORIGIN} ${BACKEND_URL}' \
    < "$ROOT/deploy/nginx/default.conf.template" \
    | sed -e "s|listen 8080;|listen 127.0.0.1:$port;|" -e "s|root /usr/share/nginx/html;|root $ROOT/frontend/dist;|" \
    > "$dir/spa.conf"
  # workers as this user, not nginx's default www-data, which cannot read a checkout in a private folder
  cat > "$dir/nginx.conf" <<CONF
user $(id -un) $(id -gn);
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $dir/temp/body;
  proxy_temp_path $dir/temp/proxy;
  fastcgi_temp_path $dir/temp/fastcgi;
  uwsgi_temp_path $dir/temp/uwsgi;
  scgi_temp_path $dir/temp/scgi;
  include $dir/spa.conf;
}
CONF
}

# --- background parts -------------------------------------------------------------
# Children stay in our process group (a group kill takes them all), and a trap stops them
# gracefully: Ctrl-C reaches only this script when they were started in the background.
PARTS=()
start_part() { # name logfile command...
  local name=$1 logfile=$2; shift 2
  "$@" > "$logfile" 2>&1 &
  PARTS+=("$!")
}

signal_tree() { # signal pid
  local child
  for child in $(pgrep -P "$2" 2>/dev/null); do signal_tree "$1" "$child"; done
  kill "-$1" "$2" 2>/dev/null || true
}

stop_parts() {
  local pid alive
  for pid in "${PARTS[@]}"; do signal_tree TERM "$pid"; done
  for _ in $(seq 1 40); do
    alive=0
    for pid in "${PARTS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.5
  done
  for pid in "${PARTS[@]}"; do signal_tree KILL "$pid"; done
  PARTS=()
}

# An embedded PostgreSQL runs in its own session, so a killed backend can leave one behind,
# orphaned (its parent is then init). These ports are ours (25432 run, 25433 backend tests,
# 25434 end-to-end, 25435 benchmarks): stop an orphan there; a live one belongs to a backend.
stop_stale_postgres() {
  local port pids pid
  for port in "$@"; do
    pids=""
    for pid in $(pgrep -f "postgres.* -p $port( |$)" || true); do
      [ "$(ps -o ppid= -p "$pid" | tr -d ' ')" = 1 ] && pids="$pids $pid"
    done
    [ -n "$pids" ] || continue
    log "stopping a PostgreSQL left behind on port $port"
    kill -INT $pids 2>/dev/null || true
    for _ in $(seq 1 20); do pgrep -f "postgres.* -p $port( |$)" >/dev/null || break; sleep 0.5; done
  done
}
