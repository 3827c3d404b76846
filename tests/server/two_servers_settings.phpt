--TEST--
Server: set() settings belong to their Server: of two Servers in one script, the one started runs with its own worker_num, pid_file, log_file, max_conn and package_max_length, not the other's, and Worker's and TcpConnection's static defaults are left as they were
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
    // configured, never started: none of this may reach the started one
    $other = new WServer\Server('127.0.0.1', wserver_test_free_port());
    $other->set([
        'worker_num' => 3,
        'pid_file' => "$dir/other.pid",
        'log_file' => "$dir/other.log",
        'max_conn' => 1,
        'package_max_length' => 16,
        'max_wait_time' => 7,
    ]);
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set([
        'worker_num' => 2,
        'pid_file' => "$dir/started.pid",
        'log_file' => "$dir/started.log",
        'open_eof_check' => true,
        'package_eof' => "\n",
        'package_max_length' => 4096,
    ]);
    $server->on('WorkerStart', function ($server, $workerId) use ($dir) {
        file_put_contents("$dir/statics.$workerId", json_encode([
            WServer\Worker::$pidFile === "$dir/master.pid",
            WServer\Worker::$logFile === "$dir/server.log",
            WServer\Worker::$stopTimeout,
            WServer\Connection\TcpConnection::$defaultMaxPackageSize,
        ]));
    });
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, "hello from worker {$server->worker_id} of {$server->setting['worker_num']}\n");
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        $server->send($fd, 'got ' . strlen($data) . " bytes; workers: " . $server->stats()['worker_num'] . "\n");
    });
    $server->start();
}, function (int $port, string $dir, int $pid) {
    $conns = [];
    $workers = [];
    for ($i = 0; $i < 4; $i++) {
        $c = wserver_test_connect($port);
        $line = wserver_test_line($c);
        if (preg_match('~hello from worker (\d+) of 2~', $line, $m)) {
            $workers[$m[1]] = true;
        } else {
            echo "connection $i: ", json_encode($line), "\n";
        }
        $conns[] = $c;
    }
    echo "4 connections greeted (the other's max_conn is 1)\n";
    echo "worker ids within 0-1: ", json_encode($workers !== [] && array_diff(array_keys($workers), [0, 1]) === []), "\n";
    fwrite($conns[0], str_repeat('x', 100) . "\n");
    echo wserver_test_line($conns[0]);
    wserver_test_wait(fn () => file_exists("$dir/started.log") && count(glob("$dir/statics.*")) === 2);
    echo "pid file: ", file_exists("$dir/started.pid") && (int) file_get_contents("$dir/started.pid") === $pid ? 'its own' : 'missing', "\n";
    echo "log file: ", str_contains((string) @file_get_contents("$dir/started.log"), 'start') ? 'its own' : 'missing', "\n";
    echo "the other's files: ", json_encode([file_exists("$dir/other.pid"), file_exists("$dir/other.log")]), "\n";
    echo "Worker's default log file: ", file_exists("$dir/server.log") ? 'written' : 'unused', "\n";
    foreach (glob("$dir/statics.*") as $f) {
        echo basename($f), ': ', file_get_contents($f), "\n";
    }
});
?>
--EXPECT--
4 connections greeted (the other's max_conn is 1)
worker ids within 0-1: true
got 101 bytes; workers: 2
pid file: its own
log file: its own
the other's files: [false,false]
Worker's default log file: unused
statics.0: [true,true,2,10485760]
statics.1: [true,true,2,10485760]
