<?php
/* A 10 KB JSON reply, gzip'd by the server, for bench/compress.sh: the Worker API with
 * Http::compression(), or the Swoole API (Http\Server, compression on by default).
 *   WSERVER_BENCH_PORT=9080 WSERVER_BENCH_DIR=/tmp/x WSERVER_BENCH_JSON=file \
 *   WSERVER_BENCH_API=worker|swoole WSERVER_BENCH_LEVEL=1 php -d extension=... bench/compress_server.php start */
$port = (int) (getenv('WSERVER_BENCH_PORT') ?: 9080);
$dir = getenv('WSERVER_BENCH_DIR') ?: "/tmp/wserver-bench-$port";
$json = file_get_contents(getenv('WSERVER_BENCH_JSON'));
$level = (int) (getenv('WSERVER_BENCH_LEVEL') ?: 1);
@mkdir($dir, 0777, true);
if (getenv('WSERVER_BENCH_API') === 'swoole') {
    $s = new WServer\Http\Server('127.0.0.1', $port);
    WServer\Worker::$statusFile = "$dir/compress.status"; // not next to this script
    $s->set(['worker_num' => 1, 'http_compression_level' => $level, 'pid_file' => "$dir/compress.pid",
        'log_file' => "$dir/compress.log"]);
    $s->on('request', function ($req, $resp) use ($json) {
        $resp->header('Content-Type', 'application/json');
        $resp->end($json);
    });
    $s->start();
    return;
}
WServer\Worker::$pidFile = "$dir/compress.pid";
WServer\Worker::$statusFile = "$dir/compress.status"; // not next to this script
WServer\Worker::$logFile = "$dir/compress.log";
WServer\Protocols\Http::compression(true, $level);
$reply = new WServer\Protocols\Http\Response(200, ['Content-Type' => 'application/json'], $json);
$w = new WServer\Worker("http://127.0.0.1:$port");
$w->count = 1;
$w->onMessage = fn ($c, $req) => $c->send($reply);
WServer\Worker::runAll();
