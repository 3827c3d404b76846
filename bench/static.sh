#!/usr/bin/env bash
# Static files: wserver's static handler (1 worker; the Worker API's $staticHandler, and the
# Swoole API's set() as "server") against nginx (1 worker, sendfile on), each pinned to CPU 0,
# wrk on CPU 1, plain keep-alive, a 100 B and a 1 MB file, ROUNDS interleaved rounds; prints
# medians of req/s, the ratios per round, and the server CPU per request (utime+stime of the
# worker around each run, over the requests wrk counted).
#   bench/static.sh [path/to/wserver.so]      knobs: ROUNDS=3 SECS=5 CONNS=64 CONNS_BIG=16
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
so=${1:-${WSERVER_SO:-$repo/modules/wserver.so}}
ROUNDS=${ROUNDS:-3} SECS=${SECS:-5} CONNS=${CONNS:-64} CONNS_BIG=${CONNS_BIG:-16}
for pkg in wrk:wrk nginx:nginx-light; do
	command -v "${pkg%%:*}" >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y -q "${pkg#*:}" >/dev/null; }
done
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for f in static.pid swoole.pid; do [ -f "$tmp/$f" ] && kill -INT "$(cat "$tmp/$f")" 2>/dev/null; done
	sleep 0.5; rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { php -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s,false),":"),1);'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

mkdir -p "$tmp/root"
chmod 755 "$tmp" "$tmp/root" # nginx started as root reads as nobody
head -c 100 /dev/urandom >"$tmp/root/small.txt"
head -c 1048576 /dev/urandom >"$tmp/root/big.bin"
chmod 644 "$tmp/root/"*
p_nginx=$(free_port); p_ws=$(free_port); p_sw=$(free_port)
cat >"$tmp/nginx.conf" <<NGX
worker_processes 1; daemon off; pid $tmp/nginx.pid; error_log $tmp/nginx.err;
events { worker_connections 4096; }
http { access_log off; sendfile on; types { text/plain txt; application/octet-stream bin; }
  server { listen 127.0.0.1:$p_nginx; root $tmp/root; } }
NGX
taskset -c 0 nginx -c "$tmp/nginx.conf" >/dev/null 2>&1 & pids+=($!)
WSERVER_BENCH_PORT=$p_ws WSERVER_BENCH_DIR=$tmp WSERVER_BENCH_ROOT=$tmp/root taskset -c 0 php -d extension="$so" "$here/static_server.php" >/dev/null 2>&1 &
pids+=($!)
WSERVER_BENCH_PORT=$p_sw WSERVER_BENCH_DIR=$tmp WSERVER_BENCH_ROOT=$tmp/root taskset -c 0 php -d extension="$so" "$here/static_server.php" swoole >/dev/null 2>&1 &
pids+=($!)
wait_port "$p_nginx"; wait_port "$p_ws"; wait_port "$p_sw"
sleep 0.5
for f in small.txt big.bin; do
	for p in "$p_nginx" "$p_ws" "$p_sw"; do
		curl -s -o "$tmp/got" "http://127.0.0.1:$p/$f"; cmp "$tmp/got" "$tmp/root/$f" || { echo "port $p: $f differs ($p_nginx nginx, $p_ws worker, $p_sw server)" >&2; ls -l "$tmp/got"; cat "$tmp/nginx.err"; exit 1; }
	done
done
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
worker_under() { # master pid -> its worker process (under the manager)
	local c
	for c in $(pgrep -P "$1"); do
		if tr '\0' ' ' <"/proc/$c/cmdline" | grep -q "worker process"; then echo "$c"; fi
		worker_under "$c"
	done
}
w_ws=$(worker_under "$(cat "$tmp/static.pid")" | head -1)
w_sw=$(worker_under "$(cat "$tmp/swoole.pid")" | head -1)
w_ngx=$(pgrep -f "nginx: worker process" | head -1)
for p in "$w_ws" "$w_sw" "$w_ngx"; do taskset -pc 0 "$p" >/dev/null; done
hz=$(getconf CLK_TCK)

declare -A rps cpu
run() { # name port file conns pid
	local t0 t1 out n r
	t0=$(ticks "$5")
	out=$(taskset -c 1 wrk -t1 -c"$4" -d"${SECS}s" "http://127.0.0.1:$2/$3" 2>&1)
	t1=$(ticks "$5")
	r=$(echo "$out" | awk '/Requests\/sec/{print $2}')
	n=$(echo "$out" | awk '/requests in/{print $1}')
	rps[$1.$3]+="$r "
	cpu[$1.$3]+="$(awk -v a="$t0" -v b="$t1" -v n="$n" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz * 1e6 / n }') "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
ratios() { # a b: per-round a/b, then their median
	paste <(echo "$1" | tr ' ' '\n' | grep -v '^$') <(echo "$2" | tr ' ' '\n' | grep -v '^$') |
		awk '{ printf "%.2f ", $1 / $2 }'
}
for _ in $(seq "$ROUNDS"); do
	for f in small.txt big.bin; do
		c=$CONNS; [ $f = big.bin ] && c=$CONNS_BIG
		run nginx "$p_nginx" $f $c "$w_ngx"; run worker "$p_ws" $f $c "$w_ws"; run server "$p_sw" $f $c "$w_sw"
	done
done
echo "static files, $ROUNDS rounds x ${SECS}s, servers on CPU 0 (1 worker each), wrk on CPU 1; 100 B with $CONNS connections, 1 MB with $CONNS_BIG"
for f in small.txt big.bin; do
	n=$(echo "${rps[nginx.$f]}" | median)
	for s in worker server; do
		w=$(echo "${rps[$s.$f]}" | median)
		rr=$(ratios "${rps[$s.$f]}" "${rps[nginx.$f]}")
		cr=$(ratios "${cpu[$s.$f]}" "${cpu[nginx.$f]}")
		printf "%-9s %-6s nginx %8.0f req/s  %s %8.0f req/s  ratio %s (median %s)  CPU us/req nginx %s %s %s (ratio median %s)\n" \
			"$f" "$s" "$n" "$s" "$w" "$rr" "$(echo "$rr" | median)" "$(echo "${cpu[nginx.$f]}" | median)" "$s" \
			"$(echo "${cpu[$s.$f]}" | median)" "$(echo "$cr" | median)"
	done
done
echo "other load on CPU 0 meanwhile: $(awk '{print $1}' /proc/loadavg) (loadavg 1 min)"
