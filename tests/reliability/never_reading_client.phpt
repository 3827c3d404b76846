--TEST--
Reliability: a client that never reads: onBufferFull once, every send past maxSendBufferSize refused with onError, the queue and PHP memory stay bounded, the connection stays open
--EXTENSIONS--
wserver
pcntl
posix
sockets
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("tcp://127.0.0.1:$port");
    $st = ['full' => 0, 'errors' => 0, 'error' => '', 'refused' => 0, 'max_queue' => 0];
    $w->onConnect = function ($c) use (&$st, $dir) {
        $c->maxSendBufferSize = 256 * 1024;
        $chunk = str_repeat('x', 64 * 1024);
        $before = memory_get_usage();
        $sends = 0;
        // 300 sends of 64 KB (19 MB) to a client that reads nothing, 10 per loop round
        $timer = WServer\Timer::add(0.001, function () use ($c, $chunk, $before, $dir, &$st, &$sends, &$timer) {
            for ($k = 0; $k < 10 && $sends < 300; $k++, $sends++) {
                $st['refused'] += $c->send($chunk) === false ? 1 : 0;
                $st['max_queue'] = max($st['max_queue'], $c->getSendBufferQueueSize());
            }
            if ($sends === 300) {
                WServer\Timer::del($timer);
                $st['php_growth'] = memory_get_usage() - $before;
                $st['open'] = $c->getStatus() === WServer\Connection\TcpConnection::STATUS_ESTABLISHED;
                file_put_contents("$dir/report", json_encode($st));
            }
        });
    };
    $w->onBufferFull = function ($c) use (&$st) { $st['full']++; };
    $w->onError = function ($c, $code, $msg) use (&$st) { $st['errors']++; $st['error'] = "$code $msg"; };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 4096);
    socket_connect($s, '127.0.0.1', $port);
    wserver_test_wait(fn () => file_exists("$dir/report"), 30);
    $r = json_decode((string) @file_get_contents("$dir/report"), true);
    if (!$r) {
        echo "no report\n";
        return;
    }
    echo "onBufferFull: {$r['full']}\n";
    echo 'sends refused: ', $r['refused'] > 200 ? 'most' : $r['refused'], "\n";
    echo 'onError for each: ', $r['errors'] === $r['refused'] ? 'yes' : "no ({$r['errors']})", " ({$r['error']})\n";
    echo 'queue within maxSendBufferSize + one message: ', $r['max_queue'] <= 256 * 1024 + 64 * 1024 ? 'yes' : "no ({$r['max_queue']})", "\n";
    echo 'PHP memory growth under 1 MB: ', $r['php_growth'] < (1 << 20) ? 'yes' : "no ({$r['php_growth']})", "\n";
    echo 'connection open: ', $r['open'] ? 'yes' : 'no', "\n";
    socket_close($s);
});
?>
--EXPECT--
onBufferFull: 1
sends refused: most
onError for each: yes (2 send buffer full and drop package)
queue within maxSendBufferSize + one message: yes
PHP memory growth under 1 MB: yes
connection open: yes
