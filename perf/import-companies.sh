#!/usr/bin/env bash
# A partner's register of companies imported through the API: upload (read + preview), confirm,
# and the background runner applying it in chunks, timed end to end; then the report facts checked.
#
#   perf/import-companies.sh [rows]      (default 100000; the goal is under 60 s in all)
#
# Builds and starts its own backend (see perf/common.sh) and uses the Keycloak on 8180 (starts
# one if none answers); the file is sent by the API client partner1-api (client credentials).
# Every tenth row of the file is a company the register already has, with a stage record and an
# activity (perf/import-companies.sql): the file moves it to another district, sector and size
# class, so the import's updates must carry the report facts (migration V6) along. Prints the
# figures, the companies in the database against the file, and whether the breakdown report
# (by district, sector, size class) matches a count from the raw tables.
set -euo pipefail
source "$(dirname "$0")/common.sh"
ROWS=${1:-100000}
WORK=$(mktemp -d /tmp/aanjager-import.XXXXXX)
trap 'rc=$?; stop_parts; [ $rc = 0 ] && rm -rf "$WORK" || echo "kept $WORK"' EXIT
start_perf_stack "$WORK"
backend_pid=${PARTS[-1]}
q() { $PSQL -At -c "$1"; }
# CPU seconds the backend and its PostgreSQL (the server and its connections) have used: unlike
# the wall-clock figures, not stretched by what else the 2 cores run at the time
cpu_seconds() {
  local pids postmaster pid ticks=0
  postmaster=$(pgrep -f "postgres -D .* -p $PERF_PG_PORT" | head -1)
  pids="$backend_pid $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  for pid in $pids; do
    ticks=$(( ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz}'
}
client_token() {
  curl -sf -d grant_type=client_credentials -d client_id=partner1-api -d client_secret=partner1-api-secret \
    "$KEYCLOAK_URL/realms/aanjager/protocol/openid-connect/token" | jq -r .access_token
}

STAFF=$(token staff)
staff() { curl -sf -H "Authorization: Bearer $STAFF" -H 'Content-Type: application/json' "$@"; }
P=$(staff -d '{"name":"Import","themes":["DIGITAL"],"startDate":"2025-01-01"}' "$API/api/programmes" | jq .id)
STAGES=($(staff "$API/api/programmes/$P/stages" | jq '.[].id'))
log "the register before: every tenth company of the file known, with a stage record and an activity"
$PSQL -v rows="$ROWS" -v programme="$P" -v stage1="${STAGES[0]}" -v stage2="${STAGES[1]}" \
  -f "$ROOT/perf/import-companies.sql"
known=$(q "select count(*) from company")

# Row i: KvK number 10000000 + i * 48271 mod 90000000 (a permutation, so unique and scattered),
# Rotterdam postcodes and districts, real SBI codes; the known companies (i % 10 = 0) get other
# values here than perf/import-companies.sql gave them.
FILE="$WORK/bedrijven.csv"
awk -v n="$ROWS" 'BEGIN {
  split("Centrum|Delfshaven|Feijenoord|Charlois|Noord|Kralingen-Crooswijk|IJsselmonde|Prins Alexander", D, "|")
  split("62.01|10.71|47.11|43.22|41.20|25.62|56.10|69.20|70.22|71.12|86.23|49.41|46.90|74.10|96.02|18.12", S, "|")
  split("Jansen|De Vries|Bakker|Visser|Smit|Meijer|De Boer|Mulder|De Groot|Bos|Yilmaz|El Amrani|Kaya|Nguyen|Pinas|Van Dijk|Dekker|Brouwer|Koster|Willems", F, "|")
  split("ICT|Bakkerij|Supermarkt|Installatie|Bouw|Metaal|Catering|Administratie|Advies|Ingenieurs|Tandartsen|Transport|Groothandel|Ontwerp|Kapsalon|Drukkerij", T, "|")
  split("B.V.|V.O.F.|Holding B.V.|& Zn.|Rotterdam|", L, "|")
  split("Coolsingel|Witte de Withstraat|Nieuwe Binnenweg|Beijerlandselaan|Zwart Janstraat|Meent|Kleiweg|Lange Hilleweg|Noordsingel|Oudedijk", R, "|")
  A = "ABCDEFGHJKLMNPRSTVWXZ"
  print "KvK-nummer;Naam;SBI-code;Medewerkers;Straat;Huisnummer;Postcode;Plaats;Wijk"
  for (i = 1; i <= n; i++) {
    s = 1 + i % 16
    e = i % 10 < 6 ? 1 + i % 9 : (i % 10 < 9 ? 10 + i % 40 : 50 + i % 200)
    printf "%d;%s %s %s;%s;%d;%s;%d;%d %s%s;Rotterdam;%s\n", 10000000 + (i * 48271) % 90000000,
      T[s], F[1 + int(i / 16) % 20], L[1 + i % 6], S[s], e, R[1 + i % 10], 1 + i % 180,
      3011 + i % 89, substr(A, 1 + i % 21, 1), substr(A, 1 + int(i / 21) % 21, 1), D[1 + i % 8]
  }
}' > "$FILE"
size=$(stat -c %s "$FILE")

