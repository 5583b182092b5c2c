#!/usr/bin/env bash
# SQL statements per request (list page, get, create, patch, delete) of the example app, counted with
# Hibernate statistics, then list-page throughput with wrk. See bench/README.md ("SQL per request").
#
#   bench/http/sql.sh                 # builds examples/library (needs Armature installed), then measures
#   BENCH_SKIP_BUILD=1 bench/http/sql.sh
#   MAVEN_REPO=/path/to/m2 BENCH_WRK_SECONDS=30 bench/http/sql.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/bench/work/http"
port="${BENCH_PORT:-18080}"
seconds="${BENCH_WRK_SECONDS:-15}"
connections="${BENCH_WRK_CONNECTIONS:-16}"
user=admin
password="bench-$RANDOM$RANDOM$RANDOM$RANDOM"
mkdir -p "$work"

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  mvn -B -ntp -q ${MAVEN_REPO:+-Dmaven.repo.local="$MAVEN_REPO"} -f "$root/examples/library" clean package -DskipTests
fi
jar="$(ls "$root"/examples/library/target/armature-example-library-*.jar | grep -v original | head -1)"

app_pid=""
stop_app() {
  if [[ -n "$app_pid" ]]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
  fi
}
trap stop_app EXIT

# start_app LOG [ARGS...]: starts the jar on $port and waits until /api/books answers
start_app() {
  local log="$1"
  shift
  (cd "$work" && ARMATURE_ADMIN_USERNAME="$user" ARMATURE_ADMIN_PASSWORD="$password" \
    exec java -jar "$jar" --server.port="$port" "$@" >"$log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://localhost:$port/api/books" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "the app stopped; its log:" >&2
      tail -50 "$log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "the app did not answer within 120 s" >&2
  exit 1
}

echo "== SQL statements per request (Hibernate statistics, sessions logged per request)"
start_app "$work/app-statistics.log" \
  --spring.jpa.properties.hibernate.generate_statistics=true \
  --logging.level.org.hibernate.session.metrics=DEBUG \
  --logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=INFO
python3 "$root/bench/http/sql.py" "http://localhost:$port" "$work/app-statistics.log" "$user" "$password" 3 \
  | tee "$work/sql.txt"
stop_app

echo
echo "== list-page throughput (wrk, ${seconds}s, $connections connections; statistics off)"
start_app "$work/app-wrk.log"
url="http://localhost:$port/api/books?size=20"
wrk -t2 -c"$connections" -d5s "$url" >/dev/null   # warm-up: JIT and connection pool
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" | tee "$work/wrk-list.txt"
stop_app
echo
echo "machine: $(nproc) cores, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
