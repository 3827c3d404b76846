--TEST--
Process: a worker killed with SIGKILL or ending with exit() is replaced at once, logged in words; the others keep serving
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
$w->name = 'victim';
$w->count = 2;
$w->onMessage = function ($c, $d) use ($w) {
    if ($d === 'exit') {
        exit(7);
    }
    $c->send($w->id . ' ' . getmypid());
};
WServer\Worker::runAll();
PHP);
$workers = function () use ($dir) {
    $m = array_keys(wserver_test_children(wserver_test_master_pid($dir)));
    return $m ? array_keys(wserver_test_children($m[0])) : [];
};
try {
    [$code] = wserver_test_cli($dir, 'start -d');
    wserver_test_wait(fn () => count($workers()) === 2);
    $before = $workers();
    posix_kill($before[0], SIGKILL);
    $t = microtime(true);
    wserver_test_wait(fn () => count($workers()) === 2 && !in_array($before[0], $workers()), 3);
    $after = $workers();
    echo 'replaced within a second: ', microtime(true) - $t < 1.0 && !in_array($before[0], $after) ? 'yes' : 'no', "\n";
    echo 'the other worker kept running: ', in_array($before[1], $after) ? 'yes' : 'no', "\n";

    // exit() inside a callback: only that worker ends
    $c = wserver_test_connect($port);
    fwrite($c, "exit\n");
    var_dump(wserver_test_closed($c));
    wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/app.log"), 'exit status 7'), 3);
    wserver_test_wait(fn () => count($workers()) === 2, 3);
    $c = wserver_test_connect($port);
    fwrite($c, "ping\n");
    echo 'served after: ', preg_match('/^[01] \d+$/', trim(wserver_test_line($c))) ? 'yes' : 'no', "\n";
    foreach (file("$dir/app.log") as $line) {
        if (str_contains($line, 'victim')) {
            echo preg_replace('/^.* pid:\d+ /', '', preg_replace('/\(pid \d+\)/', '(pid N)', $line));
        }
    }
    [$code] = wserver_test_cli($dir, 'stop');
    echo "stop: $code\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECTF--
replaced within a second: yes
the other worker kept running: yes
bool(true)
served after: yes
worker victim:%d (pid N) exited with killed by signal 9 (SIGKILL); starting a new one
worker victim:%d (pid N) exited with exit status 7; starting a new one
stop: 0
