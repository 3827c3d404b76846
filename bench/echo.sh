#!/usr/bin/env bash
# TCP echo benchmark: wserver (1 worker) against the raw libev echo server `limit`.
#
#   bench/echo.sh [path/to/wserver.so]        (or WSERVER_SO=...; default: <repo>/modules/wserver.so)
#
# Each round runs `limit PORT echo`, then bench/echo_server.php, each on CPU 0, loaded by
# `echoload -p PORT -c CONNS -d SECS -s SIZE` on CPU 1. Prints round trips/s per run, the
# medians, the ratio wserver/limit, and the PSS/RSS of the server processes.
# The "other%" column is the CPU time used by anything else on the machine during the run (in %
# of one CPU, from /proc/stat minus the server's and echoload's own time); a run with other% or
# steal% above 5 is repeated (up to RETRIES times) and flagged at the end.
# Knobs (env): ROUNDS=3 CONNS=64 SECS=10 SIZE=64 SERVER_CPU=0 LOAD_CPU=1 PHP=php RETRIES=2
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
SHARED=$(cd "$REPO/../shared/bench" 2>/dev/null && pwd) || {
	echo "echo.sh: cannot find ../shared/bench next to $REPO" >&2
	exit 2
}
BIN="$BENCH_DIR/bin"

SO=${1:-${WSERVER_SO:-$REPO/modules/wserver.so}}
[[ -f "$SO" ]] || { echo "echo.sh: no extension at $SO (build it, or pass its path)" >&2; exit 2; }
SO=$(cd "$(dirname "$SO")" && pwd)/$(basename "$SO")

ROUNDS=${ROUNDS:-3}
CONNS=${CONNS:-64}
SECS=${SECS:-10}
SIZE=${SIZE:-64}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PHP=${PHP:-php}
RETRIES=${RETRIES:-2}

for tool in gcc taskset python3 "$PHP"; do
	command -v "$tool" >/dev/null || { echo "echo.sh: $tool not found" >&2; exit 2; }
done

# ---- build the reference tools (only when missing or older than their source) ----
mkdir -p "$BIN"
build() { # name, extra libs
	local src="$SHARED/$1.c" out="$BIN/$1"
	if [[ ! -x "$out" || "$src" -nt "$out" ]]; then
		gcc -O2 -Wall -o "$out" "$src" ${2:-}
	fi
}
build limit -lev
build echoload

# ---- bookkeeping: everything we start is killed on exit, by pid ----
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wserver-echo.XXXXXX")
PIDS=()           # plain processes (limit)
WS_PIDS=()        # wserver master, manager, worker of the current run
LOAD_PID=""       # the running echoload (its timeout wrapper)

