#!/usr/bin/env bash
# Benchmarks the Armature processor on synthetic projects of 10, 100, 200 and 500 entities.
#
# For each size it measures, with hyperfine, four javac runs over the same Spring Boot 4.1.1 class path
# (resolved once from bench/classpath/pom.xml; Maven itself is never timed):
#   with      javac + the Armature processor: entities in, REST layer generated and compiled
#   plain     javac -proc:none on the entities plus a copy of what the processor generated in "with"
#   replay    javac + a do-nothing processor (bench/timer/.../ReplayProcessor.java) that writes that copy
#             in round 1: the floor, what javac itself adds for any processor generating these sources
#   entities  javac -proc:none on the entities alone (calibration against the issue's 1.7 s)
# and, inside every "with" run, the processor's own time (bench/timer/.../TimedProcessor.java wraps the
# processor and adds up the time spent in its init() and process() calls).
# Results: bench/work/results.json and bench/RESULTS.md.
#
# Usage: bench/run.sh [runs-per-point]        (default 3; env BENCH_SIZES="10 100 200 500")
# Needs: JDK 17+, python3, mvn, hyperfine, and the processor built:
#   mvn -q -B -pl annotations,processor -am install -DskipTests
# Env: ARMATURE_PROCESSOR_JAR / ARMATURE_ANNOTATIONS_JAR (default: processor/target, annotations/target),
# ARMATURE_PROCESSOR_PATH (a whole processor class path instead of the jar, e.g. an unshaded build),
# BENCH_JAVA_OPTS (JVM options for every javac run, e.g. "-Xss16m").
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
work="$here/work"
runs=${1:-3}
read -r -a sizes <<< "${BENCH_SIZES:-10 100 200 500}"
version=0.1.0-SNAPSHOT
processor_jar=${ARMATURE_PROCESSOR_JAR:-$root/processor/target/armature-processor-$version.jar}
annotations_jar=${ARMATURE_ANNOTATIONS_JAR:-$root/annotations/target/armature-annotations-$version.jar}
# the processor's class path, as Maven resolves it for annotationProcessorPaths: the (shaded) jar and
# its one dependency, armature-annotations; ARMATURE_PROCESSOR_PATH (a class path) replaces it
processor_path=${ARMATURE_PROCESSOR_PATH:-$processor_jar:$annotations_jar}
processor_class=dev.armature.processor.ArmatureProcessor

die() {
  echo "bench: $*" >&2
  exit 1
}

for tool in javac java python3 mvn hyperfine; do
  command -v "$tool" > /dev/null || die "$tool not found (hyperfine: apt-get install -y hyperfine)"
done
IFS=: read -r -a jars <<< "$processor_path:$annotations_jar"
for jar in "${jars[@]}"; do
  [[ -e "$jar" ]] || die "$jar is missing; build it: mvn -q -B -pl annotations,processor -am install -DskipTests"
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "runs must be a positive number, was '$runs'"

mkdir -p "$work"

echo "bench: resolving the Spring Boot 4.1.1 class path (once)"
classpath_file="$work/classpath.txt"
if [[ ! -s "$classpath_file" || "$here/classpath/pom.xml" -nt "$classpath_file" ]]; then
  mvn -q -B -f "$here/classpath/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file"
fi
classpath="$(< "$classpath_file"):$annotations_jar"

echo "bench: compiling the timing wrapper and the replay processor"
rm -rf "$work/timer"
javac --release 17 -d "$work/timer" "$here/timer/bench/timing/TimedProcessor.java" \
  "$here/timer/bench/timing/ReplayProcessor.java"

# javac options shared by every run: the same release, encoding and class path
common_options() {
  printf '%s\n' --release 17 -encoding UTF-8 -parameters -nowarn -Xlint:none -cp "$classpath"
}

# BENCH_JAVA_OPTS as javac -J options; they must be on the command line (javac ignores -J in @files)
java_args=()
read -r -a java_opts <<< "${BENCH_JAVA_OPTS:-}"
for option in "${java_opts[@]}"; do
  java_args+=("-J$option")
