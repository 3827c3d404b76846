--TEST--
Server (Swoole API): the TCP echo example with the namespace renamed; fds unique across 2 workers; send/close/exist/getClientInfo/getClientList; tick and after; stats()
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
    // the Swoole manual's TCP server, with Swoole\ replaced by WServer\
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 2, 'log_file' => "$dir/server.log"]);
    $server->on('WorkerStart', function ($server, $workerId) {
        $server->after(10, function (...$args) use ($server, $workerId) {
            file_put_contents($server->dir . "/after.$workerId", json_encode($args));
        }, 'a', 'b');
    });
    $server->dir = $dir;
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, "hello $fd from worker {$server->worker_id}\n");
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        $data = trim($data);
        if ($data === 'info') {
            $i = $server->getClientInfo($fd);
            $server->send($fd, "info: {$i['remote_ip']} " . ($i['server_port'] === $server->port ? 'port ok' : 'port wrong')
                . ' exist=' . json_encode($server->exist($fd)) . ' list=' . json_encode(in_array($fd, $server->getClientList(0, 100))) . "\n");
        } elseif ($data === 'tick') {
            $n = 0;
            $server->tick(20, function ($id, $tag) use ($server, $fd, &$n) {
                $server->send($fd, "tick $tag " . ++$n . "\n");
                if ($n === 3) {
                    $server->clearTimer($id);
                }
            }, 'T');
        } elseif ($data === 'stats') {
            $s = $server->stats();
            $server->send($fd, "stats: workers={$s['worker_num']} connections={$s['connection_num']} accepted>=" . ($s['accept_count'] >= 1 ? 'yes' : 'no') . ' requests>=' . ($s['request_count'] >= 1 ? 'yes' : 'no') . "\n");
        } elseif ($data === 'bye') {
            $server->close($fd);
        } else {
            $server->send($fd, "Server: {$data}\n");
        }
    });
    $server->on('Close', function ($server, $fd) {
        file_put_contents($server->dir . "/closed.$fd", '1');
    });
    $server->start();
}, function (int $port, string $dir) {
    $fds = [];
    $conns = [];
    for ($i = 0; $i < 6; $i++) {
        $c = wserver_test_connect($port);
        $line = wserver_test_line($c);
        preg_match('~hello (\d+) from worker (\d+)~', $line, $m);
        $fds[] = (int) $m[1];
        $workers[$m[2]] = true;
        $conns[] = $c;
    }
    echo "6 distinct fds: ", count(array_unique($fds)) === 6 ? 'yes' : 'no ' . json_encode($fds), "\n";
    $c = $conns[0];
    fwrite($c, "ping\n");
    echo wserver_test_line($c);
    fwrite($c, "info\n");
    echo wserver_test_line($c);
    fwrite($c, "tick\n");
    echo wserver_test_line($c), wserver_test_line($c), wserver_test_line($c);
    fwrite($c, "stats\n");
    echo wserver_test_line($c);
    fwrite($c, "bye\n");
    echo wserver_test_closed($c) ? "closed by the server\n" : "still open\n";
    wserver_test_wait(fn () => file_exists("$dir/closed.{$fds[0]}"));
    echo "close event: ", file_exists("$dir/closed.{$fds[0]}") ? 'yes' : 'no', "\n";
    wserver_test_wait(fn () => count(glob("$dir/after.*")) === 2);
    foreach (glob("$dir/after.*") as $f) {
        echo basename($f), ': ', file_get_contents($f), "\n";
    }
});
?>
--EXPECT--
6 distinct fds: yes
Server: ping
info: 127.0.0.1 port ok exist=true list=true
tick T 1
tick T 2
tick T 3
stats: workers=2 connections=6 accepted>=yes requests>=yes
closed by the server
close event: yes
after.0: ["a","b"]
after.1: ["a","b"]
