--TEST--
Swoole names: a Server without worker_num runs one worker in SWOOLE_BASE mode (the default mode) and one per CPU in SWOOLE_PROCESS mode, as Swoole; $server->setting['worker_num'] and stats() say so
--EXTENSIONS--
wserver
pcntl
posix
--INI--
wserver.aliases=swoole
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
foreach (['default' => null, 'SWOOLE_BASE' => SWOOLE_BASE, 'SWOOLE_PROCESS' => SWOOLE_PROCESS] as $name => $mode) {
    wserver_test_run(function (int $port, string $dir) use ($mode) {
        $server = $mode === null ? new Swoole\Server('127.0.0.1', $port) : new Swoole\Server('127.0.0.1', $port, $mode);
        $server->set(['pid_file' => "$dir/master.pid", 'log_file' => "$dir/server.log"]);
        $server->on('Receive', function ($server, $fd, $reactorId, $data) {
            $server->send($fd, json_encode([$server->setting['worker_num'], $server->stats()['worker_num']]) . "\n");
        });
        $server->start();
    }, function (int $port, string $dir, int $pid) use ($name) {
        $c = wserver_test_connect($port);
        fwrite($c, "?");
        [$setting, $stats] = json_decode(wserver_test_line($c), true);
        $want = $name === 'SWOOLE_PROCESS' ? swoole_cpu_num() : 1;
        echo "$name: worker_num ", $setting === $want ? 'as Swoole' : "$setting, not $want",
            ', stats ', $stats === $want ? 'the same' : $stats, "\n";
    });
}
?>
--EXPECT--
default: worker_num as Swoole, stats the same
SWOOLE_BASE: worker_num as Swoole, stats the same
SWOOLE_PROCESS: worker_num as Swoole, stats the same
