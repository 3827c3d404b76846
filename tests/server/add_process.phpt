--TEST--
Server::addProcess(): the Process runs in a process of the server's (worker id after the task workers), a worker write()s to it and it read()s; its $server->send() reaches another worker's connection; when its callback returns the manager starts it again; the stop signal ends it at once; it reads the server's stats() and sendMessage()s to a worker
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
    $server->set(['worker_num' => 2, 'task_worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $process = new WServer\Process(function (WServer\Process $process) use ($server, $dir) {
        file_put_contents("$dir/runs", "pid " . getmypid() . " worker_id {$server->worker_id}\n", FILE_APPEND);
        while (true) {
            $msg = json_decode($process->read(), true);
            if ($msg['data'] === 'quit') {
                return;
            }
            if ($msg['data'] === 'stats') {
                $stats = $server->stats();
                $server->send($msg['fd'], 'user process reads stats: ' . json_encode(isset($stats['worker_num'], $stats['connection_num'])) . "\n");
                continue;
            }
            if ($msg['data'] === 'message') {
                $server->sendMessage(json_encode(['fd' => $msg['fd']]), 1);
                continue;
            }
            $server->send($msg['fd'], "user process: {$msg['data']}\n");
        }
    });
    file_put_contents("$dir/id", json_encode($server->addProcess($process)));
    $server->on('Receive', function ($server, $fd, $reactorId, $data) use ($process) {
        $data = trim($data);
        if ($data === 'pid') {
            $server->send($fd, $server->getWorkerPid(3) . "\n");
        } else {
            $process->write(json_encode(['fd' => $fd, 'data' => $data]));
        }
    });
    $server->on('Task', function () {});
    $server->on('PipeMessage', function ($server, $srcWorkerId, $message) {
        $server->send(json_decode($message, true)['fd'], "worker {$server->worker_id} got a message from worker $srcWorkerId\n");
    });
    $server->start();
}, function (int $port, string $dir, int $master) {
    $c = wserver_test_connect($port);
    fwrite($c, "hello\n");
    echo wserver_test_line($c);
    fwrite($c, "stats\n");
    echo wserver_test_line($c);
    fwrite($c, "message\n");
    echo wserver_test_line($c);
    fwrite($c, "pid\n");
    $first = (int) wserver_test_line($c);
    fwrite($c, "quit\n");
    wserver_test_wait(fn () => substr_count((string) @file_get_contents("$dir/runs"), "\n") === 2);
    fwrite($c, "pid\n");
    $second = (int) wserver_test_line($c);
    fwrite($c, "again\n");
    echo wserver_test_line($c);
    $runs = file("$dir/runs", FILE_IGNORE_NEW_LINES);
    echo "runs: ", count($runs), ", pids as getWorkerPid(3) said: ",
        json_encode($runs === ["pid $first worker_id 3", "pid $second worker_id 3"] && $first !== $second), "\n";
    echo "addProcess() gave ", file_get_contents("$dir/id"), "\n";
    posix_kill($master, SIGTERM);
    wserver_test_wait(fn () => !file_exists("$dir/master.pid"), 10);
    // the user process, blocked in read(), is ended by the stop signal: not killed after the time-out
    echo "log: ", json_encode(array_values(preg_grep('~user process~', file("$dir/server.log", FILE_IGNORE_NEW_LINES)))), "\n";
});
?>
--EXPECTF--
user process: hello
user process reads stats: true
worker 1 got a message from worker 3
user process: again
runs: 2, pids as getWorkerPid(3) said: true
addProcess() gave 0
log: ["%s worker WServer\\Server user process:0 (pid %d) exited with exit status 0; starting a new one"]
