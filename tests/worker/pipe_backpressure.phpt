--TEST--
TcpConnection::pipe(): 32 MB to a reader that is slow arrives intact while the server's queue stays bounded (back-pressure pauses the sender)
--EXTENSIONS--
wserver
pcntl
posix
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
    $moved = microtime(true);
    $end = $moved + 10;
    while ($sent < strlen($blob) && microtime(true) < $end && microtime(true) - $moved < 1) {
        $n = fwrite($a, substr($blob, $sent, 65536));
        $sent += (int) $n;
        if ($n) {
            $moved = microtime(true);
        } else {
            usleep(10000); // stuck: once for a whole second, the kernel buffers are full
        }
    }
    echo 'a could not send it all while b did not read: ', json_encode($sent < strlen($blob)), "\n";
    echo 'the server queue stayed bounded: ', json_encode(max(array_map('intval', file("$dir/full"))) < (2 << 20)), "\n";
    // b reads, a finishes sending; each piece is compared where it is, never appended to a
    // 32 MB string (regrowing one is what made this test slow under ASan and valgrind)
    $got = 0;
    $intact = true;
    $end = microtime(true) + 90;
    stream_set_blocking($b, false);
    while ($got < strlen($blob) && microtime(true) < $end) {
        if ($sent < strlen($blob)) {
            $sent += (int) fwrite($a, substr($blob, $sent, 65536));
        }
        $r = [$b];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 20000) > 0) {
            $piece = (string) fread($b, 1 << 20);
            if ($piece === '' && feof($b)) {
                break;
            }
            $intact = $intact && $got + strlen($piece) <= strlen($blob) && substr_compare($blob, $piece, $got, strlen($piece)) === 0;
            $got += strlen($piece);
        }
    }
    echo 'b got all 32 MB intact: ', json_encode($intact && $got === strlen($blob)), "\n";
    fclose($a);
    echo 'b closed after a: ', json_encode(wserver_test_closed($b)), "\n";
}, ['alarm' => 120]); // 32 MB through valgrind takes a while
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
