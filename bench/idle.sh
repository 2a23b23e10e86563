#!/usr/bin/env bash
# What the suite costs when nobody uses it: CPU (user + system, /proc) of every process ./showroom up
# started and of the PostgreSQL backends of its databases over a window, the wake-ups (context switches)
# that cost it, and the threads of each JVM, grouped by name. Needs the suite up (./showroom up) and
# left alone meanwhile. Prints Markdown.
#   bench/idle.sh                 60 s window, the 8 busiest thread groups of each JVM
#   IDLE_SECONDS=120 IDLE_TOP=20 bench/idle.sh
#   IDLE_SETTLE=30 bench/idle.sh  wait 30 s first (after ./showroom up: consumers join, first ticks)
#   SHOWROOM_HOME=e2e/target/showroom bench/idle.sh   another suite's home (default .showroom)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
HOME_DIR="${SHOWROOM_HOME:-.showroom}"
SECONDS_WINDOW="${IDLE_SECONDS:-60}"
TOP="${IDLE_TOP:-8}"
DBS="${IDLE_DATABASES:-lead visit order aftersales gateway}"
HZ=$(getconf CLK_TCK)
ls "$HOME_DIR"/pids/*.pid >/dev/null 2>&1 || { echo "the suite is not up: ./showroom up" >&2; exit 2; }
sleep "${IDLE_SETTLE:-0}"

# the JVM of a recorded pid: the pid itself, or (Keycloak: kc.sh) its java child
jvm_of() {
  local pid="$1" c
  if [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]]; then echo "$pid"; return; fi
  for c in $(pgrep -P "$pid" || true); do
    if [[ "$(cat "/proc/$c/comm" 2>/dev/null)" == java ]]; then echo "$c"; return; fi
  done
  echo "$pid"
}

# the PostgreSQL backends serving the suite's databases ("postgres: <user> <db> <client> <state>")
backends() {
  local pattern
  pattern="^ *[0-9]+ postgres: [^ ]+ ($(echo "$DBS" | tr ' ' '|')) "
  ps -eo pid=,args= | grep -E "$pattern" | awk '{print $1}' || true
}

declare -A JVM
for f in "$HOME_DIR"/pids/*.pid; do
  name=$(basename "$f" .pid)
  pid=$(head -n 1 "$f")
  [[ -d "/proc/$pid" ]] || continue
  JVM[$name]=$(jvm_of "$pid")
done

# one line per thread: process tid cpu_ticks context_switches
snapshot() {
  local name pid t
  for name in "${!JVM[@]}"; do
    pid=${JVM[$name]}
    for t in /proc/"$pid"/task/*; do
      awk -v n="$name" -v tid="${t##*/}" '
        FNR == 1 && FILENAME ~ /stat$/ { sub(/.*\) /, ""); split($0, f, " "); cpu = f[12] + f[13] }
        /^(voluntary|nonvoluntary)_ctxt_switches/ { cs += $2 }
        END { printf "%s %s %d %d\n", n, tid, cpu, cs }' "$t/stat" "$t/status" 2>/dev/null || true
    done
  done
  for pid in $(backends); do
    awk -v tid="$pid" '
      FNR == 1 && FILENAME ~ /stat$/ { sub(/.*\) /, ""); split($0, f, " "); cpu = f[12] + f[13] }
      /^(voluntary|nonvoluntary)_ctxt_switches/ { cs += $2 }
      END { printf "postgresql %s %d %d\n", tid, cpu, cs }' "/proc/$pid/stat" "/proc/$pid/status" 2>/dev/null || true
  done
}

