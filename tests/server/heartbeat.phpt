--TEST--
Server: heartbeat_check_interval closes a connection that sent nothing for heartbeat_idle_time (by default twice the interval), not one that keeps talking
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
    // idle time left out: 2 s, twice the interval
    $server->set(['worker_num' => 1, 'heartbeat_check_interval' => 1, 'log_file' => "$dir/server.log"]);
    $server->on('receive', function ($server, $fd, $reactorId, $data) {
        $server->send($fd, "echo $data");
    });
    $server->on('close', function ($server, $fd) use ($dir) {
        file_put_contents("$dir/closed", "$fd\n", FILE_APPEND);
    });
    $server->start();
}, function (int $port, string $dir) {
    $idle = wserver_test_connect($port);
    $busy = wserver_test_connect($port);
    $t = microtime(true);
    $idleClosedAt = null;
    $answered = 0;
    // the busy one talks every 0.3 s for 3.5 s; the idle one must be closed in between
    while (microtime(true) - $t < 3.5) {
        fwrite($busy, 'x');
        $answered += wserver_test_read($busy, 6, 1) === 'echo x' ? 1 : 0;
        $r = [$idle];
        $w = $e = null;
        if ($idleClosedAt === null && stream_select($r, $w, $e, 0, 0) > 0 && fread($idle, 10) === '' && feof($idle)) {
            $idleClosedAt = microtime(true) - $t;
        }
        usleep(300000);
    }
    echo "idle connection closed: ", $idleClosedAt !== null ? 'yes' : 'no', "\n";
    echo "after 2 to 3.3 s: ", $idleClosedAt !== null && $idleClosedAt >= 1.9 && $idleClosedAt <= 3.3 ? 'yes' : 'no (' . json_encode($idleClosedAt) . ')', "\n";
    echo "the talking one kept working: ", $answered >= 10 && !feof($busy) ? 'yes' : "no ($answered)", "\n";
    fwrite($busy, 'y');
    echo wserver_test_read($busy, 6), "\n";
    echo "close event for the idle one only: ", count(file("$dir/closed")), "\n";
});
?>
--EXPECT--
idle connection closed: yes
after 2 to 3.3 s: yes
the talking one kept working: yes
echo y
close event for the idle one only: 1
