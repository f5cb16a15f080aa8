#!/usr/bin/env bash
# Two instances of the packaged app (academy-web/target/academy.jar) over one PostgreSQL, clustered by Payara's
# Hazelcast data grid, behind nginx as a sticky load balancer; everything on loopback. README, "Running more
# than one instance".
#
#   cluster/run.sh          start (PostgreSQL when not running, instance a, instance b, nginx) and return
#   cluster/run.sh stop     stop nginx and both instances (and PostgreSQL, when this script started it)
#   cluster/run.sh stop --drop-database   also drop the database this script created
#
# Settings (environment):
#   CLUSTER_DIR         state, logs and nginx configuration (default ./data/cluster)
#   CLUSTER_PORT        the balancer's port (8080); CLUSTER_PORT_A / CLUSTER_PORT_B the instances' (8081 / 8082)
#   CLUSTER_HZ_PORT     first data grid port (5900): instance a listens on it, b on the next one
#   CLUSTER_DB          database created on the local PostgreSQL when ACADEMY_DB_URL is unset (academy_cluster)
#   ACADEMY_DB_URL, ACADEMY_DB_USER, ACADEMY_DB_PASSWORD   an existing PostgreSQL database instead
#   ACADEMY_DEMO        load the demo data into an empty database (true)
#   CLUSTER_JAVA_OPTS   JVM options of each instance (-Xmx768m)
# Exit status 3: PostgreSQL or nginx is missing and cannot be installed (not root, or no apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

dir=${CLUSTER_DIR:-$root/data/cluster}
port=${CLUSTER_PORT:-8080}
port_a=${CLUSTER_PORT_A:-8081}
port_b=${CLUSTER_PORT_B:-8082}
hz_a=${CLUSTER_HZ_PORT:-5900}
hz_b=$((hz_a + 1))
db=${CLUSTER_DB:-academy_cluster}
jar=$root/academy-web/target/academy.jar

