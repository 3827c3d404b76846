<?php
// Issue 14's bench app: 1 worker, each HTTP request does one Redis GET through phpredis (a
// pooled connection). WSERVER_BENCH_HOOKS=1 turns the Runtime hooks on; REDIS_PORT says where
// Redis (or the delay proxy in front of it) listens.
$dir = getenv('WSERVER_BENCH_DIR') ?: sys_get_temp_dir();
if (getenv('WSERVER_BENCH_HOOKS')) {
    WServer\Runtime::enableCoroutine();
}
WServer\Worker::$pidFile = "$dir/hooks.pid";
WServer\Worker::$statusFile = "$dir/hooks.status"; // not next to this script
WServer\Worker::$logFile = "$dir/hooks.log";
$w = new WServer\Worker('http://127.0.0.1:' . getenv('WSERVER_BENCH_PORT'));
$w->count = 1;
$pool = null;
$w->onWorkerStart = function () use (&$pool) {
    $pool = new WServer\Coroutine\ConnectionPool(function () {
        $r = new Redis();
        $r->connect('127.0.0.1', (int) getenv('REDIS_PORT'));
        return $r;
    }, 64);
};
$w->onMessage = function ($c, $req) use (&$pool) {
    $r = $pool->get();
    $v = $r->get('bench');
    $pool->put($r);
    $c->send((string) $v);
};
WServer\Worker::runAll();
