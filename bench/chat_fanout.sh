#!/bin/bash
# examples/chat's speed (figures in examples/chat/README.md):
#  1. fan-out on one node: one message at a time to RECEIVERS (10 000) WebSocket clients of
#     node1, the next said once every client got the one before: frames/s and latency; with
#     pushMany() (server.php as it is), then with a push() per member (CHAT_PUSH_LOOP=1);
#     then the ceiling of any fan-out that writes each connection with a system call of its
#     own (bench/fanout_limit.c, plain C, same run);
#  2. across nodes: 100 receivers on node2, the sender on node1, 64 messages in flight: messages/s
#     end to end through Redis and latency.
# Usage: bench/chat_fanout.sh [RECEIVERS]   (needs redis-server, haproxy, php8.2-redis)
set -eu
cd "$(dirname "$0")/.."
n=${1:-10000}
mkdir -p bench/bin
gcc -O2 -o bench/bin/chatload bench/chatload.c
gcc -O2 -o bench/bin/fanout_limit bench/fanout_limit.c
export CLUSTER_DIR=${CLUSTER_DIR:-/tmp/wserver-chat-bench} CHAT_NODES=2 CHAT_TIMING=1
[ "$(ulimit -n)" -ge $((n + 2000)) ] || ulimit -n $((n + 2000)) 2>/dev/null || ulimit -n "$(ulimit -Hn)"
examples/chat/cluster/cluster down >/dev/null 2>&1 || true
rm -f "$CLUSTER_DIR"/chat-node*.log
out=$(examples/chat/cluster/cluster up)
trap 'examples/chat/cluster/cluster down >/dev/null 2>&1' EXIT
node1=$(echo "$out" | awk '$1 == "node1" { sub("http://", "", $2); print $2 }')
node2=$(echo "$out" | awk '$1 == "node2" { sub("http://", "", $2); print $2 }')
room=b$$
# fanout LABEL: part 1 on node1 as it runs now (a room of its own each time)
fanout() {
	: >"$CLUSTER_DIR/chat-node1.log"
	echo "== fan-out on one node ($1): $n receivers, 10 messages one after the other"
	timeout 300 bench/bin/chatload -r "$node1" -s "$node1" -c "$n" -m 10 -a -R "${room}$2"
	# the node's own view (CHAT_TIMING): CPU the worker spent per frame, from the first fan-out
	# to the last (the push loops and the writes between them), and the push loop's wall and
	# CPU time (the fan-out itself: a push per member or one pushMany)
	grep 'frames pushed' "$CLUSTER_DIR/chat-node1.log" | awk '
		{ for (i = 1; i <= NF; i++) { if ($(i + 1) == "frames" && $(i + 2) == "pushed") n = $i; if ($i == "so" && $(i + 1) == "far") cpu = $(i + 2); if ($(i + 1) == "ms" && $(i + 2) == "of" && $(i + 3) == "CPU),") c = substr($i, 2) }
		  if (!first) { first = cpu; } else { frames += n; loopcpu += c }; last = cpu; sub(/^.*pushed in /, ""); sub(/ ms.*/, ""); wall[++k] = $0 }
		END { if (k > 1 && last > first) printf "node1: %.0f frames per CPU second of the worker (%d fan-outs), %.0f frames per CPU second of the push loop alone, push loop %.1f ms of wall time for the median fan-out\n", frames / ((last - first) / 1e6), k, frames / (loopcpu / 1e3), wall[int((k + 1) / 2)] }'
}
fanout "pushMany" a
# the ceiling in the same run: plain C writing one frame to each of as many loopback connections
# (the fds of a client and a server side each: at most half the descriptor limit)
echo "== the ceiling: bench/fanout_limit.c"
bench/bin/fanout_limit "$(( n < $(ulimit -n) / 2 - 64 ? n : $(ulimit -n) / 2 - 64 ))" 20
# the same with a push() call per member, for the ratio (CHAT_PUSH_LOOP: server.php's old loop)
CHAT_PUSH_LOOP=1 examples/chat/cluster/cluster restart 1 >/dev/null
fanout "push() per member" c
examples/chat/cluster/cluster restart 1 >/dev/null
echo "== across nodes through Redis: 100 receivers on node2, sender on node1, 64 in flight, 10 s"
timeout 120 bench/bin/chatload -r "$node2" -s "$node1" -c 100 -m 1000000 -w 64 -d 10 -R "${room}b"
