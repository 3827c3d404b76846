--TEST--
Server: calls from the master (start) and the manager (managerStart), in their timers: send() and exist() of a worker's connection, $server->connections, task() (the task's finish() is false: nobody waits for it, as for a user process's task) and sendMessage(); a task worker's $server->connections lists the workers' fds
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
    // once a client is connected (the timer looks every 50 ms, 200 times at most)
    $whenConnected = function (WServer\Server $server, callable $fn) {
        $tries = 0;
        WServer\Timer::tick(50, function ($id) use ($server, $fn, &$tries) {
            $fds = iterator_to_array($server->connections, false);
            if ($fds || ++$tries >= 200) {
                WServer\Timer::clear($id);
                $fds && $fn($fds);
            }
        });
    };
    $server->on('start', function (WServer\Server $server) use ($whenConnected) {
        $whenConnected($server, function (array $fds) use ($server) {
            foreach ($fds as $fd) {
                $server->send($fd, 'master: send, exist() ' . var_export($server->exist($fd), true) . "\n");
            }
            $server->task('master');
            $server->sendMessage('master', 0);
        });
    });
    $server->on('managerStart', function (WServer\Server $server) use ($whenConnected) {
        $whenConnected($server, function () use ($server) {
            $server->task('manager');
            $server->sendMessage('manager', 1);
        });
    });
    $server->addProcess(new WServer\Process(function () use ($server) {
        for ($i = 0; $i < 200 && !iterator_to_array($server->connections, false); $i++) {
            usleep(50000);
        }
        $server->task('user process');
        sleep(60); // the stop ends it
    }));
    $server->on('pipeMessage', function (WServer\Server $server, $src, $data) {
        foreach ($server->connections as $fd) {
            $server->send($fd, "$data: pipeMessage in worker {$server->worker_id}\n");
        }
    });
    $server->on('task', function (WServer\Server $server, $id, $src, $data) {
        $finished = var_export($server->finish('nobody'), true);
        foreach ($server->connections as $fd) {
            $server->send($fd, "$data: task, finish() $finished\n");
        }
    });
    $server->on('finish', function () {
        echo "finish: must not run\n";
    });
    $server->on('receive', function () {
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    $lines = [];
    for ($i = 0; $i < 6; $i++) {
        $lines[] = rtrim((string) wserver_test_line($c));
    }
    sort($lines);
    echo implode("\n", $lines), "\n";
    echo "logged: ", wserver_test_wait(fn () => substr_count((string) @file_get_contents("$dir/server.log"), 'finish() has nobody to answer') === 3) ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
manager: pipeMessage in worker 1
manager: task, finish() false
master: pipeMessage in worker 0
master: send, exist() true
master: task, finish() false
user process: task, finish() false
logged: yes
