--TEST--
Process: titles of master, manager and workers as ps shows them
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
$dir = wserver_test_dir();
$port = wserver_test_free_port();
$port2 = wserver_test_free_port();
wserver_test_app($dir, $port, <<<PHP
\$w = new WServer\Worker('text://127.0.0.1:{PORT}');
\$w->name = 'echo';
\$w->count = 2;
\$t = new WServer\Worker('tcp://127.0.0.1:$port2');
\$t->name = 'raw';
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $master = wserver_test_master_pid($dir);
    wserver_test_wait(function () use ($master) {
        $m = array_keys(wserver_test_children($master));
        return count($m) === 1 && count(wserver_test_children($m[0])) === 3;
    });
    echo str_replace($dir, 'DIR', wserver_test_title($master)), "\n";
    $managers = wserver_test_children($master);
    echo implode("\n", $managers), "\n";
    $workers = wserver_test_children(array_key_first($managers));
    sort($workers);
    echo str_replace([(string) $port, (string) $port2], ['P1', 'P2'], implode("\n", $workers)), "\n";
    wserver_test_cli($dir, 'stop');
} finally {
    wserver_test_cleanup($dir);
}
// a Server's task workers
$dir = wserver_test_dir();
wserver_test_app($dir, $port, <<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 1, 'task_worker_num' => 2]);
$s->on('receive', fn () => null);
$s->on('task', fn () => null);
$s->start();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $master = wserver_test_master_pid($dir);
    wserver_test_wait(function () use ($master) {
        $m = array_keys(wserver_test_children($master));
        return count($m) === 1 && count(wserver_test_children($m[0])) === 3;
    });
    $workers = wserver_test_children(array_key_first(wserver_test_children($master)));
    sort($workers);
    echo str_replace((string) $port, 'P1', implode("\n", $workers)), "\n";
    wserver_test_cli($dir, 'stop');
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
WServer: master process  start_file=DIR/app.php
WServer: manager process
WServer: worker process  echo text://127.0.0.1:P1
WServer: worker process  echo text://127.0.0.1:P1
WServer: worker process  raw tcp://127.0.0.1:P2
WServer: task worker process
WServer: task worker process
WServer: worker process  WServer\Server tcp://127.0.0.1:P1
