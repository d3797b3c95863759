#!/usr/bin/env bash
# A working day's mix against one backend, from a separate process at arrival rates (Gatling's
# open model, perf/checkin/src/test/java/mixed/MixedLoadSimulation.java): staff browse the company
# list with filters, company pages (master data, timeline, contacts) and contacts; partner1-api
# posts activities and imports a small register once a minute; the dashboard asks for reports;
# 400 people check in at an event within the run; a webhook subscription on loopback receives
# every event. Samples the backend's CPU and RSS from /proc every second.
#
#   perf/mixed-load.sh                          # the product's JVM options (deploy/local/common.sh)
#   JVM=default perf/mixed-load.sh              # the JVM's own defaults, for comparison
#   BURST_MINUTES=3 LOAD=2 perf/mixed-load.sh   # a shorter run (the check-ins still 400), twice the rates
#
# Builds and starts its own backend (see perf/common.sh; NO_BUILD=1 reuses the last build) on a
# Rotterdam-scale database (perf/reports-scale.sql: 20,000 companies, 100,000 stage records,
# 40,000 activities, 10,000 registrations) and uses the Keycloak on 8180.
set -euo pipefail
source "$(dirname "$0")/common.sh"
BURST_MINUTES=${BURST_MINUTES:-10}; LOAD=${LOAD:-1}; JVM=${JVM:-product}
RECEIVER_PORT=18099
case "$JVM" in
  product) JVM_OPTIONS=$AANJAGER_JAVA_OPTS ;;
  default) JVM_OPTIONS="" ;;
  *) echo "JVM=product|default"; exit 2 ;;
esac
JVM_LABEL=${JVM_OPTIONS:-"none: the JVM defaults"}
# The load's few callers (one staff user for a whole department) would exceed the per-caller
# limit of 600 requests a minute that protects the API from one runaway client.
export PERF_JAVA_OPTS="$JVM_OPTIONS -Daanjager.rate-limit.requests=100000000"
WORK=$(mktemp -d /tmp/aanjager-mixed.XXXXXX)
trap 'rc=$?; [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null; stop_parts; [ $rc = 0 ] && rm -rf "$WORK" || echo "kept $WORK"' EXIT
start_perf_stack "$WORK"
backend_pid=${PARTS[-1]}
q() { $PSQL -At -c "$1"; }

STAFF=$(token staff)
staff() { curl -sf -H "Authorization: Bearer $STAFF" -H 'Content-Type: application/json' "$@"; }
$PSQL -c "insert into partner (id, name, kind) select i, 'Partner ' || i, 'OTHER' from generate_series(1, 3) as i
          on conflict do nothing; select setval('partner_seq', greatest(1000, (select max(id) from partner)))" >/dev/null
P=$(staff -d '{"name":"MKB010>>Next","themes":["DIGITAL"],"startDate":"2024-01-01"}' "$API/api/programmes" | jq .id)
STAGES=($(staff "$API/api/programmes/$P/stages" | jq '.[].id'))
staff -d "{\"name\":\"5000 inspired\",\"stageId\":${STAGES[0]},\"targetCount\":5000,\"deadline\":\"2027-12-31\"}" \
  "$API/api/programmes/$P/targets" > /dev/null
log "generating a Rotterdam-scale network (20,000 companies and the rest in proportion)"
$PSQL -v companies=20000 -v records=100000 -v activities=40000 -v events=100 -v registrations=10000 \
  -v programme="$P" -v stage1="${STAGES[0]}" -v stage2="${STAGES[1]}" -v stage3="${STAGES[2]}" \
  -f "$ROOT/perf/reports-scale.sql"
{ echo companyId; q "select id from company order by random() limit 2000"; } > "$WORK/companies.csv"

log "the event at which 400 people check in: running now, partner 1 organises it"
starts=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ); ends=$(date -u -d '+3 hours' +%Y-%m-%dT%H:%M:%SZ)
EVENT=$(staff -d "{\"programmeId\":$P,\"title\":\"Netwerkavond\",\"type\":\"NETWORK_EVENT\",\"startsAt\":\"$starts\",\"endsAt\":\"$ends\",\"stageId\":${STAGES[0]},\"organiserIds\":[1]}" \
  "$API/api/events" | jq .id)
staff -X POST "$API/api/events/$EVENT/publication" >/dev/null
$PSQL -v event="$EVENT" <<'SQL'
insert into registration (id, event_id, contact_id, company_id, token, cancel_code, cancel_link_sent_at, status,
                          source, registered_at, registered_by)
select nextval('registration_seq'), :event, k.id, k.company_id, substr(md5(random()::text || k.id), 1, 22),
       md5(random()::text || 'c' || k.id), now(), 'REGISTERED', 'PUBLIC', now(), 'mixed'
from (select id, company_id from contact order by id limit 400) k;
analyze registration;
SQL
echo ticket > "$WORK/tickets.csv"
for page in 0 1; do
  staff "$API/api/events/$EVENT/registrations?size=200&page=$page" | jq -r '.items[].ticket' >> "$WORK/tickets.csv"
