#!/usr/bin/env bash
# The performance benchmark of issue 10: generates a data set through the application services, starts the
# packaged app on it and measures each figure against a reference taken in the same run (see README,
# "Performance"). Writes bench/results/latest.md (smoke runs: bench/target/smoke.md) and exits 1 when a
# target is missed (smoke runs only fail when a step fails).
#   bench/run.sh [--scale 1.0] [--duration 30] [--sessions 200] [--fresh] [--smoke] [--no-build] [--port 18080]
# --no-build uses the academy.jar and test classes already built (CI runs the smoke right after mvn verify).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
root=$(pwd)

scale=1.0; duration=30; warmup=10; runs=5; fresh=false; smoke=false; build=true; port=18080; sessions=200; import_rows=10000
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --fresh) fresh=true; shift ;;
        --sessions) sessions="$2"; shift 2 ;;
        --no-build) build=false; shift ;;
        --port) port="$2"; shift 2 ;;
        --smoke) smoke=true; scale=0.01; duration=5; warmup=2; runs=3; sessions=5; import_rows=1000; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

work="$root/bench/target"
data="$root/bench/data/scale-$scale"
mkdir -p "$work" "$data"
if $smoke; then results="$work/smoke.md"; else results="$root/bench/results/latest.md"; mkdir -p "$root/bench/results"; fi
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        log "installing wrk"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    else
        echo "wrk is missing: run 'sudo apt-get install -y wrk' (Debian) and start again" >&2; exit 2
    fi
fi

started_at=$(date +%s)
if $build; then
    log "building academy.jar and the generator"
    ./mvnw -B -q package -pl academy-web -am -DskipTests
else
    [ -f academy-web/target/academy.jar ] && [ -d academy-core/target/test-classes/org/napacademy/bench ] \
        || { echo "--no-build: academy.jar or the generator's classes are missing; build first" >&2; exit 2; }
    log "using the academy.jar and test classes already built"
fi
./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl academy-core \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/core.classpath"
deps=$(cat "$work/core.classpath")
cp="academy-core/target/test-classes:academy-core/target/classes:$deps"
eclipselink=$(tr ':' '\n' <<<"$deps" | grep '/org.eclipse.persistence.jpa-[0-9]')
payara=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
url="jdbc:h2:file:$data/academy"
# Payara reads an empty password setting as unset, so the benchmark's database gets one.
export ACADEMY_DB_PASSWORD=bench

# The data set is kept per scale: generating the full one takes longer than the rest of the run.
generated_now=false
if $fresh || [ ! -f "$data/ids" ]; then
    rm -rf "$data"; mkdir -p "$data"
    log "generating the data set at scale $scale"
    # H2's page cache (in KB) is raised for the load only: the setting lives in the connection, not in the file
    java -javaagent:"$eclipselink" -Xmx4g -Dbench.threads=2 -cp "$cp" org.napacademy.bench.BenchData "$url;CACHE_SIZE=524288" "$scale" \
        "$data/ids.new" 2>&1 | grep --line-buffered -v -E '^(INFO|[A-Z][a-z]{2} [0-9]+, [0-9]{4})' | tee "$data/generation.log"
    mv "$data/ids.new" "$data/ids"
    generated_now=true
else
    log "reusing the data set in $data (--fresh generates it again):"; cat "$data/generation.log"
fi
roadmap=$(sed -n 's/^roadmap=//p' "$data/ids"); cohort=$(sed -n 's/^cohort=//p' "$data/ids")
import_roadmap=$(sed -n 's/^importRoadmap=//p' "$data/ids")
[ -n "$import_roadmap" ] || { echo "the data set in $data predates the import figure: run again with --fresh" >&2; exit 2; }
generated=$(sed -n 's/^generated in \(.*\) s$/\1/p' "$data/generation.log")

