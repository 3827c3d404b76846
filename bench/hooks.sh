#!/usr/bin/env bash
# Issue 14: 1 worker, one phpredis GET per HTTP request, 64 connections (wrk): requests/s with
# the Runtime hooks on against the same app with them off, with Redis reached directly and
# through a proxy that adds 1 ms each way. ROUNDS interleaved rounds, medians printed.
#   bench/hooks.sh [path/to/wserver.so]      knobs: ROUNDS=3 SECS=5 CONNS=64 DELAY_MS=1
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
so=${1:-${WSERVER_SO:-$repo/modules/wserver.so}}
ROUNDS=${ROUNDS:-3} SECS=${SECS:-5} CONNS=${CONNS:-64} DELAY_MS=${DELAY_MS:-1}
command -v wrk >/dev/null && command -v redis-server >/dev/null || { echo "needs wrk and redis-server"; exit 2; }
tmp=$(mktemp -d)
pids=()
cleanup() {
	for f in "$tmp"/*.pid; do [ -f "$f" ] && kill -INT "$(cat "$f")" 2>/dev/null; done
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	sleep 1; rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { php -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s,false),":"),1);'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

p_redis=$(free_port); p_proxy=$(free_port)
taskset -c 1 redis-server --port "$p_redis" --bind 127.0.0.1 --save '' --appendonly no --dir "$tmp" >/dev/null 2>&1 &
pids+=($!)
wait_port "$p_redis"
redis-cli -p "$p_redis" set bench hello >/dev/null
mkdir -p "$tmp/proxy"
WSERVER_BENCH_DIR=$tmp/proxy PROXY_PORT=$p_proxy TARGET_PORT=$p_redis DELAY_MS=$DELAY_MS \
	taskset -c 1 php -d extension="$so" "$here/delay_proxy.php" start >/dev/null 2>&1 &
pids+=($!)
wait_port "$p_proxy"

declare -A res
run() { # name hooks redis_port
	local port; port=$(free_port)
	mkdir -p "$tmp/$1"
	WSERVER_BENCH_DIR=$tmp/$1 WSERVER_BENCH_PORT=$port WSERVER_BENCH_HOOKS=$2 REDIS_PORT=$3 \
		taskset -c 0 php -d extension="$so" "$here/hooks_server.php" start >/dev/null 2>&1 &
	local pid=$!
	wait_port "$port"
	local rps
	rps=$(taskset -c 1 timeout $((SECS + 10)) wrk -t1 -c"$CONNS" -d"${SECS}s" "http://127.0.0.1:$port/" |
		awk '/Requests\/sec/ {print int($2)}')
	kill -INT "$(cat "$tmp/$1/hooks.pid")" 2>/dev/null; wait "$pid" 2>/dev/null || true
	res[$1]="${res[$1]:-} $rps"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for _ in $(seq "$ROUNDS"); do
	run off_direct 0 "$p_redis"; run on_direct 1 "$p_redis"
	run off_delay 0 "$p_proxy"; run on_delay 1 "$p_proxy"
done
printf '%-28s %12s %12s %8s\n' "" "hooks off" "hooks on" "on/off"
for l in direct delay; do
	off=$(echo "${res[off_$l]}" | median); on=$(echo "${res[on_$l]}" | median)
	name="Redis GET, $l"; [ $l = delay ] && name="Redis GET, +${DELAY_MS} ms each way"
	printf '%-28s %12s %12s %8s\n' "$name" "$off" "$on" "$(awk -v a="$on" -v b="$off" 'BEGIN {printf "%.1fx", a / b}')"
done
