--TEST--
Server: Swoole's reload example with the namespace renamed: $server->reload() from a callback replaces every worker (new pids, workerStart again); connections keep being served
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
    $server->set(['worker_num' => 2, 'log_file' => "$dir/server.log"]);
    $server->on('WorkerStart', function ($server, $workerId) use ($dir) {
        file_put_contents("$dir/started", "$workerId " . getmypid() . "\n", FILE_APPEND);
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        if (trim($data) === 'reload') {
            $server->send($fd, 'reload: ' . json_encode($server->reload()) . "\n");
        } else {
            $server->send($fd, "pid " . getmypid() . "\n");
        }
    });
    $server->start();
}, function (int $port, string $dir) {
    $started = fn () => file_exists("$dir/started") ? file("$dir/started") : [];
    wserver_test_wait(fn () => count($started()) === 2, 20);
    $before = array_map(fn ($l) => (int) explode(' ', trim($l))[1], file("$dir/started"));
    $c = wserver_test_connect($port);
    fwrite($c, "reload\n");
    echo wserver_test_line($c);
    wserver_test_wait(fn () => count($started()) === 4, 20);
    $lines = file("$dir/started");
    $after = array_map(fn ($l) => (int) explode(' ', trim($l))[1], array_slice($lines, 2));
    $ids = array_map(fn ($l) => (int) explode(' ', $l)[0], array_slice($lines, 2));
    sort($ids);
    echo 'workerStart again for ids ', json_encode($ids), ', all new pids: ', json_encode(!array_intersect($before, $after)), "\n";
    foreach ($before as $pid) {
        wserver_test_wait(fn () => !posix_kill($pid, 0));
    }
    echo 'old workers gone: ', json_encode(!array_filter($before, fn ($p) => posix_kill($p, 0))), "\n";
    $d = wserver_test_connect($port);
    fwrite($d, "who\n");
    $pid = (int) substr(wserver_test_line($d), 4);
    echo 'served by a new worker: ', json_encode(in_array($pid, $after)), "\n";
});
?>
--EXPECT--
reload: true
workerStart again for ids [0,1], all new pids: true
old workers gone: true
served by a new worker: true
