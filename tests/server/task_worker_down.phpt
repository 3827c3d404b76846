--TEST--
Server: task() while the task worker is down waits in the sender, at most ipc_queue_max tasks (more: false and a warning naming the bound); the first ones run in order once it is back, and their results come back
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

function dead(int $pid): bool
{
    $stat = @file_get_contents("/proc/$pid/stat");
    return $stat === false || str_contains($stat, ') Z ');
}

wserver_test_run(function (int $port, string $dir) {
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'task_worker_num' => 1, 'ipc_queue_max' => 3, 'log_file' => "$dir/server.log"]);
    $server->on('WorkerStart', function ($server, $id) use ($dir) {
        file_put_contents("$dir/pid.$id", getmypid());
        if (!file_exists("$dir/pid.$id.first")) {
            file_put_contents("$dir/pid.$id.first", getmypid());
        }
    });
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, "{$server->manager_pid}\n");
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) use ($dir) {
        // the port listens from the constructor on: the task worker may still be starting
        for ($i = 0; $i < 500 && !is_file("$dir/pid.1"); $i++) {
            WServer\Coroutine::sleep(0.01);
        }
        $victim = (int) @file_get_contents("$dir/pid.1");
        if ($victim <= 1 || $server->manager_pid <= 1) {
            $server->send($fd, "no task worker pid to kill\n"); // never kill(0): the whole group
            return;
        }
        posix_kill($server->manager_pid, SIGSTOP); // the task worker stays down until continued
        posix_kill($victim, SIGKILL);
        for ($i = 0; $i < 500 && !dead($victim); $i++) {
            WServer\Coroutine::sleep(0.01);
        }
        $warnings = [];
        set_error_handler(function ($no, $msg) use (&$warnings) {
            $warnings[] = $msg;
            return true;
        });
        $ids = [];
        $finished = 0;
        for ($n = 1; $n <= 4; $n++) {
            $ids[] = $server->task("job $n", -1, function ($server, $taskId, $result) use ($fd, &$finished) {
                $server->send($fd, "finished task $taskId: $result\n");
                $finished++;
            });
        }
        restore_error_handler();
        $server->send($fd, 'task ids: ' . json_encode($ids) . "\n" . implode("\n", $warnings) . "\n");
        posix_kill($server->manager_pid, SIGCONT);
        for ($i = 0; $i < 1000 && $finished < 3; $i++) {
            WServer\Coroutine::sleep(0.01);
        }
        $r = $server->taskwait('job 5', 10);
        $server->send($fd, "taskwait: $r\n");
    });
    $server->on('Task', function ($server, $taskId, $srcWorkerId, $data) use ($dir) {
        $new = getmypid() !== (int) file_get_contents("$dir/pid.1.first");
        return "$data done by a " . ($new ? 'new' : 'killed') . ' task worker';
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port, 10);
    $manager = (int) wserver_test_line($c);
    try {
        fwrite($c, "go\n");
        for ($i = 0; $i < 6; $i++) {
            echo wserver_test_line($c, 10);
        }
    } finally {
        posix_kill($manager, SIGCONT);
    }
});
?>
--EXPECT--
task ids: [0,1,2,false]
WServer\Server::task(): the task was not sent: task worker 0 is not running and 3 messages already wait for it (ipc_queue_max)
finished task 0: job 1 done by a new task worker
finished task 1: job 2 done by a new task worker
finished task 2: job 3 done by a new task worker
taskwait: job 5 done by a new task worker
