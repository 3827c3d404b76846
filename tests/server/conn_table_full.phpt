--TEST--
Server: a connection that finds no room in the shared connection table (max_conn entries per worker, 8 looked at from its own) is logged once, and exist()/getClientInfo() from another process ask its worker instead
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
    // one worker, so fd = connection id; the task worker looks at the worker's connections
    $server->set(['worker_num' => 1, 'task_worker_num' => 1, 'max_conn' => 16, 'log_file' => "$dir/server.log"]);
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, "$fd\n");
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        $server->send($fd, json_encode($server->taskwait((int) trim($data), 5)) . "\n");
    });
    $server->on('Task', function ($server, $taskId, $srcWorkerId, $fd) {
        $info = $server->getClientInfo($fd);
        return [$server->exist($fd), is_array($info) ? $info['remote_ip'] : $info];
    });
    $server->start();
}, function (int $port, string $dir) {
    $open = [];
    for ($i = 1; $i <= 8; $i++) {
        $open[$i] = wserver_test_connect($port, 10); // ids 1 to 8 stay open
        wserver_test_line($open[$i]);
    }
    for ($i = 9; $i <= 16; $i++) {
        $c = wserver_test_connect($port, 10); // 9 to 16 come and go
        wserver_test_line($c);
        fclose($c);
        usleep(20000);
    }
    $c17 = wserver_test_connect($port, 10); // its entry and the 7 after it hold 1 to 8
    echo 'fd ', trim(wserver_test_line($c17)), "\n";
    fwrite($open[1], "17\n");
    echo 'fd 17 from the task worker: ', wserver_test_line($open[1]);
    fwrite($open[1], "3\n");
    echo 'fd 3 from the task worker: ', wserver_test_line($open[1]);
    fclose($c17);
    usleep(200000);
    fwrite($open[1], "17\n");
    echo 'fd 17 closed: ', wserver_test_line($open[1]);
    echo preg_replace('~^.*pid:\d+ worker pid \d+: ~m', '', implode('', preg_grep('~no room~', file("$dir/server.log"))));
});
?>
--EXPECT--
fd 17
fd 17 from the task worker: [true,"127.0.0.1"]
fd 3 from the task worker: [true,"127.0.0.1"]
fd 17 closed: [false,false]
the shared connection table has no room for connection 17 (16 entries per worker): other workers ask this one about such connections
