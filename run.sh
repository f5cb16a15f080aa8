#!/usr/bin/env bash
# Builds the platform and starts it with the demo data on the embedded H2 database (./data).
# Options are passed to Payara Micro, e.g. ./run.sh --port 8081
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -B -q install -DskipTests

port=8080
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    [ "${args[$i]}" = "--port" ] && port="${args[$((i + 1))]}"
done

# A ./data database made while academy.db.password had no default took H2's unresolved reference text as its
# password; give it the new default once (nothing happens when it already has it or another one).
if [ -f data/academy.mv.db ] && [ -z "${ACADEMY_DB_PASSWORD:-}" ]; then
    h2=~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar
    if [ -f "$h2" ] && java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:./data/academy" -user sa \
            -password '${MPCONFIG=academy.db.password}' -sql "ALTER USER SA SET PASSWORD 'academy'" >/dev/null 2>&1; then
        echo "./data/academy now has the default database password (academy.db.password)"
    fi
fi

export ACADEMY_DEMO="${ACADEMY_DEMO:-true}"
java ${JAVA_OPTS:-} -jar academy-web/target/academy.jar "$@" &
app=$!
trap 'kill $app 2>/dev/null' INT TERM

for _ in $(seq 1 120); do
    if curl -fs "http://localhost:${port}/health/ready" >/dev/null 2>&1; then
        echo
        echo "WPS NAP Academy platform is running at http://localhost:${port}/"
        [ "$ACADEMY_DEMO" = "true" ] && echo "  Sign in as admin, trainer, sponsor or delegate.bo (password: demo)."
        echo "  API: curl -u trainer:demo http://localhost:${port}/api/v1/cohorts   OpenAPI: http://localhost:${port}/openapi"
        echo "  Ctrl+C stops it."
        break
    fi
    kill -0 $app 2>/dev/null || exit 1
    sleep 1
done
wait $app
