#!/usr/bin/env bash
# Company search latency at 100,000 companies, through the API, on loopback.
#
#   perf/company-search.sh [companies]      (default 100000)
#
# Builds and starts its own backend (see perf/common.sh) and uses the Keycloak on 8180
# (starts one if none answers). Fills the database with
# synthetic companies in one SQL statement, then times each kind of search with repeated
# sequential requests and prints p50 / p95 / max in milliseconds.
set -euo pipefail
source "$(dirname "$0")/common.sh"
COMPANIES=${1:-100000}
REPEAT=${REPEAT:-60}
WORK=$(mktemp -d /tmp/aanjager-perf.XXXXXX)
trap 'stop_parts; rm -rf "$WORK"' EXIT
start_perf_stack "$WORK"

log "inserting $COMPANIES companies"
started=$(date +%s)
$PSQL -v n="$COMPANIES" <<'SQL'
insert into company (id, kvk_number, name, sbi_code, size_class, employees, postcode, city, district, created_at)
select nextval('company_seq'),
       lpad((10000000 + i)::text, 8, '0'),
       (array['Jansen','De Vries','Bakker','Visser','Smit','Meijer','De Boer','Mulder','De Groot','Bos',
              'Vos','Peters','Hendriks','Van Leeuwen','Dekker','Brouwer','De Wit','Dijkstra','Smits','De Graaf',
              'Yilmaz','El Amrani','Kaya','Nguyen','Pinas'])[1 + i % 25] || ' ' ||
       (array['Metaal','Bouw','Installatie','Logistiek','Techniek','Bakkerij','Koffie','Transport','Advies',
              'Drukwerk','Robotica','Zonne-energie','Schilders','Catering','ICT'])[1 + (i / 25) % 15] || ' ' ||
       (array['B.V.','V.O.F.','Holding','Rotterdam','Zuid','& Zonen'])[1 + (i / 375) % 6] || ' ' || i,
       (array['25.62','10.71','43.22','41.20','18.12','52.24','62.01','28.99','43.91','56.10'])[1 + i % 10],
       case when i % 10 < 6 then 'MICRO' when i % 10 < 9 then 'SMALL' else 'MEDIUM' end,
       case when i % 10 < 6 then 1 + i % 9 when i % 10 < 9 then 10 + i % 40 else 50 + i % 200 end,
       (3000 + i % 100)::text || ' ' || chr(65 + i % 26) || chr(65 + (i / 26) % 26),
       'Rotterdam',
       (array['Centrum','Delfshaven','Feijenoord','Charlois','Noord','Kralingen-Crooswijk','IJsselmonde',
              'Prins Alexander','Hillegersberg-Schiebroek','Overschie','Hoogvliet','Pernis','Rozenburg',
              'Hoek van Holland'])[1 + i % 14],
       now() - (i % 1000) * interval '1 hour'
from generate_series(1, :n) as i;
analyze company;
SQL
log "inserted in $(( $(date +%s) - started )) s"

TOKEN=$(token staff)

# prints "p50 p95 max" in ms over REPEAT sequential requests after 5 warm-up requests
measure() {
  local url="$API/api/companies?$1" i
  for i in 1 2 3 4 5; do curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$url"; done
  for i in $(seq 1 "$REPEAT"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url"
  done | awk '$1 != 200 {bad++} {print $2 * 1000}' | sort -n |
    awk -v n="$REPEAT" '{v[NR]=$1} END {printf "%7.1f %7.1f %7.1f\n", v[int(n*0.5)], v[int(n*0.95)], v[n]}'
}

total=$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/api/companies?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo
echo "Company search, $total companies, $REPEAT sequential requests each (ms)"
printf '%-58s %7s %7s %7s\n' "request" "p50" "p95" "max"
while IFS='|' read -r label query; do
  printf '%-58s %s\n' "$label" "$(measure "$query")"
done <<'CASES'
fuzzy name "jansen metaal bv" (page of 20)|q=jansen%20metaal%20bv&size=20
fuzzy name with a typo "bakkrij koffie"|q=bakkrij%20koffie&size=20
KvK number (exact)|q=10054321&size=20
postcode "3042 KB"|q=3042kb&size=20
filter district + size class, sorted by name|district=Charlois&sizeClass=SMALL&sort=name&size=20
filter sector prefix 43, sorted by newest|sector=43&sort=-createdAt&size=20
no filter, page 1 of 20|size=20
no filter, page 2,000 of 20 (offset 40,000)|size=20&page=2000
CASES
