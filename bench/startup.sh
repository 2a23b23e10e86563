#!/usr/bin/env bash
# Start-up time (launch → first answered request) and RSS after start of each service and of the
# bare Quarkus REST baseline, built in the same run. Needs the suite up (./showroom up) for the
# services' database, broker and Keycloak. Prints one line per application and the ratios.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
PORT=18090

./mvnw -q -B -ntp -f bench/baseline-app/pom.xml package -DskipTests
# the same JVM options as the suite's applications (suite App.jvmOptions)
read -r -a JVM_OPTS <<< "${SHOWROOM_JVM_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}"
# the suite's own copies when there are any: a rebuild in another terminal cannot change them mid-run
jar_of() { if [[ -f ".showroom/apps/$1/quarkus-run.jar" ]]; then echo ".showroom/apps/$1/quarkus-run.jar"; else echo "$1/target/quarkus-app/quarkus-run.jar"; fi; }

now_ms() { date +%s%3N; }

# measure <name> <jar> [system properties...] → "ms rss_kib"
measure() {
  local jar="$1"; shift
  local start pid ms rss
  start=$(now_ms)
  java "${JVM_OPTS[@]}" "$@" -Dquarkus.http.port=$PORT -jar "$jar" >/tmp/bench-startup.log 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://localhost:$PORT/q/health/live" 2>/dev/null; do
    if ! kill -0 $pid 2>/dev/null; then echo "failed: see /tmp/bench-startup.log" >&2; return 1; fi
    sleep 0.02
  done
  ms=$(( $(now_ms) - start ))
  sleep 2   # let start-up work (Flyway, consumers joining) settle before reading memory
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A MS RSS
run() {
  local name="$1"; shift
  local times=() rsss=()
  for _ in $(seq "$RUNS"); do
    read -r ms rss < <(measure "$@")
    times+=("$ms"); rsss+=("$rss")
  done
  MS[$name]=$(printf '%s\n' "${times[@]}" | median)
  RSS[$name]=$(printf '%s\n' "${rsss[@]}" | median)
}

run baseline bench/baseline-app/target/quarkus-app/quarkus-run.jar
for svc in lead visit order aftersales; do
  run "$svc-service" "$(jar_of "$svc-service")" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:5432/$svc" \
    -Dquarkus.datasource.username="$svc" -Dquarkus.datasource.password="$svc" \
    -Dkafka.bootstrap.servers=localhost:9092 \
    -Dmp.messaging.connector.smallrye-kafka.group.id="bench-startup-$svc" \
    -Dquarkus.oidc.auth-server-url=http://localhost:8180/realms/showroom
done
run gateway "$(jar_of gateway)" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:5432/gateway" \
  -Dquarkus.datasource.username=gateway -Dquarkus.datasource.password=gateway \
  -Dquarkus.oidc-client.credentials.secret=gateway-dev-secret \
  -Dquarkus.oidc.auth-server-url=http://localhost:8180/realms/showroom \
  -Dquarkus.oidc-client.auth-server-url=http://localhost:8180/realms/showroom

echo "| application | start ms | × baseline | RSS MiB | × baseline |"
echo "|---|---|---|---|---|"
for name in baseline lead-service visit-service order-service aftersales-service gateway; do
  printf '| %s | %d | %.2f | %.1f | %.2f |\n' "$name" "${MS[$name]}" \
    "$(echo "${MS[$name]} / ${MS[baseline]}" | bc -l)" "$(echo "${RSS[$name]} / 1024" | bc -l)" \
    "$(echo "${RSS[$name]} / ${RSS[baseline]}" | bc -l)"
done