# The breakdown report (staff) against a count from the raw tables: a company counts at every
# stage up to the furthest it reached, under its district, SBI division or size class as it is now.
report_matches() {
  local by=$1 column=$2 api sql
  api=$(staff "$API/api/reports/breakdown?programmeId=$P&by=$by" | jq -r '.rows[] | "\(.key)|\(.position)|\(.companies)"' | sort)
  sql=$(q "with reached as (select r.company_id, max(s.position) as top from stage_record r
             join funnel_stage s on s.id = r.stage_id
             where r.programme_id = $P and r.withdrawn_at is null group by 1)
           select $column, s.position, count(*) from reached x join company c on c.id = x.company_id
           join funnel_stage s on s.programme_id = $P and s.position <= x.top group by 1, 2" | sort)
  if [ -n "$api" ] && [ "$api" = "$sql" ]; then
    echo "yes ($(wc -l <<<"$api") rows)"
  else
    echo "NO"; diff <(echo "$api") <(echo "$sql") | head -5 >&2
  fi
}

TOKEN=$(client_token)
load=$(cut -d' ' -f1-3 /proc/loadavg)
cpu0=$(cpu_seconds)
log "uploading $ROWS rows ($(( size / 1024 )) KiB) as partner1-api"
t0=$(date +%s.%N)
job=$(curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$FILE;filename=bedrijven.csv" -F kind=COMPANIES \
  "$API/api/imports") || { log "upload refused: $(curl -s -H "Authorization: Bearer $TOKEN" \
  -F "file=@$FILE;filename=bedrijven.csv" -F kind=COMPANIES "$API/api/imports" | head -c 500)"; exit 1; }
t1=$(date +%s.%N)
ID=$(jq .id <<<"$job")
log "previewed: $(jq -c .preview <<<"$job")"
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"validRowsOnly":true}' "$API/api/imports/$ID/confirmation"
while :; do
  # a slow import outlasts the token (5 minutes): a refused poll fetches a new one
  job=$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/api/imports/$ID") \
    || { TOKEN=$(client_token); job=$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/api/imports/$ID"); }
  case $(jq -r .state <<<"$job") in SUCCEEDED|FAILED) break ;; esac
  sleep 0.2
done
t2=$(date +%s.%N)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$backend_pid/status")
cpu1=$(cpu_seconds)
[ "$(jq -r .state <<<"$job")" = SUCCEEDED ] || { log "import failed: $(jq -r .failure <<<"$job")"; exit 1; }

tail -n +2 "$FILE" | cut -d';' -f1 > "$WORK/kvk.txt"
read -r in_db found <<<"$($PSQL -At -F ' ' <<SQL
create temp table file_kvk (kvk varchar(8) primary key);
\copy file_kvk from '$WORK/kvk.txt'
select (select count(*) from company),
       (select count(*) from file_kvk f join company c on c.kvk_number = f.kvk
        where c.branch_number is null and c.merged_into_id is null);
SQL
)"
# every fact row carries its company's district, SBI code and size class as they are now
stale=$(q "select (select count(*) from company_stage_entry e join company c on c.id = e.company_id
                   where (e.district, e.sbi_code, e.size_class) is distinct from (c.district, c.sbi_code, c.size_class))
               + (select count(*) from partner_stage_credit e join company c on c.id = e.company_id
                   where (e.district, e.sbi_code, e.size_class) is distinct from (c.district, c.sbi_code, c.size_class))
               + (select count(*) from company_need e join company c on c.id = e.company_id
                   where (e.district, e.sbi_code, e.size_class) is distinct from (c.district, c.sbi_code, c.size_class))")
facts=$(q "select count(*) from company_stage_entry where programme_id = $P")
STAFF=$(token staff) # the realm's tokens live 5 minutes

echo
awk -v rows="$ROWS" -v size="$size" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v rss="$rss_kb" 'BEGIN {
  printf "Import of %d companies (%.1f MB CSV) as partner1-api, into a backend just started (its first import)\n", rows, size / 1048576
  printf "  %-36s %8.1f s\n", "upload + preview (201)", t1 - t0
  printf "  %-36s %8.1f s\n", "confirm + apply (until SUCCEEDED)", t2 - t1
  printf "  %-36s %8.1f s   %s\n", "total", t2 - t0, (t2 - t0 < 60 ? "(under 60 s)" : "(OVER 60 s)")
  printf "  %-36s %8.0f rows/s\n", "throughput", rows / (t2 - t0)
  printf "  %-36s %8d MB\n", "backend RSS after", rss / 1024
}'
printf '  %-36s %8.1f s   (backend and PostgreSQL, of the 2 cores)\n' "CPU used, upload to SUCCEEDED" \
  "$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN {print b - a}')"
printf '  %-36s %s\n' "load average at the start" "$load (2 cores; others' work counts in)"
printf '  %-36s %s\n' "result" "$(jq -c .result <<<"$job")"
printf '  %-36s %s in the database, %s of the file'"'"'s %s KvK numbers live once (%s known before)\n' \
  "companies" "$in_db" "$found" "$ROWS" "$known"
printf '  %-36s %s\n' "facts out of date (V6, 3 tables)" "$stale of $facts stage entries and the credits and needs"
for dim in "district|coalesce(c.district, 'unknown')" "sector|coalesce(left(c.sbi_code, 2), 'unknown')" \
           "sizeClass|coalesce(c.size_class, 'UNKNOWN')"; do
  printf '  %-36s %s\n' "breakdown by ${dim%%|*} = raw tables" "$(report_matches "${dim%%|*}" "${dim#*|}")"
done
[ "$in_db" = "$ROWS" ] && [ "$found" = "$ROWS" ] && [ "$stale" = 0 ]
