<?php
// A TCP proxy that holds every chunk 1 ms (DELAY_MS) each way: injected network latency in
// front of Redis for bench/hooks.sh. Its own process, on its own CPU.
$dir = getenv('WSERVER_BENCH_DIR') ?: sys_get_temp_dir();
$delay = (float) (getenv('DELAY_MS') ?: 1) / 1000;
$target = 'tcp://127.0.0.1:' . getenv('TARGET_PORT');
WServer\Worker::$pidFile = "$dir/proxy.pid";
WServer\Worker::$statusFile = "$dir/proxy.status"; // not next to this script
WServer\Worker::$logFile = "$dir/proxy.log";
$w = new WServer\Worker('tcp://127.0.0.1:' . getenv('PROXY_PORT'));
$w->onConnect = function ($client) use ($target, $delay) {
    $up = new WServer\Connection\AsyncTcpConnection($target);
    $client->up = $up;
    $up->onMessage = function ($up, $data) use ($client, $delay) {
        WServer\Timer::add($delay, fn () => $client->send($data), [], false);
    };
    $up->onClose = fn () => $client->close();
    $up->connect();
};
$w->onMessage = function ($client, $data) use ($delay) {
    WServer\Timer::add($delay, fn () => $client->up->send($data), [], false);
};
$w->onClose = fn ($client) => isset($client->up) && $client->up->close();
WServer\Worker::runAll();
