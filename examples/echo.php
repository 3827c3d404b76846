<?php
/*
 * TCP echo server: every line a client sends comes back prefixed with the worker's id.
 * 4 worker processes share the port; try it with `nc 127.0.0.1 8480` or `telnet`.
 *
 *   php -d extension=modules/wserver.so examples/echo.php start      # Ctrl+C stops
 *   php -d extension=modules/wserver.so examples/echo.php start -d   # as a daemon
 *   php -d extension=modules/wserver.so examples/echo.php stop
 */
use WServer\Connection\TcpConnection;
use WServer\Worker;

$port = getenv('ECHO_PORT') ?: 8480;
$worker = new Worker("text://127.0.0.1:$port");
$worker->name = 'echo';
$worker->count = 4;
$worker->onWorkerStart = function (Worker $w) {
    Worker::log("echo worker {$w->id} ready");
};
$worker->onMessage = function (TcpConnection $c, string $line) {
    $c->send("worker {$c->worker->id}: $line");
};

Worker::runAll();
