<?php
// The Swoole-API hello for bench/http.sh: WServer\Http\Server, 1 worker.
$port = (int) getenv('WSERVER_BENCH_PORT');
$dir = getenv('WSERVER_BENCH_DIR') ?: sys_get_temp_dir();
$http = new WServer\Http\Server('127.0.0.1', $port);
WServer\Worker::$statusFile = "$dir/swoole.status"; // not next to this script
$http->set(['worker_num' => 1, 'pid_file' => "$dir/swoole.pid", 'log_file' => "$dir/swoole.log",
    'max_wait_time' => (int) (getenv('WSERVER_BENCH_STOP_TIMEOUT') ?: 3)]); // ircount.sh: time to dump
$http->on('Request', function ($request, $response) {
    $response->end('Hello, World!');
});
$http->start();
