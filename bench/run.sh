#!/usr/bin/env bash
# The performance benchmark of issue 10: generates a data set through the application services, starts the
# packaged app on it and measures each figure against a reference taken in the same run (see README,
# "Performance"). Writes bench/results/latest.md (smoke runs: bench/target/smoke.md) and exits 1 when a
# target is missed (smoke runs only fail when a step fails).
#   bench/run.sh [--scale 1.0] [--duration 30] [--fresh] [--smoke] [--port 18080]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scale=1.0; duration=30; warmup=10; runs=5; fresh=false; smoke=false; port=18080
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --fresh) fresh=true; shift ;;
        --port) port="$2"; shift 2 ;;
        --smoke) smoke=true; scale=0.01; duration=3; warmup=2; runs=3; shift ;;
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

log "building academy.jar and the generator"
./mvnw -B -q package -pl academy-web -am -DskipTests
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
if $fresh || [ ! -f "$data/ids" ]; then
    rm -rf "$data"; mkdir -p "$data"
    log "generating the data set at scale $scale"
    # H2's page cache (in KB) is raised for the load only: the setting lives in the connection, not in the file
    java -javaagent:"$eclipselink" -Xmx4g -Dbench.threads=2 -cp "$cp" org.napacademy.bench.BenchData "$url;CACHE_SIZE=524288" "$scale" \
        "$data/ids.new" 2>&1 | grep --line-buffered -v -E '^(INFO|[A-Z][a-z]{2} [0-9]+, [0-9]{4})' | tee "$data/generation.log"
    mv "$data/ids.new" "$data/ids"
else
    log "reusing the data set in $data (--fresh generates it again):"; cat "$data/generation.log"
fi
roadmap=$(sed -n 's/^roadmap=//p' "$data/ids"); cohort=$(sed -n 's/^cohort=//p' "$data/ids")
generated=$(sed -n 's/^generated in \(.*\) s$/\1/p' "$data/generation.log")

# The server runs in the background of a command substitution, so its process id goes through a file.
pid_file="$work/server.pid"
stop() {
    [ -f "$pid_file" ] || return 0
    local pid; pid=$(cat "$pid_file"); rm -f "$pid_file"
    kill "$pid" 2>/dev/null || return 0
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
    [ "$run" -gt 0 ] && outcome_times+=("$t")
done
outcomes_ms=$(printf '%s\n' "${outcome_times[@]}" | sort -n | sed -n "$(( (${#outcome_times[@]} + 1) / 2 ))p" | awk '{printf "%.1f", $1 * 1000}')
log "cohort outcomes: median $outcomes_ms ms"
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
if [ "${completed:-0}" = 0 ] || grep -q -E 'Non-2xx|Socket errors' "$work/wrk.txt"; then
    echo "the roadmap did not answer cleanly under load:" >&2; cat "$work/wrk.txt" >&2; exit 1
fi
stop

# the table
failed=0
verdict() { if awk "BEGIN { exit !($1) }"; then echo pass; else echo FAIL; failed=1; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
rps_ratio=$(ratio "$api_rps" "$static_rps")
outcomes_ratio=$(ratio "$outcomes_ms" "$sql_ms")
start_ratio=$(ratio "$app_start" "$bare_start")
v1=$(verdict "$rps_ratio >= 0.5"); v1b=$(verdict "$api_p99 < 25"); v2=$(verdict "$outcomes_ratio <= 2"); v3=$(verdict "$start_ratio <= 1.5")
{
    echo "# Benchmark results"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), scale $scale, $(nproc) cores,"
    echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg). Data generated through the application services in ${generated:-?} s:"
    echo
    sed 's/^ */- /' "$data/generation.log" | grep -v '^- generated'
    echo
    echo "| figure | value | reference | ratio | target | result |"
    echo "|---|---|---|---|---|---|"
    echo "| 1. GET /api/v1/roadmaps/$roadmap ($size bytes), 16 connections, ${duration} s: requests/s | $api_rps | static file of the same size: $static_rps | $rps_ratio | >= 0.5 | $v1 |"
    echo "| 1. the same: p50 / p99 latency (ms) | $api_p50 / $api_p99 | static file: $static_p50 / $static_p99 | | p99 < 25 ms | $v1b |"
    echo "| 2. GET /api/v1/cohorts/$cohort/outcomes, median of $runs (ms) | $outcomes_ms | SQL aggregate: $sql_ms | $outcomes_ratio | <= 2 | $v2 |"
    echo "| 3. start to first answer (s) | $app_start | bare Payara Micro, empty war: $bare_start | $start_ratio | <= 1.5 | $v3 |"
    echo "| 4. memory per Vaadin session | not measured yet | | | <= 1 MB | |"
    echo "| 5. 10,000-row import, roadmap PDF export (s) | not measured yet | | | | |"
} >"$results"
cat "$results"
log "written to $results"
if $smoke; then exit 0; fi
exit $failed
