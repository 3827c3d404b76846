--TEST--
TcpConnection::pipe(): 32 MB to a reader that is slow arrives intact while the server's queue stays bounded (back-pressure pauses the sender)
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php
if (getenv('WSERVER_TEST_VALGRIND')) {
    die('skip 32 MB (more than the kernel buffers hold) through a server under valgrind takes minutes; pipe.phpt covers the relay');
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("tcp://127.0.0.1:$port");
    $waiting = null;
    $w->onConnect = function ($c) use (&$waiting) {
        $c->maxSendBufferSize = 256 * 1024;
        if (!$waiting) {
            $waiting = $c;
            return;
        }
        $c->pipe($waiting);
        $waiting->pipe($c);
        $waiting->send("paired\n");
        $c->send("paired\n");
        $waiting = null;
    };
    $w->onBufferFull = function ($c) use ($dir) {
        file_put_contents("$dir/full", $c->getSendBufferQueueSize() . "\n", FILE_APPEND);
    };
    $w->onMessage = fn ($c, $d) => $c->send("not piped: $d");
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $a = wserver_test_connect($port);
    usleep(100000);
    $b = wserver_test_connect($port);
    echo wserver_test_line($a), wserver_test_line($b);
    fwrite($a, "hello b\n");
    echo 'b got: ', wserver_test_line($b);
    fwrite($b, "hello a\n");
    echo 'a got: ', wserver_test_line($a);
    // 32 MB from a while b does not read: a is paused instead of the server queueing it all
    $blob = random_bytes(32 << 20);
    stream_set_blocking($a, false);
    $sent = 0;
    $end = microtime(true) + 5;
    while ($sent < strlen($blob) && microtime(true) < $end) {
        $n = fwrite($a, substr($blob, $sent, 65536));
        $sent += (int) $n;
        if (!$n) {
            usleep(10000);
        }
    }
    echo 'a could not send it all while b did not read: ', json_encode($sent < strlen($blob)), "\n";
    echo 'the server queue stayed bounded: ', json_encode(max(array_map('intval', file("$dir/full"))) < (2 << 20)), "\n";
    // b reads, a finishes sending
    $got = '';
    $end = microtime(true) + 90;
    stream_set_blocking($b, false);
    while (strlen($got) < strlen($blob) && microtime(true) < $end) {
        if ($sent < strlen($blob)) {
            $sent += (int) fwrite($a, substr($blob, $sent, 65536));
        }
        $r = [$b];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 20000) > 0) {
            $got .= fread($b, 1 << 20);
        }
    }
    echo 'b got all 32 MB intact: ', json_encode($got === $blob), "\n";
    fclose($a);
    echo 'b closed after a: ', json_encode(wserver_test_closed($b)), "\n";
}, ['alarm' => 120]); // 32 MB through a sanitizer build takes a while
?>
--EXPECT--
paired
paired
b got: hello b
a got: hello a
a could not send it all while b did not read: true
the server queue stayed bounded: true
b got all 32 MB intact: true
b closed after a: true