say() { echo "cluster: $*"; }
missing() { say "$*"; exit 3; }
pid_of() { [ -f "$dir/$1.pid" ] && cat "$dir/$1.pid"; }
running() { local pid; pid=$(pid_of "$1") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

install_package() {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
    say "installing $*"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- stop -----------------------------------------------------------------------------------------------------
stop_process() {   # SIGTERM, up to 40 s (Payara serves through its shutdown grace period), then SIGKILL
    local name=$1 pid
    running "$name" || { rm -f "$dir/$name.pid"; return 0; }
    pid=$(pid_of "$name")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    rm -f "$dir/$name.pid"
    say "stopped $name"
}

if [ "${1:-start}" = stop ]; then
    [ -d "$dir" ] || { say "nothing to stop in $dir"; exit 0; }
    stop_process nginx
    stop_process a
    stop_process b
    if [ "${2:-}" = --drop-database ] && [ -f "$dir/created-database" ]; then
        created=$(cat "$dir/created-database")
        runuser -u postgres -- dropdb --if-exists "$created" && say "dropped database $created"
        rm -f "$dir/created-database"
    fi
    if [ -f "$dir/started-postgresql" ]; then
        pg_ctlcluster $(cat "$dir/started-postgresql") stop && say "stopped PostgreSQL"
        rm -f "$dir/started-postgresql"
    fi
    exit 0
fi

# --- prerequisites --------------------------------------------------------------------------------------------
mkdir -p "$dir"
for name in a b nginx; do running "$name" && { say "already running ($name); run: cluster/run.sh stop"; exit 1; }; done
command -v nginx >/dev/null || install_package nginx-light || install_package nginx \
    || missing "nginx is not installed and cannot be (not root or no apt-get)"
if [ ! -f "$jar" ]; then
    say "building $jar"
    ./mvnw -B -q package -pl academy-web -am -DskipTests
fi

# --- PostgreSQL -----------------------------------------------------------------------------------------------
if [ -z "${ACADEMY_DB_URL:-}" ]; then
    command -v pg_ctlcluster >/dev/null || install_package postgresql \
        || missing "PostgreSQL is not installed and cannot be (not root or no apt-get); or set ACADEMY_DB_URL"
    [ "$(id -u)" = 0 ] || missing "without ACADEMY_DB_URL this script manages the local PostgreSQL, which needs root"
    cluster=$(pg_lsclusters -h | awk 'NR == 1 {print $1, $2}')
    [ -n "$cluster" ] || missing "PostgreSQL is installed but has no cluster (pg_createcluster)"
    if ! pg_lsclusters -h | awk 'NR == 1 {exit $4 == "online" ? 0 : 1}'; then
        pg_ctlcluster $cluster start
        echo "$cluster" > "$dir/started-postgresql"
        say "started PostgreSQL $cluster"
    fi
    pg_port=$(pg_lsclusters -h | awk 'NR == 1 {print $3}')
    user=academy_cluster
    password=academy-cluster
    psql_admin() { runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qAt "$@"; }
    [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" = 1 ] \
        || psql_admin -c "CREATE ROLE $user LOGIN PASSWORD '$password'"
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
        psql_admin -c "CREATE DATABASE $db OWNER $user"
        echo "$db" > "$dir/created-database"
        say "created database $db"
    fi
    export ACADEMY_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db"
    export ACADEMY_DB_USER=$user ACADEMY_DB_PASSWORD=$password
fi
export ACADEMY_DB_DATASOURCE_CLASS=${ACADEMY_DB_DATASOURCE_CLASS:-org.postgresql.ds.PGSimpleDataSource}
export ACADEMY_DEMO=${ACADEMY_DEMO:-true}

# --- two instances, one data grid -----------------------------------------------------------------------------
start_instance() {   # name, HTTP port, data grid port
    local name=$1 http=$2 grid=$3
    rm -rf "$dir/$name-root"
    # setsid: the instance outlives this script and a Ctrl+C of the shell that started it
    setsid java ${CLUSTER_JAVA_OPTS:--Xmx768m} -jar "$jar" --systemproperties "$dir/cluster.properties" --port "$http" --name "academy-$name" \
        --clustername academy --clustermode "tcpip:127.0.0.1:$hz_a,127.0.0.1:$hz_b" --interfaces 127.0.0.1 \
        --startport "$grid" --nohostaware --rootdir "$dir/$name-root" \
        > "$dir/$name.log" 2>&1 < /dev/null &
    echo $! > "$dir/$name.pid"
}

await_ready() {   # name, port
    for _ in $(seq 1 300); do
        curl -fs "http://127.0.0.1:$2/health/ready" >/dev/null 2>&1 && return 0
        running "$1" || { say "instance $1 died while starting; its log: $dir/$1.log"; tail -20 "$dir/$1.log"; return 1; }
        sleep 1
    done
    say "instance $1 was not ready within 300 s; its log: $dir/$1.log"
    return 1
}

# academy.jar was packaged with --nocluster, right for one instance; a properties file given on the command line
# overrides the ones packaged in the jar (a -D option does not). EclipseLink's shared cache is off in every
# installation (persistence.xml), so the instances need no cache coordination: README says what was measured.
echo "payaramicro.noCluster=false" > "$dir/cluster.properties"
started=$(date +%s)
start_instance a "$port_a" "$hz_a"
start_instance b "$port_b" "$hz_b"
if ! await_ready a "$port_a" || ! await_ready b "$port_b"; then
    stop_process a; stop_process b; exit 1
fi
say "instances a (:$port_a) and b (:$port_b) ready in $(( $(date +%s) - started )) s on $ACADEMY_DB_URL"

# --- nginx ----------------------------------------------------------------------------------------------------
# Sticky by a route cookie the balancer sets from the instance that answered: a new browser goes round robin,
# then stays on its instance. When that instance is down, nginx sends its requests to the other one (backup),
# whose answer moves the cookie there: the person signs in again there and stays.
mkdir -p "$dir/nginx"
cat > "$dir/nginx.conf" <<EOF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $dir/nginx/body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;
    log_format routed '\$remote_addr [\$time_local] "\$request" \$status route=\$cookie_academy_route upstream=\$upstream_addr \$request_time';
    access_log $dir/nginx/access.log routed;

    upstream academy_a   { server 127.0.0.1:$port_a max_fails=1 fail_timeout=10s; server 127.0.0.1:$port_b backup; }
    upstream academy_b   { server 127.0.0.1:$port_b max_fails=1 fail_timeout=10s; server 127.0.0.1:$port_a backup; }
    upstream academy_any { server 127.0.0.1:$port_a max_fails=1 fail_timeout=10s; server 127.0.0.1:$port_b max_fails=1 fail_timeout=10s; }

    map \$cookie_academy_route \$academy_pool { a academy_a; b academy_b; default academy_any; }
    # \$upstream_addr lists every instance tried; the last one answered
    map \$upstream_addr \$academy_served { "~127\.0\.0\.1:$port_a\$" a; "~127\.0\.0\.1:$port_b\$" b; default ""; }
    map \$http_upgrade \$connection_upgrade { default upgrade; "" close; }

    server {
        listen 127.0.0.1:$port;
        client_max_body_size 64m;
        location / {
            proxy_pass http://\$academy_pool;
            proxy_http_version 1.1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_read_timeout 300s;
            add_header Set-Cookie "academy_route=\$academy_served; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-Academy-Instance \$academy_served always;
        }
    }
}
EOF
nginx -t -q -c "$dir/nginx.conf" -p "$dir/nginx"
nginx -c "$dir/nginx.conf" -p "$dir/nginx"
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.2; done

echo
echo "WPS NAP Academy platform, two instances behind nginx: http://localhost:$port/"
echo "  instance a: http://localhost:$port_a/ (log $dir/a.log)   instance b: http://localhost:$port_b/ (log $dir/b.log)"
echo "  database: $ACADEMY_DB_URL   balancer log: $dir/nginx/access.log"
[ "$ACADEMY_DEMO" = true ] && echo "  Sign in as admin, trainer, sponsor or delegate.bo (password: demo)."
echo "  cluster/run.sh stop   stops it all."
