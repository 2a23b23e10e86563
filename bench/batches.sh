#!/usr/bin/env bash
# Events applied in batches, before and after, in one run: each consuming service is restarted with the jar of
# BEFORE_REF (default: the commit before EventDispatcher came, one channel per topic and one transaction per
# event) and with the suite's own (this checkout), and its threads are counted 20 s after it is ready; then
# visit-service runs the event pipeline (bench/load's EventPipeline: 20,000 lead.qualified) with each jar,
# twice in turn (the machine's load drifts; alternating shows it), each time two bursts:
#  - live: produced while visit-service consumes: events /s from the first send to the last applied, the lag of
#    each event, and the producer's own time (first send to the last record acked by the broker) beside the time
#    to the last applied (when they are close, the producer bounds the rate, not the consumer);
#  - drain: produced while visit-service's JVM is stopped (SIGSTOP: its consumers keep their partitions), then
#    continued: events /s from the continue to the last applied, what the consumer can apply. The same for both
#    jars, each warmed by its live burst.
# Prints the tables and the load average.
# Needs the suite up (./showroom up) from this checkout.
#   bench/batches.sh     BENCH_EVENTS (20000), BENCH_ROUNDS (2 before/after pairs), BEFORE_REF,
#                        BENCH_THREADS=0 (the pipeline only: no restart of every service to count threads),
#                        BENCH_BUILD_ONLY=1 (build the jars of BEFORE_REF and stop: outside the suite's lock),
#                        BENCH_JFR=1 (visit-service records JFR, profile settings, written when it stops:
#                        .showroom/bench-jfr/visit-<before|after|variantN>-<round>.jfr),
#                        BENCH_VARIANTS="-Dx=1 -Dy=2|-Dz=3" (after each round's pair, the suite's jar again with each
#                        '|'-separated set of JVM options, e.g. the consumer's settings: a third row, same run)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
EVENTS="${BENCH_EVENTS:-20000}"
SERVICES=(lead-service visit-service order-service aftersales-service)
# the commit that added EventDispatcher (not the last that changed it), and the one before it
BEFORE_REF="${BEFORE_REF:-$(git log --diff-filter=A --format=%H HEAD -- platform/src/main/java/dev/showroom/platform/events/EventDispatcher.java | tail -n 1)^}"
BEFORE_SHA=$(git rev-parse --short "$BEFORE_REF")
BEFORE=".showroom/bench-before/$BEFORE_SHA"

# The services of BEFORE_REF, built once (package, not install) from an export of that commit (with
# BENCH_THREADS=0 only visit-service, the one the pipeline needs). BENCH_BUILD_ONLY=1: build them and stop (to
# build before taking the suite's lock).
BUILD=("${SERVICES[@]}")
[[ "${BENCH_THREADS:-1}" == 0 ]] && BUILD=(visit-service)
missing=()
for s in "${BUILD[@]}"; do [[ -f "$BEFORE/$s/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$s"); done
if (( ${#missing[@]} > 0 )); then
  echo "[bench] building ${missing[*]} of $BEFORE_SHA in $BEFORE" >&2
  if [[ ! -f "$BEFORE/pom.xml" ]]; then
    mkdir -p "$BEFORE"
    git archive "$BEFORE_SHA" | tar -x -C "$BEFORE"
  fi
  (cd "$BEFORE" && ./mvnw -q -B -ntp package -DskipTests -Dspotless.check.skip=true \
    -pl "$(IFS=,; echo "${missing[*]}")" -am)
fi
[[ "${BENCH_BUILD_ONLY:-0}" == 1 ]] && exit 0
[[ -f .showroom/pids/visit-service.pid ]] || { echo "the suite is not up: ./showroom up" >&2; exit 2; }

# Restarts $1 exactly as ./showroom up started it, but running the quarkus-app of $2 (a directory).
restart() {
  local name=$1 app=$2 pidfile=".showroom/pids/$1.pid" pid cmd env cwd port i
  pid=$(head -n 1 "$pidfile")
  mapfile -d '' cmd < "/proc/$pid/cmdline"
  mapfile -d '' env < "/proc/$pid/environ"
  cwd=$(readlink "/proc/$pid/cwd")
  for i in "${!cmd[@]}"; do
    if [[ "${cmd[$i]}" == -jar ]]; then cmd[$((i + 1))]="$app/quarkus-run.jar"; fi
    # no AOT cache (the suite's is of its own jar; a run of another jar would record over it): both jars alike
    if [[ "${cmd[$i]}" == -XX:AOT* ]]; then unset 'cmd[i]'; fi
  done
  cmd=("${cmd[@]}")
  port=$(port_of "$name")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  # the jar of BEFORE_REF does not know the migrations since: it starts on the schema as it is, without Flyway
  # (its validation would refuse the newer migrations it cannot resolve); the suite's own jar the same way
  # the service must not inherit the caller's descriptors: a lock held by whoever runs this (flock's, the suite's
  # /tmp/showroom-e2e.lock) would stay held by the restarted service until ./showroom down
  (close_fds; cd "$cwd" && exec env -i "${env[@]}" QUARKUS_FLYWAY_MIGRATE_AT_START=false ${JFR:+"JDK_JAVA_OPTIONS=$JFR"} "${cmd[@]}" \
    >> "$ROOT/.showroom/logs/$name.log" 2>&1) &
  echo $! > "$pidfile"
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do sleep 1; done
  sleep 20   # the consumers join their group and get their partitions
}
close_fds() {
  local fd
  for fd in $(ls "/proc/$BASHPID/fd"); do (( fd > 2 )) && eval "exec $fd>&-"; done 2>/dev/null || true
}
port_of() {
  case $1 in lead-service) echo 8081 ;; visit-service) echo 8082 ;; order-service) echo 8083 ;; aftersales-service) echo 8084 ;; esac
}
threads() { ls "/proc/$(head -n 1 ".showroom/pids/$1.pid")/task" | wc -l; }

