<?php
/* WebSocket echo with one worker, the Worker API (websocket://), for bench/issue12.sh and
 * bench/ws_compress.sh (WSERVER_BENCH_COMPRESS=1: permessage-deflate for clients that offer it).
 *   WSERVER_BENCH_PORT=9000 WSERVER_BENCH_DIR=/tmp/x php -d extension=... bench/ws_echo_server.php start */
$port = (int) (getenv('WSERVER_BENCH_PORT') ?: 9000);
$dir = getenv('WSERVER_BENCH_DIR') ?: "/tmp/wserver-bench-$port";
@mkdir($dir, 0777, true);
WServer\Worker::$pidFile = "$dir/ws.pid";
WServer\Worker::$statusFile = "$dir/ws.status"; // not next to this script
WServer\Worker::$logFile = "$dir/ws.log";
$w = new WServer\Worker("websocket://127.0.0.1:$port");
$w->count = 1;
$w->websocketCompression = (bool) getenv('WSERVER_BENCH_COMPRESS');
$w->onMessage = fn ($c, $data) => $c->send($data);
WServer\Worker::runAll();
