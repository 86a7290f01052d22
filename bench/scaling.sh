#!/usr/bin/env bash
# Scaling benchmark (issue 7): the builtin suite with a simulated model that waits LATENCY_MS per reply, local
# sandbox, 1 worker vs WIDE workers, measured side by side in one session.
#
# The speed-up is a throughput ratio (samples finished per second): 1 worker on the suite × SERIAL_SAMPLES, and
# WIDE workers on the suite × SAMPLES. A wide run needs several waves of samples, or its wall time is just its
# slowest sample (a 3-round sample is ~30 s of model waits at 2 s/reply however many workers there are); that
# plain same-work wall-time ratio is printed too. Model calls are I/O-bound (they wait), test runs are CPU-bound
# (--max-exec caps them at the core count), so the CPU the wide run used bounds what any worker count can get.
#   bench/scaling.sh                                   # LATENCY_MS=2000 SERIAL_SAMPLES=1 SAMPLES=16 WIDE=32
#   LATENCY_MS=500 SAMPLES=4 bench/scaling.sh          # a quicker look
#   TASKS='py-*' bench/scaling.sh                      # a subset (a --tasks glob)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LATENCY_MS="${LATENCY_MS:-2000}"; SERIAL_SAMPLES="${SERIAL_SAMPLES:-1}"; SAMPLES="${SAMPLES:-16}"; WIDE="${WIDE:-32}"
TASKS="${TASKS:-*}"
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
sim() { echo "sim:p=0.6,seed=1,latency_ms=$1"; }

"$ROOT/ratchet" tasks list >/dev/null   # build first, outside the timing
# Warm the caches both runs use (mutant checks, Java class-data archives) with the same draws, and no latency.
"$ROOT/ratchet" run --model "$(sim 0)" --samples "$(( SAMPLES > SERIAL_SAMPLES ? SAMPLES : SERIAL_SAMPLES ))" \
    --tasks "$TASKS" --parallel "$WIDE" --runs-dir "$OUT/warm" --sandbox local >/dev/null

# CPU ticks of this shell's waited-for children (read without forking, or it would be the fork's own).
children_ticks() { local st; read -r -a st < "/proc/$BASHPID/stat"; echo $(( st[15] + st[16] )) >"$OUT/ticks"; }

run() { # $1 = workers, $2 = samples per task; prints "seconds samples cpu-seconds"
  local t0 t1 c0 c1 dir="$OUT/p$1-s$2"
  children_ticks; c0=$(<"$OUT/ticks"); t0=$(date +%s.%N)
  "$ROOT/ratchet" run --model "$(sim "$LATENCY_MS")" --samples "$2" --tasks "$TASKS" --parallel "$1" \
      --runs-dir "$dir" --sandbox local >/dev/null
  t1=$(date +%s.%N); children_ticks; c1=$(<"$OUT/ticks")
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }') $(cat "$dir"/*/results.jsonl | wc -l) $(awk -v a="$c0" -v b="$c1" -v hz="$(getconf CLK_TCK)" 'BEGIN { print (b - a) / hz }')"
}
line() { awk -v t="$2" -v n="$3" -v c="$4" -v w="$1" \
    'BEGIN { printf "  %3d worker(s): %4d samples in %6.1f s = %6.3f samples/s   (CPU %6.1f s, %.2f s/sample)\n", w, n, t, n / t, c, c / n }'; }

cores=$(nproc)
echo "scaling: builtin suite (tasks $TASKS), sim latency ${LATENCY_MS} ms/reply, local sandbox, $cores cores"
read -r t1 n1 c1 < <(run 1 "$SERIAL_SAMPLES");  line 1 "$t1" "$n1" "$c1"
read -r tw nw cw < <(run "$WIDE" "$SAMPLES");   line "$WIDE" "$tw" "$nw" "$cw"
read -r ts ns cs < <(run "$WIDE" "$SERIAL_SAMPLES")
awk -v t1="$t1" -v n1="$n1" -v tw="$tw" -v nw="$nw" -v cw="$cw" -v ts="$ts" -v cores="$cores" 'BEGIN {
  printf "  speed-up (throughput, %d vs 1 worker): %.1f×  (target ≥ 20×)\n", '"$WIDE"', (nw / tw) / (n1 / t1)
  printf "  same %d samples, wall time 1 vs %d workers: %.1f×  (bounded by the slowest sample)\n", n1, '"$WIDE"', t1 / ts
  printf "  CPU ceiling on %d cores: %.1f×  (1-worker time per sample ÷ CPU per sample ÷ cores)\n", cores, (t1 / n1) / (cw / nw / cores)
}'
