#!/usr/bin/env bash
# Reports at scale: fills a database with a synthetic network, then times every report through
# the API (p50 of repeated runs) and, in the same run, the equivalent hand-written SQL in psql.
#
#   perf/reports-scale.sh national     1,000,000 companies, 5,000,000 stage records, 2,000,000
#                                      activities, 5,000 events, 500,000 registrations
#   perf/reports-scale.sh rotterdam    20,000 companies (and the rest in proportion)
set -euo pipefail
source "$(dirname "$0")/common.sh"
SCALE=${1:-national}; RUNS=${RUNS:-7}
case "$SCALE" in
  national) N=(1000000 5000000 2000000 5000 500000) ;;
  rotterdam) N=(20000 100000 40000 100 10000) ;;
  *) echo "usage: $0 national|rotterdam"; exit 2 ;;
esac
WORK=$(mktemp -d /tmp/aanjager-scale.XXXXXX)
trap 'rc=$?; stop_parts; [ $rc = 0 ] && rm -rf "$WORK" || echo "kept $WORK"' EXIT
start_perf_stack "$WORK"
STAFF=$(token staff)
api() { curl -sf -H "Authorization: Bearer $STAFF" -H 'Content-Type: application/json' "$@"; }
P=$(api -d '{"name":"Schaal","themes":["DIGITAL"],"startDate":"2024-01-01"}' "$API/api/programmes" | sed -E 's/.*"id":([0-9]+).*/\1/')
STAGES=($(api "$API/api/programmes/$P/stages" | grep -o '"id":[0-9]*' | cut -d: -f2))
S1=${STAGES[0]}; S2=${STAGES[1]}; S3=${STAGES[2]}
api -d "{\"name\":\"5000 inspired\",\"stageId\":$S1,\"targetCount\":500000,\"deadline\":\"2027-12-31\"}" \
  "$API/api/programmes/$P/targets" > /dev/null

log "generating the $SCALE network: ${N[0]} companies, ${N[1]} stage records, ${N[2]} activities, ${N[3]} events, ${N[4]} registrations"
started=$(date +%s)
$PSQL -v companies="${N[0]}" -v records="${N[1]}" -v activities="${N[2]}" -v events="${N[3]}" \
  -v registrations="${N[4]}" -v programme="$P" -v stage1="$S1" -v stage2="$S2" -v stage3="$S3" \
  -f "$ROOT/perf/reports-scale.sql"
log "generated in $(( $(date +%s) - started )) s"

