--TEST--
Process: with wserver.aliases naming workerman, process titles follow Workerman's format, and stop still finds the master
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php
if (getenv('WSERVER_TEST_VALGRIND')) {
    die('skip valgrind runs php from its own copy of argv: titles are not visible under it');
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
// as a user runs it: php -d wserver.aliases=swoole,workerman app.php start -d
putenv('WSERVER_TEST_PHP_ARGS=' . getenv('WSERVER_TEST_PHP_ARGS') . ' -d wserver.aliases=swoole,WorkerMan');
$dir = wserver_test_dir();
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
use Workerman\Worker;
$w = new Worker('text://127.0.0.1:{PORT}');
$w->name = 'echo';
$w->count = 2;
$idle = new Worker();
$idle->name = 'job';
Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $master = wserver_test_master_pid($dir);
    wserver_test_wait(function () use ($master) {
        $m = array_keys(wserver_test_children($master));
        // a worker just forked still carries the manager's title until it sets its own
        return count($m) === 1 && count(array_filter(wserver_test_children($m[0]),
            fn ($t) => str_starts_with($t, 'WorkerMan: worker process'))) === 3;
    });
    echo str_replace($dir, 'DIR', wserver_test_title($master)), "\n";
    $managers = wserver_test_children($master);
    echo implode("\n", $managers), "\n";
    $workers = wserver_test_children(array_key_first($managers));
    sort($workers);
    echo str_replace((string) $port, 'P1', implode("\n", $workers)), "\n";
    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop: $code\n";
    echo 'master gone: ', wserver_test_alive($master) ? 'no' : 'yes', "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
WorkerMan: master process  start_file=DIR/app.php
WorkerMan: manager process
WorkerMan: worker process  echo text://127.0.0.1:P1
WorkerMan: worker process  echo text://127.0.0.1:P1
WorkerMan: worker process  job none
stop: 0
master gone: yes
