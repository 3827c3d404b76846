<?php
/* "Hello, World!" over https:// with one worker, for bench/tls.sh.
 *   WSERVER_BENCH_PORT=9443 WSERVER_BENCH_DIR=/tmp/x WSERVER_BENCH_CERT=c.pem WSERVER_BENCH_KEY=k.pem
 *   WSERVER_BENCH_CIPHERS=... php -d extension=... bench/tls_server.php start */
$port = (int) (getenv('WSERVER_BENCH_PORT') ?: 9443);
$dir = getenv('WSERVER_BENCH_DIR') ?: "/tmp/wserver-bench-$port";
@mkdir($dir, 0777, true);
WServer\Worker::$pidFile = "$dir/tls.pid";
WServer\Worker::$statusFile = "$dir/tls.status"; // not next to this script
WServer\Worker::$logFile = "$dir/tls.log";
$w = new WServer\Worker("http://127.0.0.1:$port", ['ssl' => [
    'local_cert' => getenv('WSERVER_BENCH_CERT'),
    'local_pk' => getenv('WSERVER_BENCH_KEY'),
    'ciphers' => getenv('WSERVER_BENCH_CIPHERS') ?: null,
]]);
$w->transport = 'ssl';
$w->count = 1;
$w->onMessage = fn ($c, $req) => $c->send('Hello, World!');
WServer\Worker::runAll();
