--TEST--
Server: a worker sends to, asks about and closes a connection another worker owns; pauses and resumes it; getClientList() and $connections cover every worker; sendMessage()/pipeMessage between workers
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
    // SO_REUSEPORT: the kernel spreads connections over both workers' sockets
    $server->set(['worker_num' => 2, 'enable_reuse_port' => true, 'log_file' => "$dir/server.log"]);
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, "$fd {$server->worker_id}\n");
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        [$cmd, $arg, $text] = explode(' ', trim($data), 3) + ['', '', ''];
        switch ($cmd) {
            case 'to':
                $server->send((int) $arg, "from $fd: $text\n");
                break;
            case 'info':
                $i = $server->getClientInfo((int) $arg);
                $server->send($fd, "info: {$i['remote_ip']} worker {$i['worker_id']} exist " . json_encode($server->exist((int) $arg)) . "\n");
                break;
            case 'pause':
            case 'resume':
                $server->send($fd, "$cmd: " . json_encode($server->$cmd((int) $arg)) . "\n");
                break;
            case 'close':
                $server->close((int) $arg);
                WServer\Coroutine::sleep(0.1);
                $server->send($fd, 'after close: exist ' . json_encode($server->exist((int) $arg)) . ' info ' . json_encode($server->getClientInfo((int) $arg)) . "\n");
                break;
            case 'list':
                [$a, $b] = explode(',', $arg);
                $list = $server->getClientList(0, 100);
                $all = iterator_to_array($server->connections, false);
                $sorted = $list;
                sort($sorted);
                $server->send($fd, 'list: both ' . json_encode(in_array((int) $a, $list) && in_array((int) $b, $list))
                    . ' sorted ' . json_encode($sorted === $list) . ' connections ' . json_encode($all === $list)
                    . ' count ' . json_encode(count($server->connections) === count($list))
                    . ' page of 1: ' . json_encode(count($server->getClientList(0, 1))) . "\n");
                break;
            case 'pipe':
                $server->sendMessage(['reply_to' => $fd, 'text' => $text, 'list' => [1, 2.5, null]], (int) $arg);
                break;
        }
    });
    $server->on('PipeMessage', function ($server, $srcWorkerId, $message) {
        $server->send($message['reply_to'], "pipe at worker {$server->worker_id} from worker $srcWorkerId: {$message['text']} " . json_encode($message['list']) . "\n");
    });
    $server->start();
}, function (int $port) {
    // one connection on each worker (the second may start late under valgrind)
    $by = [];
    $end = microtime(true) + 20;
    while (count($by) < 2 && microtime(true) < $end) {
        $c = wserver_test_connect($port);
        [$fd, $w] = explode(' ', trim((string) wserver_test_line($c))) + ['', ''];
        if ($w !== '' && !isset($by[$w])) {
            $by[$w] = [$c, (int) $fd];
        } else {
            fclose($c);
            usleep(50000);
        }
    }
    if (count($by) < 2) {
        die("all connections went to one worker\n");
    }
    [$a, $fa] = $by[0];
    [$b, $fb] = $by[1];
    fwrite($a, "to $fb hello\n");
    echo str_replace(" $fa:", ' A:', wserver_test_line($b));
    fwrite($a, "info $fb\n");
    echo wserver_test_line($a);
    fwrite($b, "list $fa,$fb\n");
    echo wserver_test_line($b);
    fwrite($a, "pipe 1 hi there\n");
    echo wserver_test_line($a);
    fwrite($b, "pipe 0 and back\n");
    echo wserver_test_line($b);
    fwrite($a, "pause $fb\n");
    echo wserver_test_line($a);
    usleep(200000);
    fwrite($b, "to $fa paused?\n");
    echo 'while paused, A got: ', json_encode(wserver_test_read($a, 100, 0.5)), "\n";
    fwrite($a, "resume $fb\n");
    echo wserver_test_line($a);
    echo 'after resume, A got: ', str_replace(" $fb:", ' B:', wserver_test_line($a));
    fwrite($a, "close $fb\n");
    echo wserver_test_closed($b) ? "B closed\n" : "B open\n";
    echo wserver_test_line($a);
});
?>
--EXPECT--
from A: hello
info: 127.0.0.1 worker 1 exist true
list: both true sorted true connections true count true page of 1: 1
pipe at worker 1 from worker 0: hi there [1,2.5,null]
pipe at worker 0 from worker 1: and back [1,2.5,null]
pause: true
while paused, A got: ""
resume: true
after resume, A got: from B: paused?
B closed
after close: exist false info false
