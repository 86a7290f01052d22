#!/usr/bin/env bash
# Validates the Aider polyglot benchmark in Docker one language at a time (every reference must pass the
# hidden tests, every untouched workspace must fail them) and prints, per language: tasks valid, wall time,
# Ratchet's own CPU time and the containers' CPU time (from the docker cgroup's cpuacct counter, which
# keeps the time of containers already removed; other containers running at the same time are counted too).
#   bench/polyglot.sh [SUITE_DIR]     (default: ../shared/benchmarks/polyglot-benchmark)
#   LANGS="go rust" bench/polyglot.sh  only these languages
# Logs and findings go to $OUT (default: bench/out/polyglot-<time>/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUITE="${1:-$ROOT/../shared/benchmarks/polyglot-benchmark}"
LANGS="${LANGS:-python javascript go rust cpp java}"
OUT="${OUT:-$ROOT/bench/out/polyglot-$(date -u +%Y%m%dT%H%M%SZ)}"
CG=/sys/fs/cgroup/cpuacct/docker/cpuacct.usage
mkdir -p "$OUT"
"$ROOT/ratchet" --version >/dev/null # builds once, so the first language's time is the validation's only

container_ns() { if [[ -r "$CG" ]]; then cat "$CG"; else echo 0; fi; }

printf '%-11s %7s %9s %12s %15s\n' language valid "wall s" "ratchet cpu s" "container cpu s" | tee "$OUT/summary.txt"
for lang in $LANGS; do
  c0=$(container_ns); t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$OUT/$lang.cpu" "$ROOT/ratchet" tasks validate "$SUITE" --sandbox docker \
    --tasks "${lang}_*" --out "$OUT/$lang.json" >"$OUT/$lang.log" 2>&1 || true
  t1=$(date +%s.%N); c1=$(container_ns)
  valid=$(grep -Eo '^[0-9]+ of [0-9]+ tasks valid' "$OUT/$lang.log" | tail -1 | awk '{print $1 "/" $3}')
  read -r u s < <(tail -1 "$OUT/$lang.cpu")
  awk -v l="$lang" -v v="${valid:-?}" -v t0="$t0" -v t1="$t1" -v u="$u" -v s="$s" -v c0="$c0" -v c1="$c1" \
    'BEGIN { printf "%-11s %7s %9.0f %12.0f %15.0f\n", l, v, t1 - t0, u + s, (c1 - c0) / 1e9 }' | tee -a "$OUT/summary.txt"
done
echo "logs and findings: $OUT"