done
java_text=""
if [[ ${#java_args[@]} -gt 0 ]]; then
  java_text="$(printf '%q ' "${java_args[@]}")"
fi

# One run of one point: $1 = name, $2 = size folder, $3 = options file, $4 = sources file, $5 = run number.
# Only javac is timed; emptying the output folder is hyperfine's --prepare step, outside the measurement.
# The points of a size take turns run by run (with, plain, replay, entities, then again), so a change of
# load on the shared machine hits all of them rather than one.
measure() {
  local out="$2/out-$1"
  hyperfine --style basic --runs 1 --export-json "$2/$1.$5.json" -n "$1" \
    --prepare "$(printf 'rm -rf %q && mkdir -p %q/classes %q/generated' "$out" "$out" "$out")" \
    "$(printf 'javac %s@%q @%q' "$java_text" "$3" "$4")" >> "$2/$1.log" 2>&1 || return 1
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("bench:   %-8s %6.2f s wall %6.2f s CPU (run %s)" % (sys.argv[2], r["median"], r["user"] + r["system"], sys.argv[3]))' "$2/$1.$5.json" "$1" "$5"
}

echo "bench: machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  echo "bench: $n entities"
  rm -rf "$dir"
  python3 "$here/gen-project.py" "$n" "$dir"
  find "$dir/src" -name '*.java' | sort > "$dir/entities.txt"

  {
    common_options
    printf '%s\n' -processorpath "$work/timer:$processor_path" -processor bench.timing.TimedProcessor \
      "-Abench.delegate=$processor_class" "-Abench.timingFile=$dir/processor-nanos.txt" \
      -d "$dir/out-with/classes" -s "$dir/out-with/generated"
  } > "$dir/with.options"
  { common_options; printf '%s\n' -proc:none -d "$dir/out-plain/classes"; } > "$dir/plain.options"
  {
    common_options
    printf '%s\n' -processorpath "$work/timer" -processor bench.timing.TimedProcessor \
      -Abench.delegate=bench.timing.ReplayProcessor "-Abench.replayDir=$dir/plain-src" \
      "-Abench.timingFile=$dir/replay-nanos.txt" -d "$dir/out-replay/classes" -s "$dir/out-replay/generated"
  } > "$dir/replay.options"
  { common_options; printf '%s\n' -proc:none -d "$dir/out-entities/classes"; } > "$dir/entities.options"

  : > "$dir/processor-nanos.txt"
  : > "$dir/replay-nanos.txt"
  rm -f "$dir/failed.txt"
  rm -f "$dir"/*.json "$dir"/*.log
  if ! measure with "$dir" "$dir/with.options" "$dir/entities.txt" 1; then
    # Keep going: the processor's own time is still known when javac fails on what it generated.
    javac "${java_args[@]}" "@$dir/with.options" "@$dir/entities.txt" 2>&1 | grep -v '^[[:space:]]*at ' \
      | head -n 8 > "$dir/failed.txt" || true
    echo "bench:   javac with the processor FAILED; see $dir/failed.txt:" >&2
    sed 's/^/bench:     /' "$dir/failed.txt" >&2
    for ((r = 1; r <= runs; r++)); do
      measure entities "$dir" "$dir/entities.options" "$dir/entities.txt" "$r"
    done
    continue
  fi
  generated=$(find "$dir/out-with/generated" -name '*.java' | wc -l)
  [[ "$generated" -gt 0 ]] || die "the processor generated no Java source for $n entities (see $dir/with.log)"

  # The same generated sources, now plain sources of a second project compiled without processing, and
  # the input of the replay processor.
  rm -rf "$dir/plain-src"
  cp -r "$dir/out-with/generated" "$dir/plain-src"
  { cat "$dir/entities.txt"; find "$dir/plain-src" -name '*.java' | sort; } > "$dir/plain.txt"
  for ((r = 1; r <= runs; r++)); do
    if ((r > 1)); then
      measure with "$dir" "$dir/with.options" "$dir/entities.txt" "$r"
    fi
    measure plain "$dir" "$dir/plain.options" "$dir/plain.txt" "$r"
    measure replay "$dir" "$dir/replay.options" "$dir/entities.txt" "$r"
    measure entities "$dir" "$dir/entities.options" "$dir/entities.txt" "$r"
  done
  echo "bench:   $generated generated sources"
done

python3 "$here/report.py" "$work" "$here/RESULTS.md" "${sizes[@]}"
echo "bench: wrote $here/RESULTS.md"
