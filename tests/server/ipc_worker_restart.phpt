--TEST--
Server: sendMessage() to a worker while it is killed and replaced: every message reaches the new process once it runs, in order
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
    $server->set(['worker_num' => 2, 'log_file' => "$dir/server.log"]);
    $server->on('WorkerStart', function ($server, $id) use ($dir) {
        file_put_contents("$dir/pid.$id", getmypid());
    });
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, "{$server->worker_id}\n");
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
        posix_kill($victim, SIGKILL);
        for ($i = 0; $i < 500 && !dead($victim); $i++) {
            WServer\Coroutine::sleep(0.01);
        }
        // one message every 10 ms while the manager notices, forks and the new worker starts
        $sent = 0;
        for ($n = 1; $n <= 30; $n++) {
            $sent += $server->sendMessage(['reply_to' => $fd, 'n' => $n], $other) ? 1 : 0;
            WServer\Coroutine::sleep(0.01);
        }
        $server->send($fd, "sent $sent\n");
    });
    $server->on('PipeMessage', function ($server, $srcWorkerId, $message) {
        $server->send($message['reply_to'], "{$message['n']} " . getmypid() . "\n");
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port, 10);
    $me = (int) wserver_test_line($c);
    wserver_test_wait(fn () => is_file("$dir/pid." . (1 - $me)), 10);
    $victim = (int) file_get_contents("$dir/pid." . (1 - $me));
    fwrite($c, "go\n");
    $got = [];
    $pids = [];
    $sent = null;
    $end = microtime(true) + 20;
    while ((count($got) < 30 || $sent === null) && microtime(true) < $end) {
        $line = wserver_test_line($c, 1);
        if ($line === false) {
            continue;
        }
        if (str_starts_with($line, 'sent ')) {
            $sent = trim($line);
            continue;
        }
        [$n, $pid] = explode(' ', trim($line));
        $got[] = (int) $n;
        $pids[(int) $pid] = true;
    }
    echo $sent, "\n";
    echo 'delivered: ', count($got), ', in order: ', json_encode($got === range(1, 30)), "\n";
    echo 'by one process, not the killed one: ', json_encode(count($pids) === 1 && !isset($pids[$victim])), "\n";
});
?>
--EXPECT--
sent 30
delivered: 30, in order: true
by one process, not the killed one: true
