--TEST--
Server: max_idle_time closes a connection idle that long (one that sent nothing, and one whose peer stopped reading a big answer), with its close event; one that keeps talking, or that the server keeps writing to, stays open
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
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'max_idle_time' => 2, 'log_file' => "$dir/server.log"]);
    $server->on('receive', function ($server, $fd, $reactorId, $data) {
        // "big": more than the kernel buffers hold, so most of it waits in ours
        if ($data === 'feed') {
            // written to every 0.1 s, never read from again: the writes keep it open
            $server->tick(100, fn () => $server->exist($fd) && $server->send($fd, '.'));
            return;
        }
        $server->send($fd, $data === 'big' ? str_repeat('A', 8 << 20) : "echo $data");
    });
    $server->on('close', function ($server, $fd) use ($dir) {
        file_put_contents("$dir/closed", "$fd\n", FILE_APPEND);
    });
    $server->start();
}, function (int $port, string $dir) {
    $idle = wserver_test_connect($port);
    $stuck = wserver_test_connect($port);
    $busy = wserver_test_connect($port);
    $fed = wserver_test_connect($port);
    fwrite($fed, 'feed');
    fwrite($stuck, 'big');
    $closed = fn ($c) => (function () use ($c) {
        $r = [$c];
        $w = $e = null;
        return stream_select($r, $w, $e, 0, 0) > 0 && fread($c, 10) === '' && feof($c);
    })();
    $answered = 0;
    $idleClosed = false;
    $t = microtime(true);
    while (!$idleClosed && microtime(true) - $t < 15) {
        fwrite($busy, 'x');
        $answered += wserver_test_read($busy, 6, 2) === 'echo x' ? 1 : 0;
        $idleClosed = $closed($idle);
        usleep(100000);
    }
    echo "idle connection closed: ", $idleClosed ? 'yes' : 'no', "\n";
    echo "the talking one kept working: ", $answered > 0 && !feof($busy) ? 'yes' : 'no', "\n";
    $dots = wserver_test_read($fed, 1 << 16, 0.5);
    echo "the one written to stayed open: ", $dots !== '' && trim($dots, '.') === '' && !feof($fed) ? 'yes' : 'no', "\n";
    fwrite($busy, 'y');
    echo wserver_test_read($busy, 6), "\n";
    $got = 0;
    $end = microtime(true) + 15;
    while (!feof($stuck) && microtime(true) < $end) {
        $got += strlen((string) fread($stuck, 65536));
    }
    echo "the stuck one: closed ", feof($stuck) ? 'yes' : 'no', ", got some but not all: ", $got > 0 && $got < (8 << 20) ? 'yes' : "no ($got)", "\n";
    wserver_test_wait(fn () => count(@file("$dir/closed") ?: []) >= 2, 5);
    echo "close events: ", count(file("$dir/closed")), "\n";
    echo "logged as without effect: ", str_contains((string) @file_get_contents("$dir/server.log"), 'without effect') ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
idle connection closed: yes
the talking one kept working: yes
the one written to stayed open: yes
echo y
the stuck one: closed yes, got some but not all: yes
close events: 2
logged as without effect: no