done
[ "$(wc -l < "$WORK/tickets.csv")" = 401 ] || { log "expected 400 tickets, got $(( $(wc -l < "$WORK/tickets.csv") - 1 ))"; exit 1; }

require_free_port $RECEIVER_PORT "the webhook receiver"
start_part receiver "$WORK/receiver.log" python3 "$ROOT/perf/webhook-receiver.py" $RECEIVER_PORT "$WORK/counts"
ADMIN=$(token admin)
curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hooks\",\"eventTypes\":[\"company.created\",\"company.updated\",
       \"company.stage_reached\",\"activity.created\",\"registration.checked_in\",\"import.finished\"]}" "$API/api/webhooks"
q "vacuum analyze" >/dev/null

# Every second: the backend's CPU ticks (user + system) and its resident set, from /proc.
sample() {
  while kill -0 "$backend_pid" 2>/dev/null; do
    echo "$(date +%s.%N) $(awk '{print $14 + $15}' "/proc/$backend_pid/stat") $(awk '/VmRSS/ {print $2}' "/proc/$backend_pid/status")"
    sleep 1
  done
}
sample > "$WORK/samples" & SAMPLER=$!
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "the mix for $BURST_MINUTES min at $LOAD x the base rates, backend JVM options: $JVM_LABEL"
(cd "$ROOT/perf/checkin" && mvn -q -B gatling:test -Dsimulation=mixed.MixedLoadSimulation -Dapi="$API" \
  -Dkeycloak="$KEYCLOAK_URL" -Dload="$LOAD" -Dminutes="$BURST_MINUTES" -Dprogramme="$P" -Dstage="${STAGES[0]}" \
  -Devent="$EVENT" -Dcompanies="$WORK/companies.csv" -Dtickets="$WORK/tickets.csv") > "$WORK/gatling.log" 2>&1 \
  || { tail -40 "$WORK/gatling.log"; exit 1; }
kill "$SAMPLER"; SAMPLER=
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
# the outbox drains after the load: deliveries still pending then are counted as such
for _ in $(seq 60); do
  [ "$(q "select count(*) from webhook_delivery where state = 'PENDING'")" = 0 ] && break; sleep 1
done
STATS=$(ls -dt "$ROOT"/perf/checkin/target/gatling/mixedloadsimulation-*/ | head -1)/js/stats.js

echo
echo "== Mixed load: $BURST_MINUTES min, $LOAD x base rates, JVM options: $JVM_LABEL"
printf '%-26s %7s %5s %7s %7s %7s %7s %7s\n' operation requests KO "req/s" "p50" "p95" "p99" "max"
# Gatling's report keeps its figures as a JavaScript object (stats.js), per request name and for all
node -e '
  const stats = new Function(require("fs").readFileSync(process.argv[1], "utf8") + "; return stats;")();
  const row = (name, s) => console.log([name, s.numberOfRequests.total, s.numberOfRequests.ko, s.percentiles1.total,
    s.percentiles3.total, s.percentiles4.total, s.maxResponseTime.total].join("\t"));
  Object.values(stats.contents).sort((a, b) => a.name.localeCompare(b.name)).forEach(r => row(r.name, r.stats));
  row("all", stats.stats);' "$STATS" |
  awk -F'\t' -v seconds="$(awk -v m="$BURST_MINUTES" 'BEGIN {print m * 60}')" \
    '{printf "%-26s %7d %5d %7.2f %7d %7d %7d %7d\n", $1, $2, $3, $2 / seconds, $4, $5, $6, $7}'
echo "(latencies in ms, as Gatling measured them: p50 / p95 / p99 = its percentiles 1, 3 and 4)"
awk -v hz="$(getconf CLK_TCK)" 'NR > 1 { cpu = 100 * ($2 - t) / hz / ($1 - s); c += cpu; if (cpu > cmax) cmax = cpu; n++ }
  { s = $1; t = $2; r += $3; if ($3 > rmax) rmax = $3; last = $3 }
  END { printf "backend CPU: average %.0f%%, max %.0f%% (100%% = one core); RSS: average %d MB, max %d MB, at the end %d MB (%d samples)\n",
        c / n, cmax, r / NR / 1024, rmax / 1024, last / 1024, NR }' "$WORK/samples"
read -r requests distinct < "$WORK/counts" || { requests=0; distinct=0; }
echo "webhooks: $(q "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from webhook_delivery group by 1 order by 1) s");" \
  "the receiver got $requests requests, $distinct distinct webhook-ids"
echo "check-ins admitted: $(q "select count(*) from registration where event_id = $EVENT and status = 'CHECKED_IN'") of 400;" \
  "imports: $(q "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from import_job group by 1) s")"
echo "backend heap: $(jcmd "$backend_pid" VM.flags 2>/dev/null | grep -oE '(MaxHeapSize|UseSerialGC|UseG1GC)[^ ]*' | sort -u | tr '\n' ' ')"
echo "OutOfMemoryError in the backend's log: $(grep -c OutOfMemoryError "$WORK/backend.log" || true)"
echo "load average before / after: $load_before / $load_after (2 cores; others' work counts in)"
