--TEST--
Process: control signals a worker sends to its parent (the manager, as webman's monitor does) reach the master, which acts as if sent to itself
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
$w->onMessage = function ($c, $sig) {
    $c->send(posix_kill(posix_getppid(), constant($sig)) ? 'sent' : 'failed');
};
WServer\Worker::$onMasterReload = fn () => file_put_contents(__DIR__ . '/events', "master reload\n", FILE_APPEND);
WServer\Worker::runAll();
PHP);
$signal = function (string $sig) use ($port) {
    $c = wserver_test_connect($port);
    fwrite($c, "$sig\n");
    echo "$sig: ", trim((string) wserver_test_line($c)), "\n";
};
$workers = function (int $master): array {
    $managers = array_keys(wserver_test_children($master));
    return count($managers) === 1 ? array_keys(wserver_test_children($managers[0])) : [];
};
try {
    [$code] = wserver_test_cli($dir, 'start -d');
    $master = wserver_test_master_pid($dir);
    wserver_test_wait(fn () => count($workers($master)) === 2);
    $manager = array_key_first(wserver_test_children($master));
    $before = $workers($master);

    $signal('SIGUSR1');
    $replaced = wserver_test_wait(function () use ($workers, $master, $before) {
        $now = $workers($master);
        return count($now) === 2 && !array_intersect($now, $before);
    }, 10);
    echo 'workers replaced: ', $replaced ? 'yes' : 'no', "\n";
    wserver_test_wait(fn () => is_file("$dir/events"));
    echo @file_get_contents("$dir/events");
    echo 'same manager: ', array_key_first(wserver_test_children($master)) === $manager ? 'yes' : 'no', "\n";

    $signal('SIGUSR2');
    echo 'status logged by the master: ', wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/app.log"), "pid:$master status:")) ? 'yes' : 'no', "\n";

    $signal('SIGINT');
    echo 'master exited: ', wserver_test_wait(fn () => !wserver_test_alive($master), 10) ? 'yes' : 'no', "\n";
    $log = file_get_contents("$dir/app.log");
    echo 'manager restarted: ', str_contains($log, 'starting a new one') ? 'yes' : 'no', "\n";
    echo 'stop logged: ', preg_match("/pid:$master stop\$/m", $log) ? 'yes' : 'no', "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
SIGUSR1: sent
workers replaced: yes
master reload
same manager: yes
SIGUSR2: sent
status logged by the master: yes
SIGINT: sent
master exited: yes
manager restarted: no
stop logged: yes
