--TEST--
Server example (Swoole's max_request recycling, namespace renamed): two workers, each replaced after 3 requests
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
    // a typical Swoole script with Swoole\ and SWOOLE_ replaced
    $server = new WServer\Server('127.0.0.1', $port, WSERVER_PROCESS, WSERVER_SOCK_TCP);
    $server->set([
        'worker_num' => 2,
        'max_request' => 3, // each worker exits after 3 requests; the manager starts a new one
        'log_file' => "$dir/server.log",
    ]);
    $server->on('WorkerStart', function (WServer\Server $server, int $workerId) use ($dir) {
        file_put_contents("$dir/starts", "$workerId {$server->worker_pid}\n", FILE_APPEND);
    });
    $server->on('Receive', function (WServer\Server $server, int $fd, int $reactorId, string $data) {
        $server->send($fd, "worker {$server->worker_id} pid {$server->worker_pid}: $data");
    });
    $server->start();
}, function (int $port, string $dir) {
    $served = [];
    for ($i = 0; $i < 12; $i++) {
        $c = wserver_test_connect($port);
        fwrite($c, "hello $i");
        $r = (string) fread($c, 100);
        fclose($c);
        if (!preg_match('/^worker ([01]) pid (\d+): hello \d+$/', $r, $m)) {
            echo "bad reply: $r\n";
            continue;
        }
        $served[$m[2]] = ($served[$m[2]] ?? 0) + 1;
    }
    echo "12 requests answered: ", array_sum($served), "\n";
    echo "no pid served more than 3: ", max($served) <= 3 ? 'yes' : 'no ' . json_encode($served), "\n";
    echo "at least 4 worker processes served: ", count($served) >= 4 ? 'yes' : 'no', "\n";
    wserver_test_wait(fn () => count(file("$dir/starts")) >= 5);
    $starts = array_map(fn ($l) => explode(' ', trim($l)), file("$dir/starts"));
    echo "workerStart ran for each new process: ", count($starts) >= 5 && !array_diff(array_keys($served), array_column($starts, 1)) ? 'yes' : 'no', "\n";
    echo "worker ids: ", implode(',', array_unique(array_column($starts, 0))) === '0,1' || implode(',', array_unique(array_column($starts, 0))) === '1,0' ? '0 and 1' : 'unexpected', "\n";
});
?>
--EXPECT--
12 requests answered: 12
no pid served more than 3: yes
at least 4 worker processes served: yes
workerStart ran for each new process: yes
worker ids: 0 and 1
