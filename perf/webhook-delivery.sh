#!/usr/bin/env bash
# Dispatcher throughput: how many webhook events per second one backend delivers to a receiver on
# loopback that answers at once (so the figure is the dispatcher's: fan-out, claim, sign, send,
# record each attempt).
#
#   perf/webhook-delivery.sh [events]      (default 5000)
#
# Builds and starts its own backend (see perf/common.sh) and uses the Keycloak on 8180 (starts one
# if none answers). An admin subscribes the receiver (perf/webhook-receiver.py) to company.created;
# then the events are written straight into the outbox in one statement, as committed writes
# would leave them, and the clock runs until the receiver has every webhook-id and every
# delivery is recorded as delivered.
set -euo pipefail
source "$(dirname "$0")/common.sh"
EVENTS=${1:-5000}
RECEIVER_PORT=18099
WORK=$(mktemp -d /tmp/aanjager-webhooks.XXXXXX)
trap 'rc=$?; stop_parts; [ $rc = 0 ] && rm -rf "$WORK" || echo "kept $WORK"' EXIT
start_perf_stack "$WORK"
backend_pid=${PARTS[-1]}
q() { $PSQL -At -c "$1"; }

require_free_port $RECEIVER_PORT "the webhook receiver"
start_part receiver "$WORK/receiver.log" python3 "$ROOT/perf/webhook-receiver.py" $RECEIVER_PORT "$WORK/counts"
ADMIN=$(token admin)
subscribed=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hooks\",\"eventTypes\":[\"company.created\"]}" "$API/api/webhooks")
[ "$(tail -1 <<<"$subscribed")" = 201 ] || { log "subscribing refused: $subscribed"; exit 1; }
sleep 1 # the subscription exists before the events occur

log "writing $EVENTS company.created events into the outbox"
t0=$(date +%s.%N)
q "insert into webhook_event (type, audience, company_id, entity_id, data)
   select 'company.created', 'ALL', g, g, jsonb_build_object('companyId', g, 'kvkNumber', (10000000 + g)::text,
          'name', 'Bedrijf ' || g, 'postcode', '3011 AB', 'district', 'Centrum')
   from generate_series(1, $EVENTS) g" >/dev/null
while :; do
  delivered=$(q "select count(*) from webhook_delivery where state = 'DELIVERED'")
  [ "$delivered" -ge "$EVENTS" ] && break
  sleep 0.2
done
t1=$(date +%s.%N)
read -r requests distinct < "$WORK/counts"
attempts=$(q "select count(*) from webhook_attempt")
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$backend_pid/status")
echo
awk -v n="$EVENTS" -v t0="$t0" -v t1="$t1" -v rss="$rss_kb" 'BEGIN {
  printf "Delivery of %d webhook events to one subscription on loopback (receiver answers 200 at once)\n", n
  printf "  %-34s %8.1f s\n", "outbox to all delivered", t1 - t0
  printf "  %-34s %8.0f events/s\n", "throughput", n / (t1 - t0)
  printf "  %-34s %8d MB\n", "backend RSS after", rss / 1024
}'
printf '  %-34s %s requests, %s distinct webhook-ids, %s attempts logged\n' "receiver" "$requests" "$distinct" "$attempts"
printf '  %-34s %s\n' "load average" "$(cut -d' ' -f1-3 /proc/loadavg) (2 cores; others' work counts in)"
[ "$distinct" = "$EVENTS" ]
