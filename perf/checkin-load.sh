#!/usr/bin/env bash
# Check-in under load, on loopback: an open-model load generator (Gatling, constant arrival
# rate) drives check-ins of distinct tickets for an event with 5,000 registrations; then, for
# throughput at saturation, wrk (16 connections, each scanning again as soon as it is
# answered) against the API and pgbench (16 clients) running the same SQL transaction straight
# at PostgreSQL. Both saturation clients are small C programs: on 2 cores a JVM load generator
# would take CPU from the backend that pgbench never takes from PostgreSQL.
#
#   perf/checkin-load.sh
#   RATE=200 SECONDS_OPEN=25 USERS=16 SECONDS_CLOSED=20 perf/checkin-load.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
RATE=${RATE:-200}; SECONDS_OPEN=${SECONDS_OPEN:-25}; USERS=${USERS:-16}; SECONDS_CLOSED=${SECONDS_CLOSED:-20}
command -v pgbench >/dev/null || { log "pgbench is needed: apt-get install postgresql-client"; exit 1; }
command -v wrk >/dev/null || { log "wrk is needed: apt-get install wrk"; exit 1; }
WORK=$(mktemp -d /tmp/aanjager-load.XXXXXX)
trap 'rc=$?; stop_parts; [ $rc = 0 ] && rm -rf "$WORK" || echo "kept $WORK"' EXIT
start_perf_stack "$WORK"

STAFF=$(token staff)
api() { curl -sf -H "Authorization: Bearer $STAFF" -H 'Content-Type: application/json' "$@"; }
field() { sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }

PARTNER=$(api -d '{"name":"Load Test Partner","kind":"OTHER"}' "$API/api/partners" | field id)
PROGRAMME=$(api -d '{"name":"Load Test","themes":["DIGITAL"],"startDate":"2026-01-01"}' "$API/api/programmes" | field id)
STAGE=$(api "$API/api/programmes/$PROGRAMME/stages" | sed -E 's/^\[\{"id":([0-9]+).*/\1/')
new_event() { # registrations -> event id; the event runs now, so check-in is open
  local starts ends id
  starts=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ); ends=$(date -u -d '+3 hours' +%Y-%m-%dT%H:%M:%SZ)
  id=$(api -d "{\"programmeId\":$PROGRAMME,\"title\":\"Load $1\",\"type\":\"NETWORK_EVENT\",\"startsAt\":\"$starts\",\"endsAt\":\"$ends\",\"stageId\":$STAGE,\"organiserIds\":[$PARTNER]}" "$API/api/events" | field id)
  api -X POST "$API/api/events/$id/publication" >/dev/null
  $PSQL -v event="$id" -v n="$1" <<'SQL'
create temp table bench as select i, nextval('company_seq') as company_id, nextval('contact_seq') as contact_id,
       nextval('registration_seq') as registration_id from generate_series(1, :n) as i;
insert into company (id, name, created_at) select company_id, 'Bench company ' || i, now() from bench;
insert into contact (id, company_id, name, created_at) select contact_id, company_id, 'Bench person ' || i, now() from bench;
insert into registration (id, event_id, contact_id, company_id, token, cancel_code, cancel_link_sent_at, status,
                          source, registered_at, registered_by)
select registration_id, :event, contact_id, company_id, substr(md5(random()::text || i), 1, 22),
       md5(random()::text || 'c' || i), now(), 'REGISTERED',
       'PUBLIC', now(), 'bench' from bench;
analyze;
SQL
  echo "$id"
}
tickets() { # event file: every ticket of the event, as a Gatling CSV feeder
  local page=0 total
  echo ticket > "$2"
  while :; do
    body=$(api "$API/api/events/$1/registrations?size=200&page=$page")
    grep -o '"ticket":"[^"]*"' <<<"$body" | sed -E 's/"ticket":"([^"]*)"/\1/' >> "$2"
    total=$(field total <<<"$body"); page=$((page + 1))
    [ $((page * 200)) -ge "$total" ] && break
  done
}

log "preparing events: 5,000 registrations (open model), 40,000 (saturation), 100,000 (pgbench)"
OPEN_EVENT=$(new_event 5000); tickets "$OPEN_EVENT" "$WORK/open.csv"
CLOSED_EVENT=$(new_event 40000); tickets "$CLOSED_EVENT" "$WORK/closed.csv"
SQL_EVENT=$(new_event 100000)
FIRST=$($PSQL -t -A -c "select min(id) from registration where event_id = $SQL_EVENT")
$PSQL -c "create sequence bench_pick start with $FIRST increment by 50"

CHECKIN=$(token checkin)
gatling() { # event tickets-file mode -> Gatling's global summary lines
  (cd "$ROOT/perf/checkin" && mvn -q -B gatling:test -Dapi="$API" -Dtoken="$CHECKIN" -Devent="$1" \
    -Dtickets="$2" -Dmode="$3" -Drate="$RATE" -Dusers="$USERS" -Dseconds="$4") > "$WORK/gatling-$3.log" 2>&1 \
    || { tail -40 "$WORK/gatling-$3.log"; return 1; }
  grep -A 12 "Global Information" "$WORK/gatling-$3.log" | grep -E "^> " || tail -30 "$WORK/gatling-$3.log"
}
log "warming up the backend: 3,000 check-ins at 150/s (not measured)"
WARM_EVENT=$(new_event 3000); tickets "$WARM_EVENT" "$WORK/warm.csv"
(RATE=150; gatling "$WARM_EVENT" "$WORK/warm.csv" open 20 > /dev/null)
log "open model: $RATE check-ins/s for $SECONDS_OPEN s"
OPEN=$(gatling "$OPEN_EVENT" "$WORK/open.csv" open "$SECONDS_OPEN")
log "saturation: wrk, $USERS connections for $SECONDS_CLOSED s"
CLOSED=$(wrk -t 2 -c "$USERS" -d "${SECONDS_CLOSED}s" --latency -s "$ROOT/perf/checkin/scan.lua" "$API" \
  -- "$WORK/closed.csv" 2 "$CHECKIN" "$CLOSED_EVENT")
log "pgbench: the same transaction, $USERS clients for $SECONDS_CLOSED s"
PGB=$(pgbench -n -h localhost -p $PERF_PG_PORT -U postgres -c "$USERS" -j 2 -T "$SECONDS_CLOSED" \
  -D event="$SQL_EVENT" -D programme="$PROGRAMME" -D stage="$STAGE" -D partner="$PARTNER" \
  -f "$ROOT/perf/checkin/checkin-transaction.sql" postgres 2>&1) || { echo "$PGB" | tail -20; exit 1; }

api_tps=$(grep "Requests/sec" <<<"$CLOSED" | awk '{print $2}' || true)
sql_tps=$(grep -E '^tps' <<<"$PGB" | head -1 | awk '{print $3}' || true)
echo
echo "== Open model: $RATE check-ins/s of distinct tickets, $SECONDS_OPEN s, event of 5,000 registrations"
echo "$OPEN"
echo "== Saturation (wrk): $USERS connections, $SECONDS_CLOSED s"
echo "$CLOSED"
echo "== pgbench, same SQL transaction, $USERS clients, $SECONDS_CLOSED s"
grep -E "^(number of transactions actually processed|latency average|tps)" <<<"$PGB"
echo
awk -v a="$api_tps" -v s="$sql_tps" 'BEGIN {printf "API throughput at saturation: %.0f/s; raw SQL: %.0f/s; API / SQL = %.0f%%\n", a, s, 100 * a / s}'
