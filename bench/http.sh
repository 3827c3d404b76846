#!/usr/bin/env bash
# HTTP "Hello, World!": wserver (1 worker; the Worker API, and the Swoole API as "server")
# against nginx (1 worker, `return 200`) and the raw libev limit server, each pinned to CPU 0 and loaded by wrk on CPU 1, plain keep-alive and
# pipelined x16, ROUNDS interleaved rounds; prints medians, ratios, p99 and PSS.
#   bench/http.sh [path/to/wserver.so]      knobs: ROUNDS=3 SECS=10 CONNS=64
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
shared=$(cd "$repo/../shared/bench" && pwd)
so=${1:-${WSERVER_SO:-$repo/modules/wserver.so}}
ROUNDS=${ROUNDS:-3} SECS=${SECS:-10} CONNS=${CONNS:-64}
for pkg in wrk:wrk nginx:nginx-light; do
	command -v "${pkg%%:*}" >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y -q "${pkg#*:}" >/dev/null; }
done
mkdir -p "$here/bin"
[ "$here/bin/limit" -nt "$shared/limit.c" ] || gcc -O2 -o "$here/bin/limit" "$shared/limit.c" -lev
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -f "$tmp/http.pid" ] && kill -INT "$(cat "$tmp/http.pid")" 2>/dev/null; sleep 0.5; rm -rf "$tmp"; }
trap cleanup EXIT
free_port() { php -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s,false),":"),1);'; }
pss() { local t=0; for p in "$@"; do t=$((t + $(awk '/^Pss:/{print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0))); done; echo $t; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

p_limit=$(free_port); p_nginx=$(free_port); p_ws=$(free_port); p_sw=$(free_port)
taskset -c 0 "$here/bin/limit" "$p_limit" >/dev/null 2>&1 & pids+=($!)
cat > "$tmp/nginx.conf" <<NGX
worker_processes 1; daemon off; pid $tmp/nginx.pid; error_log $tmp/nginx.err;
events { worker_connections 4096; }
http { access_log off; server { listen 127.0.0.1:$p_nginx; location / { return 200 "Hello, World!"; } } }
NGX
taskset -c 0 nginx -c "$tmp/nginx.conf" >/dev/null 2>&1 & pids+=($!)
WSERVER_BENCH_PORT=$p_ws WSERVER_BENCH_DIR=$tmp taskset -c 0 php -d extension="$so" "$here/http_server.php" start >/dev/null 2>&1 &
pids+=($!)
WSERVER_BENCH_PORT=$p_sw WSERVER_BENCH_DIR=$tmp taskset -c 0 php -d extension="$so" "$here/http_server_swoole.php" >/dev/null 2>&1 &
pids+=($!)
wait_port "$p_limit"; wait_port "$p_nginx"; wait_port "$p_ws"; wait_port "$p_sw"
for p in $(pgrep -f "WServer: worker process") $(pgrep -f "nginx: worker process"); do taskset -pc 0 "$p" >/dev/null; done

declare -A res
run() { # name port mode
	local extra=()
	[ "$3" = pipelined ] && extra=(-s "$shared/pipeline.lua")
	local out
	out=$(taskset -c 1 wrk -t1 -c"$CONNS" -d"${SECS}s" --latency "${extra[@]}" "http://127.0.0.1:$2/" ${extra:+-- 16} 2>&1)
	res[$1.$3]+="$(echo "$out" | awk '/Requests\/sec/{print $2}') "
	res[$1.$3.p99]+="$(echo "$out" | awk '$1=="99%"{print $2}') "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
for r in $(seq "$ROUNDS"); do
	for mode in plain pipelined; do
		run limit "$p_limit" $mode; run nginx "$p_nginx" $mode; run wserver "$p_ws" $mode
		run server "$p_sw" $mode
	done
done
tree() { local p=$1; echo "$p"; for c in $(pgrep -P "$p"); do tree "$c"; done; } # a master and its children
ws_pids=$(tree "$(cat "$tmp/http.pid")" | tr '\n' ' ')
sw_pids=$(tree "$(cat "$tmp/swoole.pid")" | tr '\n' ' ')
ngx_pids=$(pgrep -f "nginx: (master|worker) process" | tr '\n' ' ')
echo "HTTP hello, $ROUNDS rounds x ${SECS}s, $CONNS connections, servers on CPU 0, wrk on CPU 1"
for mode in plain pipelined; do
	l=$(echo "${res[limit.$mode]}" | median); n=$(echo "${res[nginx.$mode]}" | median); w=$(echo "${res[wserver.$mode]}" | median)
	s=$(echo "${res[server.$mode]}" | median)
	awk -v m="$mode" -v l="$l" -v n="$n" -v w="$w" 'BEGIN { printf "%-9s limit %10.0f  nginx %10.0f  wserver %10.0f req/s   wserver/nginx %.2f  wserver/limit %.2f\n", m, l, n, w, w / n, w / l }'
	awk -v n="$n" -v l="$l" -v s="$s" 'BEGIN { printf "%-9s Swoole API (Http\\Server) %10.0f req/s   /nginx %.2f  /limit %.2f\n", "", s, s / n, s / l }'
	printf "%-9s p99: limit %s nginx %s wserver %s server %s (per round)\n" "" "${res[limit.$mode.p99]}" "${res[nginx.$mode.p99]}" "${res[wserver.$mode.p99]}" "${res[server.$mode.p99]}"
done
# shellcheck disable=SC2086
echo "PSS kB: wserver (master+manager+worker) $(pss $ws_pids), the same with the Swoole API $(pss $sw_pids), nginx (master+worker) $(pss $ngx_pids), limit $(pss "${pids[0]}")"
