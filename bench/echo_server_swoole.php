<?php
// TCP echo with one worker, the Swoole API (WServer\Server, 'Receive'), for bench/issue12.sh.
$port = (int) getenv('WSERVER_BENCH_PORT');
$dir = getenv('WSERVER_BENCH_DIR') ?: sys_get_temp_dir();
$server = new WServer\Server('127.0.0.1', $port);
WServer\Worker::$statusFile = "$dir/echo_swoole.status"; // not next to this script
$server->set(['worker_num' => 1, 'pid_file' => "$dir/echo_swoole.pid", 'log_file' => "$dir/echo_swoole.log"]);
$server->on('Receive', function ($server, $fd, $reactorId, $data) {
    $server->send($fd, $data);
});
$server->start();