# The server runs in the background of a command substitution, so its process id goes through a file.
pid_file="$work/server.pid"
stop() {
    [ -f "$pid_file" ] || return 0
    local pid; pid=$(cat "$pid_file"); rm -f "$pid_file"
    kill "$pid" 2>/dev/null || return 0
    # a server thrashing in its collector may never finish its shutdown: 60 s, then SIGKILL
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
trap stop EXIT
# Starts a server in the background and answers the seconds until $1 answers 200.
started_in() {
    local probe="$1"; shift
    local t0; t0=$(date +%s.%N)
    "$@" >"$work/server.log" 2>&1 &
    local app_pid=$!
    echo "$app_pid" >"$pid_file"
    for _ in $(seq 1 1200); do
        if curl -fs -o /dev/null "$probe"; then printf '%.1f\n' "$(echo "$(date +%s.%N) - $t0" | bc)"; return; fi
        kill -0 "$app_pid" 2>/dev/null || { echo "the server died; see $work/server.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "no answer from $probe after 120 s" >&2; exit 1
}
base="http://127.0.0.1:$port"
payara_args=(--nocluster --port "$port")
app_env=(env ACADEMY_DB_URL="$url" ACADEMY_ADMIN_USERNAME=bench ACADEMY_ADMIN_PASSWORD=bench-password)

# 3. start to first answer: the app against a bare Payara Micro with an empty war
rm -rf "$work/empty" && mkdir -p "$work/empty/WEB-INF"
echo ok >"$work/empty/index.html"
(cd "$work/empty" && jar cf ../empty.war .)
log "starting a bare Payara Micro with an empty war"
bare_start=$(started_in "$base/empty/index.html" java -jar "$payara" --deploy "$work/empty.war" "${payara_args[@]}")
stop
log "  first answer after $bare_start s"
log "starting the app"
app_start=$(started_in "$base/health/ready" "${app_env[@]}" java -jar academy-web/target/academy.jar "${payara_args[@]}")
log "  first answer after $app_start s"

token=$(curl -fs -u bench:bench-password -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/v1/me/tokens" \
    | sed -n 's/.*"secret" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "no API token for the benchmark user" >&2; exit 1; }
auth="Authorization: Bearer $token"
curl -fs -H "$auth" -o "$work/roadmap.json" "$base/api/v1/roadmaps/$roadmap"
size=$(stat -c %s "$work/roadmap.json")
log "roadmap $roadmap answers $size bytes"

# 2. cohort outcomes through the app, median of $runs after a warm-up
outcome_times=()
for run in $(seq 0 "$runs"); do
    t=$(curl -fs -H "$auth" -o /dev/null -w '%{time_total}' "$base/api/v1/cohorts/$cohort/outcomes")
    if [ "$run" -gt 0 ]; then outcome_times+=("$t"); else outcomes_cold_ms=$(awk -v t="$t" 'BEGIN { printf "%.1f", t * 1000 }'); fi
done
outcomes_ms=$(printf '%s\n' "${outcome_times[@]}" | sort -n | sed -n "$(( (${#outcome_times[@]} + 1) / 2 ))p" | awk '{printf "%.1f", $1 * 1000}')
log "cohort outcomes: median $outcomes_ms ms (the first call, computing the roadmap figures: $outcomes_cold_ms ms)"

median_of() { # runs, command printing seconds: the median of the runs after one warm-up
    local n="$1"; shift
    local times=()
    "$@" >/dev/null
    for _ in $(seq 1 "$n"); do times+=("$("$@")"); done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p"
}
seconds_of_get() { # url, expected content type: the seconds one GET takes, failing on any other answer
    local answer; answer=$(curl -s -H "$auth" -o "$work/download" -w '%{http_code} %{content_type} %{time_total}' "$1")
    case "$answer" in "200 $2"*) echo "${answer##* }" ;; *) echo "GET $1 answered $answer" >&2; return 1 ;; esac
}

# 5. a 10,000-row import of actuals against its dry run (every row read and checked, nothing stored), into a roadmap
# of the last cohort; its rows are the roadmap's own actuals from the measurements export, each with a comment naming
# this run, so that every run imports new rows
curl -fs -H "$auth" -o "$work/measurements.csv" "$base/api/v1/roadmaps/$import_roadmap/exports/csv?table=measurements"
stamp=$(date -u +%Y%m%dT%H%M%S)
awk -F, -v n="$import_rows" -v stamp="$stamp" '{ sub(/\r$/, "") }
    NR == 1 { comment = 0; for (c = 1; c <= NF; c++) if ($c == "Comment") comment = c; kind = 0; for (c = 1; c <= NF; c++) if ($c == "Kind") kind = c; print; next }
    $kind == "Actual" { rows[++k] = $0 }
    END { for (i = 0; i < n; i++) { m = split(rows[i % k + 1], f, ","); f[comment] = "bench " stamp " row " (i + 1)
                                     line = f[1]; for (c = 2; c <= m; c++) line = line "," f[c]; print line } }' \
    "$work/measurements.csv" >"$work/import.csv"
upload() { # query: "status seconds" of the import of import.csv
    curl -s -H "$auth" -H 'Content-Type: text/csv' --data-binary @"$work/import.csv" -o "$work/import-answer.json" \
        -w '%{http_code} %{time_total}' "$base/api/v1/roadmaps/$import_roadmap/imports/actuals$1"
}
read -r status dry_s <<<"$(upload '?dryRun=true')"
[ "$status" = 200 ] && grep -q "\"rowsValid\":$import_rows," "$work/import-answer.json" \
    || { echo "the import's dry run answered $status:" >&2; head -c 2000 "$work/import-answer.json" >&2; exit 1; }
read -r status import_s <<<"$(upload '')"
[ "$status" = 201 ] && grep -q '"applied":true' "$work/import-answer.json" \
    || { echo "the import answered $status:" >&2; head -c 2000 "$work/import-answer.json" >&2; exit 1; }
import_s=$(printf '%.2f' "$import_s"); dry_s=$(printf '%.2f' "$dry_s")
log "import of $import_rows rows: $import_s s, its dry run $dry_s s"
exports_runs=3
pdf_s=$(median_of "$exports_runs" seconds_of_get "$base/api/v1/roadmaps/$roadmap/exports/pdf" application/pdf)
pdf_s=$(printf '%.2f' "$pdf_s"); pdf_bytes=$(stat -c %s "$work/download")
json_s=$(printf '%.2f' "$(median_of "$exports_runs" seconds_of_get "$base/api/v1/roadmaps/$roadmap" application/json)")
log "roadmap PDF ($pdf_bytes bytes): median $pdf_s s, its JSON: median $json_s s"

# 4. memory per Vaadin session: live heap after a full collection, before and after the sessions, in KB
server_pid=$(cat "$pid_file")
live_heap_kb() {
    jcmd "$server_pid" GC.run >/dev/null && jcmd "$server_pid" GC.run >/dev/null
    jcmd "$server_pid" GC.heap_info | sed -n '/heap/ s/.* used \([0-9]*\)K.*/\1/p'
}
open_sessions() { java -cp "$cp" org.napacademy.bench.VaadinSessions "$base/" bench bench-password "$roadmap" "$1" >/dev/null; }
log "Vaadin sessions: 3 to warm up, then $sessions, each signed in with a dashboard tab and a roadmap tab"
# a session whose requests the server cannot answer in time ends the figure, not the run
session_failure=""
open_sessions 3 || session_failure="the 3 warm-up sessions did not open (a request waited past the client's 120 s)"
heap_base=$(live_heap_kb)
max_heap_bytes=$(jcmd "$server_pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
heap_max=$(( ${max_heap_bytes:-0} / 1024 ))
opened=0; sessions_started=$(date +%s); heap_now=$heap_base; stopped=""
while [ -z "$session_failure" ] && [ "$opened" -lt "$sessions" ]; do
    step=$(( sessions - opened < 10 ? sessions - opened : 10 ))
    if ! open_sessions "$step"; then
        session_failure="sessions $(( opened + 1 ))-$(( opened + step )) did not open (a request waited past the client's 120 s)"
        break
    fi
    opened=$(( opened + step ))
    heap_now=$(live_heap_kb)
    log "  $opened sessions: live heap $(( heap_now / 1024 )) MB (baseline $(( heap_base / 1024 )) MB, maximum $(( heap_max / 1024 )) MB)"
    # more sessions would only measure the server running out of memory (its collector thrashes well before)
    if [ "$opened" -lt "$sessions" ] && [ "$heap_max" -gt 0 ] && [ "$heap_now" -gt $(( heap_max * 2 / 5 )) ]; then
        stopped=" (stopped at 40 % of the maximum heap)"; break
    fi
done
sessions_s=$(( $(date +%s) - sessions_started ))
# what the sessions hold, for whoever makes them smaller
jcmd "$server_pid" GC.class_histogram | sed -n '1,40p' >"$work/sessions-histogram.txt"
if [ "$opened" -gt 0 ]; then
    session_mb=$(awk -v a="$heap_now" -v b="$heap_base" -v n="$opened" 'BEGIN { printf "%.2f", (a - b) / 1024 / n }')
    log "  $session_mb MB per session, $opened sessions opened in $sessions_s s$stopped"
fi
[ -z "$session_failure" ] || log "  memory per session not measured: $session_failure"
stop

# the SQL reference needs the H2 file to itself
sql_ms=$(java -cp "$cp" org.napacademy.bench.OutcomesSql "$url" "$cohort" "$runs" | tee "$work/outcomes-sql.txt" | sed -n 's/^median_ms=//p')
log "SQL aggregate: median $sql_ms ms"

# 1. the roadmap under load against a static file of the same size, both served by the app's Payara Micro
rm -rf "$work/static" && mkdir -p "$work/static/WEB-INF"
cp "$work/roadmap.json" "$work/static/roadmap.json"
(cd "$work/static" && jar cf ../bench-static.war .)
log "starting the app with the static file beside it"
started_in "$base/bench-static/roadmap.json" "${app_env[@]}" java -jar academy-web/target/academy.jar --deploy "$work/bench-static.war" "${payara_args[@]}" >/dev/null
load() { # url, extra wrk args...: warm up, then measure; prints "requests/s p50_ms p99_ms"
    local target="$1"; shift
    wrk -t2 -c16 -d"${warmup}s" --timeout 20s "$@" "$target" >/dev/null
    wrk -t2 -c16 -d"${duration}s" --timeout 20s --latency "$@" "$target" >"$work/wrk.txt"
    local rps p50 p99
    rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    echo "$rps $(ms "$p50") $(ms "$p99")"
}
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
log "wrk: the static file, 16 connections, ${duration} s"
read -r static_rps static_p50 static_p99 <<<"$(load "$base/bench-static/roadmap.json")"
log "  $static_rps requests/s, p50 $static_p50 ms, p99 $static_p99 ms"
log "wrk: GET /api/v1/roadmaps/$roadmap, 16 connections, ${duration} s"
read -r api_rps api_p50 api_p99 <<<"$(load "$base/api/v1/roadmaps/$roadmap" -H "$auth")"
log "  $api_rps requests/s, p50 $api_p50 ms, p99 $api_p99 ms"
completed=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
# a smoke run on a loaded machine may complete no request in its few seconds: that is a figure, not a failure
if { [ "${completed:-0}" = 0 ] && ! $smoke; } || grep -q -E 'Non-2xx|Socket errors' "$work/wrk.txt"; then
    echo "the roadmap did not answer cleanly under load:" >&2; cat "$work/wrk.txt" >&2; exit 1
fi
stop

# the table
failed=0
verdict() { if awk "BEGIN { exit !($1) }"; then echo pass; else echo FAIL; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
rps_ratio=$(ratio "$api_rps" "$static_rps")
outcomes_ratio=$(ratio "$outcomes_ms" "$sql_ms")
outcomes_cold_ratio=$(ratio "$outcomes_cold_ms" "$sql_ms")
start_ratio=$(ratio "$app_start" "$bare_start")
v1=$(verdict "$rps_ratio >= 0.5"); v1b=$(verdict "${completed:-0} > 0 && $api_p99 < 25"); v2=$(verdict "$outcomes_ratio <= 2"); v2b=$(verdict "$outcomes_cold_ratio <= 2"); v3=$(verdict "$start_ratio <= 1.5")
if [ -n "$session_failure" ]; then v4=FAIL; failed=1; session_mb="not measured: $session_failure"; heap_now=$heap_base
else v4=$(verdict "$session_mb <= 1"); fi
# verdict runs in a command substitution, whose failed=1 stays there: the missed targets are counted here
for v in "$v1" "$v1b" "$v2" "$v2b" "$v3" "$v4"; do if [ "$v" = FAIL ]; then failed=1; fi; done
heap_ratio=$(ratio "$heap_now" "$heap_base"); import_ratio=$(ratio "$import_s" "$dry_s"); pdf_ratio=$(ratio "$pdf_s" "$json_s")
total_s=$(( $(date +%s) - started_at ))
{
    echo "# Benchmark results"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), scale $scale, $(nproc) cores,"
    echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg). Data generated through the application services in ${generated:-?} s:"
    echo
    sed 's/^ */- /' "$data/generation.log" | grep -v -e '^- generated' -e '^- \.\.\.'
    echo
    echo "| figure | value | reference | ratio | target | result |"
    echo "|---|---|---|---|---|---|"
    echo "| 1. GET /api/v1/roadmaps/$roadmap ($size bytes), 16 connections, ${duration} s: requests/s | $api_rps | static file of the same size: $static_rps | $rps_ratio | >= 0.5 | $v1 |"
    echo "| 1. the same: p50 / p99 latency (ms) | $api_p50 / $api_p99 | static file: $static_p50 / $static_p99 | | p99 < 25 ms | $v1b |"
    echo "| 2. GET /api/v1/cohorts/$cohort/outcomes, median of $runs (ms) | $outcomes_ms | SQL aggregate: $sql_ms | $outcomes_ratio | <= 2 | $v2 |"
    echo "| 2. the same, first call after the start (the roadmaps' figures computed, not yet kept) (ms) | $outcomes_cold_ms | SQL aggregate: $sql_ms | $outcomes_cold_ratio | <= 2 | $v2b |"
    echo "| 3. start to first answer (s) | $app_start | bare Payara Micro, empty war: $bare_start | $start_ratio | <= 1.5 | $v3 |"
    echo "| 4. memory per Vaadin session: live heap after full GC with $opened signed-in sessions$stopped, each with a dashboard tab and a roadmap $roadmap tab, minus the baseline, per session (MB) | $session_mb | baseline live heap: $(( heap_base / 1024 )) MB; with the sessions: $(( heap_now / 1024 )) MB | $heap_ratio | <= 1 MB | $v4 |"
    echo "| 5. POST /api/v1/roadmaps/$import_roadmap/imports/actuals, $import_rows rows of CSV (s) | $import_s | its dry run (every row read and checked, nothing stored): $dry_s | $import_ratio | none given | measured |"
    echo "| 5. GET /api/v1/roadmaps/$roadmap/exports/pdf ($pdf_bytes bytes), median of $exports_runs (s) | $pdf_s | JSON GET of the same roadmap, median of $exports_runs: $json_s | $pdf_ratio | none given | measured |"
    echo
    if $generated_now; then echo "The run took $(( total_s / 60 )) min $(( total_s % 60 )) s, of which generating the data set ${generated:-?} s."
    else echo "The run took $(( total_s / 60 )) min $(( total_s % 60 )) s over the data set generated earlier (in ${generated:-?} s)."; fi
} >"$results"
cat "$results"
log "written to $results"
if $smoke && [ -n "$session_failure" ]; then echo "smoke: the Vaadin sessions failed: $session_failure" >&2; exit 1; fi
if $smoke; then exit 0; fi
exit $failed
