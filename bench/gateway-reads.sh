#!/usr/bin/env bash
# Reads by id straight to lead-service and through the gateway (CaptureBench, BENCH_READS_ONLY) for several builds or
# options of the gateway in ONE suite: ./showroom up once, then for each variant the gateway alone is stopped and
# started again (the same command line as the launcher's, the same lead-service, PostgreSQL and Keycloak), and the
# reads and the CPU per read of each process are measured. Variants are "name|quarkus-app dir|extra JVM options";
# an empty dir is this tree's gateway/target/quarkus-app. Takes /tmp/showroom-e2e.lock (as bench/capture.sh).
#   BENCH_STEP_SECONDS=10 BENCH_WARMUP_SECONDS=20 bench/gateway-reads.sh \
#     "before|/tmp/before/gateway/target/quarkus-app|" "after||" "after, C2|| -XX:TieredStopAtLevel=4"
#   PROFILE_VARIANT=after ...   a JFR recording (settings=profile) of that variant's gateway in bench/results/
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p bench/results
REPORT="bench/results/gateway-reads-$(date -u +%Y%m%dT%H%M%SZ).md"

if [[ -z "${SHOWROOM_LOCK_HELD:-}" ]]; then
  exec 9>/tmp/showroom-e2e.lock
  echo "[bench] waiting for /tmp/showroom-e2e.lock" >&2
  flock 9
fi
cleanup() { [[ -n "${KEEP_UP:-}" ]] || ./showroom down >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "[bench] restarting the suite (./showroom down; ./showroom up)" >&2
./showroom down >/dev/null 2>&1 || true
./showroom up > /tmp/bench-up.log 2>&1 || { cat /tmp/bench-up.log >&2; exit 1; }
./mvnw -q -B -ntp -f bench/load/pom.xml package -DskipTests
CP="bench/load/target/classes:$(cat bench/load/target/classpath.txt)"

PIDFILE=.showroom/pids/gateway.pid
pid="$(head -n 1 "$PIDFILE")"
# the launcher's command line, environment and directory, without the AOT cache (it names the launcher's build)
mapfile -d '' CMD < "/proc/$pid/cmdline"
mapfile -d '' ENVS < "/proc/$pid/environ"
CWD="$(readlink "/proc/$pid/cwd")"
JAVA_BIN="${CMD[0]}"
OPTS=()
JAR=
for ((i = 1; i < ${#CMD[@]}; i++)); do
  case "${CMD[$i]}" in
    -XX:AOTCache=*|-XX:AOTCacheOutput=*) ;;
    -jar) JAR="${CMD[$((i + 1))]}"; i=$((i + 1)) ;;
    *) OPTS+=("${CMD[$i]}") ;;
  esac
done

{
  echo "## Gateway reads of $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, load average before the run $(cut -d' ' -f1-3 /proc/loadavg). The suite as"
  echo "\`./showroom up\` starts it; the gateway restarted for each variant with the launcher's options"
  echo "(\`${OPTS[*]:0:5}\`) and the variant's own. Steps of ${BENCH_STEP_SECONDS:-20} s after ${BENCH_WARMUP_SECONDS:-40} s of warm-up each."
} > "$REPORT"

n=0
for variant in "$@"; do
  n=$((n + 1))
  IFS='|' read -r name dir extra <<< "$variant"
  dir="${dir:-$ROOT/gateway/target/quarkus-app}"
  kill "$(head -n 1 "$PIDFILE")" 2>/dev/null || true
  while kill -0 "$(head -n 1 "$PIDFILE")" 2>/dev/null; do sleep 0.5; done
  app="/tmp/showroom-gateway-variant-$n"
  rm -rf "$app" && cp -r "$dir" "$app"
  read -r -a EXTRA <<< "${extra:-}"
  (cd "$CWD" && exec env -i "${ENVS[@]}" "$JAVA_BIN" "${OPTS[@]}" "${EXTRA[@]}" -jar "$app/quarkus-run.jar" \
    >> "$ROOT/.showroom/logs/gateway.log" 2>&1) &
  echo $! > "$PIDFILE"
  until curl -fsS -o /dev/null http://localhost:8080/q/health/ready 2>/dev/null; do
    kill -0 "$(head -n 1 "$PIDFILE")" 2>/dev/null || { echo "[bench] gateway of $name did not start" >&2; exit 1; }
    sleep 0.5
  done
  echo "[bench] variant $name: $dir ${extra:-}" >&2
  if [[ "${PROFILE_VARIANT:-}" == "$name" ]]; then
    jcmd "$(head -n 1 "$PIDFILE")" JFR.start name=bench settings=profile filename="$ROOT/${REPORT%.md}-$n.jfr" >/dev/null
  fi
  {
    echo
    echo "## Variant: $name"
    echo
    echo "Gateway: \`$dir\`; its own JVM options: \`${extra:-none}\`; load average $(cut -d' ' -f1-3 /proc/loadavg)."
  } >> "$REPORT"
  BENCH_READS_ONLY=1 java -cp "$CP" dev.showroom.bench.CaptureBench "$REPORT.part" 2> >(grep -v '^SLF4J' >&2) >/dev/null
  cat "$REPORT.part" >> "$REPORT"; rm -f "$REPORT.part"
  if [[ "${PROFILE_VARIANT:-}" == "$name" ]]; then
    jcmd "$(head -n 1 "$PIDFILE")" JFR.stop name=bench >/dev/null
  fi
done
echo >> "$REPORT"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$REPORT"
cat "$REPORT"
echo "[bench] report: $REPORT" >&2
