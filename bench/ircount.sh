#!/usr/bin/env bash
# Instructions per request under callgrind: a noise-free companion of issue12.sh's CPU-time
# figures (this machine's VMs expose no hardware counters, and CPU time swings with the
# neighbours' load). Each server runs twice under valgrind --tool=callgrind: once with a short
# warm-up load only, once with the warm-up and a pipelined x16 wrk run of SECS; the difference of
# the instructions its serving process executed (Ir: user space only, the kernel's share is not
# counted) over the difference of the requests wrk counted is the figure.
#   bench/ircount.sh [limit|worker|server|limit_echo|worker_echo|server_echo ...]
#   (default: the three HTTP ones; *_echo: TCP echo of 64 B under echoload)   knobs: SECS=5 CONNS=8
#   KEEP=<dir> keeps both runs' callgrind files and request counts there: bench/irdiff.py <dir>
#   <name> prints the instructions per request of each function
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
[ "$here/bin/echoload" -nt "$shared/echoload.c" ] || gcc -O2 -o "$here/bin/echoload" "$shared/echoload.c"
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
# pipelined wrk for HTTP, echoload (round trips) for the echo servers: both print "N requests in"
load() {
	case $3 in
	*_echo) "$here/bin/echoload" -p "$2" -c "$CONNS" -d "$1" -s 64 ;;
	*) wrk -t1 -c"$CONNS" -d"$1s" -s "$shared/pipeline.lua" "http://127.0.0.1:$2/" -- 16 ;;
	esac
}

# one run of a server: "Ir requests" of its busiest process
run() {
	local name=$1 secs=$2 port pid n=0
	port=$(free_port)
	rm -f "$tmp/$name".*
	local vg=(valgrind --tool=callgrind --callgrind-out-file="$tmp/$name.%p")
	case $name in
	limit) "${vg[@]}" "$here/bin/limit" "$port" >"$tmp/log" 2>&1 & pid=$! ;;
	limit_echo) "${vg[@]}" "$here/bin/limit" "$port" echo >"$tmp/log" 2>&1 & pid=$! ;;
	worker | server | worker_echo | server_echo)
		local script
		case $name in
		worker) script=http_server.php ;;
		server) script=http_server_swoole.php ;;
		worker_echo) script=echo_server.php ;;
		server_echo) script=echo_server_swoole.php ;;
		esac
		WSERVER_BENCH_PORT=$port WSERVER_BENCH_DIR=$tmp WSERVER_BENCH_STOP_TIMEOUT=60 \
			"${vg[@]}" php -n -d extension="$so" "$here/$script" start >"$tmp/log" 2>&1 &
		pid=$! ;;
	esac
	pids+=("$pid")
	wait_port "$port" || { echo "$name: did not listen" >&2; cat "$tmp/log" >&2; return 1; }
	# warm up until the worker answers (under valgrind it starts seconds after the port opens)
	for _ in $(seq 20); do
		n=$(load 1 "$port" "$name" | awk '/requests in/ {print $1}')
		[ "${n:-0}" -gt 0 ] && break
	done
	if [ "$secs" -gt 0 ]; then
		n=$((n + $(load "$secs" "$port" "$name" | awk '/requests in/ {print $1}')))
	fi
	kill -INT "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	sleep 1
	local ir
	ir=$(grep -h -m1 '^summary:' "$tmp/$name".* | awk '{print $2}' | sort -n | tail -1)
	if [ -n "${KEEP:-}" ]; then
		mkdir -p "$KEEP"
		cp "$(grep -l -m1 "^summary: $ir\$" "$tmp/$name".*)" "$KEEP/$name.$secs.callgrind"
		echo "$n" >"$KEEP/$name.$secs.requests"
	fi
	echo "$ir $n"
}

measure() {
	local a b
	a=$(run "$1" 0) && b=$(run "$1" "$SECS") || return 1
	echo "$a $b" | awk -v name="$1" '{ printf "%-7s %9d requests  %6.0f instructions/request\n", name, $4 - $2, ($3 - $1) / ($4 - $2) }'
}
for s in ${@:-limit worker server}; do measure "$s"; done
