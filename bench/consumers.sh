#!/usr/bin/env bash
# The event pipeline (lead.qualified → applied in visit-service) with one consumer thread per channel
# against several, in one run: visit-service is restarted with CONSUMER_CONCURRENCY=1, then =N, twice
# each in turn (the machine's load drifts; alternating shows it). Needs the suite up (./showroom up).
#   bench/consumers.sh [N]        N defaults to 3 (the partitions of the suite's topics)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-3}"
EVENTS="${BENCH_EVENTS:-20000}"
PIDFILE=.showroom/pids/visit-service.pid
[[ -f "$PIDFILE" ]] || { echo "the suite is not up: ./showroom up" >&2; exit 2; }

# Restarts visit-service exactly as ./showroom up started it, with CONSUMER_CONCURRENCY=$1.
restart_visit() {
  local pid cmd env cwd
  pid=$(head -n 1 "$PIDFILE")
  mapfile -d '' cmd < "/proc/$pid/cmdline"
  mapfile -d '' env < <(tr '\0' '\n' < "/proc/$pid/environ" | grep -v '^CONSUMER_CONCURRENCY=' | tr '\n' '\0')
  cwd=$(readlink "/proc/$pid/cwd")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  (cd "$cwd" && exec env -i "${env[@]}" CONSUMER_CONCURRENCY="$1" "${cmd[@]}" >> "$ROOT/.showroom/logs/visit-service.log" 2>&1) &
  echo $! > "$PIDFILE"
  until curl -sf http://localhost:8082/q/health/ready >/dev/null; do sleep 1; done
  sleep 10   # the consumers join their group and get their partitions
}

./mvnw -q -B -ntp -f bench/load/pom.xml package -DskipTests
CP="bench/load/target/classes:$(cat bench/load/target/classpath.txt)"
ROWS=$(mktemp)
for c in 1 "$N" 1 "$N"; do
  echo "[bench] visit-service with CONSUMER_CONCURRENCY=$c" >&2
  restart_visit "$c"
  java -cp "$CP" dev.showroom.bench.Bench "$ROWS.row" pipeline "consumer threads per channel: $c" \
    2> >(grep -v '^SLF4J' >&2) >/dev/null
  cat "$ROWS.row" >> "$ROWS"
done
echo "| visit-service | events /s | p50 lag ms | p99 lag ms | produced ms (first send → last acked) | last applied ms (after the first send) |"
echo "|---|---|---|---|---|---|"
cat "$ROWS"; rm -f "$ROWS" "$ROWS.row"
