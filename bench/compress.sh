#!/usr/bin/env bash
# Issue 16: a 10 KB JSON reply gzip'd by the server (wrk sends Accept-Encoding: gzip), one
# worker pinned to CPU 0, wrk -t1 on CPU 1: nginx (gzip on, same level, the file served from
# its root) against the Worker API (Http::compression()) and the Swoole API (Http\Server), in
# ROUNDS interleaved rounds; medians of req/s and of the server's CPU time per request
# (utime+stime of its processes around the run, over the requests wrk counted), and the
# ratios to nginx (CPU per request is the steadier figure on a loaded machine).
#   bench/compress.sh [path/to/wserver.so]      knobs: ROUNDS=3 SECS=5 CONNS=64 LEVEL=1
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
so=${1:-${WSERVER_SO:-$repo/modules/wserver.so}}
ROUNDS=${ROUNDS:-3} SECS=${SECS:-5} CONNS=${CONNS:-64} LEVEL=${LEVEL:-1}
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx-light"; exit 2; }
tmp=$(mktemp -d)
chmod 755 "$tmp" # nginx workers (www-data) read the file from it
pids=()
cleanup() {
	for f in "$tmp"/*/compress.pid "$tmp"/nginx.pid; do [ -f "$f" ] && kill -INT "$(cat "$f")" 2>/dev/null; done
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	sleep 1; rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { php -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s,false),":"),1);'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

# about 10 KB of JSON records, the same bytes for every server
mkdir -p "$tmp/root"
php -r 'mt_srand(16); $r = []; for ($i = 0; strlen(json_encode($r)) < 10200; $i++) {
	$r[] = ["id" => $i, "name" => "user" . mt_rand(1000, 9999), "email" => "u" . mt_rand() . "@example.com",
		"score" => mt_rand(0, 100000) / 100, "active" => (bool) mt_rand(0, 1), "tags" => ["a", "b", "c"][mt_rand(0, 2)]]; }
	echo json_encode($r);' >"$tmp/root/data.json"
size=$(stat -c %s "$tmp/root/data.json")

declare -A port
port[nginx]=$(free_port)
cat >"$tmp/nginx.conf" <<NGX
worker_processes 1; daemon off; pid $tmp/nginx.pid; error_log $tmp/nginx.err;
events { worker_connections 4096; }
http { access_log off; include /etc/nginx/mime.types; gzip on; gzip_comp_level $LEVEL;
  gzip_types application/json; gzip_min_length 20; gzip_vary on;
  server { listen 127.0.0.1:${port[nginx]}; root $tmp/root; location / { try_files /data.json =404; } } }
NGX
taskset -c 0 nginx -c "$tmp/nginx.conf" >/dev/null 2>&1 &
pids+=($!)
for api in worker swoole; do
	port[$api]=$(free_port)
	mkdir -p "$tmp/$api"
	WSERVER_BENCH_DIR=$tmp/$api WSERVER_BENCH_PORT=${port[$api]} WSERVER_BENCH_JSON=$tmp/root/data.json \
		WSERVER_BENCH_API=$api WSERVER_BENCH_LEVEL=$LEVEL \
		taskset -c 0 php -d extension="$so" "$here/compress_server.php" start >/dev/null 2>&1 &
	pids+=($!)
done
for s in nginx worker swoole; do
	wait_port "${port[$s]}"
	# the reply must really be gzip'd and decode to the file
	got=$(curl -s -D "$tmp/$s.head" -H 'Accept-Encoding: gzip' "http://127.0.0.1:${port[$s]}/" | wc -c)
	grep -qi '^content-encoding: gzip' "$tmp/$s.head" || { echo "$s: reply not gzip'd"; exit 1; }
	cmp -s <(curl -s --compressed "http://127.0.0.1:${port[$s]}/") "$tmp/root/data.json" || { echo "$s: body differs"; exit 1; }
	printf '%-7s %d B JSON -> %d B gzip\n' "$s" "$size" "$got"
done

# CPU time of a server: utime+stime (clock ticks) of its master and all below it
ticks() {
	local p sum
	sum=$(awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0)
	for p in $(pgrep -P "$1"); do sum=$((sum + $(ticks "$p"))); done
	echo "$sum"
}
declare -A master
master[nginx]=$(cat "$tmp/nginx.pid")
for api in worker swoole; do master[$api]=$(cat "$tmp/$api/compress.pid"); done
hz=$(getconf CLK_TCK)

declare -A res us
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for _ in $(seq "$ROUNDS"); do
	for s in nginx worker swoole; do
		t0=$(ticks "${master[$s]}")
		out=$(taskset -c 1 timeout $((SECS + 10)) wrk -t1 -c"$CONNS" -d"${SECS}s" -H 'Accept-Encoding: gzip' \
			"http://127.0.0.1:${port[$s]}/")
		t1=$(ticks "${master[$s]}")
		rps=$(echo "$out" | awk '/Requests\/sec/ {print int($2)}')
		reqs=$(echo "$out" | awk '/requests in/ {print $1}')
		res[$s]="${res[$s]:-} $rps"
		us[$s]="${us[$s]:-} $(awk -v t=$((t1 - t0)) -v n="$reqs" -v hz="$hz" 'BEGIN {printf "%.1f", t * 1e6 / hz / n}')"
	done
done
n=$(echo "${res[nginx]}" | median)
nu=$(echo "${us[nginx]}" | median)
printf '%-12s %10s %8s %12s %8s   %s\n' "level $LEVEL" "req/s" "/nginx" "CPU us/req" "/nginx" "(rounds: req/s; us/req)"
for s in nginx worker swoole; do
	m=$(echo "${res[$s]}" | median)
	u=$(echo "${us[$s]}" | median)
	printf '%-12s %10s %8s %12s %8s   (%s;%s)\n' "$s" "$m" "$(awk -v a="$m" -v b="$n" 'BEGIN {printf "%.2fx", a / b}')" \
		"$u" "$(awk -v a="$u" -v b="$nu" 'BEGIN {printf "%.2fx", a / b}')" "${res[$s]}" "${us[$s]}"
done
