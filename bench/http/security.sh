#!/usr/bin/env bash
# What Spring Security costs the generated API: the example app (examples/library) built twice, as it is
# and without spring-boot-starter-security, both started on free loopback ports, then driven in turns
# with wrk:
#   GET   /api/books/1   no credentials (a public read)
#   PATCH /api/books/N   the provisioned admin over HTTP Basic (secured) or no credentials (open);
#                        each wrk thread cycles over its own 256 books (created first) and the price
#                        alternates, so every request writes and none conflicts with another
# For each it prints requests/s (median of the rounds) and the app's CPU time per request (from
# /proc/<pid>/stat, so a machine shared with other work skews it less than throughput), then the ratios
# secured/open. Issue 9's goals: GET >= 0.8, PATCH >= 2/3 of the unsecured throughput.
#
# Usage: bench/http/security.sh [seconds-per-run] [rounds]     (default 15 s, 3 rounds; about 5 minutes)
# Needs: JDK 17+, mvn, wrk, python3, and Armature installed in the local repository:
#   mvn -q -B install -DskipTests -pl annotations,processor,templates,maven-plugin
# Env: BENCH_MAVEN_ARGS (extra mvn arguments, e.g. -Dmaven.repo.local=...), BENCH_JAVA_OPTS (app JVM
# options; default -Xmx512m), BENCH_CONNECTIONS (wrk -c, default 16), BENCH_THREADS (wrk -t, default 2).
# Work files: bench/work/http-security/ (git-ignored).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work="$root/bench/work/http-security"
seconds=${1:-15}
rounds=${2:-3}
connections=${BENCH_CONNECTIONS:-16}
threads=${BENCH_THREADS:-2}
read -r -a java_opts <<< "${BENCH_JAVA_OPTS:--Xmx512m}"
read -r -a mvn_args <<< "${BENCH_MAVEN_ARGS:-}"

die() {
  echo "bench: $*" >&2
  exit 1
}
for tool in java mvn wrk python3 curl; do
  command -v "$tool" > /dev/null || die "$tool is not on the PATH (wrk: apt-get install -y wrk)"
done

pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2> /dev/null || true
  done
}
trap cleanup EXIT

# --- build the two variants -------------------------------------------------------------------------
rm -rf "$work"
mkdir -p "$work"
for variant in secured open; do
  mkdir -p "$work/$variant"
  cp -r "$root/examples/library/pom.xml" "$root/examples/library/src" "$work/$variant/"
done
# the open variant: the same app without the security starter (the processor then generates no security)
python3 - "$work/open/pom.xml" << 'PY'
import re, sys
path = sys.argv[1]
pom = open(path, encoding="utf-8").read()
pom, n = re.subn(r"\s*<dependency>\s*<groupId>org\.springframework\.boot</groupId>\s*"
                 r"<artifactId>spring-boot-starter-security</artifactId>\s*</dependency>", "", pom)
if n != 1:
    sys.exit("bench: expected one spring-boot-starter-security dependency in " + path + ", found " + str(n))
open(path, "w", encoding="utf-8").write(pom)
PY
for variant in secured open; do
  echo "bench: building the $variant variant" >&2
  mvn -q -B -ntp "${mvn_args[@]}" -f "$work/$variant/pom.xml" package -DskipTests > "$work/$variant-build.log" 2>&1 \
    || die "the $variant build failed; see $work/$variant-build.log"
done
[[ -f "$work/secured/target/classes/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports" ]] \
  || die "the secured variant has no generated security"
[[ ! -e "$work/open/target/classes/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports" ]] \
  || die "the open variant still has the generated security"

# --- start both -------------------------------------------------------------------------------------
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
admin=bench
password=$(python3 -c 'import secrets, string; a=string.ascii_letters+string.digits; print("".join(secrets.choice(a) for _ in range(32)))')
declare -A port pid
for variant in secured open; do
  port[$variant]=$(free_port)
  jar=$(ls "$work/$variant"/target/armature-example-library-*.jar | grep -v original | head -1)
  (cd "$work/$variant" && exec env ARMATURE_ADMIN_USERNAME=$admin ARMATURE_ADMIN_PASSWORD="$password" \
    java "${java_opts[@]}" -jar "$jar" --server.port="${port[$variant]}" --server.address=127.0.0.1 \
    > "$work/$variant-app.log" 2>&1) &
  pid[$variant]=$!
  pids+=("$!")
done
for variant in secured open; do
  for _ in $(seq 1 120); do
    curl -s -o /dev/null -f "http://127.0.0.1:${port[$variant]}/api/books/1" && break
    kill -0 "${pid[$variant]}" 2> /dev/null || die "the $variant app exited; see $work/$variant-app.log"
    sleep 1
  done
  curl -s -o /dev/null -f "http://127.0.0.1:${port[$variant]}/api/books/1" || die "the $variant app did not answer"
done
# the secured app really is secured: a write without credentials is refused
status=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH -H 'Content-Type: application/merge-patch+json' \
  -d '{"price":12.5}' "http://127.0.0.1:${port[secured]}/api/books/1")
[[ $status == 401 ]] || die "an anonymous PATCH on the secured app answered $status, not 401"

