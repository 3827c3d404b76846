--TEST--
Reliability: onWorkerStart throws on every start: the exception is logged, no fork storm, `stop` works and leaves nothing behind
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->count = 2;
$w->onWorkerStart = function () {
    throw new RuntimeException('onWorkerStart fails on purpose');
};
$w->onMessage = fn ($c, $d) => $c->send($d);
WServer\Worker::runAll();
PHP);
$seen = [];
$master = 0;
// the manager and workers of our master (remembered, to check that stop leaves none behind)
$tree = function () use (&$master, &$seen) {
    $all = [];
    foreach ($master > 0 ? array_keys(wserver_test_children($master)) : [] as $m) {
        $all = array_merge($all, [$m], array_keys(wserver_test_children($m)));
    }
    $seen = array_unique(array_merge($seen, $all));
    return $all;
};
try {
    [$code] = wserver_test_cli($dir, 'start -d');
    echo "start: $code\n";
    $master = wserver_test_master_pid($dir);
    $thrown = fn () => substr_count((string) @file_get_contents("$dir/app.log"), 'RuntimeException: onWorkerStart fails on purpose');
    wserver_test_wait(fn () => $thrown() >= 2);
    // watch for a while: back-off 0, 0.1, 0.2, 0.4 ... s allows some 8 starts per worker in 2 s
    $end = microtime(true) + 2;
    while (microtime(true) < $end) {
        $tree();
        usleep(50000);
    }
    $n = $thrown();
    echo 'exception logged: ', $n >= 2 ? 'yes' : 'no', "\n";
    echo 'no fork storm: ', $n <= 20 && count($seen) <= 21 ? 'yes' : "no ($n starts, " . count($seen) . " processes)", "\n";
    [$code] = wserver_test_cli($dir, 'stop');
    echo "stop: $code\n";
    $tree();
    echo 'left behind: ', count(array_filter($seen, 'wserver_test_alive')), "\n";
    echo 'port free: ', wserver_test_wait(fn () => wserver_test_port_free($port)) ? 'yes' : 'no', "\n";
} finally {
    wserver_test_cleanup($dir, array_filter($seen, fn ($p) => str_starts_with(wserver_test_title($p), 'WServer:')));
}
?>
--EXPECT--
start: 0
exception logged: yes
no fork storm: yes
stop: 0
left behind: 0
port free: yes
