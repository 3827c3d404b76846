--TEST--
AsyncTcpConnection: maxSendBufferSize set before connect() holds; a slow server fills the send queue (onBufferFull, send() refused) and draining it fires onBufferDrain
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Connection\AsyncTcpConnection;
use WServer\Coroutine\Channel;

$slow = wserver_test_free_port();
$port = wserver_test_free_port();
wserver_test_run(function (int $port) use ($slow) {
    // reads nothing for 0.5 s, then counts bytes and answers once 16 MB are in
    $srv = new WServer\Worker("tcp://127.0.0.1:$slow");
    $srv->onConnect = function ($c) {
        $c->pauseRecv();
        WServer\Timer::add(0.5, fn () => $c->resumeRecv(), [], false);
    };
    $srv->onMessage = function ($c, $d) {
        $c->n = ($c->n ?? 0) + strlen($d);
        if ($c->n >= 16 * 1024 * 1024) {
            $c->send("got {$c->n}");
        }
    };
    $app = new WServer\Worker("text://127.0.0.1:$port");
    $app->onMessage = function ($c, string $line) use ($slow) {
        $log = [];   // the first time each event happens, in order
        $done = new Channel(1);
        $a = new AsyncTcpConnection("tcp://127.0.0.1:$slow");
        $a->maxSendBufferSize = 256 * 1024;
        $a->onBufferFull = function ($a) use (&$log) { $log['full'] ??= 'full, limit ' . $a->maxSendBufferSize; };
        $a->onBufferDrain = function () use (&$log) { $log['drain'] ??= 'drain'; };
        $a->onError = function ($a, $code) use (&$log) { $log["e$code"] ??= $code === AsyncTcpConnection::SEND_FAIL ? 'SEND_FAIL' : "error $code"; };
        $a->onMessage = function ($a, $d) use (&$log, $done) { $log[] = $d; $done->push(1); };
        $a->onConnect = function ($a) use (&$log) {
            $chunk = str_repeat('x', 64 * 1024);
            $sent = 0;
            $refused = 0;
            while ($sent < 16 * 1024 * 1024) {
                if ($a->send($chunk) === false) {
                    $refused++;
                    WServer\Coroutine::sleep(0.05);   // wait for the queue to drain
                    continue;
                }
                $sent += strlen($chunk);
            }
            $log[] = 'sent 16 MB, refused while full: ' . ($refused > 0 ? 'yes' : 'no');
        };
        $a->connect();
        $done->pop(10);
        $c->send(implode(' | ', $log));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "go\n");
    echo wserver_test_line($c, 15);
}, ['port' => $port, 'wait' => fn () => wserver_test_listening($port) && wserver_test_listening($slow)]);
?>
--EXPECT--
full, limit 262144 | SEND_FAIL | drain | sent 16 MB, refused while full: yes | got 16777216