# p50 in ms of RUNS timed requests (after one warm-up); a fresh token each time, since a
# national run outlasts the realm's 5-minute access tokens
api_p50() {
  STAFF=$(token staff)
  api -o /dev/null "$API$1"
  for _ in $(seq "$RUNS"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $STAFF" "$API$1"
  done | awk '$1 != 200 {print "HTTP " $1 > "/dev/stderr"; exit 1} {print $2}' | sort -n | awk '{v[NR]=$1*1000} END {printf "%.0f", v[int((NR+1)/2)]}'
}
# p50 in ms of RUNS runs of the SQL (after one warm-up), as psql's \timing reports it
sql_p50() {
  local sql=$1 i
  { echo '\timing on'; for i in $(seq $((RUNS + 1))); do echo "$sql"; done; } |
    $PSQL -o /dev/null 2>&1 | grep -E '^Time:' | tail -n "$RUNS" | awk '{print $2}' | sort -n |
    awk '{v[NR]=$1} END {printf "%.0f", v[int((NR+1)/2)]}'
}

E="company_stage_entry e join company c on c.id = e.company_id where e.programme_id = $P and c.merged_into_id is null"
declare -a NAMES URLS SQLS
add() { NAMES+=("$1"); URLS+=("$2"); SQLS+=("$3"); }
add "funnel" "/api/reports/funnel?programmeId=$P" \
  "select e.position, count(*) from $E group by 1; select e.position, percentile_cont(0.5) within group (order by extract(epoch from e.first_entered_at - p.first_entered_at) / 86400) from company_stage_entry e join company_stage_entry p on p.company_id = e.company_id and p.programme_id = e.programme_id and p.position = e.position - 1 join company c on c.id = e.company_id where e.programme_id = $P and c.merged_into_id is null group by 1;"
add "funnel, 2025, district 'Gebied 7'" "/api/reports/funnel?programmeId=$P&from=2025-01-01&to=2025-12-31&district=Gebied%207" \
  "select e.position, count(*) from $E and c.district = 'Gebied 7' and e.first_entered_at >= '2025-01-01' and e.first_entered_at < '2026-01-01' group by 1;"
add "progress" "/api/reports/progress?programmeId=$P" \
  "select to_char(first_entered_at at time zone 'Europe/Amsterdam', 'YYYY-MM') m, count(*) from company_stage_entry where programme_id = $P and stage_id = $S1 group by m order by m;"
add "breakdown by district" "/api/reports/breakdown?programmeId=$P&by=district" \
  "select c.district, e.position, count(*) from $E group by 1, 2;"
add "breakdown by size class" "/api/reports/breakdown?programmeId=$P&by=sizeClass" \
  "select c.size_class, e.position, count(*) from $E group by 1, 2;"
add "events, 2025" "/api/reports/events?programmeId=$P&from=2025-01-01&to=2025-12-31" \
  "select ev.id, count(g.id) filter (where g.status = 'CHECKED_IN'), count(distinct g.company_id) filter (where g.status = 'CHECKED_IN' and not exists (select 1 from stage_record r where r.company_id = g.company_id and r.reached_at < ev.starts_at union all select 1 from activity a where a.company_id = g.company_id and a.occurred_on < ev.starts_at::date union all select 1 from registration o join event oe on oe.id = o.event_id where o.company_id = g.company_id and o.status = 'CHECKED_IN' and oe.starts_at < ev.starts_at)) from event ev left join registration g on g.event_id = ev.id where ev.programme_id = $P and ev.starts_at >= '2025-01-01' and ev.starts_at < '2026-01-01' group by ev.id;"
add "partners" "/api/reports/partners?programmeId=$P" \
  "select r.credited_partner_id, s.position, count(distinct r.company_id) from stage_record r join funnel_stage reached on reached.id = r.stage_id join funnel_stage s on s.programme_id = r.programme_id and s.position <= reached.position where r.programme_id = $P and r.withdrawn_at is null group by 1, 2;"
add "outcomes" "/api/reports/outcomes?programmeId=$P" \
  "select indicator, partner_id, sum(value), count(distinct company_id) from outcome where programme_id = $P group by grouping sets ((indicator), (indicator, partner_id));"
add "needs" "/api/reports/needs" \
  "select need, left(c.sbi_code, 2), c.size_class, count(distinct a.company_id) from activity a cross join unnest(a.needs) need join company c on c.id = a.company_id group by grouping sets ((need), (need, left(c.sbi_code, 2)), (need, c.size_class));"

echo
echo "Reports at $SCALE scale (${N[0]} companies, ${N[1]} stage records, ${N[2]} activities), p50 of $RUNS runs, ms"
printf '%-36s %8s %8s %7s\n' report API SQL ratio
for i in "${!NAMES[@]}"; do
  a=$(api_p50 "${URLS[$i]}"); s=$(sql_p50 "${SQLS[$i]}")
  printf '%-36s %8s %8s %7s\n' "${NAMES[$i]}" "$a" "$s" "$(awk -v a="$a" -v s="$s" 'BEGIN {printf "%.2f", (s > 0 ? a / s : 0)}')"
done
echo
echo "Company list at $SCALE scale, p50 of $RUNS runs, ms"
for page in 0 100 10000; do
  printf 'GET /api/companies?size=20&page=%-6s %8s\n' "$page" "$(api_p50 "/api/companies?size=20&page=$page")"
done
