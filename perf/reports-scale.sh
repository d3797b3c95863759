#!/usr/bin/env bash
# Reports at scale: fills a database with a synthetic network, then times every report through
# the API (p50 of repeated runs) and, in the same run, the equivalent hand-written SQL in psql.
#
#   perf/reports-scale.sh national     1,000,000 companies, 5,000,000 stage records, 2,000,000
#                                      activities, 5,000 events, 500,000 registrations
#   perf/reports-scale.sh rotterdam    20,000 companies (and the rest in proportion)
#
# KEEP=1 leaves the backend (port 18080) and its database (psql -h localhost -p 25435 -U postgres,
# password postgres) running after the figures, for a closer look, until Ctrl-C.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SCALE=${1:-national}; RUNS=${RUNS:-7}
# untimed requests per report first: a server in use has its request path JIT-compiled, which
# at Rotterdam scale (queries of a few ms) is most of the difference (funnel: 11 ms after 20
# requests, 5.4 ms after 500, SQL 4 ms)
case "$SCALE" in
  national) N=(1000000 5000000 2000000 5000 500000); WARMUP=${WARMUP:-5} ;;
  rotterdam) N=(20000 100000 40000 100 10000); WARMUP=${WARMUP:-200} ;;
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

# p50 (and with "p95" as second argument also p95) in ms of RUNS timed requests after WARMUP
# untimed ones (the JIT compiles the request path; a server in use is warm); a fresh token each time, since a national run outlasts the 5-minute access tokens
api_p50() {
  STAFF=$(token staff)
  local warm _
  for _ in $(seq "$WARMUP"); do
    warm=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $STAFF" "$API$1")
    [ "$warm" = 200 ] || { printf 'HTTP %s' "$warm"; return 0; }
  done
  for _ in $(seq "$RUNS"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $STAFF" "$API$1"
  done | awk '$1 != 200 {print "HTTP " $1 > "/dev/stderr"; exit 1} {print $2}' | sort -n |
    awk -v p95="${2:-}" '{v[NR]=$1*1000} END {printf "%.1f", v[int((NR+1)/2)]; if (p95) printf " %8.1f", v[int(NR*0.95+0.999)]}'
}
# p50 in ms of RUNS runs of the SQL (after one warm-up), as psql's \timing reports it; the
# statements of one run are added up
sql_p50() {
  local sql=$1 i
  { echo '\timing on'; for i in $(seq $((RUNS + 1))); do echo '\echo RUN'; echo "$sql"; done; } |
    $PSQL -o /dev/null 2>&1 | awk '/^RUN/ {if (n++) print t; t=0} /^Time:/ {t+=$2} END {print t}' |
    tail -n "$RUNS" | sort -n | awk '{v[NR]=$1} END {printf "%.1f", v[int((NR+1)/2)]}'
}

PARTNER=$($PSQL -At -c "select min(partner_id) from partner_stage_credit")
# The hand-written SQL reads the same report facts the API reads (company_stage_entry,
# partner_stage_credit, company_need, company_contact), so the ratio is what the API
# adds; migration V6 says how the facts are kept.
E="company_stage_entry e where e.programme_id = $P"
Y="e.first_entered_at >= '2025-01-01' and e.first_entered_at < '2026-01-01'"
declare -a NAMES URLS SQLS
add() { NAMES+=("$1"); URLS+=("$2"); SQLS+=("$3"); }
add "funnel" "/api/reports/funnel?programmeId=$P" \
  "select e.position, e.days_from_previous, count(*) from $E group by 1, 2;"
add "funnel, 2025, district 'Gebied 7'" "/api/reports/funnel?programmeId=$P&from=2025-01-01&to=2025-12-31&district=Gebied%207" \
  "select e.position, e.days_from_previous, count(*) from $E and e.district = 'Gebied 7' and $Y group by 1, 2;"
add "funnel, size class SMALL" "/api/reports/funnel?programmeId=$P&sizeClass=SMALL" \
  "select e.position, e.days_from_previous, count(*) from $E and e.size_class = 'SMALL' group by 1, 2;"
add "funnel, partner credited" "/api/reports/funnel?programmeId=$P&creditedPartnerId=$PARTNER" \
  "select e.position, e.days_from_previous, count(*) from $E and exists (select 1 from partner_stage_credit pc where pc.programme_id = $P and pc.partner_id = $PARTNER and pc.position = 1 and pc.company_id = e.company_id) group by 1, 2;"
add "funnel, theme DIGITAL" "/api/reports/funnel?programmeId=$P&theme=DIGITAL" \
  "select e.position, e.days_from_previous, count(*) from $E and 'DIGITAL' = any(e.themes) group by 1, 2;"
add "progress" "/api/reports/progress?programmeId=$P" \
  "select to_char(m, 'YYYY-MM'), n from (select date_trunc('month', first_entered_at at time zone 'Europe/Amsterdam') m, count(*) n from company_stage_entry where programme_id = $P and position = 1 group by 1) x order by m; select count(*) from company_stage_entry where programme_id = $P and position = 1 and first_entered_at < now() - interval '90 days';"
add "breakdown by district" "/api/reports/breakdown?programmeId=$P&by=district" \
  "select coalesce(e.district, 'unknown'), e.position, e.stage_id, count(*) from $E group by 1, 2, 3 order by 1, 2;"
add "breakdown by size class" "/api/reports/breakdown?programmeId=$P&by=sizeClass" \
  "select coalesce(e.size_class, 'UNKNOWN'), e.position, e.stage_id, count(*) from $E group by 1, 2, 3 order by 1, 2;"
add "breakdown by theme" "/api/reports/breakdown?programmeId=$P&by=theme" \
  "select t.theme, g.position, g.stage_id, sum(g.n) from (select e.themes, e.position, e.stage_id, count(*) as n from company_stage_entry e where e.programme_id = $P group by 1, 2, 3) g cross join unnest(g.themes) as t(theme) group by 1, 2, 3 order by 1, 2;"
add "breakdown by partner" "/api/reports/breakdown?programmeId=$P&by=partner" \
  "select pc.partner_id::text, pc.position, s.id, count(*) from partner_stage_credit pc join funnel_stage s on s.programme_id = pc.programme_id and s.position = pc.position where pc.programme_id = $P group by 1, 2, 3 order by 1, 2;"
add "events, 2025" "/api/reports/events?programmeId=$P&from=2025-01-01&to=2025-12-31" \
  "select ev.id, ev.title, ev.starts_at, count(g.id) filter (where g.status <> 'CANCELLED' and not g.walk_in), count(g.id) filter (where g.status = 'CHECKED_IN'), count(g.id) filter (where g.status = 'CHECKED_IN' and g.walk_in), count(g.id) filter (where g.status = 'NO_SHOW'), count(g.id) filter (where g.status = 'CHECKED_IN' and not g.walk_in), (select count(*) from company_contact k where k.first_event_id = ev.id) from event ev left join registration g on g.event_id = ev.id where ev.programme_id = $P and ev.status <> 'CANCELLED' and ev.starts_at >= '2025-01-01' and ev.starts_at < '2026-01-01' group by ev.id order by ev.starts_at, ev.id;"
add "partners" "/api/reports/partners?programmeId=$P" \
  "select partner_id, position, count(*) from partner_stage_credit where programme_id = $P group by 1, 2; select p.id, p.name, a.n, f.n, t.n, t.accepted, t.hours from partner p left join (select partner_id, count(*) n from activity group by 1) a on a.partner_id = p.id left join (select from_partner_id, count(*) n from referral group by 1) f on f.from_partner_id = p.id left join (select to_partner_id, count(*) n, count(*) filter (where status in ('ACCEPTED', 'DONE')) accepted, percentile_cont(0.5) within group (order by extract(epoch from responded_at - created_at) / 3600) filter (where status in ('ACCEPTED', 'DONE')) hours from referral group by 1) t on t.to_partner_id = p.id order by p.name;"
add "outcomes" "/api/reports/outcomes?programmeId=$P" \
  "select o.indicator, o.partner_id, sum(o.value), count(distinct o.company_id) from outcome o where o.programme_id = $P group by grouping sets ((o.indicator), (o.indicator, o.partner_id));"
add "needs" "/api/reports/needs" \
  "select need, sbi_code, size_class, count(*) from company_need group by 1, 2, 3;"
add "needs, programme, 2025" "/api/reports/needs?programmeId=$P&from=2025-01-01&to=2025-12-31" \
  "select need, sbi_code, size_class, count(*) from company_need where ($P = any(programme_ids) or without_programme) and first_raised_on between '2025-01-01' and '2025-12-31' group by 1, 2, 3;"

echo
echo "Reports at $SCALE scale (${N[0]} companies, ${N[1]} stage records, ${N[2]} activities), p50 of $RUNS runs, ms"
printf '%-36s %8s %8s %7s\n' report API SQL ratio
for i in "${!NAMES[@]}"; do
  a=$(api_p50 "${URLS[$i]}"); s=$(sql_p50 "${SQLS[$i]}") || s="SQL error"
  printf '%-36s %8s %8s %7s\n' "${NAMES[$i]}" "$a" "$s" "$(awk -v a="$a" -v s="$s" 'BEGIN {printf "%.2f", (s > 0 ? a / s : 0)}')"
done
echo
RUNS=$(( RUNS < 20 ? 20 : RUNS ))
STAFF=$(token staff)
echo "Lists at $SCALE scale, $RUNS runs, ms (unfiltered: $(api "$API/api/companies?size=1" | grep -o '"total":[0-9]*,"totalExact":[a-z]*'))"
printf '%-58s %8s %8s\n' request p50 p95
DEEP=$($PSQL -At -c "select id || ':' || name from company where merged_into_id is null order by name, id offset $(( N[0] / 5 )) limit 1" |
  tr -d '\n' | base64 -w0 | tr '+/' '-_' | tr -d '=')
for url in "/api/companies?size=20" "/api/companies?size=20&page=100" "/api/companies?size=20&page=10000" \
           "/api/companies?size=20&after=$DEEP" "/api/companies?size=20&district=Gebied%207&sizeClass=SMALL" \
           "/api/activities?size=20" "/api/activities?size=20&page=1000" "/api/events?size=20" \
           "/api/referrals?size=20"; do
  printf '%-58s %8s\n' "GET ${url/$DEEP/<cursor at row $(( N[0] / 5 ))>}" "$(api_p50 "$url" p95)"
done
if [ "${KEEP:-}" = 1 ]; then
  log "KEEP=1: backend on $API, database on port $PERF_PG_PORT; Ctrl-C stops both"
  sleep infinity
fi
