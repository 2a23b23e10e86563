# Sourced by the benches: the java and JVM options the suite's applications run with (suite Java.applications and
# App.DEFAULT_JVM_OPTIONS), so that a baseline beside them runs on the same JVM with the same options.
#   JVM_OPTS   SHOWROOM_JVM_OPTS, or the suite's default
#   JAVA       SHOWROOM_JAVA_HOME's java, else the newest JDK 25+ under /usr/lib/jvm, else the java on the PATH
#   AOT        on when JAVA can use AOT caches (JDK 25+) and SHOWROOM_AOT is not off
read -r -a JVM_OPTS <<< "${SHOWROOM_JVM_OPTS:--Xmx384m -Xms64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData}"
JAVA=java
AOT=off
if [[ "${SHOWROOM_AOT:-on}" != off ]]; then
  if [[ -n "${SHOWROOM_JAVA_HOME:-}" ]]; then
    candidate="$SHOWROOM_JAVA_HOME/bin/java"
  else
    candidate=""
    for home in /usr/lib/jvm/*; do
      v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
      if [[ -n "$v" && "$v" -ge 25 && -x "$home/bin/java" ]]; then candidate="$home/bin/java"; fi
    done
  fi
  if [[ -n "$candidate" ]] && "$candidate" -XX:AOTMode=off -version >/dev/null 2>&1; then JAVA="$candidate"; AOT=on; fi
fi
