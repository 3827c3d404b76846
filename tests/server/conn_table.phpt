--TEST--
Server: exist() and getClientInfo() of another worker's connection answer from shared memory at once, even while that worker is busy; false once the client closed, and once that worker died
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
    // SO_REUSEPORT: the kernel spreads connections over both workers' sockets
    $server->set(['worker_num' => 2, 'enable_reuse_port' => true, 'log_file' => "$dir/server.log"]);
    $server->on('Connect', function ($server, $fd) {
        $server->send($fd, "$fd {$server->worker_id} " . getmypid() . "\n");
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        [$cmd, $arg] = explode(' ', trim($data)) + ['', ''];
        if ($cmd === 'block') {
            usleep((int) ($arg * 1e6)); // this worker answers nobody meanwhile
        } elseif ($cmd === 'info') {
            $t = microtime(true);
            $exist = $server->exist((int) $arg);
            $info = $server->getClientInfo((int) $arg);
            $waited = microtime(true) - $t >= 0.9;
            $server->send($fd, json_encode(['exist' => $exist, 'info' => $info, 'waited' => $waited]) . "\n");
        }
    });
    $server->start();
}, function (int $port) {
    /* a connection on worker $want: [stream, fd, pid] */
    $on = function (int $want) use ($port) {
        for ($i = 0; $i < 200; $i++) {
            $c = wserver_test_connect($port, 10);
            [$fd, $w, $pid] = explode(' ', trim((string) wserver_test_line($c))) + ['', '', ''];
            if ($w !== '' && (int) $w === $want) {
                return [$c, (int) $fd, (int) $pid];
            }
            fclose($c);
            usleep(20000);
        }
        die("no connection reached worker $want\n");
    };
    $ask = function ($c, int $fd) {
        fwrite($c, "info $fd\n");
        return json_decode((string) wserver_test_line($c, 10), true);
    };
    [$a, $fa, $pidA] = $on(0);
    [$b, $fb] = $on(1);
    $local = $ask($a, $fa);
    fwrite($a, "block 2\n");
    usleep(200000);
    $remote = $ask($b, $fa); // worker 1 asks about worker 0's connection while 0 sleeps
    echo 'while its worker is blocked: exist ', json_encode($remote['exist']), ', waited ', json_encode($remote['waited']), "\n";
    $port_a = (int) substr(strrchr(stream_socket_get_name($a, false), ':'), 1);
    $i = $remote['info'];
    echo "info: {$i['remote_ip']} port ", json_encode($i['remote_port'] === $port_a), " worker {$i['worker_id']} server_port ", json_encode($i['server_port'] === $port), "\n";
    // the times of the latest read: the table keeps whole seconds, the owner its loop's time
    foreach (['last_time', 'last_recv_time', 'last_dispatch_time'] as $k) {
        unset($local['info'][$k], $i[$k]);
    }
    echo 'same as the owner says: ', json_encode($local['info'] === $i), "\n";
    fclose($a);
    $end = microtime(true) + 10;
    do {
        usleep(50000);
        $r = $ask($b, $fa);
    } while ($r['exist'] && microtime(true) < $end);
    echo 'after the client closed: exist ', json_encode($r['exist']), ', info ', json_encode($r['info']), "\n";

    [$a2, $fa2, $pidA] = $on(0);
    echo 'another connection: exist ', json_encode($ask($b, $fa2)['exist']), "\n";
    posix_kill($pidA, SIGKILL);
    for ($k = 0; $k < 500 && !dead($pidA); $k++) {
        usleep(10000);
    }
    $r = $ask($b, $fa2);
    echo 'its worker killed: exist ', json_encode($r['exist']), ', info ', json_encode($r['info']), ', waited ', json_encode($r['waited']), "\n";
});
?>
--EXPECT--
while its worker is blocked: exist true, waited false
info: 127.0.0.1 port true worker 0 server_port true
same as the owner says: true
after the client closed: exist false, info false
another connection: exist true
its worker killed: exist false, info false, waited false
