#!/usr/bin/env bash
# Instructions per request under callgrind: a noise-free companion of issue12.sh's CPU-time
# figures (this machine's VMs expose no hardware counters, and its CPU time swings with the
# neighbours' load). Each server runs under valgrind --tool=callgrind; after a warm-up its
# counters are zeroed, a pipelined x16 wrk run is sent, they are dumped, and the instructions
# the serving process executed (Ir) are divided by the requests wrk counted.
#   bench/ircount.sh [limit|worker|server ...]   (default: all three)   knobs: SECS=5 CONNS=8
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
shared=$(cd "$repo/../shared/bench" && pwd)
so=${WSERVER_SO:-$repo/modules/wserver.so}
SECS=${SECS:-5} CONNS=${CONNS:-8}
command -v wrk >/dev/null && command -v callgrind_control >/dev/null ||
	{ echo "needs wrk and valgrind (apt-get install -y wrk valgrind)" >&2; exit 2; }
mkdir -p "$here/bin"
[ "$here/bin/limit" -nt "$shared/limit.c" ] || gcc -O2 -o "$here/bin/limit" "$shared/limit.c" -lev
tmp=$(mktemp -d)
pids=()
cleanup() {
	local p
	for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done
	sleep 1
	for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { php -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s,false),":"),1);'; }
wait_port() { for _ in $(seq 600); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }
load() { wrk -t1 -c"$CONNS" -d"$1s" -s "$shared/pipeline.lua" "http://127.0.0.1:$2/" -- 16; }

# one server: print "name Ir/request"
measure() {
	local name=$1 port pid serving
	port=$(free_port)
	local vg=(valgrind --tool=callgrind --callgrind-out-file="$tmp/$name.%p")
	case $name in
	limit) "${vg[@]}" "$here/bin/limit" "$port" >"$tmp/$name.log" 2>&1 & pid=$! ;;
	worker | server)
		local script=http_server.php
		[ "$name" = server ] && script=http_server_swoole.php
		WSERVER_BENCH_PORT=$port WSERVER_BENCH_DIR=$tmp USE_ZEND_ALLOC=1 \
			"${vg[@]}" php -n -d extension="$so" "$here/$script" start >"$tmp/$name.log" 2>&1 &
		pid=$! ;;
	esac
	pids+=("$pid")
	wait_port "$port" || { echo "$name: did not listen"; cat "$tmp/$name.log"; return 1; }
	# the serving process: the limit itself, or the php worker (the newest process of the tree)
	serving=$pid
	if [ "$name" != limit ]; then
		serving=$(pgrep -n -f "$here/http_server" || true)
	fi
	load 2 "$port" >/dev/null
	callgrind_control -z "$serving" >/dev/null
	local n
	n=$(load "$SECS" "$port" | awk '/requests in/ {print $1}')
	callgrind_control -d "$serving" >/dev/null
	sleep 1
	local ir
	ir=$(ls -t "$tmp/$name.$serving"* | head -1 | xargs grep -m1 '^summary:' | awk '{print $2}')
	kill -INT "$pid" 2>/dev/null || true
	printf "%-7s %8d requests  %8.0f instructions/request\n" "$name" "$n" "$(echo "$ir / $n" | bc -l)"
}
for s in "${@:-limit worker server}"; do
	for t in $s; do measure "$t"; done
done
