--TEST--
Server task workers: taskWaitMulti() gives the results that came in time (by index), taskCo() false for the others; a taskwait() result that comes after its time-out is dropped, never given to finish
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
    $server->set(['worker_num' => 1, 'task_worker_num' => 2, 'log_file' => "$dir/server.log"]);
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        switch (trim($data)) {
            case 'multi':
                $r = $server->taskWaitMulti([10 => 'a', 11 => 'slow', 12 => 'b'], 0.3);
                ksort($r);
                $server->send($fd, json_encode($r) . "\n");
                break;
            case 'co':
                $server->send($fd, json_encode($server->taskCo(['c', 'slow', 'd'], 0.3)) . "\n");
                break;
            case 'late':
                $r = @$server->taskwait('slow', 0.1);
                WServer\Coroutine::sleep(0.8); // the late result arrives meanwhile
                $server->send($fd, json_encode($r) . "\n");
                break;
            case 'task':
                $server->task('e'); // an ordinary task still reaches finish
                break;
        }
    });
    $server->on('Task', function ($server, $taskId, $srcWorkerId, $data) {
        if ($data === 'slow') {
            WServer\Coroutine::sleep(0.5);
        }
        return "done $data";
    });
    $server->on('Finish', function ($server, $taskId, $data) {
        foreach ($server->connections as $fd) {
            $server->send($fd, "finish: $data\n");
        }
    });
    $server->start();
}, function (int $port) {
    $c = wserver_test_connect($port, 10);
    foreach (['multi', 'co', 'late', 'task'] as $cmd) {
        fwrite($c, "$cmd\n");
        echo "$cmd: ", wserver_test_line($c);
    }
});
?>
--EXPECT--
multi: {"10":"done a","12":"done b"}
co: ["done c",false,"done d"]
late: false
task: finish: done e
