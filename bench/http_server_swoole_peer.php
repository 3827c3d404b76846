<?php
// Real Swoole, the peer that ../shared/tools/build-peers builds, for bench/issue12.sh (PEERS=...):
// Swoole\Http\Server in SWOOLE_BASE mode, 1 worker, the same "Hello, World!" as
// http_server_swoole.php. Run with `php -d extension=PEERS/swoole/modules/swoole.so`, wserver not
// loaded. With 1 worker, no task workers and no max_request, BASE mode runs in one process.
$port = (int) getenv('WSERVER_BENCH_PORT');
$dir = getenv('WSERVER_BENCH_DIR') ?: sys_get_temp_dir();
$http = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
$http->set(['worker_num' => 1, 'pid_file' => "$dir/swoole-peer.pid", 'log_file' => "$dir/swoole-peer.log"]);
$http->on('Request', function ($request, $response) {
    $response->end('Hello, World!');
});
$http->start();
