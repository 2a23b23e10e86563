#!/usr/bin/env bash
# A lead capture against a plain CRUD create, side by side in one run, and a lead read by id straight and
# through the gateway (CaptureBench in bench/load). Takes /tmp/showroom-e2e.lock, (re)starts the suite
# (./showroom down; up), builds and starts bench/crud-app (the Panache quickstart on the same PostgreSQL,
# database crud, with the suite's JVM options), measures, and stops both. Not part of ./mvnw verify.
#   bench/capture.sh                                     about 8 minutes
#   BENCH_STEP_SECONDS=10 BENCH_WARMUP_SECONDS=30 bench/capture.sh      a quick look
#   SHOWROOM_JVM_OPTS="-Xmx384m" bench/capture.sh        the suite and the CRUD app with C2
#   SHOWROOM_TOKEN_CACHE_ENABLED=false bench/capture.sh   every bearer token verified on every request (before/after)
#   KEEP_UP=1 bench/capture.sh                           leave the suite up afterwards
#   BENCH_READS_ONLY=1 bench/capture.sh                  the reads by id alone, direct and through the gateway,
#                                                        with the CPU per read of each process (no captures, no
#                                                        CRUD app): about 3 minutes with the short steps below
#   SHOWROOM_APP_GATEWAY=/tmp/before/gateway/target/quarkus-app bench/capture.sh
#                                                        another build of one application (here the gateway) beside
#                                                        this tree's others; SHOWROOM_JVM_OPTS_GATEWAY="..." adds JVM
#                                                        options (system properties too) to that application alone
#   PROFILE=1 bench/capture.sh                           JFR recordings of lead-service and the gateway during
#                                                        the run, in bench/results/*.jfr (jfr print --events
#                                                        jdk.ExecutionSample; jfr summary)
#   PROFILE=1 PROFILE_APPS="lead-service visit-service" bench/capture.sh   JFR of other applications
#   BENCH_WITHOUT="visit-service order-service aftersales-service" bench/capture.sh
#                                                        the floor of a capture: those services stopped after
#                                                        ./showroom up, so that nobody applies the events (the
#                                                        relay still publishes them); their rows then read 0
# Needs a JDK 17, psql (postgresql-client) and the PostgreSQL on 127.0.0.1:5432 that ./showroom up uses
# (its admin role postgres, as the suite's).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p bench/results
REPORT="bench/results/capture-$(date -u +%Y%m%dT%H%M%SZ).md"
CRUD_PORT="${CRUD_PORT:-8098}"
# the CRUD app on the suite's java with the suite's JVM options (until 2026-12-05 it ran on the PATH's JDK 17 with
# G1 and "-Xmx384m -XX:TieredStopAtLevel=1" while the suite ran JDK 25 with the serial collector)
source bench/suite-java.sh

if [[ -z "${SHOWROOM_LOCK_HELD:-}" ]]; then   # set it when calling this under flock yourself (several runs in a row)
  exec 9>/tmp/showroom-e2e.lock
  echo "[bench] waiting for /tmp/showroom-e2e.lock" >&2
  flock 9
fi

CRUD_PID=
cleanup() {
  [[ -n "$CRUD_PID" ]] && kill "$CRUD_PID" 2>/dev/null && wait "$CRUD_PID" 2>/dev/null || true
  [[ -n "${KEEP_UP:-}" ]] || ./showroom down >/dev/null 2>&1 || true
}
trap cleanup EXIT

if [[ -z "${BENCH_READS_ONLY:-}" ]]; then
  echo "[bench] building the CRUD app (outside the reactor)" >&2
  ./mvnw -q -B -ntp -f bench/crud-app/pom.xml package -DskipTests
fi

echo "[bench] restarting the suite (./showroom down; ./showroom up)" >&2
./showroom down >/dev/null 2>&1 || true
./showroom up > /tmp/bench-up.log 2>&1 || { cat /tmp/bench-up.log >&2; exit 1; }
for app in ${BENCH_WITHOUT:-}; do
  kill "$(head -n 1 ".showroom/pids/$app.pid")"
  echo "[bench] stopped $app (BENCH_WITHOUT)" >&2
done
# the load generator uses the suite module's Tokens, which ./showroom up built and installed
./mvnw -q -B -ntp -f bench/load/pom.xml package -DskipTests
CP="bench/load/target/classes:$(cat bench/load/target/classpath.txt)"

if [[ -z "${BENCH_READS_ONLY:-}" ]]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "select 1 from pg_roles where rolname = 'crud'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "create role crud login password 'crud'"
  psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "select 1 from pg_database where datname = 'crud'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database crud owner crud"
  "$JAVA" "${JVM_OPTS[@]}" -Dquarkus.http.port="$CRUD_PORT" -jar bench/crud-app/target/quarkus-app/quarkus-run.jar \
    > /tmp/bench-crud-app.log 2>&1 &
  CRUD_PID=$!
  until curl -fsS -o /dev/null "http://localhost:$CRUD_PORT/q/health/live" 2>/dev/null; do
    kill -0 "$CRUD_PID" 2>/dev/null || { cat /tmp/bench-crud-app.log >&2; exit 1; }
    sleep 0.2
  done
fi
sleep 10   # the suite's consumers join, the first outbox ticks pass

{
  echo "## Capture run of $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, load average before the run $(cut -d' ' -f1-3 /proc/loadavg); JVM options of the"
  echo "suite and the CRUD app: \`${JVM_OPTS[*]}\` on $("$JAVA" -version 2>&1 | head -n 1); verified-token cache: ${SHOWROOM_TOKEN_CACHE_ENABLED:-true}."
  echo "Command: \`bench/capture.sh\`${BENCH_READS_ONLY:+ (reads only)}; gateway: ${SHOWROOM_APP_GATEWAY:-this tree}; its own JVM options: ${SHOWROOM_JVM_OPTS_GATEWAY:-none}."
  [[ -z "${BENCH_WITHOUT:-}" ]] || echo "Stopped after \`./showroom up\`, so that nobody applies the events: ${BENCH_WITHOUT}."
} > "$REPORT"
if [[ -n "${PROFILE:-}" ]]; then
  for app in ${PROFILE_APPS:-lead-service gateway}; do
    jcmd "$(head -n 1 ".showroom/pids/$app.pid")" JFR.start name=bench settings=profile \
      filename="$ROOT/${REPORT%.md}-$app.jfr" >/dev/null
  done
fi
CRUD_URL="http://localhost:$CRUD_PORT" CRUD_PID="$CRUD_PID" \
  java -cp "$CP" dev.showroom.bench.CaptureBench "$REPORT.part" 2> >(grep -v '^SLF4J' >&2) >/dev/null
cat "$REPORT.part" >> "$REPORT"; rm -f "$REPORT.part"
if [[ -n "${PROFILE:-}" ]]; then
  for app in ${PROFILE_APPS:-lead-service gateway}; do jcmd "$(head -n 1 ".showroom/pids/$app.pid")" JFR.stop name=bench >/dev/null; done
fi
echo >> "$REPORT"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$REPORT"
cat "$REPORT"
echo "[bench] report: $REPORT" >&2
