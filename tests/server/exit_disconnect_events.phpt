--TEST--
Server: workerExit fires in the worker when a graceful stop begins (reload) and a timer would keep it running, beforeShutdown in the master when a stop begins; on a WebSocket\Server a connection closed before its handshake is a disconnect, a WebSocket one a close
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
    $server = new WServer\WebSocket\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $mark = fn (string $line) => file_put_contents("$dir/events", "$line\n", FILE_APPEND);
    // a timer keeps the worker's loop busy: as in Swoole, workerExit runs only then, to end it
    $server->on('workerStart', function ($s, $id) use ($mark) {
        $GLOBALS['tick'] = $s->tick(1000, fn () => null);
        $mark("workerStart $id " . getmypid());
    });
    $server->on('workerExit', function ($s, $id) use ($mark) {
        $s->clearTimer($GLOBALS['tick']);
        $mark("workerExit $id " . getmypid());
    });
    $server->on('beforeShutdown', fn ($s) => $mark('beforeShutdown ' . ($s->master_pid === getmypid() ? 'in the master' : 'elsewhere')));
    $server->on('disconnect', fn ($s, $fd) => $mark("disconnect $fd"));
    $server->on('close', fn ($s, $fd) => $mark("close $fd"));
    $server->on('message', fn ($s, $frame) => $s->reload());
    $server->start();
}, function (int $port, string $dir, int $master) {
    $lines = fn () => file_exists("$dir/events") ? file("$dir/events", FILE_IGNORE_NEW_LINES) : [];
    wserver_test_wait(fn () => count($lines()) >= 1);
    $first = explode(' ', $lines()[0])[2];
    $plain = wserver_test_connect($port);
    fwrite($plain, "GET / HTTP/1.1\r\nHost: a\r\n");      // never completes its handshake
    usleep(100000);
    fclose($plain);
    $ws = wserver_test_connect($port);
    wserver_test_ws_handshake($ws);
    fwrite($ws, wserver_test_ws_frame(1, 'reload'));      // the worker reloads: workerExit, then close
    wserver_test_wait(fn () => count(preg_grep('~^workerStart~', $lines())) === 2, 10);
    posix_kill($master, SIGTERM);
    // the stop drains the second worker too: its workerExit comes after the master's event
    wserver_test_wait(fn () => count(preg_grep('~^workerExit~', $lines())) === 2, 10);
    foreach ($lines() as $l) {
        echo preg_replace(['~ ' . $first . '$~', '~(worker\w+ 0) \d+$~'], [' (the first worker)', '$1'], $l), "\n";
    }
});
?>
--EXPECT--
workerStart 0 (the first worker)
disconnect 1
workerExit 0 (the first worker)
close 2
workerStart 0
beforeShutdown in the master
workerExit 0
