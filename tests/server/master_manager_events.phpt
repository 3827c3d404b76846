--TEST--
Server: start and shutdown run in the master, managerStart, managerStop, beforeReload and afterReload in the manager, workerError (exit code, signal) for a worker that exits abnormally
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
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $mark = function (string $event, ...$args) use ($dir) {
        // one line per firing: the pid it ran in, then its arguments
        file_put_contents("$dir/events", "$event " . getmypid() . ' ' . json_encode($args) . "\n", FILE_APPEND);
    };
    $server->on('start', fn ($s) => $mark('start', $s->master_pid, $s->manager_pid > 0));
    $server->on('shutdown', fn ($s) => $mark('shutdown', $s->master_pid));
    $server->on('managerStart', fn ($s) => $mark('managerStart', $s->manager_pid));
    $server->on('managerStop', fn ($s) => $mark('managerStop'));
    $server->on('beforeReload', fn ($s) => $mark('beforeReload'));
    $server->on('afterReload', fn ($s) => $mark('afterReload'));
    $server->on('workerError', fn ($s, $id, $pid, $code, $sig) => $mark('workerError', $id, $pid, $code, $sig));
    $server->on('workerStart', fn ($s, $id) => $mark('workerStart', $s->manager_pid, $s->master_pid));
    $server->on('receive', function ($s, $fd, $r, $data) {
        if ($data === 'exit') {
            exit(3);
        }
        if ($data === 'kill') {
            posix_kill(getmypid(), SIGKILL);
        }
        $s->send($fd, (string) getmypid());
    });
    $server->start();
}, function (int $port, string $dir, int $master) {
    $events = function () use ($dir) {
        $out = [];
        foreach (@file("$dir/events") ?: [] as $line) {
            [$name, $pid, $args] = explode(' ', trim($line), 3);
            $out[] = [$name, (int) $pid, json_decode($args, true)];
        }
        return $out;
    };
    $find = fn (string $name) => array_values(array_filter($events(), fn ($e) => $e[0] === $name));
    $worker = function () use ($port) {
        $c = wserver_test_connect($port);
        fwrite($c, 'pid');
        return (int) wserver_test_read($c, 10, 3);
    };
    wserver_test_wait(fn () => count($find('workerStart')) === 1 && count($find('managerStart')) === 1 && count($find('start')) === 1);
    [, $wpid, [$manager, $masterSeen]] = $find('workerStart')[0];
    [, $spid, [$masterPid, $managerKnown]] = $find('start')[0];
    echo "start in the master: ", $spid === $master && $masterPid === $master && $managerKnown ? 'yes' : 'no', "\n";
    [, $mpid, [$managerPid]] = $find('managerStart')[0];
    echo "managerStart in the manager: ", $mpid === $manager && $managerPid === $manager && $manager !== $master && $manager !== $wpid ? 'yes' : 'no', "\n";

    $c = wserver_test_connect($port);
    fwrite($c, 'exit');
    wserver_test_wait(fn () => count($find('workerError')) === 1);
    [, $epid, $args] = $find('workerError')[0] ?? [0, 0, []];
    echo "workerError after exit(3), in the master: ", $epid === $master && $args === [0, $wpid, 3, 0] ? 'yes' : 'no ' . json_encode([$epid, $args, $wpid]), "\n";

    wserver_test_wait(fn () => count($find('workerStart')) === 2);
    $wpid2 = $worker();
    $c = wserver_test_connect($port);
    fwrite($c, 'kill');
    wserver_test_wait(fn () => count($find('workerError')) === 2);
    [, , $args] = $find('workerError')[1] ?? [0, 0, []];
    echo "workerError after SIGKILL: ", $args === [0, $wpid2, 0, SIGKILL] ? 'yes' : 'no ' . json_encode($args), "\n";

    wserver_test_wait(fn () => count($find('workerStart')) === 3);
    $wpid3 = $worker();
    posix_kill($master, SIGUSR1);
    wserver_test_wait(fn () => count($find('afterReload')) === 1 && count($find('workerStart')) === 4);
    $names = array_column($events(), 0);
    $before = array_search('beforeReload', $names);
    $after = array_search('afterReload', $names);
    $lastStart = max(array_keys($names, 'workerStart'));
    echo "reload: before, new worker, after: ", $before !== false && $before < $lastStart && $lastStart < $after ? 'yes' : 'no ' . json_encode($names), "\n";
    echo "both in the manager: ", $find('beforeReload')[0][1] === $manager && $find('afterReload')[0][1] === $manager ? 'yes' : 'no', "\n";
    echo "a reload is no worker error: ", count($find('workerError')) === 2 ? 'yes' : 'no', "\n";
    echo "a new worker serves: ", $worker() !== $wpid3 ? 'yes' : 'no', "\n";

    wserver_test_stop_pid($master, SIGTERM);
    $stop = $find('managerStop');
    $shutdown = $find('shutdown');
    echo "managerStop in the manager: ", count($stop) === 1 && $stop[0][1] === $manager ? 'yes' : 'no', "\n";
    echo "shutdown in the master, last: ", count($shutdown) === 1 && $shutdown[0][1] === $master && end($names) !== false && array_column($events(), 0)[count($events()) - 1] === 'shutdown' ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
start in the master: yes
managerStart in the manager: yes
workerError after exit(3), in the master: yes
workerError after SIGKILL: yes
reload: before, new worker, after: yes
both in the manager: yes
a reload is no worker error: yes
a new worker serves: yes
managerStop in the manager: yes
shutdown in the master, last: yes
