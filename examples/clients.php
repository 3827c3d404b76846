<?php
/*
 * Clients inside a server. A tiny key-value store listens on 8492; the front worker on 8491
 * answers each line by asking the store with a Coroutine\Client (other requests go on while
 * it waits), and a ticker keeps an AsyncTcpConnection to the store that reconnects when the
 * store goes away.
 *
 *   php -d extension=modules/wserver.so examples/clients.php start
 *   printf 'SET a 1\nGET a\n' | nc -q1 127.0.0.1 8491
 */
use WServer\Connection\AsyncTcpConnection;
use WServer\Coroutine\Client;
use WServer\Timer;
use WServer\Worker;

$store = new Worker('text://127.0.0.1:8492');
$store->name = 'store';
$data = [];
$store->onMessage = function ($c, string $line) use (&$data) {
    [$cmd, $key, $value] = explode(' ', $line, 3) + ['', '', ''];
    if ($cmd === 'SET') {
        $data[$key] = $value;
        $c->send('OK');
    } else {
        $c->send($data[$key] ?? '(nil)');
    }
};

$front = new Worker('text://127.0.0.1:8491');
$front->name = 'front';
$front->onMessage = function ($c, string $line) {
    $store = new Client(WSERVER_SOCK_TCP);
    if (!$store->connect('127.0.0.1', 8492, 1.0)) {
        $c->send("store unreachable: {$store->errMsg}");
        return;
    }
    $store->send("$line\n");
    $reply = $store->recv(2.0);
    $c->send($reply === false ? "store timed out: {$store->errMsg}" : rtrim($reply));
};
$front->onWorkerStart = function () {
    $ticker = new AsyncTcpConnection('text://127.0.0.1:8492');
    $ticker->onConnect = fn ($t) => Worker::log('ticker connected');
    $ticker->onMessage = fn ($t, $reply) => Worker::log("ticks so far: $reply");
    $ticker->onClose = fn ($t) => $t->reconnect(1);     // the store restarts: try again in 1 s
    $ticker->connect();
    Timer::add(5, function () use ($ticker) {
        $ticker->send('GET ticks');
    });
};

Worker::runAll();
