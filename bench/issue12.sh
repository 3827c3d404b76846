#!/usr/bin/env bash
# Issue 12's speed table in one run: every server pinned to CPU 0 (1 worker), the load on CPU 1,
# ROUNDS interleaved rounds of SECS each, medians of the per-round ratios.
#   - HTTP "Hello, World!", pipelined x16 and plain keep-alive (wrk -t1 -c64): limit, nginx (no
#     keep-alive request limit),
#     the Worker API (http_server.php), the Swoole API (http_server_swoole.php); req/s and the
#     server's CPU per request (utime+stime of its worker from /proc/PID/stat around the run,
#     over the requests wrk counted);
#   - TCP echo 64 B (echoload): limit echo, Worker (echo_server.php), Server (echo_server_swoole.php);
#   - WebSocket echo 64 B frames (wsload, bench/wsload.c): Worker websocket:// and
#     WebSocket\Server (ws_echo_server*.php);
#   - then each HTTP server alone: a pipelined run with `perf record -e cpu-clock` on its worker
#     (PROFILE=0 skips it), PSS of its tree (master + manager + worker) right after.
# With the peers built (../shared/tools/build-peers; PEERS=<dir>, default ../peers beside the repo),
# real Swoole too: Swoole\Http\Server, SWOOLE_BASE, 1 worker (http_server_swoole_peer.php, wserver
# not loaded) in the HTTP rounds and the alone phase, and ratios against it.
# Noise: other% = CPU time on the server's CPU not used by the server under load (other jobs
# on this shared machine), in % of that CPU; steal% = the hypervisor's, machine-wide.
#   bench/issue12.sh [path/to/wserver.so]
#   knobs: ROUNDS=3 SECS=5 CONNS=64 SERVER_CPU=0 LOAD_CPU=1 PROFILE=1 PHP=php OUT=<dir to keep>
#          PEERS=<build-peers output dir> (default ../peers; no swoole.so there: Swoole skipped)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
shared=$(cd "$repo/../shared/bench" && pwd)
so=${1:-${WSERVER_SO:-$repo/modules/wserver.so}}
ROUNDS=${ROUNDS:-3} SECS=${SECS:-5} CONNS=${CONNS:-64} SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1} PROFILE=${PROFILE:-1} PHP=${PHP:-php}
[ -f "$so" ] || { echo "no $so: run scripts/build first" >&2; exit 1; }
PEERS=${PEERS:-$repo/../peers}
swoole_so=$PEERS/swoole/modules/swoole.so
[ -f "$swoole_so" ] || swoole_so= # no peer: the Swoole rows and ratios are left out
peer() { [ -n "$swoole_so" ] && echo swoole || true; } # the peer's name, if built
for pkg in wrk:wrk nginx:nginx-light perf:linux-perf; do
	command -v "${pkg%%:*}" >/dev/null || apt-get install -y -q "${pkg#*:}" >/dev/null || true
done
mkdir -p "$here/bin"
build() { [ "$here/bin/$1" -nt "$2" ] || gcc -O2 -o "$here/bin/$1" "$2" "${@:3}"; }
build limit "$shared/limit.c" -lev
build echoload "$shared/echoload.c"
build wsload "$here/wsload.c" -lz

