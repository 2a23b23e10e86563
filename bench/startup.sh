#!/usr/bin/env bash
# Start-up time (launch → first answered request), RSS and threads after start of each service and of
# the bare Quarkus REST baseline, built in the same run, with the suite's java and JVM options. Needs the
# suite up (./showroom up) for the services' database, broker and Keycloak. Prints one line per
# application and the ratios.
#
# Like ./showroom up, the applications run on a JDK 25+ if there is one (SHOWROOM_JAVA_HOME, else the newest
# under /usr/lib/jvm) from the AOT cache the suite recorded (.showroom/aot/<app>-<build>.aot, written at the first
# ./showroom down after a build): the one the running suite's application was started from (its command line's
# -XX:AOTCache), and only when it runs the same installed copy this script starts, so that a cache is never
# used with another build than its own (the line "AOT caches" of the output names each). The baseline is measured three times: as it is, from an AOT cache of its own
# recorded in this run (one training start first), and packaged as the suite's applications are ("aot-jar", since
# issue 18's round six) from an AOT cache of its own, so that each ratio can be read.
#   SHOWROOM_JVM_OPTS="-Xmx384m -XX:TieredStopAtLevel=1" bench/startup.sh    other JVM options (both sides)
#   SHOWROOM_AOT=off bench/startup.sh                                        the launcher's java, no AOT cache
#   RUNS=5 bench/startup.sh                                                  starts per application (default 3)
# The applications start in turn, one round after another (RUNS rounds), so that the load's drift falls on all
# alike; each figure is the median of its RUNS starts (all of them in the last column). Beside the wall time to
# the first answer, the JVM's CPU time by then (user + system): far less moved by other processes' load.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
PORT=18090

./mvnw -q -B -ntp -f bench/baseline-app/pom.xml package -DskipTests
# the baseline once more in the "aot-jar" layout the suite's applications are packaged in (platform-http's
# quarkus.package.jar.type), in target/aot-app: with an AOT cache of its own, the like-for-like row
./mvnw -q -B -ntp -f bench/baseline-app/pom.xml package -DskipTests -Dquarkus.package.jar.type=aot-jar \
  -Dquarkus.package.output-directory=aot-app
# the same java and JVM options as the suite's applications
source bench/suite-java.sh
# the suite's own copies when there are any: a rebuild in another terminal cannot change them mid-run
jar_of() { if [[ -f ".showroom/apps/$1/quarkus-run.jar" ]]; then echo ".showroom/apps/$1/quarkus-run.jar"; else echo "$1/target/quarkus-app/quarkus-run.jar"; fi; }
# the AOT cache the running suite's application started from, if any, and only if it runs the same jar as jar_of
# (the cache's name holds the hash of that build: suite App.aotOptions); "none" is noted in the output
USED_AOT=()
aot_of() {
  local pid cmd i jar="" cache=""
  [[ "$AOT" == on && -f ".showroom/pids/$1.pid" ]] || { USED_AOT+=("$1: none"); return; }
  pid=$(head -n 1 ".showroom/pids/$1.pid")
  mapfile -d '' cmd < "/proc/$pid/cmdline" 2>/dev/null || true
  for i in "${!cmd[@]}"; do
    [[ "${cmd[$i]}" == -jar ]] && jar="${cmd[$((i + 1))]}"
    [[ "${cmd[$i]}" == -XX:AOTCache=* ]] && cache="${cmd[$i]#-XX:AOTCache=}"
  done
  if [[ -n "$cache" && -f "$cache" && "$(realpath "$jar")" == "$(realpath "$(jar_of "$1")")" ]]; then
    USED_AOT+=("$1: $(basename "$cache")"); echo "-XX:AOTCache=$cache"
  else
    USED_AOT+=("$1: none (the suite's runs ${jar:-nothing}${cache:+ from $cache}, recording or another build)")
  fi
}

now_ms() { date +%s%3N; }

