--TEST--
Server: sendMessage() to a worker that is down waits in the sender, at most ipc_queue_max messages (more: false and a warning naming the bound); the first ones reach its replacement in order
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* Dead: gone, or a zombie its parent has not reaped. */
function dead(int $pid): bool
{
    $stat = @file_get_contents("/proc/$pid/stat");
    return $stat === false || str_contains($stat, ') Z ');
}

wserver_test_run(function (int $port, string $dir) {
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 2, 'ipc_queue_max' => 3, 'log_file' => "$dir/server.log"]);
    $server->on('WorkerStart', function ($server, $id) use ($dir) {
        file_put_contents("$dir/pid.$id", getmypid());
    });
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, "{$server->worker_id} {$server->manager_pid}\n");
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) use ($dir) {
        $other = 1 - $server->worker_id;
        // the port listens from the constructor on: the other worker may still be starting
        for ($i = 0; $i < 500 && !is_file("$dir/pid.$other"); $i++) {
            WServer\Coroutine::sleep(0.01);
        }
        $victim = (int) @file_get_contents("$dir/pid.$other");
        if ($victim <= 1) {
            $server->send($fd, "no pid of worker $other to kill\n"); // never kill(0): the whole group
            return;
        }
        // the manager stopped: the killed worker stays down until it is continued
        posix_kill($server->manager_pid, SIGSTOP);
        posix_kill($victim, SIGKILL);
        for ($i = 0; $i < 500 && !dead($victim); $i++) {
            WServer\Coroutine::sleep(0.01);
        }
        $warnings = [];
        set_error_handler(function ($no, $msg) use (&$warnings) {
            $warnings[] = $msg;
            return true;
        });
        $sent = [];
        for ($n = 1; $n <= 5; $n++) {
            $sent[] = $server->sendMessage(['reply_to' => $fd, 'n' => $n], $other);
        }
        restore_error_handler();
        $server->send($fd, 'sent: ' . json_encode($sent) . "\n" . implode("\n", $warnings) . "\n");
        posix_kill($server->manager_pid, SIGCONT);
    });
    $server->on('PipeMessage', function ($server, $srcWorkerId, $message) {
        $server->send($message['reply_to'], "message {$message['n']} at worker {$server->worker_id} pid " . getmypid() . " from worker $srcWorkerId\n");
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port, 10);
    [$me, $manager] = array_map('intval', explode(' ', trim(wserver_test_line($c))));
    try {
        wserver_test_wait(fn () => is_file("$dir/pid." . (1 - $me)), 10);
        $victim = (int) file_get_contents("$dir/pid." . (1 - $me));
        fwrite($c, "go\n");
        for ($i = 0; $i < 3; $i++) {
            echo wserver_test_line($c, 10);
        }
        for ($i = 0; $i < 3; $i++) {
            $line = wserver_test_line($c, 10);
            preg_match('~ pid (\d+) ~', (string) $line, $m);
            echo preg_replace('~ pid \d+~', '', rtrim((string) $line)), '  (a new process: ', json_encode(isset($m[1]) && (int) $m[1] !== $victim), ")\n";
        }
        echo 'then: ', json_encode(wserver_test_read($c, 100, 0.5)), "\n";
    } finally {
        posix_kill($manager, SIGCONT);
    }
});
?>
--EXPECTF--
sent: [true,true,true,false,false]
WServer\Server::sendMessage(): the message was not sent: worker %d is not running and 3 messages already wait for it (ipc_queue_max)
WServer\Server::sendMessage(): the message was not sent: worker %d is not running and 3 messages already wait for it (ipc_queue_max)
message 1 at worker %d from worker %d  (a new process: true)
message 2 at worker %d from worker %d  (a new process: true)
message 3 at worker %d from worker %d  (a new process: true)
then: ""
