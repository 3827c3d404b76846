#!/usr/bin/env bash
# WebSocket echo with and without permessage-deflate (RFC 7692), both APIs, one worker each.
# wsload (bench/wsload.c) sends text messages like JSON records of 64 B, 1 KB and 16 KB; with
# -z it offers the extension and sends them compressed, and the server compresses the echo.
# Servers on CPU $SERVER_CPU, load on CPU $LOAD_CPU. Prints echoes/s (median of the rounds),
# the worker's CPU per echo and the ratio to the same size sent plain.
#   bench/ws_compress.sh [path/to/wserver.so]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
so=${1:-${WSERVER_SO:-$repo/modules/wserver.so}}
ROUNDS=${ROUNDS:-3} SECS=${SECS:-5} CONNS=${CONNS:-64} SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1} PHP=${PHP:-php}
[ -f "$so" ] || { echo "no $so: run scripts/build first" >&2; exit 1; }
mkdir -p "$here/bin"
[ "$here/bin/wsload" -nt "$here/wsload.c" ] || gcc -O2 -o "$here/bin/wsload" "$here/wsload.c" -lz
tmp=$(mktemp -d)
pids=()
cleanup() {
	local p
	for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done
	sleep 0.5
	for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
free_port() { "$PHP" -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s,false),":"),1);'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }
TICK=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
descendants() { local c; for c in $(pgrep -P "$1" || true); do echo "$c"; descendants "$c"; done; }

declare -A PORT WORKER
start() { # name script [start]
	local name=$1 port master w
	port=$(free_port)
	WSERVER_BENCH_PORT=$port WSERVER_BENCH_DIR=$tmp WSERVER_BENCH_COMPRESS=1 \
		taskset -c "$SERVER_CPU" "$PHP" -d extension="$so" "$here/$2" ${3:-} >"$tmp/$name.out" 2>&1 &
	master=$!
	pids+=("$master")
	wait_port "$port" || { echo "$name did not start:" >&2; cat "$tmp/$name.out" >&2; exit 1; }
	for _ in $(seq 50); do # the worker: the newest descendant (master -> [manager ->] worker)
		w=$(descendants "$master" | tail -n1)
		[ -n "$w" ] && break
		sleep 0.1
	done
	PORT[$name]=$port WORKER[$name]=${w:-$master}
}

echo "WebSocket echo with and without permessage-deflate, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "$ROUNDS rounds x ${SECS}s, $CONNS connections, servers on CPU $SERVER_CPU, load on CPU $LOAD_CPU; $(nproc) CPUs"
start worker ws_echo_server.php start
start server ws_echo_server_swoole.php
declare -A RPS US
for ((r = 1; r <= ROUNDS; r++)); do
	for name in worker server; do
		for size in 64 1024 16384; do
			for z in plain deflate; do
				flag=""
				[ "$z" = deflate ] && flag="-z"
				t0=$(ticks "${WORKER[$name]}")
				taskset -c "$LOAD_CPU" "$here/bin/wsload" -p "${PORT[$name]}" -c "$CONNS" -d "$SECS" -s "$size" $flag >"$tmp/load.out" 2>&1
				t1=$(ticks "${WORKER[$name]}")
				rps=$(awk '/^Requests\/sec:/ {print $2}' "$tmp/load.out")
				n=$(awk '/requests in/ {print $1}' "$tmp/load.out")
				err=$(awk '/^Errors:/ {print $2}' "$tmp/load.out")
				[ "${err:-1}" = 0 ] || { echo "errors on $name $size $z:" >&2; cat "$tmp/load.out" >&2; exit 1; }
				us=$(awk -v d=$((t1 - t0)) -v t="$TICK" -v n="$n" 'BEGIN {printf "%.2f", d / t / n * 1e6}')
				RPS[$name.$size.$z]+="$rps " US[$name.$size.$z]+="$us "
			done
		done
	done
done
med() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf '%-8s %7s %-8s %12s %10s %8s\n' api size mode 'echoes/s' 'us/echo' 'vs plain'
for name in worker server; do
	for size in 64 1024 16384; do
		p=$(echo "${RPS[$name.$size.plain]}" | med)
		for z in plain deflate; do
			v=$(echo "${RPS[$name.$size.$z]}" | med)
			printf '%-8s %7s %-8s %12.0f %10s %8.2f\n' "$name" "$size" "$z" "$v" \
				"$(echo "${US[$name.$size.$z]}" | med)" "$(awk -v a="$v" -v b="$p" 'BEGIN {print a / b}')"
		done
	done
done