ws_stop() { # stop the current wserver: INT to the master, then KILL what is left
	local master=${WS_PIDS[0]:-} p i
	[[ -n "$master" ]] || return 0
	kill -INT "$master" 2>/dev/null || true
	for ((i = 0; i < 50; i++)); do
		kill -0 "$master" 2>/dev/null || break
		sleep 0.1
	done
	for p in "${WS_PIDS[@]}"; do
		kill -KILL "$p" 2>/dev/null || true
	done
	wait "$master" 2>/dev/null || true
	WS_PIDS=()
}
cleanup() {
	local p
	if [[ -n "$LOAD_PID" ]]; then
		kill -TERM "$LOAD_PID" 2>/dev/null || true # timeout passes it on to echoload
		wait "$LOAD_PID" 2>/dev/null || true
	fi
	ws_stop
	for p in "${PIDS[@]}"; do
		kill -TERM "$p" 2>/dev/null || true
	done
	sleep 0.2
	for p in "${PIDS[@]}"; do
		kill -KILL "$p" 2>/dev/null || true
		wait "$p" 2>/dev/null || true
	done
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- helpers ----
free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
wait_port() { # port, pid that must stay alive; up to 10 s
	local i
	for ((i = 0; i < 100; i++)); do
		kill -0 "$2" 2>/dev/null || return 1
		if python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close()' "$1" 2>/dev/null; then
			return 0
		fi
		sleep 0.1
	done
	return 1
}
smaps_kb() { # field, pids: sum of that smaps_rollup field (Pss, Pss_Anon, Rss) in kB
	local f=$1 p t=0 v
	shift
	for p in "$@"; do
		v=$(awk -v f="$f:" '$1 == f {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || true)
		t=$((t + ${v:-0}))
	done
	echo "$t"
}
pss_kb() { smaps_kb Pss "$@"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

TICK=$(getconf CLK_TCK)
# busy (user+nice+system+irq+softirq: process times include the softirq work done in them), steal
cpu_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8, $9}' /proc/stat; }
proc_ticks() { # utime+stime of the given pids
	local p t=0 v
	for p in "$@"; do
		v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true)
		t=$((t + ${v:-0}))
	done
	echo "$t"
}

children_cpu() { # two `times` outputs -> children's user+sys seconds between them
	awk 'function sec(x,  m) { m = x; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", x); sub(/s$/, "", x); return m * 60 + x }
		FNR == 2 { t = sec($1) + sec($2); if (FILENAME == ARGV[1]) a = t; else b = t }
		END { print a - b }' "$1" "$2"
}

LOAD_OUT=""
run_load() { # port, server pids -> sets RPS ERRS P50 P99 OTHER STEAL; keeps the output in LOAD_OUT
	local port=$1 rc=0 b0 s0 b1 s1 p0 p1 lcpu lr t0 t1
	shift
	read -r b0 s0 < <(cpu_ticks)
	p0=$(proc_ticks "$@")
	# in the background + wait, so that a signal interrupts the run at once; `times` (children's
	# CPU, in this shell, not a subshell) gives echoload's own CPU time
	times >"$WORK/times0"
	t0=$(date +%s.%N)
	timeout $((SECS + 20)) taskset -c "$LOAD_CPU" "$BIN/echoload" -p "$port" -c "$CONNS" \
		-d "$SECS" -s "$SIZE" >"$WORK/load.out" 2>&1 &
	LOAD_PID=$!
	wait "$LOAD_PID" || rc=$?
	LOAD_PID=""
	t1=$(date +%s.%N)
	times >"$WORK/times1"
	p1=$(proc_ticks "$@")
	read -r b1 s1 < <(cpu_ticks)
	LOAD_OUT=$(<"$WORK/load.out")
	if ((rc != 0)); then
		echo "echoload failed (exit $rc) on port $port:" >&2
		echo "$LOAD_OUT" >&2
		return 1
	fi
	lr=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')
	lcpu=$(children_cpu "$WORK/times1" "$WORK/times0")
	# CPU used by anything but this server and echoload during the run, in % of one CPU
	# (other jobs on the machine skew the figures)
	OTHER=$(awk -v b=$((b1 - b0)) -v p=$((p1 - p0)) -v t="$TICK" -v l="$lcpu" -v r="$lr" \
		'BEGIN {o = ((b - p) / t - l) / r * 100; printf "%.0f", (o < 0 ? 0 : o)}')
	STEAL=$(awk -v d=$((s1 - s0)) -v t="$TICK" -v r="$lr" 'BEGIN {printf "%.0f", d / t / r * 100}')
	RPS=$(awk '/^Requests\/sec:/ {print $2}' <<<"$LOAD_OUT")
	ERRS=$(awk '/^Errors:/ {print $2}' <<<"$LOAD_OUT")
	P50=$(awk '$1 == "50%" {print $2 + 0}' <<<"$LOAD_OUT")
	P99=$(awk '$1 == "99%" {print $2 + 0}' <<<"$LOAD_OUT")
	[[ -n "$RPS" ]]
}

run_limit() {
	local port pid
	port=$(free_port)
	taskset -c "$SERVER_CPU" "$BIN/limit" "$port" echo 2>"$WORK/limit.err" &
	pid=$!
	PIDS+=("$pid")
	wait_port "$port" "$pid" || { echo "limit did not start:" >&2; cat "$WORK/limit.err" >&2; return 1; }
	run_load "$port" "$pid"
	LIMIT_PSS=$(pss_kb "$pid")
	LIMIT_RSS=$(smaps_kb Rss "$pid")
	LIMIT_ANON=$(smaps_kb Pss_Anon "$pid")
	kill -TERM "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	local keep=() p
	for p in "${PIDS[@]}"; do [[ "$p" == "$pid" ]] || keep+=("$p"); done
	PIDS=("${keep[@]}")
}

run_wserver() {
	local port master manager worker i p dir="$WORK/ws"
	port=$(free_port)
	mkdir -p "$dir"
	rm -f "$dir/echo.pid"
	WSERVER_BENCH_PORT=$port WSERVER_BENCH_DIR=$dir \
		taskset -c "$SERVER_CPU" "$PHP" -d extension="$SO" "$BENCH_DIR/echo_server.php" start \
		>"$WORK/ws.out" 2>&1 &
	master=$!
	WS_PIDS=("$master")
	# foreground start: the php process is the master; find manager and worker by parentage
	manager="" worker=""
	for ((i = 0; i < 100; i++)); do
		kill -0 "$master" 2>/dev/null || break
		manager=$(pgrep -P "$master" | head -n1 || true)
		[[ -n "$manager" ]] && worker=$(pgrep -P "$manager" | head -n1 || true)
		[[ -n "$worker" ]] && break
		sleep 0.1
	done
	if [[ -z "$worker" ]] || ! wait_port "$port" "$worker"; then
		echo "wserver did not start:" >&2
		cat "$WORK/ws.out" "$dir/echo.log" >&2 2>/dev/null || true
		return 1
	fi
	WS_PIDS=("$master" "$manager" "$worker")
	for p in "${WS_PIDS[@]}"; do taskset -pc "$SERVER_CPU" "$p" >/dev/null; done
	WS_IDLE_PSS=$(pss_kb "${WS_PIDS[@]}")
	run_load "$port" "${WS_PIDS[@]}"
	if ! kill -0 "$worker" 2>/dev/null; then
		echo "wserver worker $worker died during the run" >&2
		WS_DIED=$((WS_DIED + 1))
	fi
	WS_PSS=$(pss_kb "${WS_PIDS[@]}")
	WS_RSS=$(smaps_kb Rss "${WS_PIDS[@]}")
	WS_ANON=$(smaps_kb Pss_Anon "${WS_PIDS[@]}")
	WS_PSS_EACH="$(pss_kb "$master")/$(pss_kb "$manager")/$(pss_kb "$worker")"
	ws_stop
	if grep -qiE 'error|warning|fatal|exit status|signal' "$dir/echo.log" 2>/dev/null; then
		echo "  (wserver log has complaints:)" >&2
		grep -iE 'error|warning|fatal|exit status|signal' "$dir/echo.log" | tail -n 5 >&2
	fi
	rm -f "$dir/echo.log"
}

# ---- run ----
echo "echo benchmark: $ROUNDS rounds, $CONNS connections, ${SIZE}-byte messages, ${SECS}s each;" \
	"server on CPU $SERVER_CPU, load on CPU $LOAD_CPU"
echo "extension: $SO ($("$PHP" -d extension="$SO" -r 'echo WServer\Worker::VERSION;' 2>/dev/null || echo '?'))"
echo "php: $("$PHP" -r 'echo PHP_VERSION;'), kernel $(uname -r), $(nproc) CPUs"
printf '%-6s %-8s %10s %6s %7s %7s %6s %6s  %s\n' round server "rt/s" errors "p50 us" "p99 us" "other%" "steal%" "PSS kB"
NOISY=0
noisy() { ((OTHER > 5 || STEAL > 5)); }
# keep the least disturbed of the attempts at one run: snapshot the named variables as BEST_*
keep_best() {
	local v n=$((OTHER + STEAL))
	if [[ -z "${BEST_N:-}" ]] || ((n < BEST_N)); then
		BEST_N=$n
		for v in "$@"; do printf -v "BEST_$v" '%s' "${!v}"; done
	fi
}
L=() W=() LP=() WP=() WIP=() WR=() LR=() LA=() WA=() WS_DIED=0 TOTAL_ERRS=0
LIMIT_VARS=(RPS OTHER STEAL LIMIT_PSS LIMIT_RSS LIMIT_ANON)
WS_VARS=(RPS OTHER STEAL WS_PSS WS_IDLE_PSS WS_RSS WS_ANON)
for ((r = 1; r <= ROUNDS; r++)); do
	# a run during which other work took > 5 % of a CPU is repeated, up to RETRIES times;
	# the least disturbed attempt counts
	BEST_N=""
	for ((try = 0; ; try++)); do
		run_limit
		TOTAL_ERRS=$((TOTAL_ERRS + ERRS))
		printf '%-6s %-8s %10.0f %6s %7s %7s %6s %6s  %s\n' "$r" limit "$RPS" "$ERRS" "$P50" "$P99" "$OTHER" "$STEAL" "$LIMIT_PSS"
		keep_best "${LIMIT_VARS[@]}"
		noisy && ((try < RETRIES)) || break
		echo "       (other work on the CPUs: run repeated)"
	done
	((BEST_N > 5)) && NOISY=$((NOISY + 1))
	L+=("$BEST_RPS") LP+=("$BEST_LIMIT_PSS") LR+=("$BEST_LIMIT_RSS") LA+=("$BEST_LIMIT_ANON")
	BEST_N=""
	for ((try = 0; ; try++)); do
		run_wserver
		TOTAL_ERRS=$((TOTAL_ERRS + ERRS))
		printf '%-6s %-8s %10.0f %6s %7s %7s %6s %6s  %s\n' "$r" wserver "$RPS" "$ERRS" "$P50" "$P99" "$OTHER" "$STEAL" \
			"$WS_PSS (master/manager/worker $WS_PSS_EACH)"
		keep_best "${WS_VARS[@]}"
		noisy && ((try < RETRIES)) || break
		echo "       (other work on the CPUs: run repeated)"
	done
	((BEST_N > 5)) && NOISY=$((NOISY + 1))
	W+=("$BEST_RPS") WP+=("$BEST_WS_PSS") WIP+=("$BEST_WS_IDLE_PSS") WR+=("$BEST_WS_RSS") WA+=("$BEST_WS_ANON")
done

LM=$(median "${L[@]}")
WM=$(median "${W[@]}")
echo
printf 'median round trips/s: limit %.0f, wserver %.0f\n' "$LM" "$WM"
printf 'ratio wserver/limit: %.3f   (per round: %s)\n' "$(awk -v a="$WM" -v b="$LM" 'BEGIN {print a / b}')" \
	"$(for ((i = 0; i < ROUNDS; i++)); do awk -v a="${W[i]}" -v b="${L[i]}" 'BEGIN {printf "%.3f ", a / b}'; done)"
echo 'memory (kB, medians over rounds; wserver = master+manager+worker, measured after the load):'
printf '  wserver: PSS %s (%s idle, before the load), of which anonymous %s; RSS %s\n' \
	"$(median "${WP[@]}")" "$(median "${WIP[@]}")" "$(median "${WA[@]}")" "$(median "${WR[@]}")"
printf '  limit:   PSS %s, of which anonymous %s; RSS %s\n' "$(median "${LP[@]}")" "$(median "${LA[@]}")" "$(median "${LR[@]}")"
echo '  (file-backed PSS is shared with every other php process running at the time, so it drifts;'
echo "   the anonymous part is the server's own memory)"
if ((NOISY > 0)); then
	echo "note: $NOISY counted run(s) shared the CPUs with other work (other% or steal% > 5): rerun on a quiet machine"
fi
if ((TOTAL_ERRS > 0 || WS_DIED > 0)); then
	echo "WARNING: $TOTAL_ERRS echoload errors, $WS_DIED worker deaths" >&2
	exit 1
fi
