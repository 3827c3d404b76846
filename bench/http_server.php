<?php
/* "Hello, World!" over http:// with one worker, for bench/http.sh.
 *   WSERVER_BENCH_PORT=9080 WSERVER_BENCH_DIR=/tmp/x php -d extension=... bench/http_server.php start */
$port = (int) (getenv('WSERVER_BENCH_PORT') ?: 9080);
$dir = getenv('WSERVER_BENCH_DIR') ?: "/tmp/wserver-bench-$port";
@mkdir($dir, 0777, true);
WServer\Worker::$pidFile = "$dir/http.pid";
WServer\Worker::$statusFile = "$dir/http.status"; // not next to this script
WServer\Worker::$logFile = "$dir/http.log";
$w = new WServer\Worker("http://127.0.0.1:$port");
$w->count = 1;
// bench/ircount.sh: time for the worker's callgrind dump at stop
WServer\Worker::$stopTimeout = (int) (getenv('WSERVER_BENCH_STOP_TIMEOUT') ?: 2);
$w->onMessage = fn ($c, $req) => $c->send('Hello, World!');
WServer\Worker::runAll();
