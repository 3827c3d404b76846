#!/usr/bin/env bash
# A 1 GB upload (curl -F, then --data-binary) through one worker that spools it to disk: the
# worker's peak RSS growth, the md5 of the stored file, and how many requests a second client
# got answered meanwhile. Usage: scripts/build && bench/upload.sh [size_mb=1024]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1024}
port=${PORT:-8099}
work=$(mktemp -d)
trap 'kill "$(cat "$work/upload.pid" 2>/dev/null)" 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT
PORT=$port UPLOAD_DIR=$work php -d extension="$(pwd)/modules/wserver.so" bench/upload_server.php start -d >/dev/null
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/ping" >/dev/null && break; sleep 0.1; done
head -c "${mb}M" /dev/urandom >"$work/big.bin"
want=$(md5sum "$work/big.bin" | cut -d' ' -f1)
for how in multipart raw; do
	read -r rss0 hwm0 < <(curl -s "http://127.0.0.1:$port/rss"; echo)
	if [ $how = multipart ]; then args=(-F "f=@$work/big.bin"); else args=(-T "$work/big.bin" -X POST -H 'Content-Type: application/octet-stream'); fi
	start=$(date +%s.%N)
	curl -sS --max-time 600 "${args[@]}" "http://127.0.0.1:$port/up" >"$work/reply" &
	up=$!
	pings=0
	while kill -0 $up 2>/dev/null; do
		[ "$(curl -s --max-time 2 "http://127.0.0.1:$port/ping")" = pong ] && pings=$((pings + 1))
		sleep 0.05
	done
	wait $up
	secs=$(echo "$(date +%s.%N) - $start" | bc)
	php -r '
		[$how, $mb, $want, $rss0, $hwm0, $pings, $secs, $reply] = array_slice($argv, 1);
		$r = json_decode(file_get_contents($reply), true) ?? exit("bad reply\n");
		printf("%-9s %d MB in %.1f s: md5 %s, worker VmRSS before %d kB, VmHWM after %d kB: +%.1f MB (goal < 16 MB); %d pings answered meanwhile\n",
			$how, $mb, $secs, $r["md5"] === $want ? "same" : "DIFFERS", $rss0, $r["hwm"], ($r["hwm"] - $rss0) / 1024, $pings);
	' $how "$mb" "$want" "$rss0" "$hwm0" "$pings" "$secs" "$work/reply"
done
echo "temp files left: $(find "$work" -name 'wserver-upload-*' | wc -l)"