tmp=$(mktemp -d)
OUT=${OUT:-$tmp}
mkdir -p "$OUT"
pids=() # every process started here (masters, limit, nginx, loads), killed by pid on exit
cleanup() {
	local p
	for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done
	sleep 0.5
	for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
	[ "$OUT" = "$tmp" ] || cp "$tmp"/*.log "$OUT"/ 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
forget() { local keep=() p; for p in "${pids[@]}"; do [[ " $* " == *" $p "* ]] || keep+=("$p"); done; pids=("${keep[@]}"); }

free_port() { "$PHP" -r '$s=stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s,false),":"),1);'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }
descendants() { local c; for c in $(pgrep -P "$1" || true); do echo "$c"; descendants "$c"; done; }
smaps() { # field pids...: sum of that smaps_rollup field, kB
	local f=$1 p t=0 v
	shift
	for p in "$@"; do
		v=$(awk -v f="$f:" '$1 == f {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || true)
		t=$((t + ${v:-0}))
	done
	echo "$t"
}
ticks() { local p t=0 v; for p in "$@"; do v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true); t=$((t + ${v:-0})); done; echo "$t"; }
cpu_line() { awk -v c="cpu$SERVER_CPU" '$1 == c {b = $2 + $3 + $4 + $7 + $8} $1 == "cpu" {s = $9} END {print b, s}' /proc/stat; }
TICK=$(getconf CLK_TCK)

declare -A PORT WORKER TREE STOPSIG # name -> port, the pid whose CPU counts, all pids, stop signal
start() { # name kind(limit|nginx|php|swoole) args...: starts it pinned, waits for its port
	local name=$1 kind=$2 port master w i
	shift 2
	port=$(free_port)
	case $kind in
	limit)
		taskset -c "$SERVER_CPU" "$here/bin/limit" "$port" "$@" >/dev/null 2>&1 &
		master=$!
		;;
	nginx)
		cat >"$tmp/nginx-$name.conf" <<NGX
worker_processes 1; daemon off; pid $tmp/nginx-$name.pid; error_log $tmp/nginx.err;
events { worker_connections 4096; }
http { access_log off; keepalive_requests 1000000; server { listen 127.0.0.1:$port; location / { return 200 "Hello, World!"; } } }
NGX
		taskset -c "$SERVER_CPU" nginx -c "$tmp/nginx-$name.conf" >/dev/null 2>&1 &
		master=$!
		;;
	php)
		WSERVER_BENCH_PORT=$port WSERVER_BENCH_DIR=$tmp taskset -c "$SERVER_CPU" \
			"$PHP" -d extension="$so" "$here/$1" "${@:2}" >"$tmp/$name.out" 2>&1 &
		master=$!
		;;
	swoole) # the peer: plain php with swoole.so, no wserver
		WSERVER_BENCH_PORT=$port WSERVER_BENCH_DIR=$tmp taskset -c "$SERVER_CPU" \
			"$PHP" -d extension="$swoole_so" "$here/$1" >"$tmp/$name.out" 2>&1 &
		master=$!
		;;
	esac
	pids+=("$master")
	wait_port "$port" || { echo "$name did not start:" >&2; cat "$tmp/$name.out" >&2 2>/dev/null; exit 1; }
	w=$master
	if [ "$kind" = swoole ]; then # SWOOLE_BASE, 1 worker: the master is the worker (no child)
		sleep 0.3
		w=$(descendants "$master" | tail -n1)
		w=${w:-$master}
	elif [ "$kind" != limit ]; then # the worker: the newest descendant (master -> [manager ->] worker)
		for ((i = 0; i < 50; i++)); do
			w=$(descendants "$master" | tail -n1)
			[ -n "$w" ] && break
			sleep 0.1
		done
	fi
	PORT[$name]=$port WORKER[$name]=$w TREE[$name]="$master $(descendants "$master" | tr '\n' ' ')"
	STOPSIG[$name]=$([ "$kind" = swoole ] && echo TERM || echo INT) # Swoole ignores SIGINT
	for i in ${TREE[$name]}; do taskset -pc "$SERVER_CPU" "$i" >/dev/null; done
}
stop() { # name
	local m=${TREE[$1]%% *} i
	kill -"${STOPSIG[$1]}" "$m" 2>/dev/null || true
	for ((i = 0; i < 50; i++)); do kill -0 "$m" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$m" 2>/dev/null || true
	wait "$m" 2>/dev/null || true
	forget "$m"
}

declare -A RPS US OTHER STEAL ERR PSS ANON NPROC # name.mode -> space-separated values per round
measure() { # name mode(pipelined|plain|echo|ws) [tag]: one loaded run of SECS, kept as name.(tag or mode)
	local name=$1 mode=$2 port=${PORT[$1]} t0 t1 b0 s0 b1 s1 n lp rc=0 secs=$SECS
	read -r b0 s0 < <(cpu_line)
	t0=$(ticks "${WORKER[$name]}")
	case $mode in
	pipelined) timeout $((secs + 20)) taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNS" -d"${secs}s" -s "$shared/pipeline.lua" "http://127.0.0.1:$port/" -- 16 >"$tmp/load.out" 2>&1 & ;;
	plain) timeout $((secs + 20)) taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNS" -d"${secs}s" "http://127.0.0.1:$port/" >"$tmp/load.out" 2>&1 & ;;
	echo) timeout $((secs + 20)) taskset -c "$LOAD_CPU" "$here/bin/echoload" -p "$port" -c "$CONNS" -d "$secs" -s 64 >"$tmp/load.out" 2>&1 & ;;
	ws) timeout $((secs + 20)) taskset -c "$LOAD_CPU" "$here/bin/wsload" -p "$port" -c "$CONNS" -d "$secs" -s 64 >"$tmp/load.out" 2>&1 & ;;
	esac
	lp=$!
	pids+=("$lp")
	if [ "${PERF_ON:-}" ]; then
		timeout $((secs + 20)) perf record -q -e cpu-clock -p "${WORKER[$name]}" -o "$OUT/perf-$name.data" -- sleep "$((secs - 1))" >/dev/null 2>&1 || true
	fi
	wait "$lp" || rc=$?
	forget "$lp"
	t1=$(ticks "${WORKER[$name]}")
	read -r b1 s1 < <(cpu_line)
	((rc == 0)) || { echo "load on $name ($mode) failed, exit $rc:" >&2; cat "$tmp/load.out" >&2; exit 1; }
	n=$(awk '/requests in/ {print $1}' "$tmp/load.out")
	[ -n "$n" ] && ((n > 0)) || { echo "no requests counted for $name ($mode):" >&2; cat "$tmp/load.out" >&2; exit 1; }
	local k="$name.${3:-$mode}"
	RPS[$k]+="$(awk '/^Requests\/sec:/ {print $2}' "$tmp/load.out") "
	US[$k]+="$(awk -v d=$((t1 - t0)) -v t="$TICK" -v n="$n" 'BEGIN {printf "%.3f", d / t / n * 1e6}') "
	OTHER[$k]+="$(awk -v b=$((b1 - b0)) -v d=$((t1 - t0)) -v s="$secs" -v t="$TICK" 'BEGIN {o = (b - d) / t / s * 100; printf "%.0f", o < 0 ? 0 : o}') "
	STEAL[$k]+="$(awk -v d=$((s1 - s0)) -v s="$secs" -v t="$TICK" 'BEGIN {printf "%.0f", d / t / s * 100}') "
	ERR[$k]+="$(awk '/^Errors:/ {e += $2} /Socket errors|Non-2xx/ {e += 1} END {print e + 0}' "$tmp/load.out") "
	printf '  %-14s %-9s %12.0f /s %8s us/req  other %3s%%  steal %2s%%\n' "$name" "$mode" \
		"$(awk '/^Requests\/sec:/ {print $2}' "$tmp/load.out")" "$(echo "${US[$k]}" | awk '{print $NF}')" \
		"$(echo "${OTHER[$k]}" | awk '{print $NF}')" "$(echo "${STEAL[$k]}" | awk '{print $NF}')"
}
med() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR == 1 {a = $1} {b = $1} END {print a "-" b}'; }
ratios() { # "a b c" "x y z" -> per-round a/x ...
	awk -v a="$1" -v b="$2" 'BEGIN {n = split(a, x, " "); split(b, y, " "); for (i = 1; i <= n; i++) printf "%.3f ", x[i] / y[i]}'
}
ratio_line() { # label numerator-values denominator-values
	local r
	r=$(ratios "$2" "$3")
	printf '  %-58s %6.3f  (rounds: %s)\n' "$1" "$(echo "$r" | med)" "$r"
	echo "$1|$(echo "$r" | med)|$(echo "$r" | range)" >>"$tmp/ratios"
}

echo "issue 12 bench, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "$ROUNDS rounds x ${SECS}s, $CONNS connections, servers on CPU $SERVER_CPU, load on CPU $LOAD_CPU;" \
	"php $("$PHP" -r 'echo PHP_VERSION;'), kernel $(uname -r), $(nproc) CPUs"
if [ -n "$swoole_so" ]; then
	echo "peer: Swoole $("$PHP" -d extension="$swoole_so" -r 'echo SWOOLE_VERSION;') ($swoole_so), SWOOLE_BASE, 1 worker"
else
	echo "peer: none (no $PEERS/swoole/modules/swoole.so; ../shared/tools/build-peers builds it)"
fi
start limit limit
start nginx nginx
start worker php http_server.php start
start server php http_server_swoole.php
[ -z "$swoole_so" ] || start swoole swoole http_server_swoole_peer.php
start limit_echo limit echo
start worker_echo php echo_server.php start
start server_echo php echo_server_swoole.php
start worker_ws php ws_echo_server.php start
start server_ws php ws_echo_server_swoole.php

for ((r = 1; r <= ROUNDS; r++)); do
	echo "round $r"
	for s in limit nginx worker server $(peer); do measure "$s" pipelined; done
	for s in nginx limit worker server $(peer); do measure "$s" plain; done
	for s in limit_echo worker_echo server_echo; do measure "$s" echo; done
	for s in worker_ws server_ws; do measure "$s" ws; done
done
for s in limit nginx worker server $(peer) limit_echo worker_echo server_echo worker_ws server_ws; do stop "$s"; done

# each HTTP server alone: PSS of its tree after a pipelined run (other php trees would share
# the file-backed pages and lower it), and the profile of that run
echo "alone, pipelined, $([ "$PROFILE" = 1 ] && echo "perf record -e cpu-clock on the worker, ")PSS after"
for s in limit worker server $(peer); do
	case $s in
	limit) start "$s" limit ;;
	worker) start "$s" php http_server.php start ;;
	server) start "$s" php http_server_swoole.php ;;
	swoole) start "$s" swoole http_server_swoole_peer.php ;;
	esac
	PERF_ON=$([ "$PROFILE" = 1 ] && echo 1 || true) measure "$s" pipelined alone
	# shellcheck disable=SC2086
	PSS[$s]=$(smaps Pss ${TREE[$s]}) ANON[$s]=$(smaps Pss_Anon ${TREE[$s]}) NPROC[$s]=$(echo ${TREE[$s]} | wc -w)
	stop "$s"
done

echo
echo "medians over $ROUNDS rounds (req/s; server CPU per request in us; other% on CPU $SERVER_CPU)"
for k in limit.pipelined nginx.pipelined worker.pipelined server.pipelined $(peer | sed 's/$/.pipelined/') nginx.plain \
	limit.plain worker.plain server.plain $(peer | sed 's/$/.plain/') limit_echo.echo worker_echo.echo server_echo.echo worker_ws.ws server_ws.ws; do
	printf '  %-20s %12.0f /s  %7.3f us/req (%s)  other%% %s  steal%% %s  errors %s\n' "$k" \
		"$(echo "${RPS[$k]}" | med)" "$(echo "${US[$k]}" | med)" "$(echo "${US[$k]}" | range)" \
		"$(echo "${OTHER[$k]}" | range)" "$(echo "${STEAL[$k]}" | range)" "$(echo "${ERR[$k]}" | tr ' ' '+' | sed 's/+$//')"
done
echo "ratios (median of the per-round ratios)"
ratio_line "pipelined x16 CPU/req: Worker API / limit" "${US[worker.pipelined]}" "${US[limit.pipelined]}"
ratio_line "pipelined x16 CPU/req: Http\\Server / limit" "${US[server.pipelined]}" "${US[limit.pipelined]}"
# a production C server on the same bench: what a general server costs over the limit
ratio_line "pipelined x16 CPU/req: nginx / limit" "${US[nginx.pipelined]}" "${US[limit.pipelined]}"
ratio_line "pipelined x16 CPU/req: Worker API / nginx" "${US[worker.pipelined]}" "${US[nginx.pipelined]}"
ratio_line "pipelined x16 CPU/req: Http\\Server / Worker API" "${US[server.pipelined]}" "${US[worker.pipelined]}"
ratio_line "pipelined x16 req/s: Worker API / limit" "${RPS[worker.pipelined]}" "${RPS[limit.pipelined]}"
ratio_line "pipelined x16 req/s: Http\\Server / limit" "${RPS[server.pipelined]}" "${RPS[limit.pipelined]}"
ratio_line "plain keep-alive req/s: Worker API / nginx" "${RPS[worker.plain]}" "${RPS[nginx.plain]}"
ratio_line "plain keep-alive req/s: Http\\Server / nginx" "${RPS[server.plain]}" "${RPS[nginx.plain]}"
ratio_line "TCP echo 64 B: Worker API / limit" "${RPS[worker_echo.echo]}" "${RPS[limit_echo.echo]}"
ratio_line "TCP echo 64 B: Server / limit" "${RPS[server_echo.echo]}" "${RPS[limit_echo.echo]}"
ratio_line "WebSocket echo 64 B: Worker / its TCP echo" "${RPS[worker_ws.ws]}" "${RPS[worker_echo.echo]}"
ratio_line "WebSocket echo 64 B: WebSocket\\Server / its TCP echo" "${RPS[server_ws.ws]}" "${RPS[server_echo.echo]}"
ratio_line "plain keep-alive CPU/req: Worker API / nginx" "${US[worker.plain]}" "${US[nginx.plain]}"
ratio_line "plain keep-alive CPU/req: Http\\Server / nginx" "${US[server.plain]}" "${US[nginx.plain]}"
ratio_line "TCP echo 64 B CPU/req: Worker API / limit" "${US[worker_echo.echo]}" "${US[limit_echo.echo]}"
ratio_line "TCP echo 64 B CPU/req: Server / limit" "${US[server_echo.echo]}" "${US[limit_echo.echo]}"
ratio_line "WebSocket echo CPU/req: Worker / its TCP echo" "${US[worker_ws.ws]}" "${US[worker_echo.echo]}"
ratio_line "WebSocket echo CPU/req: WebSocket\\Server / its TCP echo" "${US[server_ws.ws]}" "${US[server_echo.echo]}"
ratio_line "WebSocket echo 64 B: Worker / limit TCP echo" "${RPS[worker_ws.ws]}" "${RPS[limit_echo.echo]}"
ratio_line "WebSocket echo 64 B: WebSocket\\Server / limit TCP echo" "${RPS[server_ws.ws]}" "${RPS[limit_echo.echo]}"
if [ -n "$swoole_so" ]; then
	ratio_line "pipelined x16 CPU/req: Swoole BASE / limit" "${US[swoole.pipelined]}" "${US[limit.pipelined]}"
	ratio_line "pipelined x16 CPU/req: Worker API / Swoole BASE" "${US[worker.pipelined]}" "${US[swoole.pipelined]}"
	ratio_line "pipelined x16 CPU/req: Http\\Server / Swoole BASE" "${US[server.pipelined]}" "${US[swoole.pipelined]}"
	ratio_line "pipelined x16 req/s: Http\\Server / Swoole BASE" "${RPS[server.pipelined]}" "${RPS[swoole.pipelined]}"
	ratio_line "plain keep-alive req/s: Swoole BASE / nginx" "${RPS[swoole.plain]}" "${RPS[nginx.plain]}"
	ratio_line "plain keep-alive req/s: Http\\Server / Swoole BASE" "${RPS[server.plain]}" "${RPS[swoole.plain]}"
	ratio_line "plain keep-alive CPU/req: Http\\Server / Swoole BASE" "${US[server.plain]}" "${US[swoole.plain]}"
	ratio_line "PSS after pipelined: Worker API tree / Swoole BASE tree" "${PSS[worker]}" "${PSS[swoole]}"
	ratio_line "PSS after pipelined: Http\\Server tree / Swoole BASE tree" "${PSS[server]}" "${PSS[swoole]}"
	# the anonymous part: file-backed pages (php, libs) count less when other php processes run
	ratio_line "PSS anon after pipelined: Worker API / Swoole BASE" "${ANON[worker]}" "${ANON[swoole]}"
fi
echo "PSS after a pipelined run, alone (kB): Worker API tree ${PSS[worker]} (anon ${ANON[worker]}," \
	"${NPROC[worker]} processes), Http\\Server tree ${PSS[server]} (anon ${ANON[server]}, ${NPROC[server]} processes)," \
	"limit ${PSS[limit]}"
[ -z "$swoole_so" ] || echo "  Swoole BASE tree ${PSS[swoole]} (anon ${ANON[swoole]}, ${NPROC[swoole]} processes)"
errs=$(printf '%s ' "${ERR[@]}" | tr ' ' '\n' | awk '{e += $1} END {print e + 0}')
((errs == 0)) || echo "WARNING: $errs load errors" >&2

if [ "$PROFILE" = 1 ]; then
	echo
	echo "where the time goes (perf record -e cpu-clock of the worker, pipelined x16; % of its samples)"
	nm -l --defined-only "$so" | awk 'NF >= 4 {print $3, $4}' >"$OUT/wserver.syms"
	for s in limit worker server $(peer); do
		f="$OUT/perf-$s.data"
		[ -s "$f" ] || { echo "  $s: no profile (perf failed?)"; continue; }
		perf report -i "$f" --no-children --sort dso,sym --stdio 2>/dev/null | grep -E '^ +[0-9.]+%' >"$OUT/perf-$s.txt" || true
		echo "  $s: $(awk '{n++} END {print n + 0}' "$OUT/perf-$s.txt") symbols; by group:"
		"$here/perf_groups.awk" "$OUT/wserver.syms" "$OUT/perf-$s.txt" | sed 's/^/    /'
		echo "    top 12:"
		head -n 12 "$OUT/perf-$s.txt" | sed 's/^ */      /'
	done
fi
