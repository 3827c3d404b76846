#!/usr/bin/env bash
# HTTPS "Hello, World!": wserver (1 worker, Worker API with $transport = 'ssl') against nginx
# (1 worker), the same certificate (RSA 2048) and ciphers, each pinned to CPU 0, wrk on CPU 1.
# Two loads, ROUNDS interleaved rounds, medians and the per-round wserver/nginx ratio:
#   keep-alive   wrk keeps CONNS TLS connections and sends requests over them (req/s)
#   handshakes   wrk with "Connection: close": every request is a new TCP + TLS connection
#                (new connections/s; both servers issue session tickets, wrk's reuse is the same)
# then `openssl s_time -new` (full handshakes, one at a time) for each.
#   bench/tls.sh [path/to/wserver.so]      knobs: ROUNDS=3 SECS=5 CONNS=64 PROTO=TLSv1.3|TLSv1.2
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
so=${1:-${WSERVER_SO:-$repo/modules/wserver.so}}
ROUNDS=${ROUNDS:-3} SECS=${SECS:-5} CONNS=${CONNS:-64} PROTO=${PROTO:-TLSv1.3}
CIPHERS=ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305
for pkg in wrk:wrk nginx:nginx-light openssl:openssl; do
	command -v "${pkg%%:*}" >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y -q "${pkg#*:}" >/dev/null; }
done
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -f "$tmp/tls.pid" ] && kill -INT "$(cat "$tmp/tls.pid")" 2>/dev/null; sleep 0.5; rm -rf "$tmp"; }
trap cleanup EXIT
free_port() { php -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s,false),":"),1);'; }
wait_port() { for _ in $(seq 200); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
p_nginx=$(free_port); p_ws=$(free_port)
cat > "$tmp/nginx.conf" <<NGX
worker_processes 1; daemon off; pid $tmp/nginx.pid; error_log $tmp/nginx.err;
events { worker_connections 4096; }
http { access_log off; keepalive_requests 1000000;
  server { listen 127.0.0.1:$p_nginx ssl; ssl_certificate $tmp/cert.pem; ssl_certificate_key $tmp/key.pem;
    ssl_protocols TLSv1.2 TLSv1.3; ssl_ciphers $CIPHERS;
    location / { return 200 "Hello, World!"; } } }
NGX
taskset -c 0 nginx -c "$tmp/nginx.conf" >/dev/null 2>&1 & pids+=($!)
WSERVER_BENCH_PORT=$p_ws WSERVER_BENCH_DIR=$tmp WSERVER_BENCH_CERT=$tmp/cert.pem WSERVER_BENCH_KEY=$tmp/key.pem \
	WSERVER_BENCH_CIPHERS=$CIPHERS taskset -c 0 php -d extension="$so" "$here/tls_server.php" start >/dev/null 2>&1 &
pids+=($!)
wait_port "$p_nginx"; wait_port "$p_ws"
tree() { local p=$1; echo "$p"; for c in $(pgrep -P "$p"); do tree "$c"; done; } # a master and its children
for _ in $(seq 100); do [ -s "$tmp/tls.pid" ] && [ -s "$tmp/nginx.pid" ] && break; sleep 0.05; done
# ours only (other jobs share this machine): the two servers' process trees
for p in $(tree "$(cat "$tmp/tls.pid")") $(tree "$(cat "$tmp/nginx.pid")"); do taskset -pc 0 "$p" >/dev/null 2>&1 || true; done

declare -A res
run() { # name port mode
	local hdr=()
	[ "$3" = handshakes ] && hdr=(-H "Connection: close")
	local out
	out=$(taskset -c 1 wrk -t1 -c"$CONNS" -d"${SECS}s" "${hdr[@]}" "https://127.0.0.1:$2/" 2>&1)
	res[$1.$3]+="$(echo "$out" | awk '/Requests\/sec/{print $2}') "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
ratios=()
for r in $(seq "$ROUNDS"); do
	for mode in keepalive handshakes; do
		run nginx "$p_nginx" $mode; run wserver "$p_ws" $mode
		n=$(echo "${res[nginx.$mode]}" | awk '{print $NF}'); w=$(echo "${res[wserver.$mode]}" | awk '{print $NF}')
		res[ratio.$mode]+="$(awk -v n="$n" -v w="$w" 'BEGIN{printf "%.3f", w / n}') "
	done
done
stime() { # port: full handshakes per second, one connection at a time
	local flag=-tls1_3
	[ "$PROTO" = TLSv1.2 ] && flag=-tls1_2
	taskset -c 1 openssl s_time -connect "127.0.0.1:$1" -new -time "$SECS" $flag 2>&1 | awk '/connections in .* real seconds/{print $1 / $4; exit}'
}
s_n=$(stime "$p_nginx"); s_w=$(stime "$p_ws")
echo "HTTPS hello, $ROUNDS rounds x ${SECS}s, $CONNS connections, RSA 2048, ciphers $CIPHERS (TLS 1.3: OpenSSL's defaults), servers on CPU 0, wrk on CPU 1"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs (a shared machine: figures swing between runs)"
for mode in keepalive handshakes; do
	n=$(echo "${res[nginx.$mode]}" | median); w=$(echo "${res[wserver.$mode]}" | median); q=$(echo "${res[ratio.$mode]}" | median)
	printf "%-10s nginx %9.0f  wserver %9.0f /s   wserver/nginx %s (median of per-round ratios: %s)\n" "$mode" "$n" "$w" "$q" "${res[ratio.$mode]}"
done
awk -v n="$s_n" -v w="$s_w" 'BEGIN { printf "s_time -new (one at a time): nginx %.0f  wserver %.0f handshakes/s   wserver/nginx %.2f\n", n, w, (n > 0 ? w / n : 0) }'
