--TEST--
Server start_session_id: fds count from it + 1 over 2 workers; send(), exist(), getClientInfo() and close() take them, also from the other worker
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
    $server->set(['worker_num' => 2, 'start_session_id' => 1 << 31, 'enable_reuse_port' => true, 'log_file' => "$dir/server.log"]);
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, ($fd - (1 << 31)) . " worker {$server->worker_id}\n");
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        $other = (int) trim($data);
        $server->send($other, "from the other: " . json_encode([$server->exist($other), $server->getClientInfo($other)['remote_ip']]) . "\n");
        $server->close($other);
    });
    $server->start();
}, function (int $port) {
    // the port listens from the constructor on: the second worker may take connections only
    // a while later (a busy machine), so keep trying, bounded in count and time
    $conns = $fds = [];
    $until = microtime(true) + 15;
    for ($i = 0; $i < 200 && count($fds) < 2 && microtime(true) < $until; $i++) {
        if ($i >= 8) {
            usleep(50000);
        }
        $c = wserver_test_connect($port);
        [$n, , $worker] = explode(' ', trim(wserver_test_line($c)));
        if (!isset($fds[$worker])) {
            $fds[$worker] = (1 << 31) + (int) $n;
            $conns[$worker] = $c;
        }
    }
    if (count($fds) < 2) {
        die("all connections went to one worker\n");
    }
    echo "fds above start_session_id: ", json_encode(min($fds) > (1 << 31)), "\n";
    fwrite($conns[0], $fds[1] . "\n");
    echo wserver_test_line($conns[1]);
    echo "closed by worker 0: ", json_encode(wserver_test_closed($conns[1])), "\n";
});
?>
--EXPECT--
fds above start_session_id: true
from the other: [true,"127.0.0.1"]
closed by worker 0: true
