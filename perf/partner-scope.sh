#!/usr/bin/env bash
# What the per-person scope rule (README "Who sees what") costs: the lists and details a partner
# reads, timed as partner 1 and as staff (who see everything, so no scope condition) side by side.
#
#   perf/partner-scope.sh [companies]      (default 200000: 400,000 people, 1,000,000 activities,
#                                           50,000 referrals, 200,000 registrations, 13 partners)
#
# Builds and starts its own backend (see perf/common.sh) and uses the Keycloak on 8180.
set -euo pipefail
source "$(dirname "$0")/common.sh"
COMPANIES=${1:-200000}
REPEAT=${REPEAT:-40}
WORK=$(mktemp -d /tmp/aanjager-perf.XXXXXX)
trap 'stop_parts; rm -rf "$WORK"' EXIT
start_perf_stack "$WORK"

log "generating a network of $COMPANIES companies"
started=$(date +%s)
$PSQL -v companies="$COMPANIES" -f "$ROOT/perf/partner-scope.sql"
log "generated in $(( $(date +%s) - started )) s"

q() { $PSQL -At -c "$1"; }
# a company where partner 1 entered a person and a person it does not see; a person partner 1 sees
COMPANY=$(q "select k.company_id from contact k where k.created_by_partner_id = 1 order by k.id limit 1 offset 500")
PERSON=$(q "select id from contact where created_by_partner_id = 1 order by id limit 1 offset 500")
EVENT=$(q "select event_id from event_organiser where partner_id = 1 order by event_id limit 1")
# prints "p50 p95 max" in ms over REPEAT sequential requests after 5 warm-up requests; a token of
# its own per measurement, as the realm's tokens live 5 minutes
measure() { # user path
  local url="$API$2" i token
  token=$(token "$1")
  set -- "$token" "$2"
  for i in 1 2 3 4 5; do curl -sf -o /dev/null -H "Authorization: Bearer $1" "$url"; done
  for i in $(seq 1 "$REPEAT"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $1" "$url"
  done | awk '$1 != 200 {print "HTTP " $1 > "/dev/stderr"} {print $2 * 1000}' | sort -n |
    awk -v n="$REPEAT" '{v[NR]=$1} END {printf "%7.1f %7.1f %7.1f", v[int(n*0.5)], v[int(n*0.95)], v[n]}'
}

visible=$(curl -sf -H "Authorization: Bearer $(token partner1)" "$API/api/contacts?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo
echo "Per-person scope, $COMPANIES companies; partner 1 sees $visible of $(( 2 * COMPANIES )) people."
echo "$REPEAT sequential requests each, ms (staff: no scope condition)"
printf '%-52s %23s   %23s\n' "" "partner 1: p50 p95 max" "staff: p50 p95 max"
while IFS='|' read -r label path; do
  printf '%-52s %s   %s\n' "$label" "$(measure partner1 "$path")" "$(measure staff "$path")"
done <<CASES
contacts, page 1 of 20 (whom partner 1 sees)|/api/contacts?size=20
contacts of one company|/api/contacts?companyId=$COMPANY
contacts, search by name|/api/contacts?q=persoon%2012&size=20
one contact|/api/contacts/$PERSON
activities of one company (names per person)|/api/activities?companyId=$COMPANY
companies partner 1 works with, page 1|/api/companies?workedWithPartnerId=1&size=20
company timeline (referrals of its two partners only)|/api/companies/$COMPANY/timeline
registrations of an event partner 1 organises|/api/events/$EVENT/registrations?size=50
CASES
