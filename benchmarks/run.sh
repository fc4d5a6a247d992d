#!/usr/bin/env bash
# The benchmark in one command (see benchmarks/README.md): builds the fake's jar and the runner, installs wrk
# from Debian when it is missing and this is possible, then runs the phases. Options go to the runner:
#   benchmarks/run.sh --help | --quick | --only throughput,scale,startup | --targets fake,vertx | --record ...
# BENCH_SKIP_BUILD=1 reuses what the last build left in target/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
  fi
  if [ "$(id -u)" = 0 ] || [ -n "$sudo" ]; then
    echo "[setup] installing wrk (apt-get install -y wrk)"
    $sudo apt-get install -y -qq wrk >/dev/null 2>&1 \
      || { $sudo apt-get update -qq >/dev/null 2>&1 && $sudo apt-get install -y -qq wrk >/dev/null 2>&1; } \
      || echo "[setup] could not install wrk: the JVM load generator will be used"
  fi
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "[setup] building the fake server and the runner (mvn -B -q -pl benchmarks -am package -DskipTests)"
  mvn -B -q -pl benchmarks -am package -DskipTests
fi

exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/runner-classpath.txt)" \
  io.github.arizeadmin.bench.Bench "$@"
