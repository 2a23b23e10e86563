#!/usr/bin/env bash
# The console under a showroom's day: 20 staff signed in through Keycloak's login page clicking through
# their pages at once, through the gateway; server time per page (p50/p95) beside the API calls the page
# makes, and the first-load weight of the console (HTML + CSS + JS as sent, compressed).
#   ./showroom up && bench/console.sh
#   BENCH_CONSOLE_STAFF=20 BENCH_CONSOLE_SECONDS=60 BENCH_CONSOLE_WARMUP=20 bench/console.sh
# Prints a Markdown report and keeps it in bench/results/console-<time>.md. Not part of ./mvnw verify.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p bench/results
curl -fsS -o /dev/null http://localhost:8080/q/health/ready || { echo "start the suite first: ./showroom up" >&2; exit 2; }
./mvnw -q -B -ntp install -pl suite -am -DskipTests
./mvnw -q -B -ntp -f bench/load/pom.xml package -DskipTests
CP="bench/load/target/classes:$(cat bench/load/target/classpath.txt)"
java -cp "$CP" dev.showroom.bench.ConsoleDay "bench/results/console-$(date -u +%Y%m%dT%H%M%SZ).md" 2> >(grep -v '^SLF4J' >&2)