# Where ./showroom up installed the suite's own build (this checkout)
AFTER_OF() { dirname "$(tr '\0' '\n' < "/proc/$(head -n 1 ".showroom/pids/$1.pid")/cmdline" | grep -A1 '^-jar$' | tail -n 1)"; }
declare -A AFTER
for s in "${SERVICES[@]}"; do AFTER[$s]=$(AFTER_OF "$s"); done

echo "[bench] $(date -u +%H:%M) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
THREADS=$(mktemp)
for s in "${SERVICES[@]}"; do
  [[ "${BENCH_THREADS:-1}" == 0 ]] && break
  restart "$s" "$ROOT/$BEFORE/$s/target/quarkus-app"; b=$(threads "$s")
  restart "$s" "${AFTER[$s]}"; a=$(threads "$s")
  echo "| $s | $b | $a |" >> "$THREADS"
done

./mvnw -q -B -ntp -f bench/load/pom.xml package -DskipTests
CP="bench/load/target/classes:$(cat bench/load/target/classpath.txt)"
ROWS=$(mktemp)
DRAIN=$(mktemp)
for round in $(seq "${BENCH_ROUNDS:-2}"); do
  VARIANTS=()
  if [[ -n "${BENCH_VARIANTS:-}" ]]; then IFS='|' read -r -a VARIANTS <<< "$BENCH_VARIANTS"; fi
  for which in before after "${!VARIANTS[@]}"; do
    OPTS=""
    if [[ $which == before ]]; then app="$ROOT/$BEFORE/visit-service/target/quarkus-app"; label="one transaction per event ($BEFORE_SHA)"
    elif [[ $which == after ]]; then app="${AFTER[visit-service]}"; label="batches ($(git rev-parse --short HEAD))"
    else
      OPTS="${VARIANTS[$which]}"; which="variant$which"
      app="${AFTER[visit-service]}"; label="batches ($(git rev-parse --short HEAD)), ${OPTS}"
    fi
    echo "[bench] visit-service: $label" >&2
    if [[ "${BENCH_JFR:-0}" == 1 ]]; then
      mkdir -p "$ROOT/.showroom/bench-jfr"
      OPTS="$OPTS -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$ROOT/.showroom/bench-jfr/visit-$which-$round.jfr"
    fi
    JFR="${OPTS# }"
    restart visit-service "$app"
    # these machines' PostgreSQL runs with autovacuum off: analyse the consumer's tables as autovacuum would, so
    # that the earlier bursts' rows do not leave the planner with stale statistics (the dealer is a literal)
    psql -h 127.0.0.1 -U postgres -d visit -qc analyze
    java -cp "$CP" dev.showroom.bench.Bench "$ROWS.row" pipeline "$label" 2> >(grep -v '^SLF4J' >&2) >/dev/null
    cat "$ROWS.row" >> "$ROWS"
    sleep 5
    java -cp "$CP" dev.showroom.bench.Bench "$ROWS.row" drain "$label" "$(head -n 1 .showroom/pids/visit-service.pid)" \
      2> >(grep -v '^SLF4J' >&2) >/dev/null
    cat "$ROWS.row" >> "$DRAIN"
  done
done
echo "[bench] done $(date -u +%H:%M) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo
echo "| service | threads before ($BEFORE_SHA) | threads after |"
echo "|---|---|---|"
cat "$THREADS"
echo
echo "| visit-service, $EVENTS lead.qualified, live | events /s | p50 lag ms | p99 lag ms | produced ms (first send → last acked) | last applied ms (after the first send) |"
echo "|---|---|---|---|---|---|"
cat "$ROWS"
echo
echo "| visit-service, $EVENTS lead.qualified, drained | events /s | ms from continue to the last applied | produced ms (stopped) |"
echo "|---|---|---|---|"
cat "$DRAIN"; rm -f "$ROWS" "$ROWS.row" "$DRAIN" "$THREADS"
