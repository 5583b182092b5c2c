#!/usr/bin/env bash
# Benchmarks `mvn generate-sources` with the Armature plugin on synthetic projects of 10, 100 and 500
# entities (bench/gen-project.py), against `mvn compile` of the same project:
#   generate-cold   mvn generate-sources after deleting target/ and everything the plugin wrote
#   generate-again  mvn generate-sources with nothing changed (the "up to date" run)
#   compile         mvn compile after deleting target/ (the plugin, the processor and javac: a real build)
#   generate-skip   mvn generate-sources -Darmature.skip=true: Maven loads the plugin and resolves the
#                   project's dependencies for it (as for any such plugin), then the plugin does nothing
#   validate        mvn validate: Maven's own start-up and project loading, the floor of every mvn run
# and, inside every cold run, the IR pass's own time as the plugin logs it ("IR pass N ms").
# Results: bench/work/plugin/results.json and the plugin section of bench/PLUGIN-RESULTS.md.
#
# Usage: bench/plugin/run.sh [runs-per-point]      (default 3; env BENCH_SIZES="10 100 500")
# Needs: JDK 17+, python3, mvn, hyperfine, and Armature installed in the local repository:
#   mvn -q -B install -DskipTests
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench=$(dirname "$here")
root=$(dirname "$bench")
work="$bench/work/plugin"
runs=${1:-3}
read -r -a sizes <<< "${BENCH_SIZES:-10 100 500}"
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)

die() {
  echo "bench: $*" >&2
  exit 1
}

for tool in java python3 mvn hyperfine; do
  command -v "$tool" > /dev/null || die "$tool not found (hyperfine: apt-get install -y hyperfine)"
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "runs must be a positive number, was '$runs'"
repo=$(mvn -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout 2> /dev/null \
  | sed 's/\x1b\[[0-9;]*m//g' || true)
[[ -n "$repo" ]] || repo="$HOME/.m2/repository"
[[ -d "$repo/dev/armature/armature-maven-plugin/$version" ]] \
  || die "armature-maven-plugin $version is not installed; run: mvn -q -B install -DskipTests"

mkdir -p "$work"
echo "bench: machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  echo "bench: $n entities"
  rm -rf "$dir"
  python3 "$bench/gen-project.py" "$n" "$dir"
  sed -e "s/@N@/$n/" -e "s/@VERSION@/$version/" "$here/pom.xml.in" > "$dir/pom.xml"
  # once, online if needed, so that every measured run is offline and finds everything
  (cd "$dir" && mvn -B -q compile > "$dir/warmup.log" 2>&1) || die "the first build failed; see $dir/warmup.log"

  clean_outputs="rm -rf target .armature docs .env.example"
  cd "$dir"
  hyperfine --style basic --runs "$runs" --export-json "$dir/generate-cold.json" -n generate-cold \
    --prepare "$clean_outputs" "mvn -o -B generate-sources > generate-cold.log 2>&1" > /dev/null
  # the short runs, one after the other and more often: their differences are a few hundred ms
  hyperfine --style basic --runs "$((runs * 3))" --export-json "$dir/generate-again.json" -n generate-again \
    "mvn -o -B generate-sources > generate-again.log 2>&1" > /dev/null
  grep -q 'Up to date' generate-again.log || die "the no-change run was not up to date; see $dir/generate-again.log"
  hyperfine --style basic --runs "$((runs * 3))" --export-json "$dir/generate-skip.json" -n generate-skip \
    "mvn -o -B generate-sources -Darmature.skip=true > generate-skip.log 2>&1" > /dev/null
  hyperfine --style basic --runs "$runs" --export-json "$dir/compile.json" -n compile \
    --prepare "rm -rf target" "mvn -o -B compile > compile.log 2>&1" > /dev/null
  hyperfine --style basic --runs "$((runs * 3))" --export-json "$dir/validate.json" -n validate \
    "mvn -o -B validate > validate.log 2>&1" > /dev/null
  # the plugin's own times, from its log lines (each run rewrites its log: the last run's figures)
  sed -n 's/.*IR pass \([0-9]*\) ms.*/\1/p' "$dir/generate-cold.log" > "$dir/ir-ms.txt"
  sed -n 's/.*Up to date.* in \([0-9]*\) ms.*/\1/p' "$dir/generate-again.log" > "$dir/again-ms.txt"
  cd - > /dev/null
done

python3 "$here/report.py" "$work" "$bench/PLUGIN-RESULTS.md" "${sizes[@]}"
echo "bench: wrote $bench/PLUGIN-RESULTS.md"
