--TEST--
Worker::$maxRequest recycles each worker process after that many messages (the manager starts a new one)
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
    WServer\Worker::$maxRequest = 4;
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = fn ($c, string $line) => $c->send((string) getmypid());
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $pids = [];
    $c = null;
    while (count($pids) < 10) {
        $c ??= wserver_test_connect($port);
        fwrite($c, "ping\n");
        $line = wserver_test_line($c, 2);
        if ($line === false) {
            $c = null; // closed by the worker on its way out
            continue;
        }
        $pids[] = (int) $line;
    }
    echo implode(' ', array_map(fn ($p) => count(array_keys($pids, $p)), array_values(array_unique($pids)))), "\n";
});
?>
--EXPECT--
4 4 2
