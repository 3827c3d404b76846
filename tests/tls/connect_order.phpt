--TEST--
TLS: when onConnect runs, as each API does it. Workerman's Worker ($transport = 'ssl'): at accept, before the handshake, what it sends is written once the handshake is done, and a failed handshake ends in onClose; AsyncTcpConnection ssl://: once the TCP connect is done, before the handshake. Swoole's Server (WSERVER_SSL): once the handshake is done, and a failed one is never seen. Told by events (a client that has not started TLS yet), real PHP TLS clients and server
--EXTENSIONS--
wserver
pcntl
posix
openssl
--SKIPIF--
<?php require __DIR__ . '/../include/tls.inc'; wserver_tls_skip(); ?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/tls.inc';
$dir0 = wserver_test_dir();
[$cert, $key] = wserver_tls_cert($dir0);

/* One client's view: a TCP client that does not start TLS yet, one that speaks no TLS at all,
 * then a TLS client that asks the server which events it saw; then the first starts TLS. */
$clients = function (int $port) use ($cert) {
    $tls = fn ($c) => stream_context_set_option($c, ['ssl' => ['cafile' => $cert, 'peer_name' => 'localhost']])
        && stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_CLIENT);
    $waiting = wserver_test_connect($port);
    $bad = wserver_test_connect($port);
    fwrite($bad, "no TLS here\r\n\r\n");
    echo 'no TLS: ', wserver_test_closed($bad) ? 'closed' : 'open', "\n";
    $ask = wserver_test_connect($port);
    $tls($ask);
    echo 'asking: ', trim(wserver_test_line($ask)), "\n";
    fwrite($ask, "events\n");
    echo 'events: ', trim(wserver_test_line($ask)), "\n";
    $tls($waiting);
    echo 'late TLS: ', trim(wserver_test_line($waiting)), "\n";
    fwrite($ask, "events\n");
    echo 'events: ', trim(wserver_test_line($ask)), "\n";
};

echo "-- Worker\n";
$upstream = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
    stream_context_create(['ssl' => ['local_cert' => $cert, 'local_pk' => $key]]));
$upPort = (int) substr(strrchr(stream_socket_get_name($upstream, false), ':'), 1);
wserver_test_run(function (int $port, string $dir) use ($cert, $key, $upPort) {
    $w = new WServer\Worker("text://127.0.0.1:$port", ['ssl' => ['local_cert' => $cert, 'local_pk' => $key]]);
    $w->transport = 'ssl';
    $events = [];
    $n = 0;
    $w->onConnect = function ($c) use (&$events, &$n) {
        $c->n = ++$n;
        $events[] = "connect $c->n " . $c->getStatus(false);
        $c->send("hello $c->n");
    };
    $w->onMessage = function ($c, $data) use (&$events) {
        $c->send(implode(', ', $events));
    };
    $w->onClose = function ($c) use (&$events) {
        $events[] = "close $c->n";
    };
    $w->onWorkerStart = function () use ($cert, $upPort, $dir) {
        $a = new WServer\Connection\AsyncTcpConnection("ssl://localhost:$upPort", ['ssl' => ['cafile' => $cert]]);
        $a->onConnect = function ($a) use ($dir) {
            file_put_contents("$dir/async-connected", 'yes');
            $a->send("sent from onConnect\n");
        };
        $a->onMessage = fn ($a, $data) => file_put_contents("$dir/async-got", $data);
        $a->connect();
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) use ($clients, $upstream) {
    $clients($port);
    // the upstream accepts and speaks no TLS until the client's onConnect has run
    $peer = stream_socket_accept($upstream, 10);
    echo 'AsyncTcpConnection onConnect before the handshake: ',
        wserver_test_wait(fn () => is_file("$dir/async-connected"), 10) ? 'yes' : 'no', "\n";
    stream_set_blocking($peer, true);
    stream_set_timeout($peer, 10);
    var_dump(stream_socket_enable_crypto($peer, true, STREAM_CRYPTO_METHOD_TLS_SERVER));
    echo 'upstream got: ', fgets($peer);
    fwrite($peer, "reply\n");
    wserver_test_wait(fn () => is_file("$dir/async-got"), 10);
    echo 'client got: ', @file_get_contents("$dir/async-got");
    fclose($peer);
});
fclose($upstream);

echo "-- Server\n";
wserver_test_run(function (int $port) use ($cert, $key) {
    $s = new WServer\Server('127.0.0.1', $port, WSERVER_BASE, WSERVER_SOCK_TCP | WSERVER_SSL);
    $s->set(['worker_num' => 1, 'ssl_cert_file' => $cert, 'ssl_key_file' => $key,
        'open_eof_split' => true, 'package_eof' => "\n"]);
    $events = [];
    $n = [];
    $s->on('connect', function ($s, $fd) use (&$events, &$n) {
        $n[$fd] = count($n) + 1;
        $events[] = "connect $n[$fd]";
        $s->send($fd, "hello $n[$fd]\n");
    });
    $s->on('receive', function ($s, $fd, $rid, $data) use (&$events) {
        $s->send($fd, implode(', ', $events) . "\n");
    });
    $s->on('close', function ($s, $fd) use (&$events, &$n) {
        $events[] = 'close ' . ($n[$fd] ?? "unknown fd $fd");
    });
    $s->start();
}, function (int $port) use ($clients) {
    $clients($port);
});
wserver_test_rmdir($dir0);
?>
--EXPECT--
-- Worker
no TLS: closed
asking: hello 3
events: connect 1 ESTABLISHED, connect 2 ESTABLISHED, close 2, connect 3 ESTABLISHED
late TLS: hello 1
events: connect 1 ESTABLISHED, connect 2 ESTABLISHED, close 2, connect 3 ESTABLISHED
AsyncTcpConnection onConnect before the handshake: yes
bool(true)
upstream got: sent from onConnect
client got: reply
-- Server
no TLS: closed
asking: hello 1
events: connect 1
late TLS: hello 2
events: connect 1, connect 2