# --- rows to write ---------------------------------------------------------------------------------
# concurrent PATCHes of one row conflict (409, optimistic locking): each wrk thread writes its own rows,
# in turn, so no two requests in flight touch the same book
rows_per_thread=256
auth=$(printf '%s:%s' "$admin" "$password" | base64 -w0)
first_ids=()
for variant in secured open; do
  ids=()
  for i in $(seq 1 $((rows_per_thread * threads))); do
    body=$(printf '{"title":"Bench %d","isbn":"978%010d","authorId":1,"genre":"FICTION","price":9.50}' "$i" "$i")
    id=$(curl -s -f -u "$admin:$password" -H 'Content-Type: application/json' -d "$body" \
      "http://127.0.0.1:${port[$variant]}/api/books" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])') \
      || die "creating book $i on the $variant app failed"
    ids+=("$id")
  done
  # the ids are consecutive in both apps (IDENTITY, one writer): the script needs only the first
  [[ ${ids[-1]} == $((ids[0] + ${#ids[@]} - 1)) ]] || die "the $variant app gave non-consecutive ids: ${ids[*]}"
  first_ids+=("${ids[0]}")
done

# --- drive them -------------------------------------------------------------------------------------
patch_script() {  # the wrk script of a PATCH: first id, then extra headers (Lua table entries)
  cat << LUA
local counter = 0
function setup(thread)
  thread:set("offset", $1 + counter * $rows_per_thread)
  counter = counter + 1
end
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"price":%d.50}', 10 + math.floor(n / $rows_per_thread) % 2)
  local path = string.format("/api/books/%d", offset + n % $rows_per_thread)
  return wrk.format("PATCH", path, {["Content-Type"] = "application/merge-patch+json"$2}, body)
end
LUA
}
patch_script "${first_ids[0]}" ", [\"Authorization\"] = \"Basic $auth\"" > "$work/patch-secured.lua"
patch_script "${first_ids[1]}" "" > "$work/patch-open.lua"

cpu_ticks() {  # utime + stime of the app, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}
results="$work/results.tsv"
: > "$results"
run() {  # variant kind round
  local variant=$1 kind=$2 url="http://127.0.0.1:${port[$1]}/api/books/1" args=() before after out
  [[ $kind == patch ]] && args=(-s "$work/patch-$variant.lua")
  before=$(cpu_ticks "${pid[$variant]}")
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" "${args[@]}" "$url")
  after=$(cpu_ticks "${pid[$variant]}")
  echo "$out" > "$work/wrk-$variant-$kind-$3.txt"
  local requests failed
  requests=$(awk '/requests in/ {print $1}' <<< "$out")
  failed=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<< "$out")
  failed=${failed:-0}
  # a request stalled long enough for its connection's neighbours to lap it can still meet a write of
  # the same row (409): a handful is noise, more means the figures measure errors
  if ((failed * 1000 > requests)); then
    die "$variant $kind: $failed of $requests answers were not 2xx (see $work/wrk-$variant-$kind-$3.txt)"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$variant" "$kind" "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" \
    "$requests" "$((after - before))" "$failed" >> "$results"
}
echo "bench: warming up" >&2
for variant in secured open; do
  wrk -t"$threads" -c"$connections" -d30s "http://127.0.0.1:${port[$variant]}/api/books/1" > /dev/null
  wrk -t"$threads" -c"$connections" -d30s -s "$work/patch-$variant.lua" "http://127.0.0.1:${port[$variant]}/api/books/1" > /dev/null
done
for round in $(seq 1 "$rounds"); do
  echo "bench: round $round of $rounds" >&2
  for kind in get patch; do
    for variant in secured open; do
      run "$variant" "$kind" "$round"
    done
  done
done

python3 - "$results" "$(getconf CLK_TCK)" "$seconds" "$rounds" "$connections" << 'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line]
tick = 1e6 / int(sys.argv[2])
def figures(variant, kind):
    mine = [r for r in rows if r[0] == variant and r[1] == kind]
    rps = statistics.median(float(r[2]) for r in mine)
    cpu = statistics.median(int(r[4]) * tick / int(r[3]) for r in mine)
    return rps, cpu
failed = sum(int(r[5]) for r in rows)
total = sum(int(r[3]) for r in rows)
print(f"wrk {sys.argv[5]} connections, {sys.argv[3]} s a run, median of {sys.argv[4]} rounds; "
      f"{failed} of {total:,} answers not 2xx")
print()
print("| request | secured req/s | open req/s | ratio (goal) | secured CPU us/req | open CPU us/req | CPU ratio open/secured |")
print("|---|---|---|---|---|---|---|")
for kind, label, goal in (("get", "GET /api/books/1, public", "0.80"), ("patch", "PATCH /api/books/1, admin", "0.67")):
    s_rps, s_cpu = figures("secured", kind)
    o_rps, o_cpu = figures("open", kind)
    print(f"| {label} | {s_rps:,.0f} | {o_rps:,.0f} | {s_rps / o_rps:.2f} ({goal}) | {s_cpu:,.0f} | {o_cpu:,.0f} | {o_cpu / s_cpu:.2f} |")
PY
