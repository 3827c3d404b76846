<?php
/* Static files from a document root with one worker, for bench/static.sh: the Worker API
 * ($staticHandler) or, with "swoole" as the argument, the Swoole API (set()'s static handler).
 *   WSERVER_BENCH_PORT=9080 WSERVER_BENCH_DIR=/tmp/x WSERVER_BENCH_ROOT=/srv php -d extension=... bench/static_server.php [swoole] */
$port = (int) (getenv('WSERVER_BENCH_PORT') ?: 9080);
$dir = getenv('WSERVER_BENCH_DIR') ?: "/tmp/wserver-bench-$port";
$root = getenv('WSERVER_BENCH_ROOT') ?: $dir;
if (($argv[1] ?? '') === 'swoole') {
    $http = new WServer\Http\Server('127.0.0.1', $port);
    WServer\Worker::$statusFile = "$dir/swoole.status"; // not next to this script
    $http->set(['worker_num' => 1, 'pid_file' => "$dir/swoole.pid", 'log_file' => "$dir/swoole.log",
        'document_root' => $root, 'enable_static_handler' => true]);
    $http->on('Request', fn ($req, $resp) => $resp->end('not a file'));
    $http->start();
    exit;
}
WServer\Worker::$command = 'start';
WServer\Worker::$pidFile = "$dir/static.pid";
WServer\Worker::$statusFile = "$dir/static.status"; // not next to this script
WServer\Worker::$logFile = "$dir/static.log";
$w = new WServer\Worker("http://127.0.0.1:$port");
$w->count = 1;
$w->staticHandler = ['document_root' => $root];
$w->onMessage = fn ($c, $req) => $c->send('not a file');
WServer\Worker::runAll();