# measure <jar> [options and system properties...] → "ms rss_kib threads cpu_ms": cpu_ms is the JVM's CPU time
# (user + system, /proc/<pid>/stat) at the first answer: other processes' load delays a start but adds little to it
measure() {
  local jar="$1"; shift
  local start pid ms rss threads cpu
  start=$(now_ms)
  "$JAVA" "${JVM_OPTS[@]}" "$@" -Dquarkus.http.port=$PORT -jar "$jar" >/tmp/bench-startup.log 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://localhost:$PORT/q/health/live" 2>/dev/null; do
    if ! kill -0 $pid 2>/dev/null; then echo "failed: see /tmp/bench-startup.log" >&2; return 1; fi
    sleep 0.02
  done
  ms=$(( $(now_ms) - start ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' /proc/$pid/stat)
  sleep 2   # let start-up work (Flyway, consumers joining) settle before reading memory
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  threads=$(awk '/Threads/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ms $rss $threads $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A MS RSS THREADS CPU ALL
NAMES=()
# add <name> <jar> [options...]: an application to start RUNS times
add() { local name="$1"; shift; NAMES+=("$name"); declare -g -a "ARGS_${#NAMES[@]}"; local -n a="ARGS_${#NAMES[@]}"; a=("$@"); }
# RUNS rounds, each starting every application once in turn: a drift of the machine's load falls on all alike
measure_all() {
  local -A times rsss threads cpus
  local r i name ms rss th cpu
  for r in $(seq "$RUNS"); do
    for i in "${!NAMES[@]}"; do
      name="${NAMES[$i]}"
      local -n args="ARGS_$((i + 1))"
      read -r ms rss th cpu < <(measure "${args[@]}")
      unset -n args
      times[$name]+="$ms "; rsss[$name]+="$rss "; threads[$name]+="$th "; cpus[$name]+="$cpu "
    done
    echo "[startup] round $r of $RUNS done, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  done
  for name in "${NAMES[@]}"; do
    ALL[$name]="${times[$name]% }"
    MS[$name]=$(tr ' ' '\n' <<< "${times[$name]% }" | median)
    CPU[$name]=$(tr ' ' '\n' <<< "${cpus[$name]% }" | median)
    RSS[$name]=$(tr ' ' '\n' <<< "${rsss[$name]% }" | median)
    THREADS[$name]=$(tr ' ' '\n' <<< "${threads[$name]% }" | median)
  done
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
BASE_JAR=bench/baseline-app/target/quarkus-app/quarkus-run.jar
add baseline "$BASE_JAR"
if [[ "$AOT" == on ]]; then
  # the baseline's own cache: one training start, written when it stops
  BASE_AOT=bench/baseline-app/target/baseline.aot
  rm -f "$BASE_AOT"
  measure "$BASE_JAR" -XX:AOTCacheOutput="$BASE_AOT" >/dev/null
  for _ in $(seq 60); do [[ -s "$BASE_AOT" ]] && break; sleep 0.5; done
  add "baseline, AOT cache" "$BASE_JAR" -XX:AOTCache="$BASE_AOT"
  # the same for the baseline in the aot-jar layout (the JDK's class loader loads its classes, so its cache holds them)
  BASE_AOT_JAR=bench/baseline-app/target/aot-app/quarkus-run.jar
  BASE_AOT_JAR_AOT=bench/baseline-app/target/baseline-aot-jar.aot
  rm -f "$BASE_AOT_JAR_AOT"
  measure "$BASE_AOT_JAR" -XX:AOTCacheOutput="$BASE_AOT_JAR_AOT" >/dev/null
  for _ in $(seq 60); do [[ -s "$BASE_AOT_JAR_AOT" ]] && break; sleep 0.5; done
  add "baseline, aot-jar, AOT cache" "$BASE_AOT_JAR" -XX:AOTCache="$BASE_AOT_JAR_AOT"
fi
for svc in lead visit order aftersales; do
  # what the prod profile requires beyond the connections (as ./showroom up gives it: suite Suite.properties)
  extra=()
  if [[ "$svc" == aftersales ]]; then
    extra=(-Dshowroom.messages.webhook-secret=bench-startup -Dshowroom.messages.link-secret=bench-startup)
  fi
  aot_of "$svc-service" > /tmp/bench-startup.aot
  add "$svc-service" "$(jar_of "$svc-service")" $(cat /tmp/bench-startup.aot) "${extra[@]}" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:5432/$svc" \
    -Dquarkus.datasource.username="$svc" -Dquarkus.datasource.password="$svc" \
    -Dkafka.bootstrap.servers=localhost:9092 \
    -Dmp.messaging.connector.smallrye-kafka.group.id="bench-startup-$svc" \
    -Dquarkus.oidc.auth-server-url=http://localhost:8180/realms/showroom
done
aot_of gateway > /tmp/bench-startup.aot
add gateway "$(jar_of gateway)" $(cat /tmp/bench-startup.aot) \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:5432/gateway" \
  -Dquarkus.datasource.username=gateway -Dquarkus.datasource.password=gateway \
  -Dquarkus.oidc-client.credentials.secret=gateway-dev-secret \
  -Dquarkus.oidc.auth-server-url=http://localhost:8180/realms/showroom \
  -Dquarkus.oidc-client.auth-server-url=http://localhost:8180/realms/showroom
measure_all

echo "java: $("$JAVA" -version 2>&1 | head -n 1); AOT caches: $AOT; JVM options: \`${JVM_OPTS[*]}\`; median of $RUNS starts in $RUNS rounds;"
echo "AOT caches: $(IFS=';'; echo "${USED_AOT[*]}")"
echo "load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| application | start ms | × baseline | CPU ms to start | × baseline | RSS MiB | × baseline | threads | each start ms |"
echo "|---|---|---|---|---|---|---|---|---|"
for name in "${NAMES[@]}"; do
  printf '| %s | %d | %.2f | %d | %.2f | %.1f | %.2f | %d | %s |\n' "$name" "${MS[$name]}" \
    "$(echo "${MS[$name]} / ${MS[baseline]}" | bc -l)" "${CPU[$name]}" "$(echo "${CPU[$name]} / ${CPU[baseline]}" | bc -l)" \
    "$(echo "${RSS[$name]} / 1024" | bc -l)" "$(echo "${RSS[$name]} / ${RSS[baseline]}" | bc -l)" "${THREADS[$name]}" \
    "${ALL[$name]// /, }"
done