BEFORE=$(mktemp); AFTER=$(mktemp); NAMES=$(mktemp)
trap 'rm -f "$BEFORE" "$AFTER" "$NAMES"' EXIT
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
snapshot > "$BEFORE"
sleep "$SECONDS_WINDOW"
snapshot > "$AFTER"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# thread names after the window: the JVM's own (jcmd Thread.print: "name" ... nid=<tid, hex or decimal>),
# else the kernel's (15 characters); digits become N so that a pool's threads form one group
for name in "${!JVM[@]}"; do
  pid=${JVM[$name]}
  { jcmd "$pid" Thread.print 2>/dev/null || true; } | awk -v n="$name" '
    /^"/ && /nid=/ {
      match($0, /^"[^"]*"/); t = substr($0, 2, RLENGTH - 2)
      match($0, /nid=(0x[0-9a-f]+|[0-9]+)/); id = substr($0, RSTART + 4, RLENGTH - 4)
      if (id ~ /^0x/) { v = 0; h = "0123456789abcdef"; for (i = 3; i <= length(id); i++) v = v * 16 + index(h, substr(id, i, 1)) - 1; id = v }
      print n, id, t
    }' >> "$NAMES"
  for t in /proc/"$pid"/task/*; do
    printf '%s %s %s\n' "$name" "${t##*/}" "$(cat "$t/comm" 2>/dev/null || echo '?')" >> "$NAMES.comm"
  done
done
cat "$NAMES.comm" >> "$NAMES" 2>/dev/null; rm -f "$NAMES.comm"

echo "Idle suite over ${SECONDS_WINDOW} s ($(date -u '+%Y-%m-%d %H:%M UTC')), load average before ${LOAD_BEFORE}, after ${LOAD_AFTER}."
echo
awk -v hz="$HZ" -v secs="$SECONDS_WINDOW" -v top="$TOP" '
  FILENAME == ARGV[1] { cpu0[$1 " " $2] = $3; cs0[$1 " " $2] = $4; next }
  FILENAME == ARGV[2] { k = $1 " " $2; proc[$1] = 1; threads[$1]++
                        cpu[k] = $3 - (k in cpu0 ? cpu0[k] : 0); cs[k] = $4 - (k in cs0 ? cs0[k] : 0); next }
  { k = $1 " " $2; if (k in named) next; $1 = $1; n = $0; sub(/^[^ ]+ [^ ]+ /, "", n); named[k] = n }
  END {
    printf "| process | threads | CPU ms in %d s | %% of a core | wake-ups /s |\n|---|---:|---:|---:|---:|\n", secs
    nproc = 0; for (p in proc) order[++nproc] = p
    for (i = 1; i <= nproc; i++) for (j = i + 1; j <= nproc; j++) if (order[j] < order[i]) { x = order[i]; order[i] = order[j]; order[j] = x }
    for (k in cpu) { split(k, a, " "); pc[a[1]] += cpu[k]; pw[a[1]] += cs[k] }
    for (i = 1; i <= nproc; i++) {
      p = order[i]; ms = pc[p] * 1000 / hz; tms += ms; tw += pw[p]
      printf "| %s | %s | %d | %.2f | %.1f |\n", p, (p == "postgresql" ? threads[p] " backends" : threads[p]), ms, ms / (secs * 10), pw[p] / secs
    }
    printf "| **all** | | **%d** | **%.2f** | **%.1f** |\n", tms, tms / (secs * 10), tw / secs
    for (i = 1; i <= nproc; i++) {
      p = order[i]; if (p == "postgresql") continue
      delete gc; delete gn; delete gw
      for (k in cpu) { split(k, a, " "); if (a[1] != p) continue
        g = (k in named) ? named[k] : "?"; gsub(/[0-9]+/, "N", g)
        gn[g]++; gc[g] += cpu[k]; gw[g] += cs[k] }
      m = 0; delete go; for (g in gn) go[++m] = g
      for (x = 1; x <= m; x++) for (y = x + 1; y <= m; y++)
        if (gw[go[y]] > gw[go[x]] || (gw[go[y]] == gw[go[x]] && gn[go[y]] > gn[go[x]])) { z = go[x]; go[x] = go[y]; go[y] = z }
      printf "\n%s: %d threads in %d groups; the %d that woke most:\n\n| threads | count | CPU ms | wake-ups /s |\n|---|---:|---:|---:|\n", p, threads[p], m, (m < top ? m : top)
      for (x = 1; x <= m && x <= top; x++) printf "| %s | %d | %d | %.1f |\n", go[x], gn[go[x]], gc[go[x]] * 1000 / hz, gw[go[x]] / secs
    }
  }' "$BEFORE" "$AFTER" "$NAMES"
