--TEST--
Server task workers: task() with the finish event and with its own callback, taskwait() with a 2 MB value and a time-out, finish() from the task callback, worker ids and taskworker, stats
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
    // Swoole's task example with the namespace renamed (and a few more commands)
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 2, 'task_worker_num' => 2, 'log_file' => "$dir/server.log"]);
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        switch (trim($data)) {
            case 'task':
                $id = $server->task(['fd' => $fd, 'job' => 'plain']);
                $server->send($fd, 'dispatched ' . (is_int($id) ? 'ok' : 'failed') . "\n");
                break;
            case 'callback':
                $server->task(['job' => 'callback'], 1, function ($server, $taskId, $result) use ($fd) {
                    $server->send($fd, "callback got: {$result['answer']} from task worker {$result['by']}\n");
                });
                break;
            case 'wait':
                $r = $server->taskwait(['job' => 'big', 'blob' => str_repeat('ab', 1 << 20)], 5);
                $server->send($fd, "taskwait: " . strlen($r['blob']) . ' ' . md5($r['blob']) . ' ' . ($r['blob'] === strrev(str_repeat('ab', 1 << 20)) ? 'reversed' : 'wrong') . "\n");
                break;
            case 'slow':
                $r = @$server->taskwait(['job' => 'slow'], 0.2);
                $server->send($fd, 'slow: ' . json_encode($r) . ' ' . (error_get_last()['message'] ?? 'no warning') . "\n");
                break;
            case 'stats':
                $s = $server->stats();
                $server->send($fd, "stats: worker_num={$s['worker_num']} task_worker_num={$s['task_worker_num']}\n");
                break;
        }
    });
    $server->on('Task', function ($server, $taskId, $srcWorkerId, $data) {
        if (!$server->taskworker || $server->worker_id < 2) {
            return ['answer' => 'not a task worker'];
        }
        switch ($data['job']) {
            case 'plain':
                $server->finish(['fd' => $data['fd'], 'answer' => "done by task worker, asked by worker $srcWorkerId"]);
                return null;
            case 'callback':
                return ['answer' => 42, 'by' => $server->worker_id];
            case 'big':
                return ['blob' => strrev($data['blob'])];
            case 'slow':
                WServer\Coroutine::sleep(1);
                return 'late';
        }
    });
    $server->on('Finish', function ($server, $taskId, $data) {
        $server->send($data['fd'], "finish: {$data['answer']}\n");
    });
    $server->start();
}, function (int $port) {
    $c = wserver_test_connect($port, 10);
    fwrite($c, "task\n");
    $lines = [wserver_test_line($c), wserver_test_line($c)];
    sort($lines);
    echo preg_replace('~worker \d~', 'worker N', implode('', $lines));
    fwrite($c, "callback\n");
    echo wserver_test_line($c);
    fwrite($c, "wait\n");
    echo wserver_test_line($c, 10);
    fwrite($c, "slow\n");
    echo preg_replace('~task \d+~', 'task N', wserver_test_line($c));
    fwrite($c, "stats\n");
    echo wserver_test_line($c);
});
?>
--EXPECTF--
dispatched ok
finish: done by task worker, asked by worker N
callback got: 42 from task worker 3
taskwait: 2097152 %s reversed
slow: false no warning
stats: worker_num=2 task_worker_num=2
