<?php
// WebSocket echo with one worker, the Swoole API (WServer\WebSocket\Server), for bench/issue12.sh
// and bench/ws_compress.sh (WSERVER_BENCH_COMPRESS=1: websocket_compression).
$port = (int) getenv('WSERVER_BENCH_PORT');
$dir = getenv('WSERVER_BENCH_DIR') ?: sys_get_temp_dir();
$ws = new WServer\WebSocket\Server('127.0.0.1', $port);
WServer\Worker::$statusFile = "$dir/ws_swoole.status"; // not next to this script
$ws->set(['worker_num' => 1, 'pid_file' => "$dir/ws_swoole.pid", 'log_file' => "$dir/ws_swoole.log",
    'websocket_compression' => (bool) getenv('WSERVER_BENCH_COMPRESS')]);
$ws->on('Message', function ($server, $frame) {
    $server->push($frame->fd, $frame->data);
});
$ws->start();
