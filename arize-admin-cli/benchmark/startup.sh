#!/usr/bin/env bash
# Start-up benchmark of arize-admin: wall time and CPU time of "arize-admin organizations list" against a
# local fake, over several JVM set-ups. Prints figures; asserts nothing.
#
#   arize-admin-cli/benchmark/startup.sh [RUNS]        (default 15 runs per set-up, after 2 warm-up runs)
#
# Needs: mvn -B install -DskipTests -pl arize-admin-cli,arize-fake-server -am (the jars and the launcher).
# JAVA25=/path/to/jdk-25 adds the Java 25 set-ups (default: /usr/lib/jvm/temurin-25-jdk-amd64 when present);
# they write target/arize-admin-jdk25.jsa and target/arize-admin-jdk25.aot, which the launcher then uses.
# BENCH_NICE=-19 (as root) runs the fake and every measured command at that priority: on a machine shared
# with other jobs it approximates an idle one (the figures say which was used).
set -euo pipefail
runs=${1:-15}
root=$(cd "$(dirname "$0")/../.." && pwd)
target="$root/arize-admin-cli/target"
fake_jar="$root/arize-fake-server/target/arize-fake-server.jar"
java17=$(command -v java)
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d)
trap 'kill "$fake_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

for file in "$target/arize-admin" "$target/arize-admin.jar" "$fake_jar"; do
  [ -e "$file" ] || { echo "missing $file: build first (see the header)" >&2; exit 1; }
done

nice=(nice -n "${BENCH_NICE:-0}")
"${nice[@]}" "$java17" -jar "$fake_jar" --port 0 --admin-key ak-bench-startup > "$work/fake.out" 2>&1 &
fake_pid=$!
for _ in $(seq 1 300); do
  grep -q 'listening on' "$work/fake.out" && break
  sleep 0.1
done
port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/fake.out")
[ -n "$port" ] || { echo "the fake did not start: $(cat "$work/fake.out")" >&2; exit 1; }
export ARIZE_API_KEY=ak-bench-startup ARIZE_API_HOST=127.0.0.1 ARIZE_API_PORT=$port ARIZE_API_SCHEME=http
export HOME="$work/home"
mkdir -p "$HOME"

options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"

# One set-up: a name and a command (words); runs it, prints median/min/max wall and mean CPU.
measure() {
  local name=$1
  shift
  local walls=() cpus=()
  for i in $(seq 1 $((runs + 2))); do
    local start end
    start=$(date +%s%N)
    "${nice[@]}" /usr/bin/time -f '%U %S' -o "$work/time" "$@" organizations list > /dev/null 2> "$work/err" \
      || { echo "$name failed: $(cat "$work/err")" >&2; return; }
    end=$(date +%s%N)
    [ "$i" -le 2 ] && continue
    walls+=($(( (end - start) / 1000000 )))
    cpus+=("$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/time")")
  done
  local sorted
  sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
  local median min max cpu
  median=$(echo "$sorted" | awk -v n="${#walls[@]}" 'NR == int((n + 1) / 2) { print }')
  min=$(echo "$sorted" | head -1)
  max=$(echo "$sorted" | tail -1)
  cpu=$(printf '%s\n' "${cpus[@]}" | awk '{ s += $1 } END { printf "%d", s / NR }')
  printf '%-44s %8s %8s %8s %10s\n' "$name" "$median" "$min" "$max" "$cpu"
}

echo "arize-admin organizations list against the fake on 127.0.0.1:$port; $runs runs per set-up after 2 warm-ups"
echo "machine: $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg); nice ${BENCH_NICE:-0}"
printf '%-44s %8s %8s %8s %10s\n' "set-up" "median" "min" "max" "mean CPU"
printf '%-44s %8s %8s %8s %10s\n' "" "ms" "ms" "ms" "ms (u+s)"
measure "launcher (Java 17, build-time CDS archive)" "$target/arize-admin"
# shellcheck disable=SC2086
measure "java -jar, Java 17, launcher options, no CDS" "$java17" -Xshare:off $options -jar "$target/arize-admin.jar"
# shellcheck disable=SC2086
measure "java -jar, Java 17, launcher options, JDK CDS only" "$java17" $options -jar "$target/arize-admin.jar"
measure "java -jar, Java 17, no options" "$java17" -jar "$target/arize-admin.jar"
if [ -x "$java25/bin/java" ]; then
  version25=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java25/release")
  rm -f "$target/arize-admin-jdk$version25.aot"
  measure "launcher (Java $version25, AutoCreateSharedArchive)" env JAVA_HOME="$java25" "$target/arize-admin"
  # Java 25's ahead-of-time cache (JEP 483/514/515): one training run writes it, the launcher maps it.
  # shellcheck disable=SC2086
  "$java25/bin/java" -XX:AOTCacheOutput="$target/arize-admin-jdk$version25.aot" $options -jar "$target/arize-admin.jar" \
    organizations list > /dev/null 2>&1
  measure "launcher (Java $version25, AOT cache)" env JAVA_HOME="$java25" "$target/arize-admin"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
